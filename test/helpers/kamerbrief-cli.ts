// Runs the shipped CLI (bin/kamerbrief.js) as a user does, without colour, and without the
// user's synced snapshot (XDG_DATA_HOME points at a folder that does not exist): results do not depend on it.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.js';

const BIN = path.join(ROOT, 'bin', 'kamerbrief.js');
const noUserData = path.join(os.tmpdir(), `kb-geen-gegevens-${process.pid}`);

export function kamerbrief(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: noUserData } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}


// Runs the shipped CLI (bin/kamerbrief.js) as a user does, without colour.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.js';

const BIN = path.join(ROOT, 'bin', 'kamerbrief.js');

export function kamerbrief(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// Running the CLI on a throwaway folder, for the hostile-input cases (issue 11): run() in the
// test process (test/helpers/cli-inprocess.ts), or the shipped CLI as a process where a hang must
// be stopped from outside (devices, FIFOs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli-inprocess.js';
import { ROOT } from '../helpers/paths.js';

export const BIN = path.join(ROOT, 'bin', 'kamerbrief.js');

export interface Run {
  /** -1 when the process was stopped by the guard time-out (it hung). */
  code: number;
  stdout: string;
  stderr: string;
}

/** A guard only: a case that blocks is killed and fails, it is not a speed measurement. */
const HANG_GUARD_MS = 20_000;

export function kamerbrief(args: string[], cwd: string): Promise<Run> {
  return runCli(args, cwd, { env: { ...process.env, NO_COLOR: '1' } });
}

/** The shipped CLI as a process, killed by the guard if it blocks. */
export function kamerbriefProcess(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: HANG_GUARD_MS, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A fresh folder with these files (names may be Buffers' latin1 text via `raw`). */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-hostile-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export function removeFolders(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** A draft with one fixable KB101 error. */
export const SLIP = '# Brief\n\nZie Kamerstuk 29754, nr. 482 voor de motie.\n';
/** A clean draft. */
export const CLEAN = '# Brief\n\nHallo.\n';

// Shared by the config/suppress/fix/changed-since CLI tests: run the CLI compiled beside the
// tests, in the test process (test/helpers/cli-inprocess.ts), in a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type CliRun as Run } from '../helpers/cli-inprocess.js';

export type { CliRun as Run } from '../helpers/cli-inprocess.js';

export function kb(args: string[], cwd: string, input?: string): Promise<Run> {
  return runCli(args, cwd, { input: input ?? '' });
}

export interface JsonFile {
  file: string;
  messages: { ruleId: string; severity: string; line: number; message: string }[];
}

export function json(r: Run): JsonFile[] {
  try {
    return JSON.parse(r.stdout) as JsonFile[];
  } catch {
    throw new Error(`geen JSON (code ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
}

/** A temporary folder with files; removed by cleanup(). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-cfg-')));
  write(dir, files);
  return dir;
}

export function write(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
}

export const SLIP = 'Zie Kamerstuk 29754, nr. 482 voor de motie.\n';

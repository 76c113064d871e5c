// Runs the CLI inside the test process: run() from the compiled sources, with stdout and stderr
// captured, stdin given as text, and env and cwd passed in (never process.env or chdir). The same
// wiring as the shell (server/src/cli.ts): stderr shown through terminalSafe. Faster than a child
// process, and mutation testing sees the code it runs. Tests of the process itself (its exit
// status, signals, pipes, the bin shims, the packed tarball, the worker pool entry) spawn the real
// CLI instead.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../../server/src/cli/run.js';
import { terminalSafe } from '../../server/src/cli/terminal-text.js';
import { ROOT } from './paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  /** The whole environment the run sees; default: process.env with NO_COLOR=1 and no user data. */
  env?: NodeJS.ProcessEnv;
  /** What stdin holds (for the path "-"); default: nothing. */
  input?: string | Buffer;
  /** Whether stdout counts as a terminal; default: false (a pipe, as under spawnSync). */
  isTty?: boolean;
}

/** Worker threads (--jobs, large runs) start the bundle, which `node esbuild.mjs` builds. */
export const WORKER_ENTRY = pathToFileURL(path.join(ROOT, 'dist', 'cli.js'));

/** A per-user data folder that does not exist: results do not depend on a synced snapshot. */
export const NO_USER_DATA = path.join(os.tmpdir(), `kb-geen-gegevens-${process.pid}`);

export async function runCli(args: string[], cwd: string, options: InProcessOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  const code = await run(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += terminalSafe(s)),
    isTty: options.isTty ?? false,
    env: options.env ?? { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: NO_USER_DATA },
    cwd,
    workerEntry: WORKER_ENTRY,
    stdin: () => (typeof input === 'string' ? Buffer.from(input, 'utf8') : input),
  });
  return { code, stdout, stderr };
}

// Whether the shell starts a worker before run() reads the configuration and lists the files
// (pool.ts startStandby). Only for a first lint of files that may use threads: with a results
// cache in place a run is mostly answered from it, and the worker would cost a start-up on the
// other core for nothing. A guess that turns out wrong (a small run) costs no time on this core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli } from './args.js';
import { defaultCacheDir, RESULT_FILE } from './cache-dir.js';

export function wantsStandby(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv, cores = os.availableParallelism()): boolean {
  if (cores < 2) return false;
  let opts: ReturnType<typeof parseCli>;
  try {
    opts = parseCli([...argv]);
  } catch {
    return false; // run() says what is wrong
  }
  // Stdin, fixes and the suppression report never use threads; --jobs 0 or 1 forbids them.
  if (opts.command !== 'lint' || opts.fix || opts.reportSuppressions || opts.paths.includes('-')) return false;
  if (opts.jobs !== null && opts.jobs < 2) return false;
  if (!opts.cache) return true;
  const dir = opts.cacheLocation ? path.resolve(cwd, opts.cacheLocation) : defaultCacheDir(cwd, env);
  return !fs.existsSync(path.join(dir, RESULT_FILE));
}

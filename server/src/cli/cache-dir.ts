// Where the CLI keeps its caches: node_modules/.cache/kamerbrief (like Babel and ESLint plugins)
// when a node_modules folder is found upwards, else the user's cache folder. Everything there is
// safe to delete.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The result cache's file in the cache folder (run.ts, standby.ts). */
export const RESULT_FILE = 'results.bin';

export function defaultCacheDir(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'kamerbrief');
    if (path.dirname(dir) === dir) break;
  }
  const base = env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');
  const project = crypto.createHash('sha1').update(cwd).digest('hex').slice(0, 12);
  return path.join(base, 'kamerbrief', project);
}

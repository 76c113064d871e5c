// The parliamentary snapshot for `lint` and `citations`: --data, else the folder `kamerbrief
// sync` fills (when it exists). Opened once per thread; parts load on first use.
import path from 'node:path';
import { openSnapshot } from '../data/store.js';
import { defaultDataDir } from '../data/sync/data-dir.js';
import type { Snapshot } from '../data/types.js';
import { UsageError } from './errors.js';

const opened = new Map<string, Snapshot | null>();

/** The snapshot in dir (null: none there). A folder that is not a usable snapshot is a usage error. */
export function snapshotAt(dir: string): Snapshot | null {
  const abs = path.resolve(dir);
  if (opened.has(abs)) return opened.get(abs)!;
  const r = openSnapshot(abs);
  if (r.status === 'problem') throw new UsageError(r.message);
  const snapshot = r.status === 'ok' ? r.snapshot : null;
  opened.set(abs, snapshot);
  return snapshot;
}

/** The folder to use: --data as given (must exist), else the per-user default (by env). */
export function resolveDataDir(option: string | null, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  if (option === null) return defaultDataDir(env);
  return path.resolve(cwd, option);
}

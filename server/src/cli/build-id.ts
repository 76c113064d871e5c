// Identifies the engine build, so caches from another version are never trusted. esbuild
// replaces __KAMERBRIEF_BUILD__ with a hash of the sources; unbundled (tests) we hash the
// compiled engine files ourselves.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __KAMERBRIEF_BUILD__: string | undefined;

let cached: string | null = null;

export function buildId(): string {
  if (cached) return cached;
  if (typeof __KAMERBRIEF_BUILD__ === 'string') return (cached = __KAMERBRIEF_BUILD__);
  const hash = crypto.createHash('sha1');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.js')) hash.update(entry.name).update(fs.readFileSync(p));
    }
  };
  walk(root);
  return (cached = 'dev-' + hash.digest('hex').slice(0, 16));
}

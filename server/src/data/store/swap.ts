// The folder dance around a snapshot swap: `<dir>.new-<pid>-<ms>` is being written, `<dir>.old-<pid>-<ms>`
// is the previous snapshot moved aside for the instant between the two renames. A writer that dies
// leaves one of them behind; the next reader or writer takes the old one back or removes leftovers,
// but never touches the folders of a writer that is still running.
import fs from 'node:fs';
import path from 'node:path';
import { renameRetrying } from '../../io/safe-write.js';
import { FILES } from './layout.js';

/** A leftover whose writer's pid is alive is still left alone for this long (pid reuse aside). */
const LIVE_WRITER_MS = 60 * 60 * 1000;

interface Leftover {
  name: string;
  kind: 'new' | 'old';
  pid: number;
  ms: number;
}

function leftovers(target: string): Leftover[] {
  const parent = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const out: Leftover[] = [];
  for (const name of names) {
    if (!name.startsWith(base + '.')) continue;
    const m = /^\.(new|old)-(\d+)-(\d+)$/.exec(name.slice(base.length));
    if (m) out.push({ name, kind: m[1] as 'new' | 'old', pid: Number(m[2]), ms: Number(m[3]) });
  }
  return out;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** True when the writer of a leftover is gone (or so long ago that its pid must be another process's). */
function abandoned(l: Leftover, now: number): boolean {
  return !alive(l.pid) || now - l.ms > LIVE_WRITER_MS;
}

/**
 * A swap cut short leaves `target` missing and `target.old-*` complete: take that one back, unless
 * its writer is still running (it is between its two renames and will finish the swap itself).
 */
export function recover(target: string): void {
  if (fs.existsSync(target)) return;
  const now = Date.now();
  const old = leftovers(target)
    .filter((l) => l.kind === 'old' && abandoned(l, now))
    .sort((a, b) => a.ms - b.ms)
    .pop();
  if (old && fs.existsSync(path.join(path.dirname(target), old.name, FILES.manifest))) renameRetrying(path.join(path.dirname(target), old.name), target);
}

/** Removes the half-written and moved-aside folders of writers that died (best effort). */
export function removeAbandoned(target: string): void {
  const now = Date.now();
  for (const l of leftovers(target)) {
    if (l.pid === process.pid || !abandoned(l, now)) continue;
    try {
      fs.rmSync(path.join(path.dirname(target), l.name), { recursive: true, force: true });
    } catch {
      // another process may be removing it too; the next writer tries again
    }
  }
}

// The sync's own files, beside (never inside) the snapshot folder, so the snapshot's atomic swap
// cannot lose them: progress state, a journal of mapped pages, the TK-Id index and a lock.
import fs from 'node:fs';
import path from 'node:path';
import type { DocKey } from '../types.js';
import { writeFileSafe } from '../../io/safe-write.js';
import { SyncError } from './errors.js';
import type { Change } from './map.js';
import type { SetName } from './queries.js';

export interface SyncPaths {
  dir: string;
  state: string;
  journal: string;
  index: string;
  lock: string;
}

/** "<parent>/.<name>.sync/" for the snapshot folder "<parent>/<name>". */
export function syncPaths(dataDir: string): SyncPaths {
  const abs = path.resolve(dataDir);
  const dir = path.join(path.dirname(abs), `.${path.basename(abs)}.sync`);
  return {
    dir,
    state: path.join(dir, 'sync-state.json'),
    journal: path.join(dir, 'journal.jsonl'),
    index: path.join(dir, 'index.json'),
    lock: path.join(dir, 'lock'),
  };
}

export interface PassState {
  /** PassDef name (queries.ts). */
  name: string;
  status: 'pending' | 'active' | 'done';
  /** Start URLs, built when the pass is reached (then fixed, so a resume asks the same questions). */
  urls: string[] | null;
  /** Which start URL is being read. */
  at: number;
  /** The @odata.nextLink still to fetch, verbatim. */
  next: string | null;
  pages: number;
  entities: number;
  /** The server refused the sorted next link; this pass reads in the default Id order. */
  unsorted?: true;
  /** The server refused $select; this pass reads whole rows. */
  unselected?: true;
}

export interface SyncState {
  version: 2;
  endpoint: string;
  dossiers: number[];
  since: string | null;
  startedAt: string;
  /** The server's time (Date header) of the run's first answer; the next sync resumes before it. */
  serverStart: string | null;
  bounds: Partial<Record<SetName, string | null>>;
  deletionBounds: Partial<Record<SetName, string | null>>;
  /** Zaak Ids found by the affects passes. */
  affected: string[];
  /** Bytes of the journal that belong to completed pages; anything after is a torn write. */
  journalBytes: number;
  passes: PassState[];
}

/** TK GUID → keys of the records it produced, for deletions (placeholders only carry the Id). */
export interface IdIndex {
  version: 1;
  zaak: Record<string, DocKey[]>;
  document: Record<string, DocKey[]>;
  /** Dependent record (ZaakActor, Besluit, Agendapunt, Activiteit, Document) → the Zaak Ids built from it. */
  dep?: Record<string, string[]>;
}

export interface JournalLine {
  set: SetName;
  changes: Change[];
}

export function emptyIndex(): IdIndex {
  return { version: 1, zaak: {}, document: {} };
}

export function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Write-to-temp, fsync, rename: a reader sees the old file or the new one, never half of one. */
export function writeJsonAtomic(file: string, data: unknown): void {
  writeFileSafe(file, JSON.stringify(data), { syncFolder: true });
}

/** Appends one page and returns the journal's new length. */
export function appendJournal(file: string, line: JournalLine): number {
  const fd = fs.openSync(file, 'a');
  try {
    fs.writeSync(fd, JSON.stringify(line) + '\n');
    fs.fsyncSync(fd);
    return fs.fstatSync(fd).size;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Cuts a page that was written after the last saved state (the process died in between). False
 * when the journal is gone or shorter than the state says: the saved progress then rests on pages
 * that are not there, and the sync must begin afresh (sync.ts) rather than fail on every attempt.
 */
export function truncateJournal(file: string, bytes: number): boolean {
  if (!fs.existsSync(file)) {
    if (bytes > 0) return false;
    writeFileSafe(file, '');
    return true;
  }
  const size = fs.statSync(file).size;
  if (size < bytes) return false;
  if (size !== bytes) fs.truncateSync(file, bytes);
  return true;
}

/** A journal line that is no JSON: the file was changed by something other than the sync. */
export class JournalDamaged extends SyncError {}

export function* readJournal(file: string): Generator<JournalLine> {
  if (!fs.existsSync(file)) return;
  let n = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    n++;
    if (!line.trim()) continue;
    let parsed: JournalLine;
    try {
      parsed = JSON.parse(line) as JournalLine;
    } catch {
      throw new JournalDamaged(`het sync-logboek ${file} is beschadigd (regel ${n} is geen JSON); de sync begint opnieuw bij een volgende poging`);
    }
    yield parsed;
  }
}

/** One sync per snapshot folder at a time; a lock left by a killed process is taken over. */
export function takeLock(file: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (pid && pid !== process.pid && alive(pid)) throw new SyncError(`er loopt al een sync voor deze gegevensmap (proces ${pid})`);
      fs.rmSync(file, { force: true });
    }
  }
  throw new SyncError('kan de gegevensmap niet vergrendelen voor de sync');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Opening a snapshot folder: reads the manifest and meta only (parts load on first use), and
// turns every way a folder can be wrong into one clear Dutch sentence instead of a throw. An open
// snapshot notices when a sync elsewhere replaced the folder (the manifest changed) and moves on.
import fs from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_FORMAT, type DocumentRecord, type DossierRecord, type MotieRecord, type PersonRecord, type SnapshotData, type SnapshotMeta, type ToezeggingRecord } from '../types.js';
import { IndexedSnapshot, SnapshotReplaced, type IndexedOptions, type PartSource, type Shard } from './indexed.js';
import { FILES, shardFiles, type IndexEntry, type Manifest, type ShardIndexFile } from './layout.js';
import { recover } from './swap.js';

export type OpenResult =
  | { status: 'ok'; snapshot: IndexedSnapshot }
  /** No snapshot at that place: not a problem, the data rules stay silent. */
  | { status: 'none' }
  | { status: 'problem'; message: string };

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Parsed records kept per shard: a letter cites the same few Kamerstukken over and over. */
const RECORDS_PER_SHARD = 64;

/** Offset and length packed in one number: no array per entry (a whole-Kamer index is 400,000 entries). */
const LENGTH_BITS = 2 ** 20;

function packed(entries: IndexEntry[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, offset, length] of entries) if (length < LENGTH_BITS) map.set(key, offset * LENGTH_BITS + length);
  return map;
}

/** A shard on disk: its index in memory, each record read from the file at its offset. */
class FileShard implements Shard {
  readonly #file: string;
  readonly #documents: Map<string, number>;
  readonly #moties: Map<string, number>;
  readonly #parsed = new Map<string, unknown>();

  constructor(dir: string, i: number, shards: number) {
    const files = shardFiles(i);
    const index = readJson<ShardIndexFile>(path.join(dir, FILES.shards, files.index));
    if (index.shards !== undefined && (index.shards !== shards || index.shard !== i)) throw new SnapshotReplaced(`deel ${i} hoort bij andere gegevens`);
    this.#file = path.join(dir, FILES.shards, files.records);
    this.#documents = packed(index.documents);
    this.#moties = packed(index.moties);
  }

  documentKeys(): readonly string[] {
    return [...this.#documents.keys()];
  }

  document(key: string): DocumentRecord | undefined {
    return this.#record(key, this.#documents.get(key), 'd') as DocumentRecord | undefined;
  }

  motie(key: string): MotieRecord | undefined {
    return this.#record(key, this.#moties.get(key), 'm') as MotieRecord | undefined;
  }

  #record(key: string, entry: number | undefined, kind: 'd' | 'm'): unknown {
    if (entry === undefined) return undefined;
    const id = kind + entry;
    const hit = this.#parsed.get(id);
    if (hit !== undefined) return hit;
    const length = entry % LENGTH_BITS;
    const buf = Buffer.allocUnsafe(length);
    const fd = fs.openSync(this.#file, 'r');
    try {
      fs.readSync(fd, buf, 0, length, (entry - length) / LENGTH_BITS);
    } finally {
      fs.closeSync(fd);
    }
    const record = JSON.parse(buf.toString('utf8')) as { key?: unknown; besluiten?: unknown };
    // The file at this path is not the one this index was read from: the folder was replaced.
    if (record?.key !== key || Array.isArray(record.besluiten) !== (kind === 'm')) throw new SnapshotReplaced(`op de plaats van ${key} staat een ander gegeven`);
    this.#parsed.set(id, record);
    if (this.#parsed.size > RECORDS_PER_SHARD) this.#parsed.delete(this.#parsed.keys().next().value!);
    return record;
  }
}

export type OpenOptions = IndexedOptions;

/** What identifies a written manifest: a sync elsewhere writes a new file (another inode and times). */
function signature(file: string): string | null {
  try {
    const st = fs.statSync(file, { bigint: true });
    return `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  } catch {
    return null; // in the middle of a swap, or gone: nothing to compare yet
  }
}

/** The parts of the folder as it is now, or a Dutch sentence saying why they cannot be read. */
function folderSource(target: string): PartSource | string {
  const manifestFile = path.join(target, FILES.manifest);
  if (!fs.existsSync(manifestFile)) return `De map ${target} bevat geen Kamerbrief-gegevens (manifest.json ontbreekt); voer kamerbrief sync uit.`;
  // Taken before reading: a swap in between is then noticed at the next check.
  const opened = signature(manifestFile);
  let manifest: Manifest;
  let meta: SnapshotMeta;
  try {
    manifest = readJson<Manifest>(manifestFile);
    meta = readJson<SnapshotMeta>(path.join(target, FILES.meta));
  } catch (err) {
    return `De gegevens in ${target} zijn onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`;
  }
  if (manifest?.format !== SNAPSHOT_FORMAT) {
    const format = manifest?.format;
    return typeof format === 'number' && format < SNAPSHOT_FORMAT
      ? `De gegevens in ${target} hebben een ouder formaat (${format}, verwacht ${SNAPSHOT_FORMAT}); voer kamerbrief sync uit om ze bij te werken.`
      : `De gegevens in ${target} hebben een nieuwer formaat (${String(format)}, verwacht ${SNAPSHOT_FORMAT}); werk Kamerbrief bij of synchroniseer opnieuw.`;
  }
  if (!Number.isInteger(manifest.shards) || manifest.shards < 1) return `De gegevens in ${target} zijn onleesbaar (aantal delen ontbreekt); voer kamerbrief sync uit.`;
  if (!meta || typeof meta !== 'object' || typeof meta.createdAt !== 'string' || typeof meta.counts !== 'object' || !meta.counts) return `De gegevens in ${target} zijn onleesbaar (meta.json is onvolledig); voer kamerbrief sync uit.`;
  const shards = manifest.shards;
  return {
    meta,
    shards,
    dossiers: () => readJson<DossierRecord[]>(path.join(target, FILES.dossiers)),
    persons: () => readJson<PersonRecord[]>(path.join(target, FILES.persons)),
    toezeggingen: () => readToezeggingen(target),
    shard: (i) => new FileShard(target, i, shards),
    replaced: () => {
      const now = signature(manifestFile);
      return now !== null && now !== opened;
    },
    reopen: () => folderSource(target),
  };
}

/** The register, or null when the folder has none (a snapshot written before it was synced). */
function readToezeggingen(target: string): ToezeggingRecord[] | null {
  const file = path.join(target, FILES.toezeggingen);
  return fs.existsSync(file) ? readJson<ToezeggingRecord[]>(file) : null;
}

export function openSnapshot(dir: string, options: OpenOptions = {}): OpenResult {
  const target = path.resolve(dir);
  try {
    recover(target);
  } catch {
    // recovery is best effort; reading below says what is wrong
  }
  if (!fs.existsSync(target)) return { status: 'none' };
  const source = folderSource(target);
  if (typeof source === 'string') return { status: 'problem', message: source };
  return { status: 'ok', snapshot: new IndexedSnapshot(source, options) };
}

/** Everything in a snapshot folder as plain data (sync merges changes into it). */
export async function readSnapshotData(dir: string): Promise<SnapshotData> {
  const target = path.resolve(dir);
  recover(target);
  const manifest = readJson<Manifest>(path.join(target, FILES.manifest));
  if (manifest.format !== SNAPSHOT_FORMAT) throw new Error(`formaat ${manifest.format}, verwacht ${SNAPSHOT_FORMAT}`);
  const data: SnapshotData = {
    meta: readJson<SnapshotMeta>(path.join(target, FILES.meta)),
    dossiers: readJson<DossierRecord[]>(path.join(target, FILES.dossiers)),
    persons: readJson<PersonRecord[]>(path.join(target, FILES.persons)),
    documents: [],
    moties: [],
  };
  const toezeggingen = readToezeggingen(target);
  if (toezeggingen) data.toezeggingen = toezeggingen;
  for (let i = 0; i < manifest.shards; i++) {
    const files = shardFiles(i);
    const index = readJson<ShardIndexFile>(path.join(target, FILES.shards, files.index));
    const records = fs.readFileSync(path.join(target, FILES.shards, files.records));
    const at = (e: IndexEntry): unknown => JSON.parse(records.toString('utf8', e[1], e[1] + e[2]));
    data.documents.push(...index.documents.map((e) => at(e) as DocumentRecord));
    data.moties.push(...index.moties.map((e) => at(e) as MotieRecord));
  }
  return data;
}

// Writing a snapshot: a complete new folder beside the old one, flushed to disk, then swapped in
// with renames. Whatever happens in between (a crash, a full disk, a kill), the folder at `dir`
// is the old snapshot or the new one, never a mix; openSnapshot also recovers a swap cut short.
import fs from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_FORMAT, type DocumentRecord, type MotieRecord, type SnapshotData } from '../types.js';
import { dossierOfKey, FILES, shardCount, shardFiles, shardOf, type IndexEntry, type Manifest, type ShardIndexFile } from './layout.js';
import { fsyncDir, renameRetrying, writeFileSafe } from '../../io/safe-write.js';
import { recover, removeAbandoned } from './swap.js';

export async function writeSnapshot(dir: string, data: SnapshotData): Promise<void> {
  const target = path.resolve(dir);
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = `${target}.new-${stamp}`;
  const old = `${target}.old-${stamp}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // A writer that died between its renames left the snapshot aside: put it back, so it is the one
  // this write replaces (and removes) rather than a stray copy.
  recover(target);
  removeAbandoned(target);
  try {
    writeFolder(fresh, data);
  } catch (err) {
    fs.rmSync(fresh, { recursive: true, force: true });
    throw err;
  }
  const hadOld = fs.existsSync(target);
  if (hadOld) {
    try {
      renameRetrying(target, old);
    } catch (err) {
      fs.rmSync(fresh, { recursive: true, force: true });
      throw err;
    }
  }
  try {
    renameRetrying(fresh, target);
  } catch (err) {
    if (hadOld) renameRetrying(old, target); // put the old one back
    fs.rmSync(fresh, { recursive: true, force: true });
    throw err;
  }
  fsyncDir(path.dirname(target));
  if (hadOld) fs.rmSync(old, { recursive: true, force: true });
}

/** One shard: records as lines, and where each starts (bytes). */
function shardContent(shard: number, shards: number, documents: DocumentRecord[], moties: MotieRecord[]): { records: Buffer; index: ShardIndexFile } {
  const chunks: Buffer[] = [];
  let offset = 0;
  const entries = (list: { key: string }[]): IndexEntry[] =>
    list.map((r) => {
      const line = Buffer.from(JSON.stringify(r) + '\n', 'utf8');
      chunks.push(line);
      const entry: IndexEntry = [r.key, offset, line.length - 1];
      offset += line.length;
      return entry;
    });
  const index = { shard, shards, documents: entries(documents), moties: entries(moties) };
  return { records: Buffer.concat(chunks), index };
}

function writeFolder(folder: string, data: SnapshotData): void {
  fs.mkdirSync(path.join(folder, FILES.shards), { recursive: true });
  const shards = shardCount(data.documents.length);
  const parts = Array.from({ length: shards }, () => ({ documents: [] as DocumentRecord[], moties: [] as MotieRecord[] }));
  for (const d of data.documents) parts[shardOf(d.dossier, shards)]!.documents.push(d);
  for (const m of data.moties) parts[shardOf(dossierOfKey(m.key), shards)]!.moties.push(m);
  parts.forEach((part, i) => {
    const { records, index } = shardContent(i, shards, part.documents, part.moties);
    const files = shardFiles(i);
    writeFileSafe(path.join(folder, FILES.shards, files.records), records);
    writeFileSafe(path.join(folder, FILES.shards, files.index), JSON.stringify(index));
  });
  writeFileSafe(path.join(folder, FILES.dossiers), JSON.stringify(data.dossiers));
  writeFileSafe(path.join(folder, FILES.persons), JSON.stringify(data.persons));
  if (data.toezeggingen) writeFileSafe(path.join(folder, FILES.toezeggingen), JSON.stringify(data.toezeggingen));
  const counts = { dossiers: data.dossiers.length, documents: data.documents.length, moties: data.moties.length, persons: data.persons.length, ...(data.toezeggingen ? { toezeggingen: data.toezeggingen.length } : {}) };
  const meta = { ...data.meta, format: SNAPSHOT_FORMAT, counts };
  writeFileSafe(path.join(folder, FILES.meta), JSON.stringify(meta, null, 1));
  // The manifest last: a folder without one was never finished.
  const manifest: Manifest = { format: SNAPSHOT_FORMAT, shards };
  writeFileSafe(path.join(folder, FILES.manifest), JSON.stringify(manifest));
  fsyncDir(path.join(folder, FILES.shards));
  fsyncDir(folder);
}

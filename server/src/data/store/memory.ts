// A snapshot held in memory (tests, and data built before it is written).
import type { DocumentRecord, MotieRecord, SnapshotData } from '../types.js';
import { IndexedSnapshot, type Shard } from './indexed.js';
import { dossierOfKey, shardCount, shardOf } from './layout.js';

class MemoryShard implements Shard {
  readonly documents = new Map<string, DocumentRecord>();
  readonly moties = new Map<string, MotieRecord>();
  documentKeys(): readonly string[] {
    return [...this.documents.keys()];
  }
  document(key: string): DocumentRecord | undefined {
    return this.documents.get(key);
  }
  motie(key: string): MotieRecord | undefined {
    return this.moties.get(key);
  }
}

export function snapshotFromData(data: SnapshotData): IndexedSnapshot {
  const shards = shardCount(data.documents.length);
  const parts = Array.from({ length: shards }, () => new MemoryShard());
  for (const d of data.documents) parts[shardOf(d.dossier, shards)]!.documents.set(d.key, d);
  for (const m of data.moties) parts[shardOf(dossierOfKey(m.key), shards)]!.moties.set(m.key, m);
  return new IndexedSnapshot({ meta: data.meta, shards, dossiers: () => data.dossiers, persons: () => data.persons, toezeggingen: () => data.toezeggingen ?? null, shard: (i) => parts[i]! });
}

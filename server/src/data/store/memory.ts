// A snapshot held in memory (tests, and sync's merge step before it writes).
import type { SnapshotData } from '../types.js';
import { IndexedSnapshot, type ShardPart } from './indexed.js';
import { dossierOfKey, shardCount, shardOf } from './layout.js';

export function snapshotFromData(data: SnapshotData): IndexedSnapshot {
  const shards = shardCount(data.documents.length);
  const parts: ShardPart[] = Array.from({ length: shards }, () => ({ documents: [], moties: [] }));
  for (const d of data.documents) parts[shardOf(d.dossier, shards)]!.documents.push(d);
  for (const m of data.moties) parts[shardOf(dossierOfKey(m.key), shards)]!.moties.push(m);
  return new IndexedSnapshot({ meta: data.meta, shards, dossiers: () => data.dossiers, persons: () => data.persons, shard: (i) => parts[i]! });
}

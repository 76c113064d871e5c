// On-disk layout of a snapshot folder. Documents and moties are sharded by dossier, so opening a
// snapshot reads two small files and a lookup parses at most one shard (a few hundred KB) the
// first time: start-up and memory stay flat however large the Kamer's data grows.
//   manifest.json   { format, shards }            read first: refuse other formats with a message
//   meta.json       SnapshotMeta
//   dossiers.json   DossierRecord[]               small: completion after "Kamerstuk "
//   persons.json    PersonRecord[]                loaded on first member lookup
//   toezeggingen.json ToezeggingRecord[]         optional (older snapshots lack it): loaded on first use
//   shards/NNNN.ndjson   one record per line (documents, then moties)
//   shards/NNNN.idx.json { shard, shards, documents: [key, byteOffset, byteLength][], moties: … }
// A shard's index is read on first use; a record is read from its file at its offset and parsed
// when asked for. So memory holds indexes and recently used records, never the whole data.
import type { DossierKey } from '../types.js';

export interface Manifest {
  format: number;
  shards: number;
}

export const FILES = { manifest: 'manifest.json', meta: 'meta.json', dossiers: 'dossiers.json', persons: 'persons.json', toezeggingen: 'toezeggingen.json', shards: 'shards' };

/** About this many documents per shard: its index parses in about 0.1 ms on first use. */
export const DOCUMENTS_PER_SHARD = 250;

export function shardCount(documents: number): number {
  return Math.min(4096, Math.max(1, Math.ceil(documents / DOCUMENTS_PER_SHARD)));
}

/** FNV-1a over the dossier key: stable across runs and platforms. */
export function shardOf(dossier: DossierKey, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < dossier.length; i++) {
    h ^= dossier.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

export function shardFiles(i: number): { records: string; index: string } {
  const base = String(i).padStart(4, '0');
  return { records: `${base}.ndjson`, index: `${base}.idx.json` };
}

/** [key, byte offset, byte length] of each record in a shard's records file. */
export type IndexEntry = [string, number, number];

export interface ShardIndexFile {
  /** Which shard of how many: a reader that opened another snapshot (the folder was replaced by a
   * sync elsewhere) notices its shard assignment no longer fits. Absent in folders written before. */
  shard?: number;
  shards?: number;
  documents: IndexEntry[];
  moties: IndexEntry[];
}

/** "19637:3370" → "19637". */
export function dossierOfKey(key: string): DossierKey {
  return key.slice(0, key.lastIndexOf(':'));
}

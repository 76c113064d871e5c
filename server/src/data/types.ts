// The snapshot's storage contract (format, plain data) on top of the engine's data port: sync writes
// SnapshotData, the store reads it back and implements the port's `Snapshot`.
import type { DocumentRecord, DossierRecord, MotieRecord, PersonRecord, SnapshotMeta, ToezeggingRecord } from '../core/data-port.js';

export * from '../core/data-port.js';

/** Bumped whenever the on-disk layout changes; a snapshot with another format is refused with a message. */
export const SNAPSHOT_FORMAT = 2;

/** The whole snapshot as plain data (what sync writes and load reads). */
export interface SnapshotData {
  meta: SnapshotMeta;
  dossiers: DossierRecord[];
  documents: DocumentRecord[];
  moties: MotieRecord[];
  persons: PersonRecord[];
  /** The toezeggingen register; absent in snapshots written before it was synced. */
  toezeggingen?: ToezeggingRecord[];
}


// A shared snapshot as one file: a zip (fflate) with the whole snapshot as JSON and a control
// record holding its SHA-256, the data's date and the snapshot format. One person syncs, the team
// imports the file: nothing of the shard layout travels, so an archive outlives layout changes
// that keep the records' format (SNAPSHOT_FORMAT) the same.

/** The snapshot's records (SnapshotData as JSON). */
export const DATA_ENTRY = 'gegevens.json';
/** ArchiveControl as JSON. */
export const CONTROL_ENTRY = 'controle.json';
/** Version of this archive layout (not of the records: that is SNAPSHOT_FORMAT). */
export const ARCHIVE_VERSION = 1;
/** Larger archives or entries are refused before unpacking (a whole-Kamer snapshot is far smaller). */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
export const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;

export interface ArchiveControl {
  archief: number;
  /** SNAPSHOT_FORMAT of the records. */
  formaat: number;
  /** SHA-256 (hex) of the DATA_ENTRY bytes. */
  sha256: string;
  /** When the snapshot was written (meta.createdAt): the data's date. */
  gegevensVan: string;
  /** Where it was synced from (meta.origin). */
  bron: string;
  aantallen: { dossiers: number; documents: number; moties: number; persons: number };
}

/** Every way an archive can be refused, as one Dutch sentence. */
export class ArchiveError extends Error {}

// `kamerbrief snapshot export`: the snapshot folder → one archive file, written atomically.
import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { writeFileSafe } from '../../io/safe-write.js';
import { openSnapshot, readSnapshotData } from '../store/open.js';
import { SNAPSHOT_FORMAT } from '../types.js';
import { ARCHIVE_VERSION, ArchiveError, CONTROL_ENTRY, DATA_ENTRY, type ArchiveControl } from './archive-format.js';

export async function exportSnapshot(dir: string, file: string): Promise<ArchiveControl> {
  const opened = openSnapshot(dir);
  if (opened.status === 'none') throw new ArchiveError(`geen gegevens in ${dir}; voer eerst kamerbrief sync uit of geef --data <map>`);
  if (opened.status === 'problem') throw new ArchiveError(opened.message);
  let records: Uint8Array;
  let control: ArchiveControl;
  try {
    const data = await readSnapshotData(dir);
    records = strToU8(JSON.stringify(data));
    control = {
      archief: ARCHIVE_VERSION,
      formaat: SNAPSHOT_FORMAT,
      sha256: createHash('sha256').update(records).digest('hex'),
      gegevensVan: data.meta.createdAt,
      bron: data.meta.origin,
      aantallen: { dossiers: data.dossiers.length, documents: data.documents.length, moties: data.moties.length, persons: data.persons.length },
    };
  } catch (err) {
    throw new ArchiveError(`de gegevens in ${dir} zijn onleesbaar (${(err as Error).message}); voer kamerbrief sync uit`);
  }
  const zip = zipSync({ [CONTROL_ENTRY]: [strToU8(JSON.stringify(control, null, 1)), { level: 0 }], [DATA_ENTRY]: [records, { level: 6 }] });
  writeFileSafe(file, zip);
  return control;
}

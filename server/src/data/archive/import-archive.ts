// `kamerbrief snapshot import` / `sync --from`: an archive → the snapshot folder. Everything is
// checked before the folder is touched (zip, control record, SHA-256, format, records' shape);
// then the store writes it beside the old snapshot and swaps it in, so a refused or interrupted
// import leaves the old snapshot as it was.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { FILES } from '../store/layout.js';
import { writeSnapshot } from '../store/write.js';
import { SNAPSHOT_FORMAT, type SnapshotData } from '../types.js';
import { ARCHIVE_VERSION, ArchiveError, CONTROL_ENTRY, DATA_ENTRY, MAX_ARCHIVE_BYTES, MAX_ENTRY_BYTES, type ArchiveControl } from './archive-format.js';

/** The archive's records, verified; throws ArchiveError with a Dutch sentence. */
export function readArchive(file: string): { data: SnapshotData; control: ArchiveControl } {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_ARCHIVE_BYTES) throw new ArchiveError(`${file} is te groot voor een gegevensarchief (${Math.round(size / 1048576)} MB)`);
    bytes = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof ArchiveError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ArchiveError(code === 'ENOENT' ? `${file} bestaat niet` : code === 'EISDIR' ? `${file} is een map, geen gegevensarchief` : `${file} is niet te lezen (${code ?? (err as Error).message})`);
  }
  const damaged = `${file} is beschadigd of geen Kamerbrief-gegevensarchief`;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > MAX_ENTRY_BYTES) throw new ArchiveError(`${damaged} (${f.name} is te groot)`);
        return f.name === CONTROL_ENTRY || f.name === DATA_ENTRY;
      },
    });
  } catch (err) {
    if (err instanceof ArchiveError) throw err;
    throw new ArchiveError(`${damaged} (geen leesbaar zip-bestand: ${(err as Error).message})`);
  }
  const controlBytes = entries[CONTROL_ENTRY];
  const records = entries[DATA_ENTRY];
  if (!controlBytes || !records) throw new ArchiveError(`${damaged} (${!controlBytes ? CONTROL_ENTRY : DATA_ENTRY} ontbreekt)`);
  let control: ArchiveControl;
  try {
    control = JSON.parse(strFromU8(controlBytes)) as ArchiveControl;
  } catch {
    throw new ArchiveError(`${damaged} (${CONTROL_ENTRY} is onleesbaar)`);
  }
  if (!control || typeof control !== 'object' || typeof control.sha256 !== 'string') throw new ArchiveError(`${damaged} (${CONTROL_ENTRY} mist de controlesom)`);
  if (control.archief !== ARCHIVE_VERSION) throw new ArchiveError(`${file} is gemaakt door een andere versie van Kamerbrief (archiefversie ${String(control.archief)}, verwacht ${ARCHIVE_VERSION}); werk Kamerbrief bij of exporteer opnieuw`);
  const actual = createHash('sha256').update(records).digest('hex');
  if (actual !== control.sha256.toLowerCase()) throw new ArchiveError(`${file} is beschadigd: de controlesom (SHA-256) klopt niet; vraag een nieuwe export`);
  if (control.formaat !== SNAPSHOT_FORMAT) throw new ArchiveError(`${file} bevat gegevens in formaat ${String(control.formaat)}, deze versie van Kamerbrief leest formaat ${SNAPSHOT_FORMAT}; gebruik dezelfde versie als wie exporteerde`);
  let data: SnapshotData;
  try {
    data = JSON.parse(strFromU8(records)) as SnapshotData;
  } catch {
    throw new ArchiveError(`${damaged} (${DATA_ENTRY} is onleesbaar)`);
  }
  const problem = shapeProblem(data);
  if (problem) throw new ArchiveError(`${damaged} (${problem})`);
  return { data, control };
}

/** What makes the records unusable, or null: the store and the rules rely on these fields. */
function shapeProblem(data: SnapshotData): string | null {
  if (!data || typeof data !== 'object') return 'geen gegevens';
  if (!data.meta || typeof data.meta.createdAt !== 'string') return 'meta ontbreekt';
  for (const list of ['dossiers', 'documents', 'moties', 'persons'] as const) {
    if (!Array.isArray(data[list])) return `${list} ontbreekt`;
  }
  const keyed = (r: unknown): boolean => typeof (r as { key?: unknown })?.key === 'string';
  if (!data.dossiers.every(keyed) || !data.moties.every(keyed)) return 'een record zonder sleutel';
  if (!data.documents.every((d) => keyed(d) && typeof d.dossier === 'string')) return 'een kamerstuk zonder sleutel of dossier';
  if (!data.moties.every((m) => Array.isArray(m.besluiten) && Array.isArray(m.indieners) && Array.isArray(m.vervangenDoor))) return 'een motie zonder besluiten of indieners';
  if (!data.persons.every((p) => typeof (p as { id?: unknown })?.id === 'string')) return 'een Kamerlid zonder id';
  return null;
}

/**
 * Verifies the archive, then swaps it in at dir. A folder that holds something else than a
 * snapshot is refused: the swap replaces the whole folder.
 */
export async function importSnapshot(file: string, dir: string): Promise<ArchiveControl> {
  const { data, control } = readArchive(file);
  const target = path.resolve(dir);
  let names: string[] = [];
  try {
    names = fs.readdirSync(target);
  } catch {
    // absent: the store creates it
  }
  if (names.length > 0 && !names.includes(FILES.manifest)) throw new ArchiveError(`${target} is geen gegevensmap van Kamerbrief (manifest.json ontbreekt) en is niet leeg; kies met --data een lege of nieuwe map`);
  await writeSnapshot(target, data);
  return control;
}

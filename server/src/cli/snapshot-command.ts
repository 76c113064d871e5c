// `kamerbrief snapshot export <file>` / `kamerbrief snapshot import <file>`: one person syncs,
// the team (and CI) imports the archive. Also `kamerbrief sync --from <file>` (= import).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ArchiveError, type ArchiveControl } from '../data/archive/archive-format.js';
import { exportSnapshot } from '../data/archive/export-archive.js';
import { importSnapshot } from '../data/archive/import-archive.js';
import { defaultDataDir } from '../data/sync/data-dir.js';
import { describeWriteError } from './write-error.js';
import { dutchArgError } from './arg-error.js';

export const SNAPSHOT_HELP = `Gebruik: kamerbrief snapshot export <bestand> [--data <map>]
       kamerbrief snapshot import <bestand> [--data <map>]

Eén persoon synchroniseert, het team deelt: export schrijft de gegevens van de Kamer in één
archief (zip) met een controlesom (SHA-256) en de datum van de gegevens; import controleert het
archief en vervangt de gegevensmap in één keer (een beschadigd archief wordt geweigerd, de
oude gegevens blijven dan staan). kamerbrief sync --from <bestand> doet hetzelfde als import.

Opties:
  --data <map>   gegevensmap (standaard: ${defaultDataDir()})
  -h, --help     deze hulp

Afsluitcodes: 0 gelukt, 2 geen gegevens, een beschadigd archief of een fout in de opties.`;

export interface SnapshotIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd?: string;
}

export async function runSnapshotCommand(argv: string[], io: SnapshotIo): Promise<number> {
  let values: { data?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    io.stderr(`kamerbrief snapshot: ${dutchArgError(err as Error, 'snapshot')}; zie kamerbrief snapshot --help\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(SNAPSHOT_HELP + '\n');
    return 0;
  }
  const [action, file, ...rest] = positionals;
  if ((action !== 'export' && action !== 'import') || !file || rest.length) {
    io.stderr('kamerbrief snapshot: gebruik kamerbrief snapshot export <bestand> of kamerbrief snapshot import <bestand>; zie kamerbrief snapshot --help\n');
    return 2;
  }
  const dir = path.resolve(io.cwd ?? process.cwd(), values.data ?? defaultDataDir());
  const archive = path.resolve(io.cwd ?? process.cwd(), file);
  if (action === 'import') return importArchive(archive, dir, io, 'snapshot import');
  try {
    const control = await exportSnapshot(dir, archive);
    io.stdout(`Gegevens ${describe(control)} geëxporteerd naar ${file} (SHA-256 ${control.sha256}).\n`);
    return 0;
  } catch (err) {
    io.stderr(`kamerbrief snapshot export: ${err instanceof ArchiveError ? err.message : `${file}: ${describeWriteError(err)}`}\n`);
    return 2;
  }
}

/** Import (also `sync --from`): exit 0 when swapped in, 2 with one Dutch line otherwise. */
export async function importArchive(archive: string, dir: string, io: SnapshotIo, command: string): Promise<number> {
  try {
    const control = await importSnapshot(archive, dir);
    io.stdout(`Gegevens ${describe(control)} geïmporteerd in ${dir}.\n`);
    return 0;
  } catch (err) {
    io.stderr(`kamerbrief ${command}: ${err instanceof ArchiveError ? err.message : `${dir}: ${describeWriteError(err)}`}\n`);
    return 2;
  }
}

function describe(c: ArchiveControl): string {
  const a = c.aantallen;
  return `van ${c.gegevensVan.slice(0, 10)} (${a.moties} moties, ${a.documents} kamerstukken, ${a.dossiers} dossiers, ${a.persons} Kamerleden)`;
}

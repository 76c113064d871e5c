// `kamerbrief sync`: fill or refresh the local snapshot of Tweede Kamer data.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../data/sync/data-dir.js';
import { SyncError } from '../data/sync/errors.js';
import { DEFAULT_ENDPOINT, syncSnapshot, type SyncOptions } from '../data/sync/sync.js';
import { dutchArgError } from './arg-error.js';

export const SYNC_HELP = `Gebruik: kamerbrief sync [opties]

Haalt moties, kamerstukken en Kamerleden op uit het Gegevensmagazijn van de Tweede Kamer
en werkt de lokale gegevensmap bij. De eerste keer alles, daarna alleen wat veranderde.
Een onderbroken sync gaat de volgende keer verder waar hij stopte.

Opties:
  --data MAP         gegevensmap (standaard: ${defaultDataDir()})
  --endpoint URL     OData-adres (standaard: ${DEFAULT_ENDPOINT})
  --since DATUM      alleen wat na deze datum (jjjj-mm-dd) veranderde
  --dossier N        alleen dit dossiernummer; mag vaker
  --from BESTAND     geen netwerk: neem de gegevens uit een archief van kamerbrief snapshot
                     export (hetzelfde als kamerbrief snapshot import BESTAND)
  --check            niets bijwerken: stuur elke vraag van de sync één keer naar het
                     Gegevensmagazijn en toon per vraag status, rijen, tijd (ms) en bytes
  -h, --help         deze hulp

Achter een proxy: HTTPS_PROXY (of HTTP_PROXY voor een http-adres), met gebruikersnaam en
wachtwoord in het adres als de proxy erom vraagt (http://gebruiker:wachtwoord@proxy:8080);
NO_PROXY noemt servers die zonder proxy bereikbaar zijn (zoals curl: komma's, domeinen, *).
`;

export interface SyncIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Exit 0 when the snapshot was written, 2 on a usage error or a failed sync (one Dutch line on stderr). */
export async function runSyncCommand(argv: string[], io: SyncIo, extra: Partial<SyncOptions> = {}): Promise<number> {
  let values: { data?: string; endpoint?: string; since?: string; dossier?: string[]; from?: string; check?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        endpoint: { type: 'string' },
        since: { type: 'string' },
        dossier: { type: 'string', multiple: true },
        from: { type: 'string' },
        check: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    io.stderr(`kamerbrief sync: ${dutchArgError(err as Error, 'sync')}; zie kamerbrief sync --help\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(SYNC_HELP);
    return 0;
  }
  if (values.from !== undefined) {
    if (values.endpoint !== undefined || values.since !== undefined || values.dossier !== undefined) {
      io.stderr('kamerbrief sync: --from neemt alles uit het archief; laat --endpoint, --since en --dossier weg\n');
      return 2;
    }
    const { importArchive } = await import('./snapshot-command.js');
    return importArchive(path.resolve(values.from), path.resolve(values.data ?? defaultDataDir()), io, 'sync --from');
  }
  const dossiers: number[] = [];
  for (const d of values.dossier ?? []) {
    const n = Number(d.replace(/\s/g, ''));
    if (!/^\d+$/.test(d.replace(/\s/g, '')) || n <= 0) {
      io.stderr(`kamerbrief sync: ongeldig dossiernummer bij --dossier: "${d}" (verwacht bijvoorbeeld 29754)\n`);
      return 2;
    }
    dossiers.push(n);
  }
  if (values.check) return runCheck(values.endpoint ?? DEFAULT_ENDPOINT, dossiers, io, extra);
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  try {
    const result = await syncSnapshot({
      dataDir,
      endpoint: values.endpoint ?? DEFAULT_ENDPOINT,
      since: values.since ?? null,
      dossiers,
      onProgress: (p) => io.stderr(`${p.bericht}\n`),
      ...extra,
    });
    const c = result.counts;
    io.stdout(`Gegevens bijgewerkt in ${dataDir}: ${c.moties} moties, ${c.documents} kamerstukken, ${c.dossiers} dossiers, ${c.persons} Kamerleden (${result.pages} pagina's gelezen).\n`);
    return 0;
  } catch (err) {
    const msg = err instanceof SyncError ? err.message : `onverwachte fout: ${(err as Error)?.message ?? String(err)}`;
    io.stderr(`kamerbrief sync: ${msg}\n`);
    return 2;
  }
}

/** Exit 0 when every query answered 200, 1 when one did not. */
async function runCheck(endpoint: string, dossiers: number[], io: SyncIo, extra: Partial<SyncOptions>): Promise<number> {
  const { checkQueries, formatCheck } = await import('../data/sync/check.js');
  try {
    const rows = await checkQueries({
      endpoint, dossiers,
      ...(extra.pauseMs !== undefined && { pauseMs: extra.pauseMs }),
      ...(extra.timeoutMs !== undefined && { timeoutMs: extra.timeoutMs }),
      ...(extra.fetch && { fetch: extra.fetch }),
      ...(extra.sleep && { sleep: extra.sleep }),
      ...(extra.env && { env: extra.env }),
    });
    io.stdout(formatCheck(endpoint, rows));
    return rows.every((r) => r.status === 200 || r.fout?.startsWith('overgeslagen')) ? 0 : 1;
  } catch (err) {
    const msg = err instanceof SyncError ? err.message : `onverwachte fout: ${(err as Error)?.message ?? String(err)}`;
    io.stderr(`kamerbrief sync --check: ${msg}\n`);
    return 2;
  }
}


// The Kamer's toezeggingen register (entity Toezegging) in the snapshot: its query, the mapping of
// one entity to a record, and the pass that reads it after the other sets (sync.ts calls it once).
//
// The register does not belong to dossiers, so it is read whole the first time and incrementally
// after that (ApiGewijzigdOp gt the last one seen, deleted placeholders included), merged by GUID.
// Not journaled: a sync killed during this pass reads the register again (a few hundred pages at
// most), the live snapshot stays intact meanwhile. A source without the set (HTTP 404: a mirror or
// proxy that carries only some sets) keeps the register the snapshot had, and says so.
import type { SnapshotData, ToezeggingRecord } from '../types.js';
import { isoDate, laterInstant } from './keys.js';
import { checkSameOrigin, type ODataClient } from './odata-client.js';
import type { SyncProgress } from './sync.js';

type Entity = Record<string, unknown>;

export const TOEZEGGING_SET = 'Toezegging';
const EXPAND = 'Activiteit';

export function toezeggingUrl(endpoint: string, since: string | null): string {
  // Placeholders of deleted entities have every field null: ask for them explicitly after the first run.
  const filter = since ? `ApiGewijzigdOp gt ${since}` : 'Verwijderd eq false';
  const base = endpoint.endsWith('/') ? endpoint : endpoint + '/';
  const params: [string, string][] = [['$filter', filter], ['$orderby', 'ApiGewijzigdOp,Id'], ['$expand', EXPAND]];
  return `${base}${TOEZEGGING_SET}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** The API writes "no date" as 0001-01-01. */
function date(v: unknown): string | null {
  const d = isoDate(str(v));
  return d && !d.startsWith('0001-') ? d : null;
}

/** One entity → a record; null for a deleted placeholder or a row without Id. */
export function mapToezegging(e: Entity): ToezeggingRecord | null {
  const id = str(e.Id);
  if (!id || e.Verwijderd === true) return null;
  const activiteiten = Array.isArray(e.Activiteit) ? (e.Activiteit as Entity[]) : e.Activiteit && typeof e.Activiteit === 'object' ? [e.Activiteit as Entity] : [];
  const a = activiteiten[0];
  const nakoming = Array.isArray(e.KamerbriefNakoming) ? (e.KamerbriefNakoming as unknown[]).map(str).filter(Boolean).join(', ') : str(e.KamerbriefNakoming);
  return {
    id,
    nummer: str(e.Nummer),
    tekst: str(e.Tekst),
    status: str(e.Status),
    datumNakoming: date(e.DatumNakoming),
    aanmaakdatum: date(e.Aanmaakdatum),
    ministerie: str(e.Ministerie),
    toezegger: str(e.Naam),
    functie: str(e.Functie),
    activiteit: a ? { nummer: str(a.Nummer), soort: str(a.Soort), onderwerp: str(a.Onderwerp), datum: date(a.Datum) } : null,
    kamerbriefNakoming: nakoming || null,
  };
}

export interface ToezeggingPass {
  toezeggingen: ToezeggingRecord[] | undefined;
  /** Last ApiGewijzigdOp seen, for meta.syncedUntil.Toezegging (null: nothing new). */
  until: string | null;
}

/** Reads the register (or what changed in it) and merges it into the previous snapshot's. */
export async function syncToezeggingen(
  client: ODataClient,
  endpoint: string,
  base: SnapshotData | null,
  progress: (p: SyncProgress) => void,
): Promise<ToezeggingPass> {
  const previous = base?.toezeggingen;
  // Incremental only when the previous snapshot holds the register it would update.
  const since = previous ? base?.meta.syncedUntil?.[TOEZEGGING_SET] ?? null : null;
  const byId = new Map((previous ?? []).map((t) => [t.id, t]));
  let url: string | null = toezeggingUrl(endpoint, since);
  let until: string | null = null;
  let pages = 0;
  let read = 0;
  while (url) {
    let page;
    try {
      page = await client.page(url);
    } catch (err) {
      if (pages === 0 && /\(HTTP 404\)/.test((err as Error).message)) {
        progress({ fase: 'pagina', bericht: 'Toezeggingen: deze bron kent het register niet (HTTP 404); de toezeggingen blijven zoals ze waren.' });
        return { toezeggingen: previous, until: null };
      }
      throw err;
    }
    for (const e of page.value) {
      const id = str(e.Id);
      if (!id) continue;
      const record = mapToezegging(e);
      if (record) byId.set(id, record);
      else byId.delete(id);
      until = laterInstant(until, typeof e.ApiGewijzigdOp === 'string' ? e.ApiGewijzigdOp : null);
    }
    pages++;
    read += page.value.length;
    progress({ fase: 'pagina', pagina: pages, entiteiten: read, bericht: `Toezeggingen: pagina ${pages}, ${read} gelezen` });
    url = page.nextLink ? checkSameOrigin(page.nextLink, endpoint) : null;
  }
  const toezeggingen = [...byId.values()].sort((a, b) => (a.nummer ?? '').localeCompare(b.nummer ?? '', 'en', { numeric: true }) || a.id.localeCompare(b.id));
  return { toezeggingen, until };
}

// syncSnapshot: fill or refresh a snapshot folder from the Tweede Kamer OData API, resumably.
//
// Each page is mapped, appended to a journal and the progress state (nextLink per set) is saved
// atomically before the next request. A killed sync resumes from that state; the live snapshot is
// only replaced at the very end, by writeSnapshot's atomic swap, so it is intact at every moment.
import fs from 'node:fs';
import { SNAPSHOT_FORMAT, type SnapshotData } from '../types.js';
import { writeFileSafe } from '../../io/safe-write.js';
import { SyncError } from './errors.js';
import {
  appendJournal, emptyIndex, readJournal, readJson, syncPaths, takeLock, truncateJournal, writeJsonAtomic,
  type IdIndex, type SetState, type SyncState,
} from './files.js';
import { laterInstant } from './keys.js';
import { mapEntity, type Change } from './map.js';
import { applyJournal, compareKeys, linkReplacements, workingFrom } from './merge.js';
import { checkSameOrigin, DEFAULT_CLIENT, ODataClient } from './odata-client.js';
import type { ProxyTransport } from './proxy-fetch.js';
import { proxyFor, proxySettings, type EditorProxy } from './proxy-settings.js';
import { isDelta, SET_LABEL, SET_ORDER, sinceLiteral, startUrl, syncedUntilKey, type SetName } from './queries.js';
import { readSnapshotData, writeSnapshot } from './store-adapter.js';
import { syncToezeggingen, TOEZEGGING_SET } from './toezeggingen.js';

export const DEFAULT_ENDPOINT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';

export interface SyncProgress {
  fase: 'begin' | 'hervat' | 'pagina' | 'opnieuw' | 'schrijven' | 'klaar';
  set?: SetName;
  /** Pages and entities read so far for this set (this sync, resumes included). */
  pagina?: number;
  entiteiten?: number;
  /** One Dutch line for a progress bar or a log. */
  bericht: string;
}

export interface SyncOptions {
  dataDir: string;
  endpoint?: string;
  /** Only what changed after this date/time (yyyy-mm-dd or ISO); default: where the last sync ended. */
  since?: string | null;
  /** Only moties and kamerstukken of these dossier numbers. */
  dossiers?: number[];
  pauseMs?: number;
  timeoutMs?: number;
  maxRetries?: number;
  /** Largest answer accepted (default 512 MB); tests set a small one. */
  maxBodyBytes?: number;
  backoffMs?: number;
  onProgress?: (p: SyncProgress) => void;
  /** For tests: waits (pauses, backoff, Retry-After) go through here. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** The editor's proxy settings; they win over the environment. */
  proxy?: EditorProxy | null;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface SyncResult {
  dataDir: string;
  resumed: boolean;
  incremental: boolean;
  pages: number;
  entities: number;
  upserts: number;
  deletions: number;
  counts: SnapshotData['meta']['counts'];
  syncedUntil: Record<string, string>;
}

export async function syncSnapshot(options: SyncOptions): Promise<SyncResult> {
  const endpoint = normaliseEndpoint(options.endpoint ?? DEFAULT_ENDPOINT);
  const dossiers = [...new Set(options.dossiers ?? [])].sort((a, b) => a - b);
  for (const d of dossiers) if (!Number.isInteger(d) || d <= 0) throw new SyncError(`ongeldig dossiernummer: ${d}`);
  let since: string | null = null;
  if (options.since) {
    since = sinceLiteral(options.since);
    if (!since) throw new SyncError(`ongeldige datum bij --since: "${options.since}" (verwacht jjjj-mm-dd)`);
  }
  const progress = options.onProgress ?? (() => {});
  const proxy = options.fetch ? null : proxyFor(endpoint, proxySettings(options.env ?? process.env, options.proxy ?? null));
  const via = proxy ? ` via proxy ${proxy.shown} (uit ${proxy.from})` : '';
  const paths = syncPaths(options.dataDir);
  fs.mkdirSync(paths.dir, { recursive: true });
  const unlock = takeLock(paths.lock);
  let transport: ProxyTransport | null = null;
  try {
    if (proxy) transport = (await import('./proxy-fetch.js')).proxyTransport(proxy);
    const base = await loadBase(options.dataDir);
    const index = (base && readJson<IdIndex>(paths.index)) || emptyIndex();

    let state = readJson<SyncState>(paths.state);
    const resumed = !!state && state.version === 1 && state.endpoint === endpoint && state.since === since && state.dossiers.join(',') === dossiers.join(',');
    if (resumed) {
      truncateJournal(paths.journal, state!.journalBytes);
      progress({ fase: 'hervat', bericht: `Onderbroken sync van ${state!.startedAt} gaat verder${via}.` });
    } else {
      state = newState(endpoint, dossiers, since, base);
      writeFileSafe(paths.journal, '');
      writeJsonAtomic(paths.state, state);
      progress({ fase: 'begin', bericht: `Sync met ${endpoint} begint${dossiers.length ? ` (dossiers ${dossiers.join(', ')})` : ''}${via}.` });
    }
    const st = state!;

    const client = new ODataClient({
      ...DEFAULT_CLIENT,
      ...(options.pauseMs !== undefined && { pauseMs: options.pauseMs }),
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      ...(options.maxRetries !== undefined && { maxRetries: options.maxRetries }),
      ...(options.maxBodyBytes !== undefined && { maxBodyBytes: options.maxBodyBytes }),
      ...(options.backoffMs !== undefined && { backoffMs: options.backoffMs }),
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      ...(options.fetch && { fetch: options.fetch }),
      ...(transport && { fetch: transport.fetch }),
      onRetry: ({ attempt, waitMs, reason }) =>
        progress({ fase: 'opnieuw', bericht: `${reason}; poging ${attempt + 1} over ${Math.round(waitMs / 100) / 10} s` }),
    });

    for (const set of SET_ORDER) {
      const s = st.sets[set]!;
      let url = s.status === 'done' ? null : s.next ?? s.start;
      while (url) {
        const page = await client.page(url);
        const changes = page.value.map((e) => mapEntity(set, e)).filter((c): c is Change => c !== null);
        st.journalBytes = appendJournal(paths.journal, { set, changes });
        for (const e of page.value) {
          s.lastApiGewijzigdOp = laterInstant(s.lastApiGewijzigdOp, typeof e.ApiGewijzigdOp === 'string' ? e.ApiGewijzigdOp : null);
          if (typeof e.Id === 'string') s.lastId = e.Id;
        }
        s.pages++;
        s.entities += page.value.length;
        s.next = page.nextLink ? checkSameOrigin(page.nextLink, endpoint) : null;
        s.status = s.next ? 'active' : 'done';
        writeJsonAtomic(paths.state, st);
        progress({ fase: 'pagina', set, pagina: s.pages, entiteiten: s.entities, bericht: `${cap(SET_LABEL[set])}: pagina ${s.pages}, ${s.entities} gelezen` });
        url = s.next;
      }
    }

    const register = await syncToezeggingen(client, endpoint, base, progress);
    progress({ fase: 'schrijven', bericht: 'Momentopname wordt geschreven.' });
    const w = workingFrom(base);
    applyJournal(w, index, readJournal(paths.journal), st.sets.Persoon?.status === 'done');
    linkReplacements(w.moties);
    const syncedUntil = { ...(base?.meta.syncedUntil ?? {}) };
    for (const set of SET_ORDER) {
      const last = st.sets[set]?.lastApiGewijzigdOp;
      const key = syncedUntilKey(set, dossiers);
      if (last && isDelta(set)) syncedUntil[key] = laterInstant(syncedUntil[key], last)!;
    }
    if (register.until) syncedUntil[TOEZEGGING_SET] = laterInstant(syncedUntil[TOEZEGGING_SET], register.until)!;
    const data: SnapshotData = {
      meta: {
        format: SNAPSHOT_FORMAT,
        createdAt: new Date().toISOString(),
        origin: endpoint,
        syncedUntil,
        counts: { dossiers: w.dossiers.size, documents: w.documents.size, moties: w.moties.size, persons: w.persons.size },
        scope: scopeAfter(base?.meta.scope, base !== null, dossiers),
      },
      dossiers: [...w.dossiers.values()].sort((a, b) => compareKeys(a.key, b.key)),
      documents: [...w.documents.values()].sort((a, b) => compareKeys(a.key, b.key)),
      moties: [...w.moties.values()].sort((a, b) => compareKeys(a.key, b.key)),
      persons: [...w.persons.values()].sort((a, b) => a.achternaam.localeCompare(b.achternaam, 'nl') || a.id.localeCompare(b.id)),
      ...(register.toezeggingen && { toezeggingen: register.toezeggingen }),
    };
    await writeSnapshot(options.dataDir, data);
    // After the swap: a crash before these lines replays the (idempotent) journal on the next run.
    writeJsonAtomic(paths.index, index);
    fs.rmSync(paths.state, { force: true });
    fs.rmSync(paths.journal, { force: true });
    const pages = SET_ORDER.reduce((n, set) => n + (st.sets[set]?.pages ?? 0), 0);
    const entities = SET_ORDER.reduce((n, set) => n + (st.sets[set]?.entities ?? 0), 0);
    progress({ fase: 'klaar', bericht: `Klaar: ${data.meta.counts.moties} moties, ${data.meta.counts.documents} kamerstukken, ${data.meta.counts.persons} Kamerleden.` });
    return {
      dataDir: options.dataDir, resumed, incremental: !!base, pages, entities,
      upserts: w.stats.upserts, deletions: w.stats.deletions, counts: data.meta.counts, syncedUntil,
    };
  } finally {
    await transport?.close();
    unlock();
  }
}

function newState(endpoint: string, dossiers: number[], since: string | null, base: SnapshotData | null): SyncState {
  const sets: SyncState['sets'] = {};
  for (const set of SET_ORDER) {
    const from = since ?? base?.meta.syncedUntil?.[syncedUntilKey(set, dossiers)] ?? null;
    const start = startUrl(set, { endpoint, since: isDelta(set) ? from : null, dossiers, hasBase: !!base });
    sets[set] = { status: 'pending', start, next: null, pages: 0, entities: 0, lastApiGewijzigdOp: null, lastId: null } satisfies SetState;
  }
  return { version: 1, endpoint, dossiers, since, startedAt: new Date().toISOString(), journalBytes: 0, sets };
}

/** The previous snapshot, or null when there is none (or it cannot be read: then the sync rebuilds it). */
async function loadBase(dataDir: string): Promise<SnapshotData | null> {
  if (!fs.existsSync(dataDir)) return null;
  try {
    const data = await readSnapshotData(dataDir);
    return data && data.meta?.format === SNAPSHOT_FORMAT ? data : null;
  } catch {
    return null;
  }
}

function normaliseEndpoint(endpoint: string): string {
  let u: URL;
  try {
    u = new URL(endpoint);
  } catch {
    throw new SyncError(`ongeldig adres bij --endpoint: "${endpoint}"`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new SyncError(`ongeldig adres bij --endpoint: "${endpoint}" (alleen http of https)`);
  return u.href.endsWith('/') ? u.href : u.href + '/';
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * What the snapshot holds completely after this sync: everything once a sync without --dossier
 * ran (null), otherwise the dossiers synced so far. KB121 only calls citations unknown inside it.
 */
function scopeAfter(previous: SnapshotData['meta']['scope'], hadBase: boolean, dossiers: readonly number[] | undefined): SnapshotData['meta']['scope'] {
  if (!dossiers || dossiers.length === 0) return null;
  if (hadBase && !previous) return null;
  const keys = new Set(previous?.dossiers ?? []);
  for (const d of dossiers) keys.add(String(d));
  return { dossiers: [...keys].sort() };
}

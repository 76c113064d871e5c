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
  appendJournal, emptyIndex, JournalDamaged, readJournal, readJson, syncPaths, takeLock, truncateJournal, writeJsonAtomic,
  type IdIndex, type SyncState,
} from './files.js';
import { mapEntity, type Change } from './map.js';
import { applyJournal, compareKeys, linkReplacements, workingFrom } from './merge.js';
import { checkSameOrigin, DEFAULT_CLIENT, ODataClient } from './odata-client.js';
import type { ProxyTransport } from './proxy-fetch.js';
import { proxyFor, proxySettings, type EditorProxy } from './proxy-settings.js';
import { minusMargin, passDef, PASSES, SET_LABEL, sinceLiteral, syncedUntilKey, withoutOrder, withoutSelect, type PassContext, type PassDef } from './queries.js';
import { readSnapshotData, writeSnapshot } from './store-adapter.js';
import { syncToezeggingen, TOEZEGGING_SET } from './toezeggingen.js';

export const DEFAULT_ENDPOINT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';

export interface SyncProgress {
  fase: 'begin' | 'hervat' | 'pagina' | 'opnieuw' | 'schrijven' | 'klaar';
  /** The pass (queries.ts PassDef name: "Zaak", "Besluit?", "Zaak-" …). */
  set?: string;
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
    const resumable = !!state && state.version === 2 && state.endpoint === endpoint && state.since === since && state.dossiers.join(',') === dossiers.join(',');
    // The saved progress counts only with the pages it rests on: a journal gone or cut short means afresh.
    const resumed = resumable && truncateJournal(paths.journal, state!.journalBytes);
    if (resumed) {
      progress({ fase: 'hervat', bericht: `Onderbroken sync van ${state!.startedAt} gaat verder${via}.` });
    } else {
      if (resumable) progress({ fase: 'begin', bericht: `Het logboek van de onderbroken sync van ${state!.startedAt} ontbreekt of is ingekort; de sync begint opnieuw.` });
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

    for (const ps of st.passes) {
      if (ps.status === 'done') continue;
      const def = passDef(ps.name);
      if (!def) throw new SyncError(`onbekende stap "${ps.name}" in de onderbroken sync; verwijder ${paths.state} en begin opnieuw`);
      if (!ps.urls) {
        ps.urls = def.urls(passContext(st, endpoint, index, paths.journal));
        ps.at = 0;
        writeJsonAtomic(paths.state, st);
      }
      while (ps.at < ps.urls.length) {
        let url: string | null = ps.next ?? ps.urls[ps.at]!;
        while (url) {
          let page;
          try {
            page = await client.page(url);
          } catch (err) {
            const refused = err instanceof SyncError && err.status === 400;
            const start = ps.urls[ps.at]!;
            // A server that cannot continue the sorted paging: read this query again in its default Id order.
            // A server that refuses $select (not seen working live): ask for whole rows instead.
            const plain: string | null = !refused ? null : url !== start ? withoutOrder(start) : withoutSelect(start);
            if (!plain) throw err;
            ps.urls[ps.at] = plain;
            ps.next = null;
            if (url !== start) ps.unsorted = true;
            else ps.unselected = true;
            writeJsonAtomic(paths.state, st);
            const why = url !== start ? 'de server weigert gesorteerd verder bladeren; opnieuw in de standaardvolgorde' : 'de server weigert $select; opnieuw met volledige records';
            progress({ fase: 'opnieuw', set: ps.name, bericht: `${cap(label(ps.name))}: ${why}` });
            url = plain;
            continue;
          }
          if (!st.serverStart) st.serverStart = serverTime(page.date);
          recordPage(def, page.value, st, index, paths.journal);
          ps.pages++;
          ps.entities += page.value.length;
          ps.next = page.nextLink ? checkSameOrigin(page.nextLink, endpoint) : null;
          ps.status = 'active';
          writeJsonAtomic(paths.state, st);
          progress({ fase: 'pagina', set: ps.name, pagina: ps.pages, entiteiten: ps.entities, bericht: `${cap(label(ps.name))}: pagina ${ps.pages}, ${ps.entities} gelezen` });
          url = ps.next;
        }
        ps.at++;
        ps.next = null;
        writeJsonAtomic(paths.state, st);
      }
      ps.status = 'done';
      writeJsonAtomic(paths.state, st);
    }

    const register = await syncToezeggingen(client, endpoint, base, progress);
    progress({ fase: 'schrijven', bericht: 'Momentopname wordt geschreven.' });
    const w = workingFrom(base);
    applyJournal(w, index, readJournal(paths.journal), st.passes.some((p) => p.name === 'Persoon' && p.status === 'done'));
    linkReplacements(w.moties);
    // Resume from this run's start (server clock) minus a margin, not from the newest timestamp seen:
    // a row that becomes visible late with an older timestamp, or changes while we page, is read again.
    const syncedUntil = { ...(base?.meta.syncedUntil ?? {}) };
    const resumeAt = minusMargin(st.serverStart ?? st.startedAt);
    for (const set of ['Zaak', 'Document'] as const) syncedUntil[syncedUntilKey(set, dossiers)] = resumeAt;
    // The register too resumes from this run's start minus the margin (it is read after the passes).
    if (register.until) syncedUntil[TOEZEGGING_SET] = resumeAt;
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
    const pages = st.passes.reduce((n, p) => n + p.pages, 0);
    const entities = st.passes.reduce((n, p) => n + p.entities, 0);
    progress({ fase: 'klaar', bericht: `Klaar: ${data.meta.counts.moties} moties, ${data.meta.counts.documents} kamerstukken, ${data.meta.counts.persons} Kamerleden.` });
    return {
      dataDir: options.dataDir, resumed, incremental: !!base, pages, entities,
      upserts: w.stats.upserts, deletions: w.stats.deletions, counts: data.meta.counts, syncedUntil,
    };
  } catch (err) {
    // A damaged journal would fail every resume the same way: the next run begins afresh.
    if (err instanceof JournalDamaged) fs.rmSync(paths.state, { force: true });
    throw err;
  } finally {
    await transport?.close();
    unlock();
  }
}

function newState(endpoint: string, dossiers: number[], since: string | null, base: SnapshotData | null): SyncState {
  const bounds: SyncState['bounds'] = {};
  const deletionBounds: SyncState['deletionBounds'] = {};
  for (const set of ['Zaak', 'Document'] as const) {
    const own = base?.meta.syncedUntil?.[syncedUntilKey(set, dossiers)] ?? null;
    bounds[set] = since ?? own;
    // Records of this dossier may sit in the snapshot from a full sync: its point bounds their deletions.
    deletionBounds[set] = since ?? own ?? base?.meta.syncedUntil?.[set] ?? null;
  }
  const st: SyncState = {
    version: 2, endpoint, dossiers, since, startedAt: new Date().toISOString(), serverStart: null,
    bounds, deletionBounds, affected: [], journalBytes: 0, passes: [],
  };
  const ctx = passContext(st, endpoint, null, null);
  st.passes = PASSES.filter((p) => p.runs(ctx)).map((p) => ({ name: p.name, status: 'pending', urls: null, at: 0, next: null, pages: 0, entities: 0 }));
  return st;
}

function passContext(st: SyncState, endpoint: string, index: IdIndex | null, journal: string | null): PassContext {
  const known = index?.zaak ?? {};
  const read = new Set<string>();
  if (journal && st.affected.length) for (const line of readJournal(journal)) if (line.set === 'Zaak') for (const c of line.changes) read.add(c.id);
  return {
    endpoint,
    dossiers: st.dossiers,
    bounds: st.bounds,
    deletionBounds: st.deletionBounds,
    runStartBound: minusMargin(st.serverStart ?? st.startedAt),
    // Only moties the snapshot holds and this run has not read already; new moties come through the Zaak pass.
    affected: st.affected.filter((id) => id in known && !read.has(id)).sort(),
  };
}

/** What one page does: journal its changes, or (affects passes) collect the Zaak Ids it points at. */
function recordPage(def: PassDef, rows: Record<string, unknown>[], st: SyncState, index: IdIndex, journal: string): void {
  if (def.kind === 'affects') {
    const found = new Set(st.affected);
    const add = (id: string): void => void (id in index.zaak && found.add(id)); // only moties the snapshot holds
    for (const r of rows) {
      for (const id of def.zaakIds?.(r) ?? []) add(id);
      // A deleted row carries only its Id: the index knows which moties were built from it.
      if (typeof r.Id === 'string') for (const id of index.dep?.[r.Id] ?? []) add(id);
    }
    st.affected = [...found];
    return;
  }
  const set = def.maps!;
  const changes = rows.map((e) => mapEntity(set, e)).filter((c): c is Change => c !== null);
  st.journalBytes = appendJournal(journal, { set, changes });
}

/** The server's Date header as an ISO instant; the local clock when it sent none (or nonsense). */
function serverTime(date: string | null): string {
  const t = date ? Date.parse(date) : NaN;
  return new Date(Number.isNaN(t) ? Date.now() : t).toISOString();
}

function label(pass: string): string {
  return SET_LABEL[pass] ?? pass;
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
  // Credentials would be shown in every progress line and kept in the snapshot (and fetch refuses
  // them anyway); a query or fragment would end up in the middle of every request URL.
  if (u.username || u.password) throw new SyncError('ongeldig adres bij --endpoint: gebruikersnaam en wachtwoord horen niet in het adres (gebruik de proxy-instellingen of HTTPS_PROXY)');
  if (u.search || u.hash) throw new SyncError(`ongeldig adres bij --endpoint: "${endpoint}" (zonder ? of #: alleen het adres van de OData-dienst)`);
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

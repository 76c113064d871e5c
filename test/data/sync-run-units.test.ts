// The run of syncSnapshot (server/src/data/sync/sync.ts) with exact values, against a small honest
// replay of real Gegevensmagazijn rows on 127.0.0.1. The other sync tests check that a sync ends
// with the right snapshot; many details of the run itself were left open and survived mutation
// testing: the exact progress lines and their fields, the SyncResult counters, the state file after
// every page, the 400 fallbacks, when a stopped sync resumes, the bounds a new run starts from, the
// server clock, unreadable previous snapshots, the scope, the order of the written arrays, the option
// checks and their messages, and which files stay behind after success or failure.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syncSnapshot, type SyncOptions, type SyncProgress } from '../../server/src/data/sync/index.js';
import { syncPaths, type SyncState } from '../../server/src/data/sync/files.js';
import { readSnapshotData } from '../../server/src/data/sync/store-adapter.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { TestProxy } from '../helpers/test-proxy.js';
import {
  DOSSIER_19637, DOSSIER_30950, linkDossier, MOTIE_30950_495, MOTIE_3370, MOTIE_3384, passRequests, PERSOON_ERGIN, placeholder, sample, VOTE_CHAIN, ZAAKACTOR_30950_495,
} from './sync-fixtures.js';

type Row = Record<string, unknown>;

const ID_3370 = MOTIE_3370().Id as string; // e7676913-…
const ID_3384 = MOTIE_3384().Id as string; // 0006f304-…
const ID_495 = MOTIE_30950_495().Id as string; // caf4e88d-…
const UNKNOWN_ZAAK = '99999999-0000-4000-8000-000000000001';

/** Real Persoon rows under other names, in an order that is neither by name nor by Id; one without a surname. */
const PERSONS: [string, string | null][] = [
  ['00000000-0000-4000-8000-00000000000c', 'Zwart'],
  ['00000000-0000-4000-8000-00000000000a', 'Öztürk'],
  ['00000000-0000-4000-8000-00000000000d', 'de Jong'],
  ['00000000-0000-4000-8000-00000000000f', 'Bakker'],
  ['00000000-0000-4000-8000-00000000000e', 'Oosten'],
  ['00000000-0000-4000-8000-00000000000b', 'Bakker'],
  ['00000000-0000-4000-8000-000000000000', null], // no surname: read, but no person (mapped to nothing)
];
const personRows = (): Row[] => PERSONS.map(([Id, Achternaam]) => ({ ...PERSOON_ERGIN(), Id, Achternaam }));
const TOEZEGGING = (): Row => (JSON.parse(sample('tk-odata-toezegging-page.DERIVED.json')) as { value: Row[] }).value[0]!;

/** Minus the one-hour margin, as sync writes it. */
const minusHour = (iso: string): string => new Date(Date.parse(iso) - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('sync run: sync.ts in detail (small honest replay)', () => {
  let server: ReplayServer;
  let tmp: string;
  let dataDir: string;
  let said: SyncProgress[];
  let waits: number[];

  const paths = () => syncPaths(dataDir);
  const readState = (): SyncState => JSON.parse(fs.readFileSync(paths().state, 'utf8')) as SyncState;
  const at = (iso: string): void => void (server.clock = () => new Date(iso));
  const opts = (extra: Partial<SyncOptions> = {}): SyncOptions => ({
    dataDir, endpoint: server.endpoint, env: {}, pauseMs: 0, timeoutMs: 5000, maxRetries: 0, backoffMs: 1,
    sleep: async (ms) => void waits.push(ms), onProgress: (p) => void said.push(p), ...extra,
  });
  const zaakRecords = () => passRequests(server, 'Zaak', 'Verwijderd eq false');
  const filterOf = (r: { params: URLSearchParams } | undefined): string => r?.params.get('$filter') ?? '';

  /**
   * Three real moties in two dossiers; Ergin's stamped earliest so the Zaak pass reads them in an
   * order (495, 3384, 3370) that differs from key order. Pages of 2: the Zaak pass reads 2 pages.
   * Persons and the register are scripted pages (every query gets them).
   */
  function serveSmall(): void {
    server.pageSize = 2;
    for (const set of ['Besluit', 'ZaakActor', 'Agendapunt', 'Activiteit', 'Document']) server.records(set, []);
    server.records('Kamerstukdossier', [DOSSIER_19637, DOSSIER_30950]);
    const ergin = { ...MOTIE_30950_495(), ApiGewijzigdOp: '2025-01-10T00:00:00Z' };
    server.records('Zaak', [MOTIE_3370(), MOTIE_3384(), ergin]);
    linkDossier(server, MOTIE_3370(), DOSSIER_19637);
    linkDossier(server, MOTIE_3384(), DOSSIER_19637);
    linkDossier(server, ergin, DOSSIER_30950);
    server.setPages('Persoon', [personRows()]);
    server.setPages('Toezegging', [[TOEZEGGING()]]);
  }

  beforeEach(async () => {
    server = await new ReplayServer().start();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sync-run-'));
    dataDir = path.join(tmp, 'gegevens');
    said = [];
    waits = [];
    serveSmall();
    at('2025-10-03T16:00:00Z');
  });
  afterEach(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('options checked before anything is touched', () => {
    const refused = async (extra: Partial<SyncOptions>, message: string): Promise<void> => {
      await assert.rejects(syncSnapshot(opts(extra)), (e: Error) => {
        assert.equal(e.name, 'SyncError');
        assert.equal(e.message, message);
        return true;
      });
    };

    it('dossier numbers: 0, negative, fractions and NaN are refused with the exact message, no folder made', async () => {
      await refused({ dossiers: [19637, 0] }, 'ongeldig dossiernummer: 0'); // 0 is the boundary of d <= 0
      await refused({ dossiers: [-3] }, 'ongeldig dossiernummer: -3');
      await refused({ dossiers: [1.5] }, 'ongeldig dossiernummer: 1.5');
      await refused({ dossiers: [Number.NaN] }, 'ongeldig dossiernummer: NaN');
      assert.equal(fs.existsSync(paths().dir), false);
      assert.equal(server.requests.length, 0);
    });

    it('--since that is no date: the exact Dutch message', async () => {
      await refused({ since: 'gisteren' }, 'ongeldige datum bij --since: "gisteren" (verwacht jjjj-mm-dd)');
      await refused({ since: '2025-02-30' }, 'ongeldige datum bij --since: "2025-02-30" (verwacht jjjj-mm-dd)');
      assert.equal(fs.existsSync(paths().dir), false);
    });

    it('--endpoint: unreadable or not http(s) is refused with the exact message; https is accepted and gets its slash', async () => {
      await refused({ endpoint: 'geen adres' }, 'ongeldig adres bij --endpoint: "geen adres"');
      await refused({ endpoint: 'ftp://127.0.0.1/OData/' }, 'ongeldig adres bij --endpoint: "ftp://127.0.0.1/OData/" (alleen http of https)');
      await refused({ endpoint: 'file:///tmp/odata/' }, 'ongeldig adres bij --endpoint: "file:///tmp/odata/" (alleen http of https)');
      // A query or fragment would land in the middle of every request; credentials in every message.
      await refused({ endpoint: 'http://127.0.0.1/OData/v4/2.0/?x=1' }, 'ongeldig adres bij --endpoint: "http://127.0.0.1/OData/v4/2.0/?x=1" (zonder ? of #: alleen het adres van de OData-dienst)');
      await refused({ endpoint: 'http://127.0.0.1/OData/v4/2.0#deel' }, 'ongeldig adres bij --endpoint: "http://127.0.0.1/OData/v4/2.0#deel" (zonder ? of #: alleen het adres van de OData-dienst)');
      await refused({ endpoint: 'http://gebruiker:geheim@127.0.0.1/OData/' }, 'ongeldig adres bij --endpoint: gebruikersnaam en wachtwoord horen niet in het adres (gebruik de proxy-instellingen of HTTPS_PROXY)');
      await refused({ endpoint: 'http://gebruiker@127.0.0.1/OData/' }, 'ongeldig adres bij --endpoint: gebruikersnaam en wachtwoord horen niet in het adres (gebruik de proxy-instellingen of HTTPS_PROXY)');
      assert.equal(fs.existsSync(paths().dir), false);
      // An https endpoint passes the check: the (injected) server's refusal is what ends this sync.
      const asked: string[] = [];
      const fetch403 = (async (u: string | URL | Request) => {
        asked.push(String(u));
        return new Response('{"error":"nee"}', { status: 403 });
      }) as typeof fetch;
      await assert.rejects(syncSnapshot(opts({ endpoint: 'https://kamer.test/OData', fetch: fetch403 })), /weigerde het verzoek \(HTTP 403\)/);
      assert.match(asked[0]!, /^https:\/\/kamer\.test\/OData\/Persoon\?/);
      assert.equal(said[0]!.bericht, 'Sync met https://kamer.test/OData/ begint.');
    });
  });

  it('a first sync: every progress line and field, the result, the snapshot\'s order and the files left', async () => {
    // Without its trailing slash: the endpoint is normalised before use, display and storage.
    const result = await syncSnapshot(opts({ endpoint: server.endpoint.slice(0, -1) }));
    const T = '2025-10-03T15:00:00Z';
    assert.deepEqual(said, [
      { fase: 'begin', bericht: `Sync met ${server.endpoint} begint.` },
      { fase: 'pagina', set: 'Persoon', pagina: 1, entiteiten: 7, bericht: 'Kamerleden: pagina 1, 7 gelezen' },
      { fase: 'pagina', set: 'Zaak', pagina: 1, entiteiten: 2, bericht: 'Moties: pagina 1, 2 gelezen' },
      { fase: 'pagina', set: 'Zaak', pagina: 2, entiteiten: 3, bericht: 'Moties: pagina 2, 3 gelezen' },
      { fase: 'pagina', set: 'Document', pagina: 1, entiteiten: 0, bericht: 'Kamerstukken: pagina 1, 0 gelezen' },
      { fase: 'pagina', set: 'Zaak-', pagina: 1, entiteiten: 0, bericht: 'Verwijderde moties: pagina 1, 0 gelezen' },
      { fase: 'pagina', set: 'Document-', pagina: 1, entiteiten: 0, bericht: 'Verwijderde kamerstukken: pagina 1, 0 gelezen' },
      { fase: 'pagina', pagina: 1, entiteiten: 1, bericht: 'Toezeggingen: pagina 1, 1 gelezen' },
      { fase: 'schrijven', bericht: 'Momentopname wordt geschreven.' },
      { fase: 'klaar', bericht: 'Klaar: 3 moties, 3 kamerstukken, 6 Kamerleden.' },
    ]);
    assert.deepEqual(result, {
      dataDir, resumed: false, incremental: false,
      pages: 6, entities: 10, // 1+2+1+1+1 pages; 7 Persoon rows + 3 moties (the register is not counted)
      upserts: 3, deletions: 0, // persons are replaced, not counted
      counts: { dossiers: 2, documents: 3, moties: 3, persons: 6 },
      syncedUntil: { Zaak: T, Document: T, Toezegging: T },
    });
    const snap = await readSnapshotData(dataDir);
    assert.equal(snap.meta.origin, server.endpoint);
    assert.equal(snap.meta.scope, null, 'a sync without --dossier covers everything');
    assert.deepEqual(snap.moties.map((m) => m.key), ['19637:3370', '19637:3384', '30950:495'], 'read as 495, 3384, 3370');
    assert.deepEqual(snap.documents.map((d) => d.key), ['19637:3370', '19637:3384', '30950:495']);
    assert.deepEqual(snap.dossiers.map((d) => d.key), ['19637', '30950'], 'met as 30950, 19637');
    // Dutch collation (de Jong between Bakker and Oosten, Öztürk after Oosten), ties by Id.
    assert.deepEqual(snap.persons.map((p) => `${p.achternaam} ${p.id.slice(-1)}`), ['Bakker b', 'Bakker f', 'de Jong d', 'Oosten e', 'Öztürk a', 'Zwart c']);
    assert.deepEqual(snap.toezeggingen?.map((t) => t.nummer), ['TZ202309-010'], 'the register is written with the rest');
    assert.equal(fs.existsSync(paths().state), false, 'state removed after success');
    assert.equal(fs.existsSync(paths().journal), false, 'journal removed after success');
    assert.equal(fs.existsSync(paths().lock), false);
    const index = JSON.parse(fs.readFileSync(paths().index, 'utf8')) as { zaak: Record<string, string[]> };
    assert.deepEqual(Object.keys(index.zaak).sort(), [ID_3384, ID_495, ID_3370].sort());
  });

  it('the state file is saved after every page: counters, status, next link, position, journal length, server start', async () => {
    const seen: string[] = [];
    const onProgress = (p: SyncProgress): void => {
      if (p.fase !== 'pagina' || !p.set) return;
      const st = readState();
      const passes = st.passes.map((ps) => `${ps.name}:${ps.status}:${ps.at}:${ps.pages}/${ps.entities}${ps.next ? ':next' : ''}`).join(' ');
      assert.equal(st.journalBytes, fs.statSync(paths().journal).size, 'journalBytes: the page is in the journal before the state says so');
      assert.equal(st.serverStart, '2025-10-03T16:00:00.000Z');
      seen.push(passes);
    };
    await syncSnapshot(opts({ onProgress }));
    assert.deepEqual(seen, [
      'Persoon:active:0:1/7 Zaak:pending:0:0/0 Document:pending:0:0/0 Zaak-:pending:0:0/0 Document-:pending:0:0/0',
      'Persoon:done:1:1/7 Zaak:active:0:1/2:next Document:pending:0:0/0 Zaak-:pending:0:0/0 Document-:pending:0:0/0',
      'Persoon:done:1:1/7 Zaak:active:0:2/3 Document:pending:0:0/0 Zaak-:pending:0:0/0 Document-:pending:0:0/0',
      'Persoon:done:1:1/7 Zaak:done:1:2/3 Document:active:0:1/0 Zaak-:pending:0:0/0 Document-:pending:0:0/0',
      'Persoon:done:1:1/7 Zaak:done:1:2/3 Document:done:1:1/0 Zaak-:active:0:1/0 Document-:pending:0:0/0',
      'Persoon:done:1:1/7 Zaak:done:1:2/3 Document:done:1:1/0 Zaak-:done:1:1/0 Document-:active:0:1/0',
    ]);
  });

  it('retries: the progress line (attempt, seconds to 0.1), the pass\'s URLs saved before its first answer, and every option reaches the client', async () => {
    server.fault((r) => r.set === 'Zaak' && r.page === 0, { kind: 'status', status: 500 }, 2);
    let urlsAtRetry: string[] | null | undefined;
    const onProgress = (p: SyncProgress): void => {
      said.push(p);
      if (p.fase === 'opnieuw' && urlsAtRetry === undefined) urlsAtRetry = readState().passes.find((ps) => ps.name === 'Zaak')!.urls;
    };
    await syncSnapshot(opts({ maxRetries: 2, backoffMs: 1250, pauseMs: 7, onProgress }));
    assert.deepEqual(said.filter((p) => p.fase === 'opnieuw'), [
      { fase: 'opnieuw', bericht: 'serverfout HTTP 500; poging 2 over 1.3 s' },
      { fase: 'opnieuw', bericht: 'serverfout HTTP 500; poging 3 over 2.5 s' },
    ]);
    assert.equal(urlsAtRetry?.length, 1, 'the Zaak pass\'s start URL is in the state before its first page');
    assert.match(decodeURIComponent(urlsAtRetry![0]!), /\/Zaak\?\$filter=Soort eq 'Motie' and Verwijderd eq false&\$orderby=ApiGewijzigdOp,Id&/);
    // Every wait went through the injected sleep: the backoffs, and the pause before each page after the first.
    assert.deepEqual(waits.filter((w) => w !== 7), [1250, 2500]);
    assert.equal(waits.filter((w) => w === 7).length, server.requests.length - 2 - 1);

    // maxBodyBytes and timeoutMs reach the client too; a failed sync keeps state and journal, not the lock.
    fs.rmSync(paths().dir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
    await assert.rejects(syncSnapshot(opts({ maxBodyBytes: 200 })), /groter dan 200 bytes/);
    server.fault(() => true, { kind: 'hang' }, 1);
    await assert.rejects(syncSnapshot(opts({ timeoutMs: 100 })), /na 1 pogingen geen bruikbaar antwoord \(geen antwoord binnen 100 ms\)/);
    assert.equal(fs.existsSync(paths().state), true);
    assert.equal(fs.existsSync(paths().journal), true);
    assert.equal(fs.existsSync(paths().lock), false, 'the lock is released after a failure');
    assert.equal(fs.existsSync(dataDir), false);
  });

  it('a refused sorted next link: that query again without $orderby, flagged unsorted, next cleared, one progress line', async () => {
    server.rejectSortedSkiptoken = true;
    let fallback: SyncState['passes'][number] | undefined;
    const onProgress = (p: SyncProgress): void => {
      said.push(p);
      if (p.fase === 'opnieuw') fallback = readState().passes.find((ps) => ps.name === 'Zaak');
    };
    const result = await syncSnapshot(opts({ onProgress }));
    assert.deepEqual(said.filter((p) => p.fase === 'opnieuw'), [
      { fase: 'opnieuw', set: 'Zaak', bericht: 'Moties: de server weigert gesorteerd verder bladeren; opnieuw in de standaardvolgorde' },
    ]);
    assert.equal(fallback?.unsorted, true);
    assert.equal(fallback?.unselected, undefined);
    assert.equal(fallback?.next, null);
    assert.equal(fallback?.at, 0);
    assert.equal(decodeURIComponent(fallback!.urls![0]!).includes('$orderby'), false);
    assert.match(decodeURIComponent(fallback!.urls![0]!), /\$filter=Soort eq 'Motie' and Verwijderd eq false&\$select=/);
    // The sorted first page counts, and the two pages of the re-read (by Id: 3384, 495 | 3370).
    assert.deepEqual(said.filter((p) => p.set === 'Zaak' && p.fase === 'pagina').map((p) => p.bericht), ['Moties: pagina 1, 2 gelezen', 'Moties: pagina 2, 4 gelezen', 'Moties: pagina 3, 5 gelezen']);
    assert.equal(result.pages, 7);
    assert.deepEqual((await readSnapshotData(dataDir)).moties.map((m) => m.key), ['19637:3370', '19637:3384', '30950:495']);
  });

  it('a refused first request: that query again without $select, flagged unselected, one progress line per pass', async () => {
    server.rejectSelect = true;
    let persoon: SyncState['passes'][number] | undefined;
    const onProgress = (p: SyncProgress): void => {
      said.push(p);
      if (p.fase === 'opnieuw' && !persoon) persoon = readState().passes.find((ps) => ps.name === 'Persoon');
    };
    const result = await syncSnapshot(opts({ onProgress }));
    assert.deepEqual(said.filter((p) => p.fase === 'opnieuw').map((p) => `${p.set} ${p.bericht}`), [
      'Persoon Kamerleden: de server weigert $select; opnieuw met volledige records',
      'Zaak Moties: de server weigert $select; opnieuw met volledige records',
      'Document Kamerstukken: de server weigert $select; opnieuw met volledige records',
      'Zaak- Verwijderde moties: de server weigert $select; opnieuw met volledige records',
      'Document- Verwijderde kamerstukken: de server weigert $select; opnieuw met volledige records',
    ]);
    assert.equal(persoon?.unselected, true);
    assert.equal(persoon?.unsorted, undefined);
    assert.equal(persoon?.next, null);
    assert.equal(new URL(persoon!.urls![0]!).searchParams.has('$select'), false);
    assert.equal(result.counts.moties, 3);
  });

  it('a refused next link of a query without $orderby (Persoon) has no fallback: the 400 ends the sync', async () => {
    server.setPages('Persoon', [personRows().slice(0, 3), personRows().slice(3)]);
    server.fault((r) => r.set === 'Persoon' && r.page === 1, { kind: 'status', status: 400 }, 5);
    await assert.rejects(syncSnapshot(opts()), /weigerde het verzoek \(HTTP 400\)/);
    assert.equal(server.requestsFor('Persoon').length, 2);
    assert.equal(said.some((p) => p.fase === 'opnieuw'), false);
    const persoon = readState().passes.find((ps) => ps.name === 'Persoon')!;
    assert.equal(persoon.unsorted, undefined);
    assert.equal(persoon.unselected, undefined);
  });

  it('a next link to another server ends the sync before it is asked; the state stays for a later run', async () => {
    const asked: string[] = [];
    const elsewhere = (async (u: string | URL | Request) => {
      asked.push(String(u));
      // Anything after the first answer (the link followed after all) is refused, so the run ends either way.
      if (asked.length > 1) return new Response('{}', { status: 403 });
      return new Response(JSON.stringify({ value: [], '@odata.nextLink': 'http://elders.test/OData/v4/2.0/Persoon?$skiptoken=Id-1' }), { status: 200 });
    }) as typeof fetch;
    await assert.rejects(syncSnapshot(opts({ fetch: elsewhere })), (e: Error) => {
      assert.equal(e.name, 'SyncError');
      assert.equal(e.message, 'vervolglink wijst naar een andere server (http://elders.test); sync afgebroken');
      return true;
    });
    assert.equal(asked.length, 1);
    assert.equal(readState().passes[0]!.pages, 0, 'the page with the bad link is not counted as read');
  });

  it('resume: only with the same version, endpoint, --since and (sorted, deduplicated) dossiers; a stale journal is emptied; an unknown pass is named', async () => {
    // A first sync of two dossiers (given unsorted, twice) that fails on the second Zaak page.
    server.fault((r) => r.set === 'Zaak' && r.page === 1, { kind: 'status', status: 500 }, 1);
    await assert.rejects(syncSnapshot(opts({ dossiers: [30950, 19637, 19637, 30950] })), /na 1 pogingen/);
    assert.deepEqual(said[0], { fase: 'begin', bericht: `Sync met ${server.endpoint} begint (dossiers 19637, 30950).` });
    const stopped = readState();
    assert.deepEqual([stopped.version, stopped.endpoint, stopped.since, stopped.dossiers], [2, server.endpoint, null, [19637, 30950]]);
    assert.equal(fs.existsSync(paths().lock), false);
    const stateText = fs.readFileSync(paths().state, 'utf8');
    const journalText = fs.readFileSync(paths().journal, 'utf8');
    assert.ok(journalText.length > 0);
    const restore = (change: (st: SyncState) => void = () => {}): void => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      const st = JSON.parse(stateText) as SyncState;
      change(st);
      fs.writeFileSync(paths().state, JSON.stringify(st));
      fs.writeFileSync(paths().journal, journalText);
    };
    const again = { dossiers: [19637, 30950] };

    // Each of the four differs: a fresh start, and the old journal's pages are not applied a second time.
    const variants: [string, (st: SyncState) => void][] = [
      ['version', (st) => void ((st as { version: number }).version = 1)],
      ['endpoint', (st) => void (st.endpoint = 'http://elders.test/OData/v4/2.0/')],
      ['since', (st) => void (st.since = '2025-01-01T00:00:00Z')],
      ['dossiers', (st) => void (st.dossiers = [19637])],
    ];
    const proxy = await new TestProxy().start();
    try {
      for (const [what, change] of variants) {
        restore(change);
        said = [];
        // The last one through a proxy: the begin line names it.
        const viaProxy = what === 'dossiers';
        const result = await syncSnapshot(opts({ ...again, ...(viaProxy && { env: { HTTP_PROXY: proxy.url } }) }));
        assert.equal(result.resumed, false, what);
        const via = viaProxy ? ` via proxy ${proxy.url} (uit HTTP_PROXY)` : '';
        assert.deepEqual(said[0], { fase: 'begin', bericht: `Sync met ${server.endpoint} begint (dossiers 19637, 30950)${via}.` }, what);
        assert.equal(result.upserts, 3, `${what}: the stale journal was emptied`);
        assert.equal(result.pages, 6, what);
      }

      // The same run, asked with the endpoint unnormalised and through a proxy: it resumes, and says so.
      proxy.seen.length = 0;
      restore();
      said = [];
      const result = await syncSnapshot(opts({ ...again, endpoint: server.endpoint.slice(0, -1), env: { HTTP_PROXY: proxy.url } }));
      assert.equal(result.resumed, true);
      assert.deepEqual(said[0], { fase: 'hervat', bericht: `Onderbroken sync van ${stopped.startedAt} gaat verder via proxy ${proxy.url} (uit HTTP_PROXY).` });
      assert.ok(proxy.seen.length >= 4);
      assert.equal(result.pages, 6, 'pages of the stopped run count (Persoon and Zaak page 1)');
      assert.equal(result.entities, 10);
      assert.equal(result.upserts, 3);
    } finally {
      await proxy.close();
    }

    // The same run with its journal cut short: said so, then a fresh start.
    restore();
    fs.writeFileSync(paths().journal, journalText.slice(0, 10));
    said = [];
    const afresh = await syncSnapshot(opts(again));
    assert.equal(afresh.resumed, false);
    assert.deepEqual(said.slice(0, 2), [
      { fase: 'begin', bericht: `Het logboek van de onderbroken sync van ${stopped.startedAt} ontbreekt of is ingekort; de sync begint opnieuw.` },
      { fase: 'begin', bericht: `Sync met ${server.endpoint} begint (dossiers 19637, 30950).` },
    ]);

    // A pass this version does not know (a newer state file): one clear error naming the state file.
    restore((st) => void (st.passes[2]!.name = 'Onbekend'));
    await assert.rejects(syncSnapshot(opts(again)), (e: Error) => {
      assert.equal(e.message, `onbekende stap "Onbekend" in de onderbroken sync; verwijder ${paths().state} en begin opnieuw`);
      return true;
    });
    assert.equal(fs.existsSync(paths().state), true, 'kept: only a damaged journal drops the state');
  });

  it('the bounds a run starts from: a dossier\'s own point, the whole snapshot\'s for its deletions, --since over both; scope and the register point', async () => {
    const A = minusHour('2025-10-03T16:00:00Z');
    await syncSnapshot(opts());

    let begun: SyncState | undefined;
    const onProgress = (p: SyncProgress): void => {
      said.push(p);
      if (p.fase === 'begin') begun = readState();
    };
    const bounds = () => [begun!.bounds, begun!.deletionBounds];

    // First dossier sync on a full snapshot: the dossier is read whole; deletions since the full sync.
    at('2025-10-04T16:00:00Z');
    const B = minusHour('2025-10-04T16:00:00Z');
    server.requests.length = 0;
    let result = await syncSnapshot(opts({ dossiers: [19637], onProgress }));
    assert.deepEqual(bounds(), [{ Zaak: null, Document: null }, { Zaak: A, Document: A }]);
    assert.equal(filterOf(zaakRecords()[0]), "Soort eq 'Motie' and Kamerstukdossier/any(k: k/Nummer eq 19637) and Verwijderd eq false");
    assert.equal(filterOf(passRequests(server, 'Zaak', 'Verwijderd eq true')[0]), `Verwijderd eq true and ApiGewijzigdOp gt ${A}`);
    assert.deepEqual(result.syncedUntil, { Zaak: A, Document: A, Toezegging: B, 'Zaak@19637': B, 'Document@19637': B });
    assert.equal(result.incremental, true);
    assert.equal((await readSnapshotData(dataDir)).meta.scope, null, 'a full snapshot stays complete');

    // Second dossier sync: its own point for records and deletions. The register has nothing new: its point stays.
    at('2025-10-05T16:00:00Z');
    const C = minusHour('2025-10-05T16:00:00Z');
    server.setPages('Toezegging', [[]]);
    server.requests.length = 0;
    result = await syncSnapshot(opts({ dossiers: [19637], onProgress }));
    assert.deepEqual(bounds(), [{ Zaak: B, Document: B }, { Zaak: B, Document: B }]);
    assert.equal(filterOf(zaakRecords()[0]), `Soort eq 'Motie' and Kamerstukdossier/any(k: k/Nummer eq 19637) and Verwijderd eq false and ApiGewijzigdOp gt ${B}`);
    assert.deepEqual(result.syncedUntil, { Zaak: A, Document: A, Toezegging: B, 'Zaak@19637': C, 'Document@19637': C });

    // --since wins over both points.
    await syncSnapshot(opts({ dossiers: [19637], since: '2025-05-01', onProgress }));
    assert.equal(begun!.since, '2025-05-01T00:00:00Z');
    assert.deepEqual(bounds(), [{ Zaak: '2025-05-01T00:00:00Z', Document: '2025-05-01T00:00:00Z' }, { Zaak: '2025-05-01T00:00:00Z', Document: '2025-05-01T00:00:00Z' }]);
  });

  it('scope: the union of the dossiers synced so far (sorted), null once a sync without --dossier ran', async () => {
    let result = await syncSnapshot(opts({ dossiers: [30950] }));
    assert.equal(result.incremental, false);
    assert.deepEqual((await readSnapshotData(dataDir)).meta.scope, { dossiers: ['30950'] });
    assert.deepEqual(result.counts, { dossiers: 1, documents: 1, moties: 1, persons: 6 });
    result = await syncSnapshot(opts({ dossiers: [19637] }));
    assert.deepEqual((await readSnapshotData(dataDir)).meta.scope, { dossiers: ['19637', '30950'] });
    assert.deepEqual(result.counts, { dossiers: 2, documents: 3, moties: 3, persons: 6 });
    await syncSnapshot(opts());
    assert.equal((await readSnapshotData(dataDir)).meta.scope, null);
  });

  it('affected moties: collected across passes, only those the index knows, not read in this run already, sorted', async () => {
    // The real vote chain (Besluit → Agendapunt → Activiteit) on 495: the index learns these depend on 495.
    const chain = VOTE_CHAIN();
    server.records('Activiteit', chain.Activiteit);
    server.records('Agendapunt', chain.Agendapunt);
    server.records('Besluit', chain.Besluit);
    server.world.link('Besluit', chain.Besluit[0]!.Id as string, 'Zaak', ID_495);
    await syncSnapshot(opts());
    at('2025-10-04T16:00:00Z');
    // 3384 changed itself: the Zaak pass reads it, so it is not read again.
    server.world.get('Zaak', ID_3384)!.ApiGewijzigdOp = '2025-10-04T09:00:00Z';
    // New actors on 3370, on 3384 and on a motie the snapshot lacks (ZaakActor? pass); the vote's
    // Activiteit moved (Activiteit? pass: its row carries only its Id, the index knows it means 495).
    server.world.get('Activiteit', chain.Activiteit[0]!.Id as string)!.ApiGewijzigdOp = '2025-10-04T10:00:00Z';
    const actor = ZAAKACTOR_30950_495()[0]!;
    server.records('ZaakActor', [
      { ...actor, Id: '10000000-0000-4000-8000-000000000001', Zaak_Id: ID_3370, ApiGewijzigdOp: '2025-10-04T10:00:00Z' },
      { ...actor, Id: '10000000-0000-4000-8000-000000000002', Zaak_Id: UNKNOWN_ZAAK, ApiGewijzigdOp: '2025-10-04T10:00:00Z' },
      { ...actor, Id: '10000000-0000-4000-8000-000000000003', Zaak_Id: ID_3384, ApiGewijzigdOp: '2025-10-04T10:00:00Z' },
    ]);
    // Stopped at the last affects pass (Document?), before the reread's URLs are built.
    server.fault((r) => r.set === 'Document' && filterOf(r).startsWith("(Soort eq 'Motie'"), { kind: 'status', status: 500 }, 1);
    await assert.rejects(syncSnapshot(opts()), /na 1 pogingen/);
    const stopped = readState();
    assert.deepEqual(stopped.affected, [ID_3370, ID_3384, ID_495], 'in the order found, across passes; the unknown motie left out');
    // A motie the index does not know in the saved list (an index from elsewhere): the reread skips it.
    stopped.affected.push(UNKNOWN_ZAAK);
    fs.writeFileSync(paths().state, JSON.stringify(stopped));
    server.requests.length = 0;
    const result = await syncSnapshot(opts());
    assert.equal(result.resumed, true);
    const reread = server.requestsFor('Zaak').filter((r) => filterOf(r).startsWith('Id eq '));
    // Sorted: 495 (caf4…) before 3370 (e767…); 3384 was read by this run's Zaak pass.
    assert.deepEqual(reread.map(filterOf), [`Id eq ${ID_495} or Id eq ${ID_3370}`]);
    assert.equal(result.upserts, 3, '3384 by the Zaak pass, 495 and 3370 by the reread');
  });

  it('a pass of several start URLs (a reread of 21 moties): the position moves on, is saved between them and kept on resume', async () => {
    await syncSnapshot(opts());
    // 21 moties the index knows (made up, no rows): two reread queries of 20 and 1 Ids.
    const ids = Array.from({ length: 21 }, (_, i) => `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const index = JSON.parse(fs.readFileSync(paths().index, 'utf8')) as { zaak: Record<string, string[]> };
    for (const id of ids) index.zaak[id] = [];
    fs.writeFileSync(paths().index, JSON.stringify(index));
    const actor = ZAAKACTOR_30950_495()[0]!;
    server.records('ZaakActor', ids.map((id, i) => ({ ...actor, Id: `30000000-0000-4000-8000-${String(i).padStart(12, '0')}`, Zaak_Id: id, ApiGewijzigdOp: '2025-10-04T10:00:00Z' })));
    at('2025-10-04T16:00:00Z');
    server.fault((r) => r.set === 'Zaak' && filterOf(r) === `Id eq ${ids[20]}`, { kind: 'status', status: 500 }, 1);
    const rereads = () => server.requestsFor('Zaak').filter((r) => filterOf(r).startsWith('Id eq ')).map((r) => filterOf(r).split(' or ').length);
    await assert.rejects(syncSnapshot(opts()), /na 1 pogingen/);
    const reread = readState().passes.find((ps) => ps.name === 'Zaak!');
    assert.deepEqual([reread?.urls?.length, reread?.at, reread?.pages, reread?.next], [2, 1, 1, null], 'the first query done and saved before the second is asked');
    assert.deepEqual(rereads(), [20, 1]);
    // The resumed run asks only the second query: the saved URLs and position are kept.
    server.requests.length = 0;
    const result = await syncSnapshot(opts());
    assert.equal(result.resumed, true);
    assert.deepEqual(rereads(), [1]);
    assert.deepEqual(said.filter((p) => p.set === 'Zaak!').map((p) => p.bericht), ['Moties opnieuw gelezen: pagina 1, 0 gelezen', 'Moties opnieuw gelezen: pagina 2, 0 gelezen']);
    assert.equal(result.upserts, 0);
  });

  describe('the server clock', () => {
    it('the first answer\'s Date header is the run\'s start: sync point and first-sync deletion bound', async () => {
      let n = 0;
      server.clock = () => new Date(Date.parse('2025-10-03T16:00:00Z') + 60_000 * n++); // a minute later each answer
      const result = await syncSnapshot(opts());
      assert.equal(result.syncedUntil.Zaak, '2025-10-03T15:00:00Z');
      assert.equal(filterOf(passRequests(server, 'Zaak', 'Verwijderd eq true')[0]), 'Verwijderd eq true and ApiGewijzigdOp gt 2025-10-03T15:00:00Z');
    });

    it('a nonsense Date header: the local clock', async () => {
      server.clock = () => new Date(Number.NaN); // sent as "Invalid Date"
      const before = Date.now();
      const result = await syncSnapshot(opts());
      const after = Date.now();
      const t = Date.parse(result.syncedUntil.Zaak!);
      assert.ok(t >= Math.floor((before - 3_600_000) / 1000) * 1000 && t <= after - 3_600_000, result.syncedUntil.Zaak);
    });

    it('no Date header, through an injected fetch (which also goes around the proxy settings and the default sleep): the local clock', async () => {
      server.clock = () => new Date('2020-01-01T00:00:00Z'); // would show if the header were used
      const noDate = (async (u: string | URL | Request, init?: RequestInit) => {
        const res = await fetch(u, init);
        const headers = new Headers(res.headers);
        headers.delete('date');
        return new Response(res.body, { status: res.status, headers });
      }) as typeof fetch;
      const before = Date.now();
      // A proxy where nothing listens: used, it would fail the sync. No sleep given: the real one, 1 ms.
      const result = await syncSnapshot({ ...opts({ fetch: noDate, env: { HTTP_PROXY: 'http://127.0.0.1:1' }, pauseMs: 1 }), sleep: undefined });
      const after = Date.now();
      const t = Date.parse(result.syncedUntil.Zaak!);
      assert.ok(t >= Math.floor((before - 3_600_000) / 1000) * 1000 && t <= after - 3_600_000, result.syncedUntil.Zaak);
      assert.equal(said[0]!.bericht, `Sync met ${server.endpoint} begint.`);
    });
  });

  describe('the previous snapshot', () => {
    it('a folder that is no snapshot: a full sync of the dossier, its scope that dossier alone', async () => {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(path.join(dataDir, 'meta.json'), '{kapot');
      const result = await syncSnapshot(opts({ dossiers: [19637] }));
      assert.equal(result.incremental, false);
      assert.equal(filterOf(zaakRecords()[0]), "Soort eq 'Motie' and Kamerstukdossier/any(k: k/Nummer eq 19637) and Verwijderd eq false");
      assert.deepEqual((await readSnapshotData(dataDir)).meta.scope, { dossiers: ['19637'] });
    });

    it('a snapshot of another format: read as none, a full sync', async () => {
      await syncSnapshot(opts());
      const metaFile = path.join(dataDir, 'meta.json');
      fs.writeFileSync(metaFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(metaFile, 'utf8')), format: 1 }));
      server.requests.length = 0;
      const result = await syncSnapshot(opts());
      assert.equal(result.incremental, false);
      assert.equal(filterOf(zaakRecords()[0]), "Soort eq 'Motie' and Verwijderd eq false");
    });

    it('an index left without its snapshot is not trusted: a deletion it names counts for nothing', async () => {
      const gone = '0d000000-0000-4000-8000-000000000001';
      server.records('Zaak', [{ ...placeholder(gone), ApiGewijzigdOp: '2025-10-03T15:30:00Z', GewijzigdOp: '2025-10-03T15:30:00Z' }]);
      fs.mkdirSync(paths().dir, { recursive: true });
      fs.writeFileSync(paths().index, JSON.stringify({ version: 1, zaak: { [gone]: ['19637:9999'] }, document: {} }));
      const result = await syncSnapshot(opts());
      assert.equal(said.find((p) => p.set === 'Zaak-')?.entiteiten, 1, 'the placeholder was read');
      assert.equal(result.deletions, 0);
      assert.equal(result.incremental, false);
    });
  });
});

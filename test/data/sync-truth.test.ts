// A sync that stays true (issue 13), against the honest replay server: dependent records, deletions
// during the first run, rows that become visible late, date-bounded deletion queries, and a server
// that cannot continue sorted paging. Each of these failed on the sync before this change.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syncSnapshot, type SyncOptions } from '../../server/src/data/sync/index.js';
import { readSnapshotData } from '../../server/src/data/sync/store-adapter.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { DOSSIER_19637, DOSSIER_30950, linkDossier, MOTIE_30950_495, PERSOON_ERGIN, MOTIE_3370, MOTIE_3384, serveRealWorld, VOTE_CHAIN, ZAAKACTOR_30950_495 } from './sync-fixtures.js';

describe('sync stays true (honest replay)', () => {
  let server: ReplayServer;
  let tmp: string;
  let dataDir: string;
  let progress: string[];
  const at = (iso: string): void => void (server.clock = () => new Date(iso));
  const opts = (extra: Partial<SyncOptions> = {}): SyncOptions => ({
    dataDir, endpoint: server.endpoint, pauseMs: 0, timeoutMs: 5000, maxRetries: 1, backoffMs: 1, sleep: async () => {},
    onProgress: (p) => void progress.push(p.bericht), ...extra,
  });
  const motie = async (key: string) => (await readSnapshotData(dataDir)).moties.find((m) => m.key === key);
  const ERGIN_ID = MOTIE_30950_495().Id as string;

  /** The real Ergin motie (kst-30950-495) with its real indieners; visible in the API at `apiGewijzigdOp`. */
  function addErgin(apiGewijzigdOp?: string): void {
    const zaak = MOTIE_30950_495();
    server.records('Zaak', [apiGewijzigdOp ? { ...zaak, ApiGewijzigdOp: apiGewijzigdOp } : zaak]);
    server.records('ZaakActor', ZAAKACTOR_30950_495());
    server.records('Persoon', [PERSOON_ERGIN()]);
    linkDossier(server, zaak, DOSSIER_30950);
  }

  beforeEach(async () => {
    server = await new ReplayServer().start();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sync-truth-'));
    dataDir = path.join(tmp, 'gegevens');
    progress = [];
    serveRealWorld(server);
    at('2025-10-03T16:00:00Z');
  });
  afterEach(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a Besluit added after the Zaak\'s last change changes the motie\'s afloop on the next incremental sync (and its deletion undoes it)', async () => {
    addErgin();
    await syncSnapshot(opts());
    const before = await motie('30950:495');
    assert.equal(before?.uitkomst, null);
    assert.deepEqual(before?.indieners, [{ naam: 'Ergin', volledigeNaam: 'D.A. Ergin', fractie: 'DENK', persoonId: '02da66c7-029f-4207-a00d-21babf0d3cc6' }], 'the real ZaakActor row, surname from its Persoon');

    // A day later the vote is in: new Besluit → Agendapunt → Activiteit rows. Zaak.ApiGewijzigdOp does not move.
    at('2025-10-04T16:00:00Z');
    const chain = VOTE_CHAIN();
    server.records('Activiteit', chain.Activiteit);
    server.records('Agendapunt', chain.Agendapunt);
    server.records('Besluit', chain.Besluit.map((b) => ({ ...b, ApiGewijzigdOp: '2025-10-04T10:00:00Z' })));
    server.world.link('Besluit', chain.Besluit[0]!.Id as string, 'Zaak', ERGIN_ID);
    await syncSnapshot(opts());
    const after = await motie('30950:495');
    assert.equal(after?.uitkomst, 'aangenomen');
    assert.deepEqual(after?.besluiten.map((b) => [b.soort, b.datum]), [['Stemmen - aangenomen', '2025-02-18']], 'vote date from Agendapunt → Activiteit');
    assert.equal(server.requestsFor('Zaak').filter((r) => (r.params.get('$filter') ?? '').includes(`Id eq ${ERGIN_ID}`)).length, 1, 'only the affected motie is read again');

    // The Besluit is withdrawn: its placeholder carries no link to the Zaak, the sync's index does.
    at('2025-10-05T16:00:00Z');
    server.world.remove('Besluit', chain.Besluit[0]!.Id as string, '2025-10-05T09:00:00Z');
    await syncSnapshot(opts());
    assert.equal((await motie('30950:495'))?.uitkomst, null);
  });

  it('a motie deleted during the first sync is gone after it', async () => {
    let deleted = false;
    server.onRequest((r) => {
      // The Zaak pages are all read by now; the motie disappears while the sync reads other sets.
      if (r.set === 'Document' && !deleted) {
        deleted = true;
        server.world.remove('Zaak', MOTIE_3370().Id as string, '2025-10-03T16:00:05Z');
      }
    });
    await syncSnapshot(opts());
    assert.equal(deleted, true);
    const keys = (await readSnapshotData(dataDir)).moties.map((m) => m.key);
    assert.deepEqual(keys, ['19637:3384']);
  });

  it('a row that becomes visible late, with an older timestamp than the newest one read, is picked up', async () => {
    server.world.drop('Zaak', MOTIE_3384().Id as string); // not visible yet
    addErgin('2025-10-03T15:58:00Z'); // the newest row the first sync sees
    await syncSnapshot(opts());
    assert.equal(await motie('19637:3384'), undefined);

    // Visible only now, stamped 15:50: before the newest timestamp seen, after the run's start minus the margin.
    server.records('Zaak', [{ ...MOTIE_3384(), ApiGewijzigdOp: '2025-10-03T15:50:00Z' }]);
    linkDossier(server, MOTIE_3384(), DOSSIER_19637);
    at('2025-10-03T17:00:00Z');
    await syncSnapshot(opts());
    assert.equal((await motie('19637:3384'))?.zaakNummer, '2025Z02986');
  });

  it('--dossier on a machine with a snapshot sends only date-bounded deletion queries', async () => {
    await syncSnapshot(opts());
    server.requests.length = 0;
    at('2025-10-04T16:00:00Z');
    await syncSnapshot(opts({ dossiers: [19637] }));
    const deletionQueries = server.requests.map((r) => r.params.get('$filter') ?? '').filter((f) => f.includes('Verwijderd eq true'));
    assert.ok(deletionQueries.length >= 2, deletionQueries.join('\n'));
    for (const f of deletionQueries) assert.match(f, /ApiGewijzigdOp gt 2025-10-03T15:00:00Z/, `unbounded: ${f}`);
  });

  it('motie Documents travel once (inside their Zaak), not again in the Document set', async () => {
    addErgin();
    await syncSnapshot(opts());
    assert.ok(progress.includes('Kamerstukken: pagina 1, 0 gelezen'), progress.join('\n'));
    const snap = await readSnapshotData(dataDir);
    assert.deepEqual(snap.documents.map((d) => [d.key, d.documentNummer]).sort(), [['19637:3370', '2025D06268'], ['19637:3384', '2025D06779'], ['30950:495', '2025D43129']]);
  });

  it('a server that refuses the sorted next link: the pass is read again in the default Id order', async () => {
    server.rejectSortedSkiptoken = true;
    await syncSnapshot(opts());
    const zaak = server.requestsFor('Zaak').filter((r) => (r.params.get('$filter') ?? '').includes('Verwijderd eq false'));
    assert.equal(zaak.filter((r) => r.params.has('$orderby')).length, 2, 'first page sorted, its next link refused');
    assert.deepEqual(zaak.filter((r) => !r.params.has('$orderby')).map((r) => r.params.get('$skiptoken')?.replace(/-.*/, '') ?? null), [null, 'Id', 'Id']);
    assert.ok(progress.some((p) => /weigert gesorteerd verder bladeren/.test(p)));
    assert.deepEqual((await readSnapshotData(dataDir)).moties.map((m) => m.key), ['19637:3370', '19637:3384']);
  });

  it('a server that refuses $select: each query is asked again for whole rows, the snapshot is the same', async () => {
    addErgin();
    await syncSnapshot(opts());
    const selected = await readSnapshotData(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
    server.requests.length = 0;
    server.rejectSelect = true;
    await syncSnapshot(opts());
    assert.ok(progress.some((p) => /Moties: de server weigert \$select; opnieuw met volledige records/.test(p)), progress.join('\n'));
    const last = server.requestsFor('Zaak').filter((r) => (r.params.get('$filter') ?? '').includes('Verwijderd eq false')).pop()!;
    assert.equal(last.params.get('$select'), null);
    assert.equal(last.params.get('$expand'), 'Kamerstukdossier,ZaakActor($expand=Persoon),Besluit($expand=Agendapunt($expand=Activiteit)),Document($expand=Kamerstukdossier,HuidigeDocumentVersie)');
    const whole = await readSnapshotData(dataDir);
    assert.deepEqual({ ...whole, meta: { ...whole.meta, createdAt: '' } }, { ...selected, meta: { ...selected.meta, createdAt: '' } });
  });
});

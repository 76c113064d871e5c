// The toezeggingen register in the snapshot: mapping a Toezegging entity, the sync pass (full,
// incremental with deletions, a source without the set) against the local replay server, and the
// store (written beside the other parts, absent in older snapshots).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSnapshot, readSnapshotData, snapshotFromData, writeSnapshot } from '../../server/src/data/store.js';
import { syncSnapshot, type SyncOptions } from '../../server/src/data/sync/index.js';
import { mapToezegging, toezeggingUrl } from '../../server/src/data/sync/toezeggingen.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { sample, serveRealWorld } from './sync-fixtures.js';

type Row = Record<string, unknown>;
const ROWS = (): Row[] => (JSON.parse(sample('tk-odata-toezegging-page.DERIVED.json')) as { value: Row[] }).value;
const row = (nummer: string): Row => ROWS().find((r) => r.Nummer === nummer)!;

describe('toezeggingen: mapping', () => {
  it('maps the register fields, "no date" as null and the debate from Activiteit', () => {
    const t = mapToezegging(row('TZ201806-902'))!;
    assert.equal(t.nummer, 'TZ201806-902');
    assert.equal(t.status, 'Openstaand');
    assert.equal(t.datumNakoming, '2019-03-01');
    assert.equal(t.ministerie, 'Sociale Zaken en Werkgelegenheid');
    assert.equal(t.toezegger, 'Koolmees, W.');
    assert.deepEqual(t.activiteit, { nummer: '2018A00901', soort: 'Algemeen overleg', onderwerp: 'Preventie radicalisering', datum: '2018-06-20' });
    const drone = mapToezegging(row('TZ202309-010'))!;
    assert.equal(drone.datumNakoming, null, '0001-01-01 means no date');
    assert.equal(drone.activiteit, null);
  });

  it('a deleted placeholder maps to nothing; a list of fulfilling letters is kept whole', () => {
    assert.equal(mapToezegging(row('TZ202412-901')), null);
    const t = mapToezegging({ ...row('TZ201806-901'), KamerbriefNakoming: ['2019Z01234', '2019Z05678'] })!;
    assert.equal(t.kamerbriefNakoming, '2019Z01234, 2019Z05678');
  });

  it('asks for living entries the first time and for every change (placeholders included) after', () => {
    const first = new URL(toezeggingUrl('https://x.test/OData/v4/2.0/', null));
    assert.equal(first.pathname, '/OData/v4/2.0/Toezegging');
    assert.equal(first.searchParams.get('$filter'), 'Verwijderd eq false');
    assert.equal(first.searchParams.get('$expand'), 'Activiteit');
    const next = new URL(toezeggingUrl('https://x.test/OData/v4/2.0/', '2023-09-07T08:00:00Z'));
    assert.equal(next.searchParams.get('$filter'), 'ApiGewijzigdOp gt 2023-09-07T08:00:00Z');
    assert.equal(next.searchParams.get('$orderby'), 'ApiGewijzigdOp,Id');
  });
});

describe('toezeggingen: sync against the replay server', () => {
  let server: ReplayServer;
  let tmp: string;
  let dataDir: string;
  const opts = (): SyncOptions => ({ dataDir, endpoint: server.endpoint, pauseMs: 0, timeoutMs: 5000, maxRetries: 1, backoffMs: 1, sleep: async () => {} });

  beforeEach(async () => {
    server = await new ReplayServer().start();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-tz-'));
    dataDir = path.join(tmp, 'gegevens');
    // The register resumes from the run's start on the server's clock, minus the margin (an hour).
    server.clock = () => new Date('2023-09-07T09:00:00Z');
    serveRealWorld(server);
  });
  afterEach(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('stores the register, pages through it and resumes from the last change with deletions', async () => {
    const living = ROWS().filter((r) => r.Verwijderd !== true);
    server.setPages('Toezegging', [living.slice(0, 3), living.slice(3)]);
    await syncSnapshot(opts());
    assert.deepEqual(server.requestsFor('Toezegging').map((r) => r.page), [0, 1]);
    let snap = await readSnapshotData(dataDir);
    assert.deepEqual(snap.toezeggingen?.map((t) => t.nummer), ['TZ201806-901', 'TZ201806-902', 'TZ201806-903', 'TZ201806-904', 'TZ202309-010']);
    assert.equal(snap.meta.syncedUntil.Toezegging, '2023-09-07T08:00:00Z');
    assert.equal(snap.meta.counts.toezeggingen, 5);

    // Next sync: one fulfilled, one deleted (a placeholder with the same Id).
    server.requests.length = 0;
    server.clock = () => new Date('2023-10-21T09:00:00Z');
    const fulfilled = { ...row('TZ202309-010'), Status: 'Voldaan', ApiGewijzigdOp: '2023-10-20T08:00:00Z' };
    const gone = { ...row('TZ202412-901'), Id: row('TZ201806-904').Id, ApiGewijzigdOp: '2023-10-21T08:00:00Z' };
    server.setPages('Toezegging', [[fulfilled, gone]]);
    await syncSnapshot(opts());
    assert.equal(server.requestsFor('Toezegging')[0]!.params.get('$filter'), 'ApiGewijzigdOp gt 2023-09-07T08:00:00Z');
    snap = await readSnapshotData(dataDir);
    assert.deepEqual(snap.toezeggingen?.map((t) => `${t.nummer} ${t.status}`), ['TZ201806-901 Voldaan', 'TZ201806-902 Openstaand', 'TZ201806-903 Openstaand', 'TZ202309-010 Voldaan']);
    assert.equal(snap.meta.syncedUntil.Toezegging, '2023-10-21T08:00:00Z');
  });

  it('a source without the Toezegging set (HTTP 404) keeps the register the snapshot had, and says so', async () => {
    server.setPages('Toezegging', [ROWS().slice(0, 2)]);
    await syncSnapshot(opts());
    server.setPages('Toezegging', []); // no page 0: the replay server answers 404
    const said: string[] = [];
    await syncSnapshot({ ...opts(), onProgress: (p) => said.push(p.bericht) });
    assert.ok(said.some((b) => /Toezeggingen: deze bron kent het register niet \(HTTP 404\)/.test(b)), said.join('\n'));
    assert.deepEqual((await readSnapshotData(dataDir)).toezeggingen?.map((t) => t.nummer), ['TZ201806-901', 'TZ202309-010']);
  });

  it('any other refusal of the Toezegging set ends the sync with its reason', async () => {
    server.setPages('Toezegging', [ROWS()]);
    server.fault((r) => r.set === 'Toezegging', { kind: 'status', status: 400 });
    await assert.rejects(syncSnapshot(opts()), /weigerde het verzoek \(HTTP 400\)/);
  });
});

describe('toezeggingen: store', () => {
  it('writes the register beside the other parts and opens it lazily', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-tz-store-')), 'gegevens');
    const toezeggingen = ROWS().map((r) => mapToezegging(r)).filter((t) => t !== null);
    const data = { meta: { format: 2, createdAt: '2026-12-03T10:00:00.000Z', origin: 'test', syncedUntil: {}, counts: { dossiers: 0, documents: 0, moties: 0, persons: 0 } }, dossiers: [], documents: [], moties: [], persons: [] };
    await writeSnapshot(dir, { ...data, toezeggingen });
    const opened = openSnapshot(dir);
    assert.equal(opened.status, 'ok');
    if (opened.status !== 'ok') return;
    assert.deepEqual(opened.snapshot.toezeggingen()?.map((t) => t.nummer), toezeggingen.map((t) => t.nummer));
    // A snapshot written before the register was synced: no register, not an empty one.
    fs.rmSync(path.join(dir, 'toezeggingen.json'));
    const older = openSnapshot(dir);
    assert.equal(older.status === 'ok' && older.snapshot.toezeggingen(), null);
    assert.equal(snapshotFromData(data).toezeggingen(), null);
    // A damaged register is a problem sentence, not a crash.
    fs.writeFileSync(path.join(dir, 'toezeggingen.json'), '{kapot');
    const damaged = openSnapshot(dir);
    assert.ok(damaged.status === 'ok');
    if (damaged.status !== 'ok') return;
    assert.deepEqual(damaged.snapshot.toezeggingen(), []);
    assert.match(damaged.snapshot.problems.join('\n'), /De toezeggingen in de gegevens \(toezeggingen\.json\) zijn onleesbaar/);
  });
});

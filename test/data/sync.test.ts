// syncSnapshot against a local replay of real Gegevensmagazijn payloads: full, incremental,
// paging, deletions, faults and a killed process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syncSnapshot, type SyncOptions } from '../../server/src/data/sync/index.js';
import { syncPaths } from '../../server/src/data/sync/files.js';
import { readSnapshotData } from '../../server/src/data/sync/store-adapter.js';
import type { SnapshotData } from '../../server/src/data/types.js';
import { ReplayServer, type Fault } from '../helpers/replay-server.js';
import { DOC_3370_ID, MOTIE_3384, passRequests, placeholder, serveRealWorld, MOTIE_3370 } from './sync-fixtures.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SYNC_MODULE = path.resolve(HERE, '../../server/src/data/sync/index.js');

describe('sync: replay of real OData payloads', () => {
  let server: ReplayServer;
  let tmp: string;
  let dataDir: string;
  let waits: number[];

  const opts = (extra: Partial<SyncOptions> = {}): SyncOptions => ({
    dataDir,
    endpoint: server.endpoint,
    pauseMs: 0,
    timeoutMs: 5000,
    maxRetries: 3,
    backoffMs: 10,
    sleep: async (ms) => void waits.push(ms),
    ...extra,
  });
  const filterOf = (set: string, i = 0): string => server.requestsFor(set)[i]!.params.get('$filter') ?? '';
  /** Requests of the records pass of a set (not its deletion query). */
  const recordsOf = (set: string) => passRequests(server, set, 'Verwijderd eq false');

  function serveFull(): void {
    serveRealWorld(server);
  }

  beforeEach(async () => {
    server = await new ReplayServer().start();
    server.clock = () => new Date('2025-10-03T16:00:00Z');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sync-'));
    dataDir = path.join(tmp, 'gegevens');
    waits = [];
    serveFull();
  });
  afterEach(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function fullSync(): Promise<SnapshotData> {
    await syncSnapshot(opts());
    server.requests.length = 0;
    return readSnapshotData(dataDir);
  }

  it('full sync pages through 3 Zaak pages and resolves the Podt moties', async () => {
    const result = await syncSnapshot(opts());
    const zaak = recordsOf('Zaak');
    assert.deepEqual(zaak.map((r) => r.page), [0, 1, 2]);
    assert.match(decodeURIComponent(zaak[1]!.raw), /\$skiptoken=ApiGewijzigdOp-2025-[\d:T.-]+Z,Id-[0-9a-f-]{36}$/, 'the server\'s sorted $skiptoken, followed verbatim');
    assert.match(filterOf('Zaak'), /Soort eq 'Motie'/);
    assert.match(filterOf('Zaak'), /Verwijderd eq false/, 'a first sync needs no placeholders');
    assert.equal(server.requestsFor('Zaak')[0]!.params.get('$orderby'), 'ApiGewijzigdOp,Id');
    assert.equal(result.resumed, false);

    const snap = await readSnapshotData(dataDir);
    const motie = (k: string) => snap.moties.find((m) => m.key === k);
    const doc = (k: string) => snap.documents.find((d) => d.key === k);
    assert.equal(snap.moties.length, 2, 'bare motie rows without dossier or nr. cannot be cited and are skipped');
    assert.equal(motie('19637:3370')?.zaakNummer, '2025Z02753');
    assert.equal(motie('19637:3370')?.gewijzigd, false);
    assert.deepEqual(motie('19637:3370')?.vervangenDoor, ['19637:3384']);
    assert.equal(motie('19637:3370')?.kabinetsappreciatie, 'Ontraden');
    assert.equal(motie('19637:3384')?.zaakNummer, '2025Z02986');
    assert.equal(motie('19637:3384')?.gewijzigd, true);
    assert.equal(motie('19637:3384')?.vervangt, '19637:3370');
    assert.equal(doc('19637:3384')?.soort, 'Motie (gewijzigd/nader)');
    assert.equal(doc('19637:3384')?.datum, '2025-02-18');
    assert.equal(doc('19637:3384')?.vergaderjaar, '2024-2025');
    assert.equal(doc('19637:3384')?.documentNummer, '2025D06779');
    assert.equal(doc('19637:3370')?.zaakNummer, '2025Z02753', 'the Document set keeps the zaak number the Zaak set gave');
    assert.deepEqual(snap.dossiers.map((d) => [d.key, d.titel]), [['19637', 'Vreemdelingenbeleid']]);
    assert.equal(snap.meta.syncedUntil.Zaak, '2025-10-03T15:00:00Z', 'the server time of the run\'s start minus the one-hour margin');
    assert.equal(snap.meta.origin, server.endpoint);
    assert.equal(fs.existsSync(syncPaths(dataDir).state), false, 'no progress state left after success');
  });

  it('incremental sync asks only for changes since the last one; deletions in their own bounded query', async () => {
    await fullSync();
    server.records('Zaak', [{ ...MOTIE_3384(), ApiGewijzigdOp: '2025-10-04T09:00:00Z' }]);
    const result = await syncSnapshot(opts());
    assert.match(recordsOf('Zaak')[0]!.params.get('$filter')!, /ApiGewijzigdOp gt 2025-10-03T15:00:00Z/);
    assert.equal(recordsOf('Zaak')[0]!.page, 0);
    assert.deepEqual(passRequests(server, 'Zaak', 'Verwijderd eq true').map((r) => r.params.get('$filter')), ['Verwijderd eq true and ApiGewijzigdOp gt 2025-10-03T15:00:00Z']);
    assert.match(filterOf('Document'), /ApiGewijzigdOp gt 2025-10-03T15:00:00Z/);
    assert.equal(result.incremental, true);
    assert.equal((await readSnapshotData(dataDir)).moties.length, 2, 'unchanged moties stay');
  });

  it('--since overrides the stored point', async () => {
    await syncSnapshot(opts({ since: '2025-01-31' }));
    assert.match(filterOf('Zaak'), /ApiGewijzigdOp gt 2025-01-31T00:00:00Z/);
    assert.match(passRequests(server, 'Zaak', 'Verwijderd eq true')[0]!.params.get('$filter')!, /ApiGewijzigdOp gt 2025-01-31T00:00:00Z/);
  });

  it('a Verwijderd placeholder removes the motie and its document', async () => {
    await fullSync();
    server.world.remove('Zaak', MOTIE_3370().Id as string, '2025-10-04T08:00:00Z');
    server.world.remove('Document', DOC_3370_ID, '2025-10-04T08:00:01Z');
    const result = await syncSnapshot(opts());
    const snap = await readSnapshotData(dataDir);
    assert.deepEqual(snap.moties.map((m) => m.key), ['19637:3384']);
    assert.deepEqual(snap.documents.map((d) => d.key), ['19637:3384']);
    assert.deepEqual(snap.moties[0]!.vervangenDoor, []);
    assert.equal(snap.moties[0]!.vervangt, '19637:3370', 'what the gewijzigde motie says it replaces stays');
    assert.equal(result.deletions, 2);
  });

  const FAULTS: [string, Fault, (w: number[]) => void][] = [
    ['HTTP 500', { kind: 'status', status: 500 }, (w) => assert.equal(w[0], 10)],
    ['429 with Retry-After seconds', { kind: 'status', status: 429, headers: { 'retry-after': '7' } }, (w) => assert.equal(w[0], 7000)],
    ['a time-out', { kind: 'hang' }, () => {}],
    ['truncated JSON', { kind: 'truncated' }, () => {}],
  ];
  for (const [name, fault, checkWaits] of FAULTS) {
    it(`${name}: retried, then success`, async () => {
      const before = await fullSync();
      server.fault((r) => r.set === 'Zaak' && r.page === 1, fault, 1);
      // Every Zaak changed since: the incremental records pass reads all three pages again.
      for (const z of server.world.all('Zaak')) z.ApiGewijzigdOp = '2025-10-04T09:00:00Z';
      waits = [];
      await syncSnapshot(opts({ timeoutMs: 300 }));
      assert.deepEqual(recordsOf('Zaak').map((r) => r.page), [0, 1, 1, 2]);
      checkWaits(waits);
      assert.deepEqual((await readSnapshotData(dataDir)).moties.map((m) => m.key), before.moties.map((m) => m.key));
    });

    it(`${name}: beyond maxRetries the sync fails in Dutch, the snapshot is intact and a rerun resumes`, async () => {
      const before = await fullSync();
      for (const z of server.world.all('Zaak')) z.ApiGewijzigdOp = '2025-10-04T09:00:00Z';
      server.fault((r) => r.set === 'Zaak' && r.page === 1, fault, 2);
      await assert.rejects(syncSnapshot(opts({ timeoutMs: 300, maxRetries: 1 })), (err: Error) => {
        assert.equal(err.name, 'SyncError');
        assert.match(err.message, /na 2 pogingen geen bruikbaar antwoord/);
        return true;
      });
      assert.deepEqual(await readSnapshotData(dataDir), before, 'the live snapshot is untouched');
      server.requests.length = 0;
      const result = await syncSnapshot(opts());
      assert.equal(result.resumed, true);
      assert.deepEqual(recordsOf('Zaak').map((r) => r.page), [1, 2], 'resumes at the failed page');
      assert.equal(server.requestsFor('Persoon').length, 0, 'finished sets are not read again');
      assert.equal((await readSnapshotData(dataDir)).moties.length, 2);
    });
  }

  it('429 with an HTTP-date Retry-After waits until that date', async () => {
    await fullSync();
    const at = new Date(Date.now() + 30_000).toUTCString();
    server.fault((r) => r.set === 'Zaak', { kind: 'status', status: 429, headers: { 'retry-after': at } }, 1);
    waits = [];
    await syncSnapshot(opts());
    assert.ok(waits[0]! > 20_000 && waits[0]! <= 30_000, `waited ${waits[0]} ms`);
  });

  it('a 4xx answer is not retried and names the status', async () => {
    server.fault(() => true, { kind: 'status', status: 403 }, 1);
    await assert.rejects(syncSnapshot(opts()), /weigerde het verzoek \(HTTP 403\)/);
    assert.equal(server.requests.length, 1);
  });

  it('a 400 is asked once more without $select, then reported', async () => {
    server.fault(() => true, { kind: 'status', status: 400 }, 2);
    await assert.rejects(syncSnapshot(opts()), /weigerde het verzoek \(HTTP 400\)/);
    assert.deepEqual(server.requests.map((r) => r.params.has('$select')), [true, false]);
  });

  it('a process killed mid-sync leaves the snapshot intact; a rerun continues from the saved nextLink', async function () {
    const before = await fullSync();
    for (const z of server.world.all('Zaak')) z.ApiGewijzigdOp = '2025-10-04T09:00:00Z';
    // Page 2 of Zaak is requested only after page 1 is journaled and the state saved: kill there.
    server.fault((r) => r.set === 'Zaak' && r.page === 1, { kind: 'hang' }, 1);
    const script = path.join(tmp, 'child.mjs');
    fs.writeFileSync(script, `const { syncSnapshot } = await import(${JSON.stringify(pathToFileURL(SYNC_MODULE).href)});
await syncSnapshot({ dataDir: process.argv[2], endpoint: process.argv[3], pauseMs: 0, timeoutMs: 60000 });
`);
    const child = spawn(process.execPath, [script, dataDir, server.endpoint], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await server.waitFor((r) => r.set === 'Zaak' && r.page === 1);
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    assert.deepEqual(await readSnapshotData(dataDir), before, 'the live snapshot is intact after SIGKILL');
    const state = JSON.parse(fs.readFileSync(syncPaths(dataDir).state, 'utf8'));
    assert.match(state.passes.find((p: { name: string }) => p.name === 'Zaak').next, /\$skiptoken=ApiGewijzigdOp-/);

    server.requests.length = 0;
    const result = await syncSnapshot(opts());
    assert.equal(result.resumed, true);
    assert.deepEqual(recordsOf('Zaak').map((r) => r.page), [1, 2]);
    const snap = await readSnapshotData(dataDir);
    assert.deepEqual(snap.moties.map((m) => m.key), ['19637:3370', '19637:3384']);
    assert.equal(fs.existsSync(syncPaths(dataDir).lock), false);
  });

  it('--dossier restricts the query to that dossier and keeps its own sync point', async () => {
    const result = await syncSnapshot(opts({ dossiers: [19637] }));
    assert.match(filterOf('Zaak'), /Kamerstukdossier\/any\(k: k\/Nummer eq 19637\)/);
    assert.match(filterOf('Document'), /Kamerstukdossier\/any\(d: d\/Nummer eq 19637\)/);
    assert.ok(result.syncedUntil['Zaak@19637']);
    assert.equal(result.syncedUntil.Zaak, undefined, 'a dossier sync does not move the full sync point');
  });

  it('uses the real placeholder rows of a page without crashing on a fresh snapshot', async () => {
    server.setPages('Zaak', [[placeholder(), MOTIE_3384()]]); // scripted pages: every Zaak query gets this one page
    await syncSnapshot(opts());
    assert.deepEqual((await readSnapshotData(dataDir)).moties.map((m) => m.key), ['19637:3384']);
  });
});

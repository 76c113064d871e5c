// A sync stopped half-way keeps its progress in .sync/state.json and the pages it read in the
// journal. When the journal is gone, cut short or damaged (a clean-up tool, a full disk, a hand
// edit), the saved progress cannot be trusted. Before, every later sync failed with the same error
// and the promised fresh start never came; now the next sync begins afresh and completes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syncSnapshot, type SyncOptions, type SyncProgress } from '../../server/src/data/sync/index.js';
import { syncPaths } from '../../server/src/data/sync/files.js';
import { readSnapshotData } from '../../server/src/data/sync/store-adapter.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { serveRealWorld } from './sync-fixtures.js';

describe('sync: a damaged journal of a stopped sync', () => {
  let server: ReplayServer;
  let tmp: string;
  let dataDir: string;
  let said: SyncProgress[];
  const opts = (extra: Partial<SyncOptions> = {}): SyncOptions => ({
    dataDir, endpoint: server.endpoint, pauseMs: 0, timeoutMs: 5000, maxRetries: 0, backoffMs: 1, sleep: async () => {}, onProgress: (p) => void said.push(p), ...extra,
  });

  beforeEach(async () => {
    server = await new ReplayServer().start();
    server.clock = () => new Date('2025-10-03T16:00:00Z');
    serveRealWorld(server);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sync-journal-'));
    dataDir = path.join(tmp, 'gegevens');
    said = [];
  });
  afterEach(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** A first sync that fails on the second Zaak page: progress and journal are left behind. */
  async function stoppedSync(): Promise<ReturnType<typeof syncPaths>> {
    server.fault((r) => r.set === 'Zaak' && r.page === 1, { kind: 'status', status: 500 }, 1);
    await assert.rejects(syncSnapshot(opts()), /geen bruikbaar antwoord/);
    const paths = syncPaths(dataDir);
    assert.ok(JSON.parse(fs.readFileSync(paths.state, 'utf8')).journalBytes > 0, 'pages were saved');
    said = [];
    return paths;
  }

  async function completesAfresh(): Promise<void> {
    const result = await syncSnapshot(opts());
    assert.equal(result.resumed, false);
    assert.match(said[0]!.bericht, /^Het logboek van de onderbroken sync van .* ontbreekt of is ingekort; de sync begint opnieuw\.$/);
    assert.equal(said[1]!.fase, 'begin');
    assert.equal((await readSnapshotData(dataDir)).moties.length, 2, 'the same snapshot as an undisturbed sync');
  }

  it('a journal that is gone: the next sync begins afresh and completes', async () => {
    const paths = await stoppedSync();
    fs.rmSync(paths.journal);
    await completesAfresh();
  });

  it('a journal cut short: the next sync begins afresh (no zero bytes read as JSON)', async () => {
    const paths = await stoppedSync();
    const text = fs.readFileSync(paths.journal, 'utf8');
    fs.writeFileSync(paths.journal, text.slice(0, 10));
    await completesAfresh();
  });

  it('an intact journal still resumes', async () => {
    await stoppedSync();
    const result = await syncSnapshot(opts());
    assert.equal(result.resumed, true);
    assert.equal(said[0]!.fase, 'hervat');
  });

  it('a journal line that is no JSON: a clear error once, then the next sync begins afresh', async () => {
    const paths = await stoppedSync();
    fs.appendFileSync(paths.journal, 'met de hand bewerkt\n');
    // The state's length now ends before the edit: make the edit part of the saved pages.
    const state = JSON.parse(fs.readFileSync(paths.state, 'utf8'));
    state.journalBytes = fs.statSync(paths.journal).size;
    fs.writeFileSync(paths.state, JSON.stringify(state));
    await assert.rejects(syncSnapshot(opts()), (err: Error) => {
      assert.equal(err.name, 'SyncError');
      assert.match(err.message, /^het sync-logboek .*journal.* is beschadigd \(regel \d+ is geen JSON\); de sync begint opnieuw bij een volgende poging$/);
      return true;
    });
    assert.equal(fs.existsSync(paths.state), false, 'the progress that rests on it is dropped');
    said = [];
    const result = await syncSnapshot(opts());
    assert.equal(result.resumed, false);
    assert.equal((await readSnapshotData(dataDir)).moties.length, 2);
  });
});

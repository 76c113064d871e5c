// `kamerbrief sync --check` against the honest replay server (never the network).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSyncCommand } from '../../server/src/cli/sync-command.js';
import { PASSES } from '../../server/src/data/sync/queries.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { serveRealWorld } from './sync-fixtures.js';

describe('sync --check', () => {
  let server: ReplayServer;
  let out: string;
  let err: string;
  let tmp: string;
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s) };

  beforeEach(async () => {
    server = await new ReplayServer().start();
    serveRealWorld(server);
    out = '';
    err = '';
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sync-check-'));
  });
  afterEach(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('sends one request per query of a weekly sync, follows the sorted next link once, and prints a table', async () => {
    // Every motie changed this week, so the Zaak query has a next page to follow.
    for (const z of server.world.all('Zaak')) z.ApiGewijzigdOp = new Date().toISOString();
    const code = await runSyncCommand(['--check', '--endpoint', server.endpoint, '--data', path.join(tmp, 'g')], io, { pauseMs: 0 });
    assert.equal(code, 0, out + err);
    const lines = out.trim().split('\n');
    assert.match(lines[0]!, /^Controle van http:\/\/127\.0\.0\.1:\d+\/OData\/v4\/2\.0\/ \(de vragen van een wekelijkse sync/);
    assert.match(lines[2]!, /^stap\s+status\s+rijen\s+ms\s+bytes$/);
    const table = lines.slice(3, lines.indexOf('', 3));
    // All passes of an incremental sync, plus the Zaak query's second page and the register's query.
    assert.equal(table.length, PASSES.length + 2, table.join('\n'));
    assert.match(table.find((l) => l.startsWith('toezeggingen '))!, /\s200\s+\d+\s/);
    assert.equal(server.requests.length, table.length, 'exactly one request per line');
    for (const l of table) assert.match(l, /\s200\s+\d+\s+\d+\s+\d+$/, l);
    assert.match(table.find((l) => l.startsWith('moties '))!, /\s200\s+50\s/);
    assert.match(table.find((l) => l.startsWith('moties (volgende pagina)'))!, /\s200\s+50\s/);
    assert.match(table.find((l) => l.startsWith('moties opnieuw gelezen'))!, /\s200\s+1\s/, 'the reread query with a real Zaak Id');
    assert.match(out, /Alle \d+ vragen beantwoord\./);
    assert.equal(fs.existsSync(path.join(tmp, 'g')), false, 'nothing is written');
    const filters = server.requests.map((r) => r.params.get('$filter') ?? '');
    assert.ok(filters.filter((f) => f.includes('Verwijderd eq true')).every((f) => /ApiGewijzigdOp gt \d{4}-/.test(f)));
  });

  it('a query the server refuses: its status and message in the table, exit 1', async () => {
    for (const z of server.world.all('Zaak')) z.ApiGewijzigdOp = new Date().toISOString();
    server.rejectSortedSkiptoken = true;
    const code = await runSyncCommand(['--check', '--endpoint', server.endpoint], io, { pauseMs: 0 });
    assert.equal(code, 1);
    assert.match(out, /moties \(volgende pagina\)\s+400\s+-/);
    assert.match(out, /1 van \d+ vragen mislukt:\n- moties \(volgende pagina\): het Gegevensmagazijn weigerde het verzoek \(HTTP 400\)/);
  });

  it('no answer at all: "fout" in the table, never a crash', async () => {
    await server.close();
    const code = await runSyncCommand(['--check', '--endpoint', server.endpoint], io, { pauseMs: 0, sleep: async () => {}, timeoutMs: 500 });
    assert.equal(code, 1);
    assert.match(out, /Kamerleden\s+fout\s+-/);
    assert.match(out, /geen bruikbaar antwoord \(netwerkfout/);
  });
});

// `kamerbrief sync` through run(): arguments, progress, exit codes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../server/src/cli/run.js';
import { runSyncCommand } from '../../server/src/cli/sync-command.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { serveRealWorld } from './sync-fixtures.js';

describe('sync CLI', () => {
  let server: ReplayServer;
  let tmp: string;
  let out: string;
  let err: string;
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s) };

  beforeEach(async () => {
    server = await new ReplayServer().start();
    serveRealWorld(server);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sync-cli-'));
    out = '';
    err = '';
  });
  afterEach(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('run() dispatches "sync" and writes the snapshot (exit 0, Dutch progress)', async () => {
    // run() uses the default pause; the replay answers at once, so three pages cost well under a second.
    const code = await run(['sync', '--data', path.join(tmp, 'g'), '--endpoint', server.endpoint, '--dossier', '19637'], {
      ...io, isTty: false, cwd: tmp, workerEntry: new URL(import.meta.url),
    });
    assert.equal(code, 0, err);
    assert.match(out, /Gegevens bijgewerkt in .*: 2 moties, 2 kamerstukken, 1 dossiers/);
    assert.match(err, /Moties: pagina 1, 2 gelezen/);
    assert.match(server.requestsFor('Zaak')[0]!.params.get('$filter')!, /Kamerstukdossier\/any\(k: k\/Nummer eq 19637\)/);
  });

  it('usage errors: exit 2 with one Dutch line', async () => {
    for (const argv of [['--onbekend'], ['--dossier', 'abc'], ['extra'], ['--since', 'gisteren', '--endpoint', 'http://127.0.0.1:1/']]) {
      out = '';
      err = '';
      const code = await runSyncCommand([...argv, '--data', path.join(tmp, 'g')], io, { pauseMs: 0 });
      assert.equal(code, 2, argv.join(' '));
      assert.equal(err.trim().split('\n').length, 1, err);
      assert.match(err, /^kamerbrief sync: (onbekende optie|ongeldig dossiernummer|sync neemt geen|ongeldige datum)/);
    }
  });

  it('--from takes everything from the archive: each network option beside it is a usage error, nothing is read or written', async () => {
    const archive = path.join(tmp, 'geen-archief.kbsnap');
    for (const extra of [['--endpoint', server.endpoint], ['--since', '2024-01-01'], ['--dossier', '19637']]) {
      out = '';
      err = '';
      const dir = path.join(tmp, 'g');
      const code = await runSyncCommand(['--from', archive, '--data', dir, ...extra], io, { pauseMs: 0 });
      assert.equal(code, 2, extra[0]);
      assert.equal(err, 'kamerbrief sync: --from neemt alles uit het archief; laat --endpoint, --since en --dossier weg\n');
      assert.equal(fs.existsSync(dir), false);
    }
    assert.equal(server.requests.length, 0);
  });

  it('--dossier: spaces inside the number are allowed (29 754); zero, a sign or letters are refused before any request', async () => {
    for (const bad of ['0', '-5', '12a', '1.5', '']) {
      err = '';
      const code = await runSyncCommand([`--dossier=${bad}`, '--data', path.join(tmp, 'g'), '--endpoint', server.endpoint], io, { pauseMs: 0 });
      assert.equal(code, 2, bad);
      assert.equal(err, `kamerbrief sync: ongeldig dossiernummer bij --dossier: "${bad}" (verwacht bijvoorbeeld 29754)\n`);
    }
    assert.equal(server.requests.length, 0);
    const code = await runSyncCommand(['--dossier', '19 637', '--data', path.join(tmp, 'g'), '--endpoint', server.endpoint], io, { pauseMs: 0 });
    assert.equal(code, 0, err);
    assert.match(server.requestsFor('Zaak')[0]!.params.get('$filter')!, /Kamerstukdossier\/any\(k: k\/Nummer eq 19637\)/);
  });

  it('a failing server: exit 2, one line, nothing written', async () => {
    server.fault(() => true, { kind: 'status', status: 503 }, 99);
    const dir = path.join(tmp, 'g');
    const code = await runSyncCommand(['--data', dir, '--endpoint', server.endpoint], io, { pauseMs: 0, maxRetries: 2, sleep: async () => {} });
    assert.equal(code, 2);
    assert.match(err.trim().split('\n').pop()!, /^kamerbrief sync: het Gegevensmagazijn gaf na 3 pogingen geen bruikbaar antwoord \(serverfout HTTP 503\)/);
    assert.equal(fs.existsSync(dir), false);
  });

  it('--help in Dutch', async () => {
    assert.equal(await runSyncCommand(['--help'], io), 0);
    assert.match(out, /^Gebruik: kamerbrief sync/);
    assert.match(out, /--dossier N/);
    assert.match(out, /HTTPS_PROXY .*\n.*\nNO_PROXY/);
  });
});

// The sync through a proxy, all on 127.0.0.1: a tiny proxy (test/helpers/test-proxy.ts) in front of
// the replay of real Gegevensmagazijn payloads. What is tested:
//  - http endpoint + HTTP_PROXY: absolute-URI requests through the proxy, the whole sync completes;
//  - https endpoint + HTTPS_PROXY: a CONNECT tunnel with TLS inside it, end to end through the bundled
//    CLI (the replay serves https with a test certificate the child trusts via NODE_EXTRA_CA_CERTS);
//    in process, the CONNECT request itself (target, credentials) and its refusal;
//  - credentials in the proxy URL → Proxy-Authorization: Basic; NO_PROXY → direct; the editor's
//    settings before the environment; 407 → one clear Dutch error, no retries; 502 → retried.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syncSnapshot, type SyncOptions, type SyncProgress } from '../../server/src/data/sync/index.js';
import { readSnapshotData } from '../../server/src/data/sync/store-adapter.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { TestProxy } from '../helpers/test-proxy.js';
import { serveRealWorld } from './sync-fixtures.js';

const TLS = {
  key: fs.readFileSync(path.join(FIXTURES, 'tls', 'localhost-key.pem'), 'utf8'),
  cert: fs.readFileSync(path.join(FIXTURES, 'tls', 'localhost-cert.pem'), 'utf8'),
};
const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('sync through a proxy', () => {
  let replay: ReplayServer;
  let proxy: TestProxy;
  let tmp: string;
  let dataDir: string;
  let progress: SyncProgress[];

  async function startReplay(tls?: typeof TLS): Promise<void> {
    replay = await new ReplayServer().start(tls);
    serveRealWorld(replay);
  }
  const opts = (env: Record<string, string>, extra: Partial<SyncOptions> = {}): SyncOptions => ({
    dataDir,
    endpoint: replay.endpoint,
    dossiers: [19637],
    env,
    pauseMs: 0,
    timeoutMs: 5000,
    maxRetries: 2,
    backoffMs: 1,
    sleep: async () => {},
    onProgress: (p) => void progress.push(p),
    ...extra,
  });

  beforeEach(async () => {
    proxy = await new TestProxy().start();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sync-proxy-'));
    dataDir = path.join(tmp, 'gegevens');
    progress = [];
  });
  afterEach(async () => {
    await replay?.close();
    await proxy.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('http endpoint with HTTP_PROXY: every page goes through the proxy as an absolute-URI GET, the real moties arrive', async () => {
    await startReplay();
    const result = await syncSnapshot(opts({ HTTP_PROXY: proxy.url }));
    assert.equal(result.counts.moties, 2);
    const snap = await readSnapshotData(dataDir);
    assert.deepEqual(snap.moties.map((m) => m.key).sort(), ['19637:3370', '19637:3384']);
    assert.ok(replay.requests.length >= 5, 'Persoon, 3 Zaak pages, Document');
    assert.deepEqual(proxy.seen.map((r) => r.target), replay.requests.map((r) => replay.origin + r.raw));
    assert.ok(proxy.seen.every((r) => r.method === 'GET' && r.authorization === null));
    assert.match(progress[0]!.bericht, new RegExp(`via proxy ${proxy.url} \\(uit HTTP_PROXY\\)\\.$`));
  });

  it('credentials in the proxy URL become Proxy-Authorization: Basic (decoded), accepted by the proxy', async () => {
    await startReplay();
    proxy.requireAuth = basic('ambtenaar', 'geheim wachtwoord:!');
    const result = await syncSnapshot(opts({ http_proxy: proxy.withCredentials('ambtenaar', 'geheim wachtwoord:!') }));
    assert.equal(result.counts.moties, 2);
    assert.ok(proxy.seen.length >= 5);
    assert.ok(proxy.seen.every((r) => r.authorization === basic('ambtenaar', 'geheim wachtwoord:!')));
    assert.doesNotMatch(progress.map((p) => p.bericht).join('\n'), /geheim/, 'the password is never shown');
  });

  it('NO_PROXY=127.0.0.1: direct, the proxy sees nothing', async () => {
    await startReplay();
    const result = await syncSnapshot(opts({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }));
    assert.equal(result.counts.moties, 2);
    assert.ok(replay.requests.length >= 5);
    assert.deepEqual(proxy.seen, []);
    assert.doesNotMatch(progress[0]!.bericht, /proxy/);
  });

  it("the editor's http.proxy wins over the environment, and its http.noProxy over NO_PROXY", async () => {
    await startReplay();
    // The environment names a proxy where nothing listens: using it would fail.
    await syncSnapshot(opts({ HTTP_PROXY: 'http://127.0.0.1:1' }, { proxy: { proxy: proxy.url, noProxy: [] } }));
    assert.ok(proxy.seen.length >= 5);
    assert.match(progress[0]!.bericht, /\(uit de instelling http\.proxy\)\.$/);

    proxy.seen.length = 0;
    fs.rmSync(dataDir, { recursive: true, force: true });
    await syncSnapshot(opts({ HTTP_PROXY: proxy.url }, { proxy: { proxy: null, noProxy: ['127.0.0.1'] } }));
    assert.deepEqual(proxy.seen, []);
  });

  it('a proxy that wants credentials (407): one request, a clear Dutch error, nothing written', async () => {
    await startReplay();
    proxy.requireAuth = basic('a', 'b');
    await assert.rejects(syncSnapshot(opts({ HTTP_PROXY: proxy.url })), (e: Error) => {
      assert.equal(e.name, 'SyncError');
      assert.equal(e.message, `de proxy ${proxy.url} (uit HTTP_PROXY) vraagt om aanmelding (HTTP 407): zet gebruikersnaam en wachtwoord in het proxyadres, bijvoorbeeld http://gebruiker:wachtwoord@proxy.example.nl:8080`);
      return true;
    });
    assert.equal(proxy.seen.length, 1, 'no retries');
    assert.deepEqual(replay.requests, []);
    assert.equal(fs.existsSync(dataDir), false, 'no snapshot written');
  });

  it('wrong credentials (407) through a CONNECT tunnel to an https endpoint: the CONNECT names the target, one try, Dutch error', async () => {
    await startReplay(TLS);
    proxy.requireAuth = basic('a', 'b');
    await assert.rejects(syncSnapshot(opts({ HTTPS_PROXY: proxy.withCredentials('a', 'fout') })), /^SyncError: de proxy http:\/\/127\.0\.0\.1:\d+ \(uit HTTPS_PROXY\) weigert de aanmelding \(HTTP 407\): controleer gebruikersnaam en wachtwoord in het proxyadres$/);
    assert.deepEqual(proxy.seen, [{ method: 'CONNECT', target: new URL(replay.origin).host, authorization: basic('a', 'fout') }]);
    assert.deepEqual(replay.requests, []);
  });

  it('a proxy that fails (502 on CONNECT) is retried like a network fault, then reported', async () => {
    await startReplay(TLS);
    proxy.refuseWith = 502;
    await assert.rejects(syncSnapshot(opts({ HTTPS_PROXY: proxy.url })), /het Gegevensmagazijn gaf na 3 pogingen geen bruikbaar antwoord \(de proxy http:\/\/127\.0\.0\.1:\d+ \(uit HTTPS_PROXY\) gaf HTTP 502\)/);
    assert.equal(proxy.seen.length, 3);
    assert.ok(proxy.seen.every((r) => r.method === 'CONNECT'));
  });

  it('a proxy where nothing listens: retried, then reported with the proxy named', async () => {
    await startReplay();
    await assert.rejects(syncSnapshot(opts({ HTTP_PROXY: 'http://127.0.0.1:1' })), /gaf na 3 pogingen geen bruikbaar antwoord \(de proxy http:\/\/127\.0\.0\.1:1 \(uit HTTP_PROXY\) is niet bereikbaar \(ECONNREFUSED\)\)/);
    assert.deepEqual(replay.requests, []);
  });

  it('CLI over https: CONNECT tunnel with credentials, TLS inside it, the sync completes (bundled dist/cli.js)', async function () {
    await startReplay(TLS);
    proxy.requireAuth = basic('ambtenaar', 'geheim');
    const certFile = path.join(FIXTURES, 'tls', 'localhost-cert.pem');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NODE_EXTRA_CA_CERTS: certFile, HTTPS_PROXY: proxy.withCredentials('ambtenaar', 'geheim') };
    for (const k of ['https_proxy', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY', 'ALL_PROXY', 'all_proxy']) delete env[k];
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kamerbrief.js'), 'sync', '--data', dataDir, '--endpoint', replay.endpoint, '--dossier', '19637'], { env, cwd: tmp });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => void (out += d));
    child.stderr.on('data', (d: Buffer) => void (err += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, err);
    assert.match(out, /Gegevens bijgewerkt in .*: 2 moties, 2 kamerstukken/);
    assert.match(err, /via proxy http:\/\/127\.0\.0\.1:\d+ \(uit HTTPS_PROXY\)/);
    assert.doesNotMatch(err + out, /geheim/);
    const tunnels = proxy.seen.filter((r) => r.method === 'CONNECT');
    assert.ok(tunnels.length >= 1);
    assert.deepEqual(proxy.seen.filter((r) => r.method !== 'CONNECT'), [], 'https is never sent as a plain request');
    assert.ok(tunnels.every((r) => r.target === new URL(replay.origin).host && r.authorization === basic('ambtenaar', 'geheim')));
    assert.equal(replay.requestsFor('Zaak').filter((r) => r.params.get('$filter')!.includes('Verwijderd eq false')).length, 1, "the dossier's one page read through the tunnel");
    assert.deepEqual((await readSnapshotData(dataDir)).moties.map((m) => m.key).sort(), ['19637:3370', '19637:3384']);
  });
});

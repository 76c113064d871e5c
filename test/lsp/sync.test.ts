// "Kamerbrief: gegevens bijwerken" end to end at the server: the client asks kamerbrief/sync,
// the server syncs from a local replay of the real open-data payloads with progress, swaps the
// snapshot in, and the data rules see it at once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReplayServer } from '../helpers/replay-server.js';
import { TestProxy } from '../helpers/test-proxy.js';
import { serveRealWorld } from '../data/sync-fixtures.js';
import { startHarness, type Harness } from './harness.js';
import type { Connection } from 'vscode-languageserver';
import { DataProvider } from '../../server/src/lsp/data.js';
import { DEFAULT_ENDPOINT } from '../../server/src/data/sync/sync.js';

const DRAFT = 'De gewijzigde motie van het lid Podt c.s. (Kamerstuk 19 637, nr. 3370) vraagt om een schaderegeling.\n';

describe('LSP: gegevens bijwerken', () => {
  let server: ReplayServer;
  let h: Harness;
  let tmp: string;
  beforeEach(async () => {
    server = await new ReplayServer().start();
    serveRealWorld(server);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-sync-'));
  });
  afterEach(async () => {
    await h?.close();
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('syncs with progress, then the data rules use the new snapshot', async () => {
    h = await startHarness(null, { gegevensmap: path.join(tmp, 'gegevens'), gegevensbron: server.endpoint });
    const progress: string[] = [];
    h.client.onNotification('kamerbrief/syncProgress', (p: { bericht: string }) => void progress.push(p.bericht));
    const uri = 'file:///sync/concept.md';
    await h.open(uri, DRAFT);
    const before = await h.diagnostics(uri, 1);
    assert.deepEqual(before.diagnostics.filter((d) => d.code === 'KB306'), [], 'no data yet');
    const status = (await h.client.sendRequest('kamerbrief/dataStatus')) as { beschikbaar: boolean };
    assert.equal(status.beschikbaar, false);

    const result = (await h.client.sendRequest('kamerbrief/sync')) as { ok: boolean; message: string };
    assert.equal(result.ok, true, result.message);
    assert.match(result.message, /^Gegevens bijgewerkt: \d+ moties, \d+ Kamerstukken\.$/);
    assert.ok(progress.some((p) => /pagina|Klaar/i.test(p)), `progress: ${progress.join(' | ')}`);
    assert.ok(server.requestsFor('Zaak').length >= 3, 'all pages read');

    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: DRAFT + '\n' }] });
    const after = await h.diagnostics(uri, 2);
    assert.deepEqual(after.diagnostics.map((d) => d.code).filter((c) => c === 'KB306'), ['KB306']);
    const now = (await h.client.sendRequest('kamerbrief/dataStatus')) as { beschikbaar: boolean; tekst: string };
    assert.equal(now.beschikbaar, true);
    assert.match(now.tekst, /^gegevens van vandaag/);
  });

  it('answers a failed sync with a Dutch message and keeps running', async () => {
    server.fault(() => true, { kind: 'status', status: 404 }, 100);
    h = await startHarness(null, { gegevensmap: path.join(tmp, 'gegevens'), gegevensbron: server.endpoint });
    const result = (await h.client.sendRequest('kamerbrief/sync')) as { ok: boolean; message: string };
    assert.equal(result.ok, false);
    assert.match(result.message, /404/);
    const uri = 'file:///sync/na-fout.md';
    await h.open(uri, DRAFT);
    assert.ok(await h.diagnostics(uri, 1), 'the server still lints');
  });

  it('a failed sync that read nothing leaves no working folder; one that read pages keeps it to resume from', async () => {
    const data = path.join(tmp, 'gegevens');
    const work = path.join(tmp, '.gegevens.sync');
    server.fault(() => true, { kind: 'status', status: 404 }, 100);
    h = await startHarness(null, { gegevensmap: data, gegevensbron: server.endpoint });
    assert.equal(((await h.client.sendRequest('kamerbrief/sync')) as { ok: boolean }).ok, false);
    assert.equal(fs.existsSync(work), false, 'nothing to resume: the working folder is removed');
    await h.close();
    // Now the first pages come through and a later one fails: the sync can resume from them.
    await server.close();
    server = await new ReplayServer().start();
    serveRealWorld(server);
    server.fault((req) => req.page >= 1, { kind: 'status', status: 404 }, 100);
    h = await startHarness(null, { gegevensmap: data, gegevensbron: server.endpoint });
    assert.equal(((await h.client.sendRequest('kamerbrief/sync')) as { ok: boolean }).ok, false);
    assert.ok(server.requests.some((r) => r.page === 0), 'a first page was read');
    assert.equal(fs.existsSync(work), true, 'pages were read: the working folder stays');
  });

  it("uses the editor's http.proxy sent with the request, and its http.noProxy", async () => {
    const proxy = await new TestProxy().start();
    try {
      h = await startHarness(null, { gegevensmap: path.join(tmp, 'gegevens'), gegevensbron: server.endpoint });
      const progress: string[] = [];
      h.client.onNotification('kamerbrief/syncProgress', (p: { bericht: string }) => void progress.push(p.bericht));
      const result = (await h.client.sendRequest('kamerbrief/sync', { proxy: { proxy: proxy.url, noProxy: [] } })) as { ok: boolean; message: string };
      assert.equal(result.ok, true, result.message);
      assert.deepEqual(proxy.seen.map((r) => r.target), server.requests.map((r) => server.origin + r.raw));
      assert.ok(proxy.seen.length >= 5);
      assert.ok(progress.some((p) => p.includes(`via proxy ${proxy.url} (uit de instelling http.proxy)`)), progress.join(' | '));

      proxy.seen.length = 0;
      const direct = (await h.client.sendRequest('kamerbrief/sync', { proxy: { proxy: proxy.url, noProxy: ['127.0.0.1'] } })) as { ok: boolean; message: string };
      assert.equal(direct.ok, true, direct.message);
      assert.deepEqual(proxy.seen, []);

      proxy.requireAuth = 'Basic eDp5';
      const refused = (await h.client.sendRequest('kamerbrief/sync', { proxy: { proxy: proxy.url } })) as { ok: boolean; message: string };
      assert.equal(refused.ok, false);
      assert.match(refused.message, /^de proxy http:\/\/127\.0\.0\.1:\d+ \(uit de instelling http\.proxy\) vraagt om aanmelding \(HTTP 407\)/);
    } finally {
      await proxy.close();
    }
  });
});

describe('LSP: the data source setting', () => {
  it('an empty or blank gegevensbron falls back to the Gegevensmagazijn', () => {
    for (const gegevensbron of ['', '   ', 42]) {
      assert.equal(new DataProvider({} as Connection, { gegevensmap: os.tmpdir(), gegevensbron } as never).endpoint, DEFAULT_ENDPOINT);
    }
    assert.equal(new DataProvider({} as Connection, { gegevensmap: os.tmpdir(), gegevensbron: 'http://127.0.0.1:9/' }).endpoint, 'http://127.0.0.1:9/');
  });
});

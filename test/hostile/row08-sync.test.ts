// Issue 11 row 8: a redirect to another host was followed (bypassing the nextLink same-origin
// rule); redirect loops and oversized answers were retried. Now: same-origin redirects only, at
// most 5 in a row, and an oversized answer, a loop or a wrong-typed record is a permanent error
// (SyncError, one request, no retries); a stalled body times out. Local servers on 127.0.0.1.
import assert from 'node:assert/strict';
import { SyncError } from '../../server/src/data/sync/errors.js';
import { DEFAULT_CLIENT, ODataClient } from '../../server/src/data/sync/odata-client.js';
import { ReplayServer } from '../helpers/replay-server.js';

const PAGE = JSON.stringify({ value: [{ Id: 'a', Soort: 'Motie' }] });

function client(extra: Partial<typeof DEFAULT_CLIENT> = {}): ODataClient {
  return new ODataClient({ ...DEFAULT_CLIENT, pauseMs: 0, backoffMs: 0, maxRetries: 3, ...extra, sleep: async () => {} });
}

async function rejects(p: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof SyncError && pattern.test(e.message));
}

describe('hostile row 8: sync redirects, sizes, shapes and stalls', () => {
  const server = new ReplayServer();
  const other = new ReplayServer();
  before(async () => {
    await server.start();
    await other.start();
  });
  after(async () => {
    await server.close();
    await other.close();
  });
  const count = (path: string): number => server.requests.filter((r) => r.raw === path).length;

  it('refuses a redirect to another host without asking it (and without retrying)', async () => {
    other.setRaw('/elders', PAGE);
    server.route('/weg', (_req, res) => res.writeHead(302, { location: `${other.origin}/elders` }).end());
    await rejects(client().page(`${server.origin}/weg`), /verwijst door naar een andere server/);
    assert.equal(count('/weg'), 1);
    assert.equal(other.requests.length, 0);
  });

  it('follows a redirect on the same origin', async () => {
    server.setRaw('/hier', PAGE);
    server.route('/naar-hier', (_req, res) => res.writeHead(301, { location: '/hier' }).end());
    const page = await client().page(`${server.origin}/naar-hier`);
    assert.equal(page.value.length, 1);
  });

  it('stops a redirect loop at once, and a chain longer than 5', async () => {
    server.route('/kring-a', (_req, res) => res.writeHead(302, { location: '/kring-b' }).end());
    server.route('/kring-b', (_req, res) => res.writeHead(302, { location: '/kring-a' }).end());
    await rejects(client().page(`${server.origin}/kring-a`), /doorverwijzingen in een kring/);
    assert.equal(count('/kring-a'), 1);
    for (let i = 0; i < 8; i++) server.route(`/keten-${i}`, (_req, res) => res.writeHead(307, { location: `/keten-${i + 1}` }).end());
    await rejects(client().page(`${server.origin}/keten-0`), /meer dan 5 doorverwijzingen/);
    assert.equal(count('/keten-0'), 1);
  });

  it('refuses an answer over the size limit, declared or streamed, without retrying', async () => {
    const big = JSON.stringify({ value: [{ Id: 'x'.repeat(5000) }] });
    server.route('/groot', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(big));
    server.route('/groot-stroom', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      res.write(big.slice(0, 2000));
      res.end(big.slice(2000));
    });
    await rejects(client({ maxBodyBytes: 1000 }).page(`${server.origin}/groot`), /groter dan 1000 bytes/);
    await rejects(client({ maxBodyBytes: 1000 }).page(`${server.origin}/groot-stroom`), /groter dan 1000 bytes/);
    assert.equal(count('/groot'), 1);
    assert.equal(count('/groot-stroom'), 1);
  });

  it('refuses a wrong-typed record or "value" without retrying', async () => {
    server.setRaw('/raar-record', JSON.stringify({ value: [{ Id: 'a' }, 5] }));
    server.setRaw('/raar-value', JSON.stringify({ value: 'alles' }));
    await rejects(client().page(`${server.origin}/raar-record`), /record 2 is geen object/);
    await rejects(client().page(`${server.origin}/raar-value`), /geen "value"-lijst/);
    assert.equal(count('/raar-record'), 1);
    assert.equal(count('/raar-value'), 1);
  });

  it('times out a body that stalls halfway', async () => {
    server.route('/stokt', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"value":[{"Id":"a"'); // and then nothing
    });
    await rejects(client({ timeoutMs: 300, maxRetries: 0 }).page(`${server.origin}/stokt`), /geen antwoord binnen 300 ms/);
  });
});

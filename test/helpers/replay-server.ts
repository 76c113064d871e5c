// A local OData stand-in on 127.0.0.1 that replays real Gegevensmagazijn payloads page by page,
// records every request and injects faults (HTTP 500, 429, time-out, truncated JSON, hang).
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export const REAL_ORIGIN = 'https://gegevensmagazijn.tweedekamer.nl';
const PREFIX = '/OData/v4/2.0/';

export interface ReplayRequest {
  /** Path + query exactly as received. */
  raw: string;
  set: string;
  params: URLSearchParams;
  /** 0-based page this request asked for (by $skiptoken), or -1 for a raw route. */
  page: number;
}

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'truncated' }
  | { kind: 'hang' };

interface FaultRule {
  when: (req: ReplayRequest) => boolean;
  fault: Fault;
  times: number;
}

export class ReplayServer {
  readonly requests: ReplayRequest[] = [];
  private readonly pages = new Map<string, Record<string, unknown>[][]>();
  private readonly raw = new Map<string, string>();
  private readonly faults: FaultRule[] = [];
  private readonly routes = new Map<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>();
  private readonly waiters: { when: (r: ReplayRequest) => boolean; resolve: (r: ReplayRequest) => void }[] = [];
  private server: http.Server | https.Server | null = null;
  origin = '';

  /** The endpoint to give the client: http://127.0.0.1:PORT/OData/v4/2.0/ */
  get endpoint(): string {
    return this.origin + PREFIX;
  }

  /** Plain http, or https with the given key and certificate (for the proxy tests' CONNECT tunnel). */
  async start(tls?: { key: string; cert: string }): Promise<this> {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => this.handle(req, res);
    this.server = tls ? https.createServer(tls, handler) : http.createServer(handler);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `${tls ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** Serve these rows as consecutive pages of one entity set, linked by $skiptoken=Id-<last Id>. */
  setPages(set: string, pages: Record<string, unknown>[][]): void {
    this.pages.set(set, pages);
  }

  /** Serve a real response body verbatim, with the real host in its links rewritten to this server. */
  setRaw(pathAndQuery: string, body: string): void {
    this.raw.set(pathAndQuery, body.split(REAL_ORIGIN).join(this.origin));
  }

  /** Answer one path (+ query) by hand: redirects, huge or stalled bodies (the hostile-input tests). */
  route(pathAndQuery: string, handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): void {
    this.routes.set(pathAndQuery, handler);
  }

  fault(when: (req: ReplayRequest) => boolean, fault: Fault, times = 1): void {
    this.faults.push({ when, fault, times });
  }

  /** Resolves when a matching request arrives (the test's sync point for killing a child). */
  waitFor(when: (req: ReplayRequest) => boolean): Promise<ReplayRequest> {
    const hit = this.requests.find(when);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => this.waiters.push({ when, resolve }));
  }

  requestsFor(set: string): ReplayRequest[] {
    return this.requests.filter((r) => r.set === set);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const rawUrl = req.url ?? '/';
    const url = new URL(rawUrl, this.origin);
    const set = url.pathname.startsWith(PREFIX) ? decodeURIComponent(url.pathname.slice(PREFIX.length)) : '';
    const pages = this.pages.get(set);
    const token = url.searchParams.get('$skiptoken');
    let page = -1;
    if (pages) page = token ? pages.findIndex((p) => `Id-${String(p[p.length - 1]?.Id)}` === token) + 1 : 0;
    const record: ReplayRequest = { raw: rawUrl, set, params: url.searchParams, page };
    this.requests.push(record);
    for (const w of this.waiters.splice(0)) {
      if (w.when(record)) w.resolve(record);
      else this.waiters.push(w);
    }

    const route = this.routes.get(rawUrl);
    if (route) return route(req, res);
    let body: string | null = null;
    if (this.raw.has(rawUrl)) body = this.raw.get(rawUrl)!;
    else if (pages && page >= 0 && page < pages.length) {
      const rows = pages[page]!;
      const out: Record<string, unknown> = { '@odata.context': `${this.origin}${PREFIX}$metadata#${set}`, value: rows };
      if (page < pages.length - 1) {
        const q = new URLSearchParams(url.search);
        q.delete('$skiptoken');
        const rest = q.toString();
        out['@odata.nextLink'] = `${this.origin}${url.pathname}?${rest ? rest + '&' : ''}$skiptoken=Id-${String(rows[rows.length - 1]?.Id)}`;
      }
      body = JSON.stringify(out);
    }

    const rule = this.faults.find((f) => f.times > 0 && f.when(record));
    if (rule) {
      rule.times--;
      const f = rule.fault;
      if (f.kind === 'hang') return; // never answers; the client's time-out (or close()) ends it
      if (f.kind === 'status') {
        res.writeHead(f.status, { 'content-type': 'application/json', ...f.headers });
        res.end(JSON.stringify({ error: { code: String(f.status), message: 'replay fault' } }));
        return;
      }
      const whole = body ?? '{"value":[]}';
      res.writeHead(200, { 'content-type': 'application/json; odata.metadata=minimal' });
      res.end(whole.slice(0, Math.floor(whole.length / 2)));
      return;
    }
    if (body === null) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: '404', message: `no replay for ${rawUrl}` } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; odata.metadata=minimal' });
    res.end(body);
  }
}

/** Split rows into pages of `size`. */
export function paginate<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

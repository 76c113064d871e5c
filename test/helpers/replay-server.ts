// A local OData stand-in on 127.0.0.1 for the Gegevensmagazijn. Two ways to answer a set:
// - honest (`records`): it parses $filter/$orderby/$expand/$select, refuses with 400 what the real
//   $metadata does not allow, answers from its records by the filter and pages with the real
//   server's $skiptoken ("Id-<guid>", or "<Prop>-<literal>,Id-<guid>" under an $orderby);
// - scripted (`setPages`): fixed pages in order (the query is still checked against $metadata).
// It records every request and injects faults (HTTP 500, 429, time-out, truncated JSON, hang).
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { ODataQueryError, type Row } from './odata/filter.js';
import { tkModel } from './odata/metadata.js';
import { parseQuery, sortRows, compareValues, project, type QueryOptions } from './odata/options.js';
import { evaluate } from './odata/filter.js';
import { ODataWorld } from './odata/world.js';

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
  /** The records honest answers come from (see `records`). */
  readonly world = new ODataWorld(tkModel());
  /** Entities per page in honest answers (the real server: 250). */
  pageSize = 250;
  /** Refuse a $skiptoken on anything but Id with 400 (a server whose sorted paging is broken). */
  rejectSortedSkiptoken = false;
  /** Refuse any $select, also inside $expand, with 400 (a server without $select support). */
  rejectSelect = false;
  /** The server's clock, sent as the Date header (default: the real time). */
  clock: () => Date = () => new Date();
  private readonly hooks: ((req: ReplayRequest) => void)[] = [];

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

  /** Answer this entity set honestly from `world` (rows may carry expanded navigations). */
  records(set: string, rows: readonly Record<string, unknown>[]): void {
    this.world.add(set, rows);
  }

  /** Runs before each request is answered (a test changes the records between two pages here). */
  onRequest(hook: (req: ReplayRequest) => void): void {
    this.hooks.push(hook);
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

    for (const h of this.hooks) h(record);

    const route = this.routes.get(rawUrl);
    if (route) {
      this.notify(record);
      return route(req, res);
    }
    let body: string | null = null;
    const refuse = (message: string): void => {
      this.notify(record);
      res.writeHead(400, { 'content-type': 'application/json', date: this.clock().toUTCString() });
      res.end(JSON.stringify({ error: { code: '', message } }));
    };
    let options: QueryOptions | null = null;
    if (!this.raw.has(rawUrl) && (pages || this.world.has(set))) {
      if (this.rejectSelect && [...url.searchParams].some(([k, v]) => k === '$select' || (k === '$expand' && v.includes('$select=')))) {
        return refuse("The query option '$select' is not allowed.");
      }
      try {
        options = parseQuery(tkModel(), set, url.searchParams);
      } catch (err) {
        if (err instanceof ODataQueryError) return refuse(err.message);
        throw err;
      }
    }
    if (this.raw.has(rawUrl)) body = this.raw.get(rawUrl)!;
    else if (!pages && options && this.world.has(set)) {
      try {
        const answer = this.answer(set, url, options);
        record.page = answer.page;
        body = answer.body;
      } catch (err) {
        if (err instanceof ODataQueryError) return refuse(err.message);
        throw err;
      }
    } else if (pages && page >= 0 && page < pages.length) {
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

    // Waiters see the request with its page known (honest answers compute it from the $skiptoken).
    this.notify(record);
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
    res.writeHead(200, { 'content-type': 'application/json; odata.metadata=minimal', date: this.clock().toUTCString() });
    res.end(body);
  }

  private notify(record: ReplayRequest): void {
    for (const w of this.waiters.splice(0)) {
      if (w.when(record)) w.resolve(record);
      else this.waiters.push(w);
    }
  }

  /** An honest page: filter, order, continue after the $skiptoken, project, link the next page. */
  private answer(set: string, url: URL, o: QueryOptions): { body: string; page: number } {
    const model = tkModel();
    const nav = this.world.navigate;
    let rows = this.world.all(set).filter((r) => !o.filter || evaluate(model, set, o.filter, r, nav) === true);
    const keys = o.orderby.length ? o.orderby : [{ prop: 'Id', desc: false }];
    rows = sortRows(rows, keys);
    const token = url.searchParams.get('$skiptoken');
    let skipped = 0;
    if (token) {
      const after = parseSkiptoken(token, keys.map((k) => k.prop).concat(keys.some((k) => k.prop === 'Id') ? [] : ['Id']));
      if (this.rejectSortedSkiptoken && after.some(([p]) => p !== 'Id')) {
        throw new ODataQueryError(`The skiptoken value '${token}' cannot be applied: only Id is supported.`);
      }
      const all = [...keys, ...(keys.some((k) => k.prop === 'Id') ? [] : [{ prop: 'Id', desc: false }])];
      const isAfter = (r: Row): boolean => {
        for (let i = 0; i < all.length; i++) {
          const c = compareValues(r[all[i]!.prop], after[i]![1]);
          if (c) return all[i]!.desc ? c < 0 : c > 0;
        }
        return false;
      };
      const before = rows.length;
      rows = rows.filter(isAfter);
      skipped = before - rows.length;
    }
    const limit = o.top !== null ? Math.min(o.top, this.pageSize) : this.pageSize;
    const pageRows = rows.slice(0, limit);
    const out: Record<string, unknown> = {
      '@odata.context': `${this.origin}${PREFIX}$metadata#${set}`,
      value: pageRows.map((r) => project(model, set, r, o, nav)),
    };
    if (rows.length > limit && o.top === null) {
      const last = pageRows[pageRows.length - 1]!;
      const q = new URLSearchParams(url.search);
      q.delete('$skiptoken');
      const parts = [...keys.filter((k) => k.prop !== 'Id').map((k) => `${k.prop}-${literal(last[k.prop])}`), `Id-${String(last.Id)}`];
      const rest = [...q].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
      out['@odata.nextLink'] = `${this.origin}${url.pathname}?${rest ? rest + '&' : ''}$skiptoken=${encodeURIComponent(parts.join(','))}`;
    }
    return { body: JSON.stringify(out), page: Math.round(skipped / this.pageSize) };
  }
}

/** "ApiGewijzigdOp-2025-09-24T13:00:30.1251567Z,Id-4ad4…" → [[prop, value]…] in the order's keys. */
function parseSkiptoken(token: string, props: string[]): [string, unknown][] {
  const parts = token.split(',').map((p) => {
    const dash = p.indexOf('-');
    if (dash <= 0) throw new ODataQueryError(`Invalid skiptoken '${token}'.`);
    const value = p.slice(dash + 1);
    return [p.slice(0, dash), value === 'null' ? null : value.startsWith("'") ? value.slice(1, -1).replace(/''/g, "'") : /^-?\d+$/.test(value) ? Number(value) : value] as [string, unknown];
  });
  if (parts.map(([p]) => p).join(',') !== props.join(',')) throw new ODataQueryError(`The skiptoken '${token}' does not match the $orderby of the request.`);
  return parts;
}

/** A value as an OData URI literal inside a skiptoken (strings quoted, instants and GUIDs bare). */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}T|^[0-9a-f]{8}-/i.test(v) ? v : `'${v.replace(/'/g, "''")}'`;
  return String(v);
}

/** Split rows into pages of `size`. */
export function paginate<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

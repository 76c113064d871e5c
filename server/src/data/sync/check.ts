// `kamerbrief sync --check`: one request per query a (weekly, incremental) sync would send, against
// the configured endpoint, and what answered. Shows on the real API whether every $filter, $select,
// nested $expand and the sorted next link work, before a long first sync depends on them.
import { SyncError } from './errors.js';
import { DEFAULT_CLIENT, ODataClient } from './odata-client.js';
import type { ProxyTransport } from './proxy-fetch.js';
import { proxyFor, proxySettings, type EditorProxy } from './proxy-settings.js';
import { minusMargin, PASSES, SET_LABEL, type PassContext } from './queries.js';
import { toezeggingUrl } from './toezeggingen.js';

export interface CheckRow {
  /** Dutch name of the query. */
  stap: string;
  url: string;
  /** HTTP status, or null when no answer came (network, time-out). */
  status: number | null;
  rows: number | null;
  ms: number;
  bytes: number | null;
  /** Dutch reason when it failed or was skipped. */
  fout: string | null;
}

export interface CheckOptions {
  endpoint: string;
  dossiers?: number[];
  pauseMs?: number;
  timeoutMs?: number;
  now?: () => Date;
  fetch?: typeof fetch;
  proxy?: EditorProxy | null;
  env?: Readonly<Record<string, string | undefined>>;
  sleep?: (ms: number) => Promise<void>;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export async function checkQueries(o: CheckOptions): Promise<CheckRow[]> {
  const endpoint = o.endpoint.endsWith('/') ? o.endpoint : o.endpoint + '/';
  const now = (o.now ?? (() => new Date()))();
  const weekAgo = minusMargin(now.toISOString(), WEEK_MS);
  const proxy = o.fetch ? null : proxyFor(endpoint, proxySettings(o.env ?? process.env, o.proxy ?? null));
  let transport: ProxyTransport | null = null;
  try {
    if (proxy) transport = (await import('./proxy-fetch.js')).proxyTransport(proxy);
    const client = new ODataClient({
      ...DEFAULT_CLIENT,
      maxRetries: 1,
      ...(o.pauseMs !== undefined && { pauseMs: o.pauseMs }),
      ...(o.timeoutMs !== undefined && { timeoutMs: o.timeoutMs }),
      sleep: o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      ...(o.fetch && { fetch: o.fetch }),
      ...(transport && { fetch: transport.fetch }),
    });
    const ctx: PassContext = {
      endpoint,
      dossiers: o.dossiers ?? [],
      bounds: { Zaak: weekAgo, Document: weekAgo },
      deletionBounds: { Zaak: weekAgo, Document: weekAgo },
      runStartBound: minusMargin(now.toISOString()),
      affected: [],
    };
    const rows: Asked[] = [];
    let zaakId: string | null = null;
    for (const def of PASSES) {
      if (!def.runs(ctx)) continue;
      const stap = SET_LABEL[def.name] ?? def.name;
      if (def.kind === 'reread') {
        if (!zaakId) {
          rows.push({ stap, url: '', status: null, rows: null, ms: 0, bytes: null, fout: 'overgeslagen: de motievraag gaf geen Zaak om opnieuw te lezen' });
          continue;
        }
        const [url] = def.urls({ ...ctx, affected: [zaakId] });
        rows.push(await ask(client, stap, url!));
        continue;
      }
      const url = def.urls(ctx)[0]!;
      const row = await ask(client, stap, url, (page) => {
        if (def.name === 'Zaak') zaakId = typeof page.value[0]?.Id === 'string' ? page.value[0].Id : null;
        return page.nextLink;
      });
      rows.push(row);
      // The sorted next link has never been seen working live: follow it once.
      if (row.next && def.name === 'Zaak') rows.push(await ask(client, `${stap} (volgende pagina)`, row.next));
    }
    // The toezeggingen register is read after the passes (toezeggingen.ts): its weekly query too.
    rows.push(await ask(client, 'toezeggingen', toezeggingUrl(endpoint, weekAgo)));
    return rows.map(({ next: _next, ...r }) => r);
  } finally {
    await transport?.close();
  }
}

type Asked = CheckRow & { next?: string | null };

async function ask(client: ODataClient, stap: string, url: string, seen?: (p: { value: Record<string, unknown>[]; nextLink: string | null }) => string | null): Promise<Asked> {
  const t0 = performance.now();
  try {
    const page = await client.page(url);
    const next = seen?.(page) ?? null;
    return { stap, url, status: 200, rows: page.value.length, ms: Math.round(performance.now() - t0), bytes: page.bytes, fout: null, next };
  } catch (err) {
    const ms = Math.round(performance.now() - t0);
    const status = err instanceof SyncError ? err.status : null;
    return { stap, url, status, rows: null, ms, bytes: null, fout: (err as Error).message };
  }
}

/** The table as the CLI prints it (Dutch headings, one line per request). */
export function formatCheck(endpoint: string, rows: readonly CheckRow[]): string {
  const w = Math.max(4, ...rows.map((r) => r.stap.length));
  const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - s.length));
  const lpad = (s: string, n: number): string => ' '.repeat(Math.max(0, n - s.length)) + s;
  const lines = [`Controle van ${endpoint} (de vragen van een wekelijkse sync, één verzoek per vraag):`, '', `${pad('stap', w)}  status  rijen      ms      bytes`];
  for (const r of rows) {
    const status = r.status === null ? (r.fout?.startsWith('overgeslagen') ? '-' : 'fout') : String(r.status);
    lines.push(`${pad(r.stap, w)}  ${lpad(status, 6)}  ${lpad(r.rows === null ? '-' : String(r.rows), 5)}  ${lpad(String(r.ms), 6)}  ${lpad(r.bytes === null ? '-' : String(r.bytes), 9)}`);
  }
  const failed = rows.filter((r) => r.status !== 200 && !r.fout?.startsWith('overgeslagen'));
  lines.push('');
  if (failed.length === 0) lines.push(`Alle ${rows.length} vragen beantwoord.`);
  else {
    lines.push(`${failed.length} van ${rows.length} vragen mislukt:`);
    for (const f of failed) lines.push(`- ${f.stap}: ${f.fout}`);
  }
  for (const s of rows.filter((r) => r.fout?.startsWith('overgeslagen'))) lines.push(`- ${s.stap}: ${s.fout}`);
  return lines.join('\n') + '\n';
}

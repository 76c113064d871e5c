// A polite OData v4 client: one request at a time, a pause between pages, retries with backoff.
import { ProxyFault, SyncError } from './errors.js';

export interface ClientOptions {
  /** Pause before every request after the first (polite pacing). */
  pauseMs: number;
  /** Time-out per request, body included. */
  timeoutMs: number;
  /** Retries after the first attempt, for 429, 5xx, network faults, time-outs and broken JSON. */
  maxRetries: number;
  /** First backoff step; doubles per retry, capped at maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Largest answer accepted, in bytes; a bigger one is a permanent error (not a retry). */
  maxBodyBytes: number;
  /** Redirects followed per request, each only to the same origin. */
  maxRedirects: number;
  /** Injected in tests so waits cost nothing; receives every pause, backoff and Retry-After. */
  sleep: (ms: number) => Promise<void>;
  /** Called before a retry, for progress lines. */
  onRetry?: (info: { url: string; attempt: number; waitMs: number; reason: string }) => void;
  fetch?: typeof fetch;
}

export const DEFAULT_CLIENT: Omit<ClientOptions, 'sleep'> = {
  pauseMs: 150,
  timeoutMs: 60_000,
  maxRetries: 6,
  backoffMs: 1000,
  maxBackoffMs: 60_000,
  maxBodyBytes: 512 * 1024 * 1024,
  maxRedirects: 5,
};

export interface ODataPage {
  value: Record<string, unknown>[];
  nextLink: string | null;
  /** The server's Date header, when it sent one. */
  date: string | null;
  /** Size of the answer body. */
  bytes: number;
}

/** A fault worth another try; the message is Dutch and ends up in the final error. */
class Retryable extends Error {
  constructor(message: string, readonly waitMs: number | null = null) {
    super(message);
  }
}

export class ODataClient {
  private requests = 0;

  constructor(private readonly opts: ClientOptions) {}

  /** GET one page; follows no links itself. */
  async page(url: string): Promise<ODataPage> {
    if (this.requests++ > 0 && this.opts.pauseMs > 0) await this.opts.sleep(this.opts.pauseMs);
    let last = '';
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(url);
      } catch (err) {
        if (!(err instanceof Retryable)) throw err;
        last = err.message;
        if (attempt >= this.opts.maxRetries) break;
        const backoff = Math.min(this.opts.maxBackoffMs, this.opts.backoffMs * 2 ** attempt);
        const waitMs = err.waitMs ?? backoff;
        this.opts.onRetry?.({ url, attempt: attempt + 1, waitMs, reason: err.message });
        await this.opts.sleep(waitMs);
      }
    }
    throw new SyncError(`het Gegevensmagazijn gaf na ${this.opts.maxRetries + 1} pogingen geen bruikbaar antwoord (${last}); probeer het later opnieuw, de sync gaat dan verder waar hij stopte`);
  }

  private async once(url: string): Promise<ODataPage> {
    let res: Response;
    let text: string;
    try {
      // The signal covers the body too: a server that stalls halfway through a page is a time-out as well.
      const signal = AbortSignal.timeout(this.opts.timeoutMs);
      res = await this.fetchFollowing(url, signal);
      text = await readLimited(res, this.opts.maxBodyBytes, url);
    } catch (err) {
      const e = err as Error;
      if (e instanceof SyncError) throw e; // a proxy that refuses, a bad redirect, an oversized answer: retrying will not help
      if (e instanceof ProxyFault) throw new Retryable(e.message);
      if (e?.name === 'TimeoutError' || e?.name === 'AbortError') throw new Retryable(`geen antwoord binnen ${this.opts.timeoutMs} ms`);
      throw new Retryable(`netwerkfout: ${describeCause(e)}`);
    }
    if (res.status === 429) throw new Retryable('te veel verzoeken (HTTP 429)', retryAfterMs(res.headers.get('retry-after'), this.opts.maxBackoffMs));
    if (res.status >= 500) throw new Retryable(`serverfout HTTP ${res.status}`, retryAfterMs(res.headers.get('retry-after'), this.opts.maxBackoffMs));
    if (res.status !== 200) {
      throw new SyncError(`het Gegevensmagazijn weigerde het verzoek (HTTP ${res.status}): ${excerpt(text)} — ${url}`, res.status);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Retryable(`onvolledig of ongeldig JSON-antwoord (${text.length} tekens)`);
    }
    // Complete JSON of the wrong shape will not improve by asking again.
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SyncError(`onverwacht antwoord van het Gegevensmagazijn (geen object) — ${url}`);
    const value = (body as { value?: unknown }).value;
    if (!Array.isArray(value)) throw new SyncError(`onverwacht antwoord van het Gegevensmagazijn (geen "value"-lijst) — ${url}`);
    const bad = value.findIndex((v) => typeof v !== 'object' || v === null || Array.isArray(v));
    if (bad >= 0) throw new SyncError(`onverwacht antwoord van het Gegevensmagazijn: record ${bad + 1} is geen object (${excerpt(JSON.stringify(value[bad]) ?? '')}) — ${url}`);
    const next = (body as Record<string, unknown>)['@odata.nextLink'];
    return {
      value: value as Record<string, unknown>[],
      nextLink: typeof next === 'string' && next ? next : null,
      date: res.headers.get('date'),
      bytes: Buffer.byteLength(text),
    };
  }

  /** GET with redirects followed by hand: only to the same origin, at most maxRedirects times, no loops. */
  private async fetchFollowing(url: string, signal: AbortSignal): Promise<Response> {
    const doFetch = this.opts.fetch ?? fetch;
    const seen = new Set<string>([url]);
    let current = url;
    for (let hop = 0; ; hop++) {
      const res = await doFetch(current, {
        headers: { accept: 'application/json', 'user-agent': 'kamerbrief-sync/0.1 (+offline linter)' },
        redirect: 'manual',
        signal,
      });
      if (res.status < 300 || res.status >= 400 || res.status === 304) return res;
      await res.body?.cancel().catch(() => {});
      const location = res.headers.get('location');
      if (!location) throw new SyncError(`doorverwijzing (HTTP ${res.status}) zonder adres — ${current}`);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new SyncError(`ongeldige doorverwijzing (HTTP ${res.status}) naar "${excerpt(location)}" — ${current}`);
      }
      if (next.origin !== new URL(url).origin) throw new SyncError(`het Gegevensmagazijn verwijst door naar een andere server (${next.origin}); sync afgebroken`);
      if (seen.has(next.href)) throw new SyncError(`doorverwijzingen in een kring (${next.href}); sync afgebroken`);
      if (hop + 1 > this.opts.maxRedirects) throw new SyncError(`meer dan ${this.opts.maxRedirects} doorverwijzingen na elkaar; sync afgebroken`);
      seen.add(next.href);
      current = next.href;
    }
  }
}

/** The body as text, refused (permanently) as soon as it grows past `max` bytes. */
async function readLimited(res: Response, max: number, url: string): Promise<string> {
  const tooBig = (): SyncError => new SyncError(`antwoord van het Gegevensmagazijn is groter dan ${formatBytes(max)}; sync afgebroken — ${url}`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => {});
    throw tooBig();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, total)); // as res.text(): BOM dropped, bad bytes replaced
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${n} bytes`;
}

/** Retry-After in seconds or as an HTTP date, capped; null when absent or unreadable. */
export function retryAfterMs(header: string | null, capMs: number, now = Date.now()): number | null {
  if (!header) return null;
  const h = header.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(h)) ms = Number(h) * 1000;
  else {
    const at = Date.parse(h);
    if (Number.isNaN(at)) return null;
    ms = at - now;
  }
  return Math.max(0, Math.min(capMs, Math.round(ms)));
}

function describeCause(e: Error): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? e?.message ?? String(e);
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? t.slice(0, 200) + '…' : t || '(leeg)';
}

/** The next page must stay on the endpoint's origin: a nextLink is followed verbatim, never elsewhere. */
export function checkSameOrigin(link: string, endpoint: string): string {
  let a: URL;
  try {
    a = new URL(link);
  } catch {
    throw new SyncError(`ongeldige vervolglink van het Gegevensmagazijn: ${link}`);
  }
  if (a.origin !== new URL(endpoint).origin) throw new SyncError(`vervolglink wijst naar een andere server (${a.origin}); sync afgebroken`);
  return link;
}

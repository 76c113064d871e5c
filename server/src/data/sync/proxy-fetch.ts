// fetch through a proxy, with undici's ProxyAgent (Node 20's built-in fetch ignores proxy settings).
// An https target goes through an HTTP CONNECT tunnel; an http target is sent to the proxy as an
// absolute-URI request, as curl does. Credentials in the proxy URL become Proxy-Authorization: Basic.
// A proxy that refuses is a SyncError with a Dutch message (no retries); a proxy fault that may pass
// (5xx, unreachable) is a ProxyFault, which the client retries like any network fault.
// Loaded only when a proxy is used (sync.ts imports it dynamically): undici is large, and
// every other command would pay for loading it.
import { fetch as undiciFetch, ProxyAgent, type RequestInit as UndiciRequestInit } from 'undici';
import { ProxyFault, SyncError } from './errors.js';
import type { ProxyChoice } from './proxy-settings.js';

export interface ProxyTransport {
  fetch: typeof fetch;
  close(): Promise<void>;
}

export function proxyTransport(proxy: ProxyChoice): ProxyTransport {
  const agent = new ProxyAgent({ uri: proxy.shown, proxyTunnel: false, ...(proxy.authorization && { token: proxy.authorization }) });
  const viaProxy = (async (input: string | URL | Request, init?: RequestInit) => {
    try {
      return await undiciFetch(String(input instanceof Request ? input.url : input), { ...(init as UndiciRequestInit), dispatcher: agent });
    } catch (err) {
      throw proxyError(err, proxy) ?? err;
    }
  }) as unknown as typeof fetch;
  // destroy, not close: after a sync nothing is pending, and a stalled request must not hold the exit.
  return { fetch: viaProxy, close: () => agent.destroy() };
}

/** A Dutch error for what went wrong at the proxy, or null when the failure lies elsewhere. */
function proxyError(err: unknown, proxy: ProxyChoice): Error | null {
  const e = err as { name?: string };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return null;
  // fetch wraps undici's error once or twice ("fetch failed" → "Request was cancelled" → the reason).
  const chain: { code?: unknown; message?: unknown }[] = [];
  for (let c = (err as { cause?: unknown })?.cause; c && typeof c === 'object' && chain.length < 5; c = (c as { cause?: unknown }).cause) chain.push(c);
  const message = chain.map((c) => String(c.message ?? '')).join(' | ');
  // undici's words: "Proxy response (407) !== 200 when HTTP Tunneling" for CONNECT,
  // "Proxy Authentication Required (407)" for a plain request.
  const status = Number(/Proxy response \((\d{3})\)/.exec(message)?.[1] ?? (/Proxy Authentication Required/.test(message) ? 407 : 0));
  const where = `de proxy ${proxy.shown} (uit ${proxy.from})`;
  if (status === 407) {
    return new SyncError(proxy.authorization
      ? `${where} weigert de aanmelding (HTTP 407): controleer gebruikersnaam en wachtwoord in het proxyadres`
      : `${where} vraagt om aanmelding (HTTP 407): zet gebruikersnaam en wachtwoord in het proxyadres, bijvoorbeeld http://gebruiker:wachtwoord@proxy.example.nl:8080`);
  }
  if (status >= 500) return new ProxyFault(`${where} gaf HTTP ${status}`);
  if (status) return new SyncError(`${where} weigerde de verbinding (HTTP ${status})`);
  const code = chain.map((c) => c.code).find((c): c is string => typeof c === 'string');
  if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)$/.test(code)) {
    return new ProxyFault(`${where} is niet bereikbaar (${code})`);
  }
  return null;
}

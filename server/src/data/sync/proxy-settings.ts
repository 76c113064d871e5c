// Which proxy the sync uses for a URL: the editor's http.proxy / http.noProxy when given, else the
// environment (https_proxy, HTTPS_PROXY, http_proxy, HTTP_PROXY, no_proxy, NO_PROXY; lower case
// first, as curl reads them). NO_PROXY follows curl: a comma (or space) list of host names matched
// as the host itself or a domain containing it (a leading "." or "*." is ignored), "*" for all,
// IP addresses also in CIDR notation; beyond curl, "host:port" matches only that port.
import net from 'node:net';
import { SyncError } from './errors.js';

/** Proxy settings from the editor (VS Code's http.proxy and http.noProxy); they win over the environment. */
export interface EditorProxy {
  proxy?: string | null;
  noProxy?: readonly string[] | null;
}

export interface ProxySettings {
  http: ProxySource | null;
  https: ProxySource | null;
  noProxy: string;
}

interface ProxySource {
  url: string;
  /** Where the value came from, named in messages: "HTTPS_PROXY", "de instelling http.proxy", … */
  from: string;
}

/** The proxy chosen for one URL. */
export interface ProxyChoice {
  /** The proxy's URL without credentials: for the agent and for messages. */
  shown: string;
  /** Proxy-Authorization value from the credentials in the URL (percent-decoded), or null. */
  authorization: string | null;
  from: string;
}

/** The editor's proxy settings as they arrive over the wire: only strings are taken. */
export function editorProxyFrom(value: unknown): EditorProxy | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { proxy?: unknown; noProxy?: unknown };
  return {
    proxy: typeof v.proxy === 'string' ? v.proxy : null,
    noProxy: Array.isArray(v.noProxy) ? v.noProxy.filter((s): s is string => typeof s === 'string') : null,
  };
}

type Env = Readonly<Record<string, string | undefined>>;

export function proxySettings(env: Env, editor: EditorProxy | null = null): ProxySettings {
  const fromEnv = (...names: string[]): ProxySource | null => {
    for (const name of names) {
      const v = env[name]?.trim();
      if (v) return { url: v, from: name };
    }
    return null;
  };
  const editorProxy = editor?.proxy?.trim();
  const editorNoProxy = (editor?.noProxy ?? []).map((s) => s.trim()).filter(Boolean);
  const viaEditor = editorProxy ? { url: editorProxy, from: 'de instelling http.proxy' } : null;
  return {
    http: viaEditor ?? fromEnv('http_proxy', 'HTTP_PROXY'),
    https: viaEditor ?? fromEnv('https_proxy', 'HTTPS_PROXY'),
    noProxy: editorNoProxy.length ? editorNoProxy.join(',') : (env.no_proxy ?? env.NO_PROXY ?? ''),
  };
}

/** The proxy for this URL, or null for a direct connection; a malformed proxy address is a SyncError. */
export function proxyFor(target: string, settings: ProxySettings): ProxyChoice | null {
  const url = new URL(target);
  const source = url.protocol === 'https:' ? settings.https : settings.http;
  if (!source) return null;
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  if (bypassesProxy(url.hostname, port, settings.noProxy)) return null;
  return parseProxy(source);
}

function parseProxy(source: ProxySource): ProxyChoice {
  // Like curl, a proxy without a scheme is an http proxy.
  const raw = /^[a-z][a-z0-9+.-]*:\/\//i.test(source.url) ? source.url : `http://${source.url}`;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new SyncError(`ongeldig proxyadres in ${source.from}: "${mask(source.url)}" (verwacht bijvoorbeeld http://proxy.example.nl:8080)`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new SyncError(`proxy in ${source.from} wordt niet ondersteund: ${u.protocol}// (alleen http:// of https://)`);
  }
  if (!u.hostname) throw new SyncError(`ongeldig proxyadres in ${source.from}: "${mask(source.url)}"`);
  let authorization: string | null = null;
  if (u.username || u.password) {
    // A user name without a password counts too (curl sends "user:").
    let pair: string;
    try {
      pair = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
    } catch {
      throw new SyncError(`ongeldig proxyadres in ${source.from}: gebruikersnaam of wachtwoord bevat een % zonder twee hexadecimale tekens erna (schrijf % als %25)`);
    }
    authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  }
  return { shown: `${u.protocol}//${u.host}`, authorization, from: source.from };
}

/** True when NO_PROXY (curl's reading, see the top of this file) sends this host:port direct. */
export function bypassesProxy(hostname: string, port: number, noProxy: string): boolean {
  const host = bare(hostname);
  const hostIp = net.isIP(host);
  for (const token of noProxy.split(/[\s,]+/)) {
    if (!token) continue;
    if (token === '*') return true;
    let entry = token.toLowerCase();
    let entryPort = 0;
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (withPort) {
      entry = withPort[1]!;
      entryPort = Number(withPort[2]);
    }
    if (entryPort && entryPort !== port) continue;
    entry = bare(entry);
    if (hostIp) {
      if (matchesIp(host, hostIp, entry)) return true;
      continue;
    }
    entry = entry.replace(/^\*?\./, '');
    if (entry && (host === entry || host.endsWith(`.${entry}`))) return true;
  }
  return false;
}

function matchesIp(host: string, family: number, entry: string): boolean {
  const [address = '', bits] = entry.split('/');
  if (net.isIP(address) !== family) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const list = new net.BlockList();
  if (bits === undefined) list.addAddress(address, type);
  else if (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)) list.addSubnet(address, Number(bits), type);
  else return false;
  return list.check(host, type);
}

/** Lower case, without IPv6 brackets or a trailing dot. */
function bare(host: string): string {
  return host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** A proxy address with its password hidden. */
function mask(value: string): string {
  return value.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

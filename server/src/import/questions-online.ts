// The questions of a zaak from the Tweede Kamer's open data (`kamerbrief vragen 2025Z01234`):
// the zaak's "Schriftelijke vragen" document (Document?$filter=… Zaak/any(…)) and its file
// (Document(<Id>)/resource), politely through the sync's OData client. Errors are Dutch and say
// what to do: a wrong number, no connection (then: give the file), a server that refuses. Through
// the proxy sync would use (HTTPS_PROXY/HTTP_PROXY/NO_PROXY): ministry networks have one.
import { SyncError } from '../data/sync/errors.js';
import { DEFAULT_CLIENT, ODataClient } from '../data/sync/odata-client.js';
import type { ProxyTransport } from '../data/sync/proxy-fetch.js';
import { proxyFor, proxySettings } from '../data/sync/proxy-settings.js';
import { ImportError } from './model.js';

/** A questions document is a few pages; anything bigger is not one. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface QuestionsFile {
  bytes: Uint8Array;
  /** "Document(<Id>)" for messages. */
  shown: string;
  onderwerp: string | null;
}

export interface OnlineOptions {
  endpoint: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Where the proxy variables come from (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

export function isZaakNumber(text: string): boolean {
  return /^\d{4}Z\d{5}$/i.test(text);
}

export async function fetchQuestions(zaak: string, options: OnlineOptions): Promise<QuestionsFile> {
  const endpoint = options.endpoint.endsWith('/') ? options.endpoint : options.endpoint + '/';
  if (!/^https?:\/\/[^/]/i.test(endpoint) || !URL.canParse(endpoint)) throw new ImportError(`--endpoint "${options.endpoint}" is geen http(s)-adres; bijvoorbeeld https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/`);
  const nummer = zaak.toUpperCase();
  let transport: ProxyTransport | null = null;
  try {
    const proxy = options.fetch ? null : proxyFor(endpoint, proxySettings(options.env ?? process.env));
    if (proxy) transport = (await import('../data/sync/proxy-fetch.js')).proxyTransport(proxy);
  } catch (err) {
    throw offlineOr(err, nummer);
  }
  try {
    return await fetchThrough(endpoint, nummer, options.timeoutMs ?? 30_000, options.fetch ?? transport?.fetch ?? fetch);
  } finally {
    await transport?.close();
  }
}

async function fetchThrough(endpoint: string, nummer: string, timeoutMs: number, doFetch: typeof fetch): Promise<QuestionsFile> {
  const client = new ODataClient({ ...DEFAULT_CLIENT, timeoutMs, maxRetries: 2, backoffMs: 500, maxBodyBytes: 5 * 1024 * 1024, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), fetch: doFetch });
  const filter = `Soort eq 'Schriftelijke vragen' and Verwijderd eq false and Zaak/any(z: z/Nummer eq '${nummer}')`;
  const url = `${endpoint}Document?$filter=${encodeURIComponent(filter)}&$select=Id,Soort,DocumentNummer,Onderwerp,Datum,ContentType&$orderby=Datum`;
  let rows: Record<string, unknown>[];
  try {
    rows = (await client.page(url)).value;
  } catch (err) {
    throw offlineOr(err, nummer);
  }
  const doc = rows.find((r) => typeof r['Id'] === 'string');
  if (!doc) throw new ImportError(`zaak ${nummer}: geen schriftelijke vragen gevonden in de open data van de Kamer; controleer het zaaknummer (zoals 2025Z01234) of geef het bestand met de vragen`);
  const id = String(doc['Id']);
  const shown = `Document(${id})`;
  const bytes = await fetchFile(`${endpoint}Document(${id})/resource`, shown, timeoutMs, doFetch, nummer);
  return { bytes, shown: `zaak ${nummer} (${shown})`, onderwerp: typeof doc['Onderwerp'] === 'string' ? doc['Onderwerp'] : null };
}

async function fetchFile(url: string, shown: string, timeoutMs: number, doFetch: typeof fetch, zaak: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await doFetch(url, { headers: { 'user-agent': 'kamerbrief-vragen/0.1' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw offlineOr(err, zaak);
  }
  if (res.status === 404) throw new ImportError(`zaak ${zaak}: het bestand van ${shown} staat niet in de open data (HTTP 404); geef het bestand met de vragen zelf`);
  if (res.status !== 200) throw new ImportError(`zaak ${zaak}: het Gegevensmagazijn gaf het bestand van ${shown} niet (HTTP ${res.status}); probeer het later opnieuw`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_FILE_BYTES) throw new ImportError(`zaak ${zaak}: het bestand van ${shown} is te groot (${Math.round(declared / 1024 / 1024)} MB)`);
  try {
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > MAX_FILE_BYTES) throw new ImportError(`zaak ${zaak}: het bestand van ${shown} is te groot`);
    return bytes;
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw offlineOr(err, zaak);
  }
}

/** No connection (or a dropped one) → "werk je offline?"; a refusal by the server says so. */
function offlineOr(err: unknown, zaak: string): ImportError {
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof SyncError && !/netwerkfout|geen antwoord binnen/.test(message)) return new ImportError(`zaak ${zaak}: ${message}`);
  return new ImportError(`zaak ${zaak}: geen verbinding met het Gegevensmagazijn van de Kamer (${message.replace(/^het Gegevensmagazijn gaf na \d+ pogingen geen bruikbaar antwoord \(|\); probeer het later opnieuw.*$/g, '')}); werk je offline, geef dan het bestand met de vragen: kamerbrief vragen kv-tk-${zaak}.xml`);
}

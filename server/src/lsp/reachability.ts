// Before a sync from the editor: can the data source (or the proxy in between) be reached at all?
// One TCP connection with a short time-out, so an offline machine gets one clear message within
// seconds instead of minutes of retries (the sync's retries are meant for a flaky network, not none).
import net from 'node:net';

export const PROBE_TIMEOUT_MS = 5000;

/** Null when a connection could be made; otherwise one Dutch sentence saying what failed. */
export function probeReachable(target: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.resolve(`ongeldig adres: "${target}"`);
  }
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const where = `${host}:${port}`;
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (problem: string | null): void => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(timeoutMs, () => done(`${where} geeft geen antwoord binnen ${Math.round(timeoutMs / 1000)} s; is er een netwerkverbinding?`));
    socket.once('connect', () => done(null));
    socket.once('error', (err: NodeJS.ErrnoException) => done(describe(err, where)));
  });
}

function describe(err: NodeJS.ErrnoException, where: string): string {
  switch (err.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `de naam ${where.replace(/:\d+$/, '')} is niet op te zoeken (geen netwerk of geen DNS)`;
    case 'ECONNREFUSED':
      return `${where} weigert de verbinding`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `${where} is niet bereikbaar (geen netwerk)`;
    default:
      return `${where} is niet bereikbaar (${err.code ?? err.message})`;
  }
}

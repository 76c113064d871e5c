// A tiny HTTP proxy on 127.0.0.1 for the sync tests: CONNECT tunnels (piped to the target port on
// 127.0.0.1) and absolute-URI requests (forwarded to 127.0.0.1). Whatever host a request names, it
// only ever reaches 127.0.0.1. It records every request with its Proxy-Authorization header, can
// demand credentials (407) and can refuse with any status.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** "host:port" for CONNECT, the absolute URI otherwise. */
  target: string;
  authorization: string | null;
}

export class TestProxy {
  readonly seen: ProxiedRequest[] = [];
  /** Expected Proxy-Authorization value; anything else gets 407. */
  requireAuth: string | null = null;
  /** Answer every request with this status instead of forwarding it. */
  refuseWith: number | null = null;
  private server: http.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.forward(req, res));
    this.server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => this.tunnel(req, client, head));
    this.server.on('connection', (s: net.Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    for (const s of this.sockets) s.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** The URL with credentials, as a user would put it in HTTPS_PROXY. */
  withCredentials(user: string, password: string): string {
    const u = new URL(this.url);
    u.username = user;
    u.password = password;
    return u.href;
  }

  /** The status to answer with, or null to pass the request on. */
  private verdict(req: http.IncomingMessage): number | null {
    const authorization = req.headers['proxy-authorization'] ?? null;
    this.seen.push({ method: req.method ?? '', target: req.url ?? '', authorization });
    if (this.refuseWith) return this.refuseWith;
    if (this.requireAuth !== null && authorization !== this.requireAuth) return 407;
    return null;
  }

  private tunnel(req: http.IncomingMessage, client: net.Socket, head: Buffer): void {
    this.sockets.add(client);
    const status = this.verdict(req);
    if (status) {
      const challenge = status === 407 ? 'Proxy-Authenticate: Basic realm="test"\r\n' : '';
      client.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${challenge}Content-Length: 0\r\n\r\n`);
      return;
    }
    const port = Number(/:(\d+)$/.exec(req.url ?? '')?.[1]);
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    this.sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const status = this.verdict(req);
    if (status) {
      res.writeHead(status, status === 407 ? { 'proxy-authenticate': 'Basic realm="test"' } : {});
      res.end();
      return;
    }
    const target = new URL(req.url ?? '');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = http.request({ host: '127.0.0.1', port: target.port || 80, method: req.method, path: target.pathname + target.search, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }
}

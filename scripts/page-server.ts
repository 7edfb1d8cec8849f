/**
 * Serves the sample pages on 127.0.0.1 and doubles as the browser's HTTP
 * proxy, so it sees every request the browser makes, whatever its origin
 * (page, content script, service worker). Requests for 127.0.0.1 are served;
 * any other host is refused and recorded.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Hosts that Debian's Chromium contacts on its own, with or without any
 * extension: its wrapper script (/etc/chromium.d/) turns on remote extension
 * updates and sets Google API keys, which bring update and sign-in checks.
 * They are the browser's, not Gloss's, and are reported apart.
 */
export const BROWSER_SERVICE_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com', 'clients2.google.com']);

export interface PageServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every URL the browser asked for, in order. */
  requests: string[];
  /** The requests for any host other than 127.0.0.1 and the browser's own services. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

/** `mounts` maps URL prefixes ("/", "/vendor/preact/") to folders. */
export async function startPageServer(mounts: Record<string, string>): Promise<PageServer> {
  const requests: string[] = [];
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);

  const serve = (pathname: string, res: ServerResponse) => {
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    const folder = prefix === undefined ? undefined : mounts[prefix];
    if (prefix === undefined || folder === undefined) return notFound(res);
    const relative = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    const file = path.resolve(folder, relative);
    if (!file.startsWith(path.resolve(folder)) || !existsSync(file) || !statSync(file).isFile()) return notFound(res);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    requests.push(url.href);
    if (url.hostname !== '127.0.0.1') {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('Refused: the test network has no host but 127.0.0.1.');
      return;
    }
    serve(url.pathname, res);
  });
  // HTTPS through a proxy arrives as CONNECT: record it and refuse.
  server.on('connect', (req: IncomingMessage, socket) => {
    requests.push(`https://${req.url ?? ''}`);
    // A tunnel's socket is ours once handed over: the browser may reset it as it is refused,
    // which would otherwise be an uncaught error in the test run. The request is recorded.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 502 Refused\r\n\r\n');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    foreignRequests: () =>
      requests.filter((request) => {
        const host = new URL(request).hostname;
        return host !== '127.0.0.1' && !BROWSER_SERVICE_HOSTS.has(host);
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}

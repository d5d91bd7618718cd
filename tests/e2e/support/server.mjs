// Local HTTP servers for the end-to-end tests, bound to 127.0.0.1 only.
//  - startServer(): serves ../shared under /shared/, the repo's tests/fixtures under /fixtures/, and
//    dynamic routes a test registers (hostile pages, live blogs), so tests never need the network.
//  - startCatcher(): a logging "proxy" that every non-loopback request of the browsers is pointed at.
//    It answers nothing useful (502 at once, so pages with live asset URLs load fast) but records every
//    host it was asked for — the proof that the extension makes no network request of its own.
import http from 'node:http';
import net from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.csv': 'text/csv; charset=utf-8',
};

/** URL prefix → folder on disk. Longest prefix wins; paths may not climb out of their folder. */
const mounts = [
  ['/shared/', sharedDir],
  ['/fixtures/', fixturesDir],
];

/**
 * Start the fixture server on 127.0.0.1 at `port` (default: a random one; a busy port falls back to random).
 * Returns { port, origin, url(path), route(path, handler|{html|body,type,status,headers}|string),
 * unroute(path), resetRoutes(), requests, close() }. `requests` lists every path served, in order.
 */
export async function startServer({ port: wantedPort = 0 } = {}) {
  const routes = new Map();
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push({ method: req.method, path: pathname, at: Date.now() });
    try {
      const route = routes.get(pathname);
      if (route) return await serveRoute(route, req, res);
      for (const [prefix, dir] of mounts) {
        if (!pathname.startsWith(prefix)) continue;
        const file = path.resolve(dir, '.' + pathname.slice(prefix.length - 1));
        if (!file.startsWith(dir + path.sep)) break;
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) break;
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        return res.end(body);
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`not found: ${pathname}`);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    }
  });
  await listen(server, wantedPort).catch(() => listen(server, 0));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    requests,
    /** Absolute URL on this server for a path such as '/fixtures/sample-article.html'. */
    url: (p) => origin + (p.startsWith('/') ? p : '/' + p),
    /** Serve `p` dynamically: a (req, res) handler, an HTML string, or {html|body, type, status, headers}. */
    route(p, handler) {
      routes.set(p, typeof handler === 'string' ? { html: handler } : handler);
      return origin + p;
    },
    unroute: (p) => routes.delete(p),
    resetRoutes: () => routes.clear(),
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function serveRoute(route, req, res) {
  if (typeof route === 'function') return route(req, res);
  const body = route.html ?? route.body ?? '';
  const type = route.type ?? (route.html !== undefined ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
  res.writeHead(route.status ?? 200, { 'content-type': type, 'cache-control': 'no-store', ...(route.headers ?? {}) });
  res.end(body);
}

/**
 * Start the logging catcher on 127.0.0.1 at a random port; browsers use it as their HTTP(S) proxy.
 * Every request is answered with 502 (CONNECT included) and recorded in `requests` as
 * {method, target, host, at}. `clear()` empties the log.
 */
export async function startCatcher() {
  const requests = [];
  const server = net.createServer((socket) => {
    let head = '';
    socket.setEncoding('latin1');
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      head += chunk;
      const end = head.indexOf('\r\n');
      if (end < 0 && head.length < 8192) return;
      const [method = '?', target = '?'] = head.slice(0, end < 0 ? 200 : end).split(' ');
      let host = target;
      try {
        host = method === 'CONNECT' ? target.split(':')[0] : new URL(target).hostname;
      } catch {
        // a malformed target is still worth recording as it came
      }
      requests.push({ method, target, host, at: Date.now() });
      socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
      socket.removeAllListeners('data');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    requests,
    clear: () => { requests.length = 0; },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

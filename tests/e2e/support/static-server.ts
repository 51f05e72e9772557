// Tiny static file server for the production build (`dist/`), with no dependency.
// Used by the e2e global setup and by `scripts/bench.ts`. It serves the app under a sub-path on
// purpose: the app must work from any directory of a static host (vite `base: './'`).
//
// CLI (e.g. for a manual Lighthouse run):
//   npx tsx tests/e2e/support/static-server.ts [--root dist] [--base /sous/chemin/] [--port 4173] [--gzip]
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface StaticServerOptions {
  /** Directory to serve (e.g. `dist`). */
  root: string;
  /** URL prefix the files are served under; always normalised to `/a/b/`. Default `/`. */
  basePath?: string;
  /** Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Default `0`: a free port chosen by the OS. */
  port?: number;
  /** Compress compressible responses with gzip when the client accepts it (like a real host). */
  gzip?: boolean;
  /** Called for every request, e.g. to log or count. */
  onRequest?: (info: { method: string; path: string; status: number; bytes: number }) => void;
}

export interface StaticServer {
  /** Full URL of the app, ending with `/`: `http://127.0.0.1:<port>/sous/chemin/`. */
  url: string;
  origin: string;
  basePath: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Content types by extension. Unknown extensions get `application/octet-stream`. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Extensions worth compressing (already-compressed formats are left alone). */
const COMPRESSIBLE = new Set([
  '.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.geojson', '.arrow', '.csv',
  '.txt', '.md', '.xml', '.wasm', '.pbf', '.svg', '.ico', '.ttf', '.otf',
]);

export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** `sous/chemin` → `/sous/chemin/`; `''` or `/` → `/`. */
export function normaliseBasePath(basePath = '/'): string {
  const trimmed = basePath.split('/').filter(Boolean).join('/');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Maps a request path to a file inside `root`, or returns null when the path is outside the
 * prefix, malformed, or tries to leave `root` (`..`, encoded `%2e%2e`, backslashes, NUL).
 */
export function resolveRequestPath(root: string, basePath: string, urlPath: string): string | null {
  if (!urlPath.startsWith(basePath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.slice(basePath.length));
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const absRoot = resolve(root);
  const target = resolve(absRoot, ...segments.filter(Boolean));
  const rel = relative(absRoot, target);
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const basePath = normaliseBasePath(options.basePath);
  const host = options.host ?? '127.0.0.1';
  // Gzip is done once per file version and kept: the wasm bundle is ~35 MB, and a benchmark must
  // not measure our compression time.
  const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ): void => {
    const buf = Buffer.from(body, 'utf8');
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(buf.length),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : buf);
    options.onRequest?.({ method: req.method ?? '', path: req.url ?? '', status, bytes: buf.length });
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      send(req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    let urlPath: string;
    try {
      urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      send(req, res, 400, 'Bad Request');
      return;
    }
    // `/sous/chemin` → `/sous/chemin/`, as static hosts do, so relative URLs resolve under the prefix.
    if (`${urlPath}/` === basePath) {
      send(req, res, 301, 'Moved Permanently', { Location: basePath });
      return;
    }
    const filePath = resolveRequestPath(root, basePath, urlPath);
    if (filePath === null) {
      send(req, res, 404, 'Not Found');
      return;
    }
    let target = filePath;
    let stats = statOrNull(target);
    if (stats?.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        send(req, res, 301, 'Moved Permanently', { Location: `${urlPath}/` });
        return;
      }
      target = resolve(target, 'index.html');
      stats = statOrNull(target);
    }
    if (!stats?.isFile()) {
      send(req, res, 404, 'Not Found');
      return;
    }

    const ext = extname(target).toLowerCase();
    const headers: Record<string, string> = {
      'Content-Type': contentTypeFor(target),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (options.gzip && COMPRESSIBLE.has(ext)) {
      headers['Vary'] = 'Accept-Encoding';
    }
    if (options.gzip && COMPRESSIBLE.has(ext) && acceptsGzip) {
      let cached = gzipCache.get(target);
      if (!cached || cached.mtimeMs !== stats.mtimeMs) {
        cached = { mtimeMs: stats.mtimeMs, body: gzipSync(readFileSync(target)) };
        gzipCache.set(target, cached);
      }
      headers['Content-Encoding'] = 'gzip';
      headers['Content-Length'] = String(cached.body.length);
      res.writeHead(200, headers);
      res.end(method === 'HEAD' ? undefined : cached.body);
      options.onRequest?.({ method, path: urlPath, status: 200, bytes: cached.body.length });
      return;
    }
    headers['Content-Length'] = String(stats.size);
    res.writeHead(200, headers);
    if (method === 'HEAD') {
      res.end();
    } else {
      createReadStream(target)
        .on('error', () => res.destroy())
        .pipe(res);
    }
    options.onRequest?.({ method, path: urlPath, status: 200, bytes: stats.size });
  };

  const server = createServer(handler);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    basePath,
    port,
    server,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

// Run directly: serve until Ctrl-C.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const srv = await startStaticServer({
    root: argValue(args, '--root') ?? 'dist',
    basePath: argValue(args, '--base') ?? '/sous/chemin/',
    port: Number(argValue(args, '--port') ?? 0),
    gzip: args.includes('--gzip'),
  });
  console.log(`Serving ${argValue(args, '--root') ?? 'dist'} at ${srv.url}`);
}

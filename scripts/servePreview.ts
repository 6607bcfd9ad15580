/**
 * Serves the built browser preview (dist/preview/, from `webpack --env preview`) on localhost with Node's own
 * http module: the preview is a static page that does everything in the browser, so no framework or upload handling is needed.
 *
 *   tsx scripts/servePreview.ts            # http://localhost:3000/ (PORT overrides)
 *
 * The end-to-end tests import startPreviewServer and pass port 0 to get a free port.
 */
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const PREVIEW_DIST = path.resolve(__dirname, '..', 'dist', 'preview');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PreviewServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** The file a request path maps to inside root, or null when it would escape root. "/" is the preview page. */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

export function startPreviewServer(options: { root?: string; port?: number; host?: string } = {}): Promise<PreviewServer> {
  const root = path.resolve(options.root ?? PREVIEW_DIST);
  const host = options.host ?? '127.0.0.1';
  const serve = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveRequestPath(root, request.url ?? '/');
    const stat = file ? await fs.stat(file).catch(() => null) : null;
    if (!file || !stat?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      // The page is rebuilt in place during development; never let the browser keep an old bundle.
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
  const server = http.createServer((request, response) => {
    // Node does not wait for an async handler: a failure is answered here, or the request would hang unanswered.
    serve(request, response).catch(() => {
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The preview server failed.');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        url: `http://${host}:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  fs.access(path.join(PREVIEW_DIST, 'index.html'))
    .then(() => startPreviewServer({ port, host: process.env.HOST ?? 'localhost' }))
    .then((server) => console.log(`JAC audit tracker preview: ${server.url} (Ctrl+C to stop)`))
    .catch((error: Error) => {
      console.error(`Could not start the preview: ${error.message}. Build it first with "npm run preview".`);
      process.exit(1);
    });
}

import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/** Content types of the files a deck build contains. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under `root` that a request path names, or null when it names nothing there.
 * Refused before the file system is asked: anything that is not a plain absolute URL path,
 * encoded slashes or backslashes, NUL, `.` or `..` segments (also percent-encoded), and
 * dot-files. `/` is `index.html`.
 */
export function staticPath(root: string, requestPath: string): string | null {
  if (!requestPath.startsWith('/') || requestPath.startsWith('//')) return null;
  // Encoded separators would let one segment hide a path: a build has no such names.
  if (/%2f|%5c|%00/i.test(requestPath) || requestPath.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  const relative = segments.join('/') === '' ? 'index.html' : segments.join('/');
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

/** The file's real path if it is a regular file inside `root` (symbolic links resolved). */
async function regularFileInside(root: string, file: string): Promise<string | null> {
  try {
    const real = await realpath(file);
    if (!real.startsWith(root + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Serves the files of one folder (a deck build), read-only, GET and HEAD only. */
export interface StaticFiles {
  /** Answers a request; `index.html` goes through `page` first. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

/**
 * Serves the files of `folder`: nothing outside it, nothing hidden, `index.html` rewritten by
 * `page` (the server adds its follow-along marker there).
 */
export async function staticFiles(
  folder: string,
  page: (html: string, host: string) => string,
): Promise<StaticFiles> {
  const root = await realpath(folder).catch(() => path.resolve(folder));
  const notFound = (response: ServerResponse, status = 404): void => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(status === 405 ? 'Method not allowed' : 'Not found');
  };
  return {
    async handle(request, response) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        notFound(response, 405);
        return;
      }
      const requestPath = (request.url ?? '/').split('?')[0] ?? '/';
      const candidate = staticPath(root, requestPath);
      const file = candidate === null ? null : await regularFileInside(root, candidate);
      if (file === null) {
        notFound(response);
        return;
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers = {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        // The page carries the presenter check and the server's marker: never cached.
        'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=3600',
      };
      if (file === path.join(root, 'index.html')) {
        const body = page(await readFile(file, 'utf8'), request.headers.host ?? '');
        response.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
      response.writeHead(200, headers);
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    },
  };
}

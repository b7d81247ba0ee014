// Serving the built renderer: MIME types and a path check that never leaves the renderer folder.
import path from 'node:path';
import { TOKEN_META_NAME } from '../../api/browserProtocol.ts';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root`, or null when the path is malformed or would leave
 * the folder (.., encoded slashes or backslashes, NUL bytes, hidden files).
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  return target;
}

/** A file the build names by its content (`/assets/index-DV0ZMEeg.js`): a new build gives it a new name. */
const CONTENT_HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * How long the browser may keep a served file: index.html never (it carries the run's token and
 * names the build's files); a file named by its content for good, so that a later start reads the
 * app from the browser's cache instead of loading all of it again; anything else after asking.
 */
export function cacheControlFor(urlPath: string): string {
  if (urlPath === '/' || urlPath === '/index.html') return 'no-store';
  return CONTENT_HASHED.test(urlPath) ? 'private, max-age=31536000, immutable' : 'no-cache';
}

/** Adds the per-run token to index.html as <meta name="lotsplan-token">. */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${token}" />`;
  return html.includes('</head>') ? html.replace('</head>', `    ${meta}\n  </head>`) : `${meta}\n${html}`;
}

// The app:// protocol: serves the built renderer (out/renderer) and nothing else.
import { readFile as fsReadFile, stat as fsStat } from 'node:fs/promises';
import { relative, resolve, isAbsolute, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { mimeTypeFor } from '../../src/hosts/shared/staticFiles.ts';

export { mimeTypeFor };

/**
 * Must be passed to protocol.registerSchemesAsPrivileged before the app is ready. `codeCache`: V8
 * keeps the compiled code of the renderer's scripts in the user data folder, so every start after
 * the first skips most of the compiling (about a third of the opening time in headless Chromium on
 * a slow machine). Electron caches code only for http(s) unless a standard scheme asks for it.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export interface AppProtocolFs {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ isFile(): boolean }>;
}

const realFs: AppProtocolFs = { readFile: (path) => fsReadFile(path), stat: (path) => fsStat(path) };

function respond(status: number, body: Uint8Array | string | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

const notFound = (): Response => respond(404, 'Hittades inte.', 'text/plain; charset=utf-8');

/** Maps a URL path to a file inside rootDir, or null when it would leave rootDir. */
export function resolveInsideRoot(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const root = resolve(rootDir);
  const full = resolve(root, `.${wanted.startsWith('/') ? wanted : `/${wanted}`}`);
  const rel = relative(root, full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return full;
}

export function createAppProtocolHandler(rootDir: string, fs: AppProtocolFs = realFs) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Metoden stöds inte.', 'text/plain; charset=utf-8');
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    const filePath = resolveInsideRoot(rootDir, url.pathname);
    if (!filePath) return notFound();
    try {
      if (!(await fs.stat(filePath)).isFile()) return notFound();
      const body = await fs.readFile(filePath);
      return respond(200, request.method === 'HEAD' ? null : body, mimeTypeFor(filePath));
    } catch {
      return notFound();
    }
  };
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}

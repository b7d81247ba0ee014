// The browser host: a small HTTP server on 127.0.0.1 that serves the built renderer and answers
// API calls. 127.0.0.1 can be reached by every account on the machine (a shared Windows terminal
// server, a Citrix host), so nothing is served to a request that does not show this run's session:
// 1. At start the host prints a URL with a one-time secret (`loginUrl`).
// 2. The first request with that secret gets an HttpOnly, SameSite=Strict session cookie and a
//    redirect to the clean URL; the secret is then used up.
// 3. Every other request, index.html included, needs the cookie; API calls in addition need the
//    token that index.html carries in a meta tag. Without them: 401 and a Swedish sentence.
// Only requests addressed to 127.0.0.1:<port> are answered (against DNS rebinding).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createDispatch, type Dispatch } from '../../api/dispatch.ts';
import { callFromApiPath, isApiPath, TOKEN_HEADER } from '../../api/browserProtocol.ts';
import { failure, type Envelope } from '../../api/envelope.ts';
import { ensureRecentBackup, openStore } from '../../store/index.ts';
import { SECURITY_HEADERS } from './csp.ts';
import { sizeLimitText } from '../../core/files/limits.ts';
import { createStoreContext, type OpenStoreFn } from '../../api/storeContext.ts';
import { loggedInternalError, loggedOpen, type LogFile } from '../shared/logFile.ts';
import { cacheControlFor, injectToken, mimeTypeFor, resolveStaticPath } from '../shared/staticFiles.ts';
import { createChromiumPdfPrinter } from '../shared/chromiumPdf.ts';
import type { ApiContext } from '../../api/context.ts';

export { TOKEN_HEADER } from '../../api/browserProtocol.ts';
/** The query parameter of the one-time login URL. */
export const LOGIN_PARAMETER = 'engangsnyckel';
/** The session cookie's name; the port is part of it because cookies are shared across ports. */
export function sessionCookieName(port: number): string {
  return `lotsplan_session_${port}`;
}

export const NO_SESSION_TEXT =
  'Lotsplan visas bara i den webbläsare som öppnade adressen med engångsnyckel som skrevs ut när programmet startade. Starta om Lotsplan för att få en ny adress.';
export const LOGIN_USED_TEXT = 'Adressen med engångsnyckel har redan använts eller är fel. Starta om Lotsplan för att få en ny adress.';
/**
 * Largest request body accepted: an exchange file of 5 MB plus JSON escaping, or a spreadsheet of
 * 5 MB in base64 (6,7 MB).
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** The refusal of a larger body; the limit is written from the constant. */
export const BODY_TOO_LARGE_TEXT = `Anropet är för stort (högst ${sizeLimitText(MAX_BODY_BYTES)}). Ingenting har ändrats.`;

export interface BrowserHostOptions {
  dbPath: string;
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** For tests: how the store is opened. */
  openStore?: OpenStoreFn;
  /** Take an automatic backup when the store is first opened and the newest is older than 12 hours. Default true. */
  startupBackup?: boolean;
  /** Called with unexpected errors inside API calls (never shown to the user as such). */
  onInternalError?: (call: string, error: unknown) => void;
  /** How memos are printed to PDF. Default a local Chromium (CHROMIUM_PATH or /usr/bin/chromium). */
  printPdf?: ApiContext['printPdf'];
  /** The local log file (src/hosts/shared/logFile.ts): database openings and internal errors. None by default. */
  log?: LogFile;
}

export interface BrowserHost {
  /** The clean address, for a browser that already has the session cookie. */
  url: string;
  /** The address to print: the clean address with the one-time secret. */
  loginUrl: string;
  token: string;
  port: number;
  dbPath: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function sameToken(given: string | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const buffer = Buffer.from(given, 'utf8');
  return buffer.length === expected.length && timingSafeEqual(buffer, expected);
}

/** The value of the cookie `name` in the request, or undefined. */
function cookieValue(req: http.IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, 'Anropet är för stort.'));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'Anropet är för stort.'));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendText(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

export async function createBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const rendererDir = path.resolve(options.rendererDir);
  const token = randomBytes(24).toString('base64url');
  const tokenBuffer = Buffer.from(token, 'utf8');
  const loginSecret = Buffer.from(randomBytes(32).toString('base64url'), 'utf8');
  let loginUsed = false;
  const session = Buffer.from(randomBytes(32).toString('base64url'), 'utf8');
  const reportInternal = options.onInternalError ?? ((call, error) => console.error(`Internt fel i anropet ${call}:`, error));
  const log = options.log;
  const onInternalError = log ? loggedInternalError(reportInternal, log) : reportInternal;
  const open: OpenStoreFn = options.openStore ?? ((file, openOptions) => openStore(file, openOptions));
  // A kept Chromium: the browser host serves one user who may export several memos in a row, so
  // only the first PDF pays for starting Chromium; it closes after a minute without prints.
  const ownPrinter = options.printPdf ? null : createChromiumPdfPrinter({ keepBrowserMs: 60_000 });
  const context = Object.assign(
    createStoreContext(options.dbPath, {
      open: log ? loggedOpen(open, log) : open,
      afterOpen: options.startupBackup === false ? undefined : (store) => ensureRecentBackup(store, { maxAgeHours: 12 }),
      onBackgroundError: onInternalError,
    }),
    { printPdf: options.printPdf ?? ownPrinter! },
    log ? { diagnosticLog: log } : {},
  );
  const dispatch: Dispatch = createDispatch(context, { onInternalError });
  let port = 0;
  let indexHtml: string | null = null;

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, call: string): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, failure('VALIDATION', 'Anrop till Lotsplan görs med POST.'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}`) {
      sendJson(res, 403, failure('VALIDATION', 'Anropet kom från en annan webbplats och avvisades.'));
      return;
    }
    if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, tokenBuffer)) {
      sendJson(res, 401, failure('VALIDATION', 'Anropet saknar giltig åtkomstnyckel. Öppna Lotsplan från adressen som skrevs ut när programmet startade.'));
      return;
    }
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) {
      sendJson(res, 415, failure('VALIDATION', 'Anropet ska skickas som JSON.'));
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req, MAX_BODY_BYTES);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(res, error.status, failure('VALIDATION', BODY_TOO_LARGE_TEXT));
      } else {
        sendJson(res, 400, failure('VALIDATION', 'Anropet innehöll inte giltig JSON. Ingenting har ändrats.'));
      }
      return;
    }
    const envelope = await dispatch(call, input);
    const status = !envelope.ok && envelope.error.code === 'UNKNOWN_CALL' ? 404 : 200;
    sendJson(res, status, envelope);
  }

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, urlPath: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Metoden stöds inte.', { Allow: 'GET, HEAD' });
      return;
    }
    const isIndex = urlPath === '/' || urlPath === '/index.html';
    const file = isIndex ? path.join(rendererDir, 'index.html') : resolveStaticPath(rendererDir, urlPath);
    if (file === null) {
      sendText(res, 404, 'Filen finns inte.');
      return;
    }
    let body: Buffer | string;
    try {
      // A symbolic link inside the folder must not lead out of it.
      const [realFile, realRoot] = await Promise.all([realpath(file), realpath(rendererDir)]);
      if (realFile !== realRoot && !realFile.startsWith(realRoot + path.sep)) throw new Error('outside the renderer folder');
      if (isIndex) {
        indexHtml ??= injectToken(await readFile(file, 'utf8'), token);
        body = indexHtml;
      } else {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        body = await readFile(file);
      }
    } catch {
      sendText(res, 404, isIndex ? 'Lotsplans gränssnitt är inte byggt. Kör ”npm run build” och starta sedan om.' : 'Filen finns inte.');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeFor(file),
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': cacheControlFor(urlPath),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function redirect(res: http.ServerResponse, location: string, cookie?: string): void {
    res.writeHead(303, {
      ...SECURITY_HEADERS,
      Location: location,
      'Cache-Control': 'no-store',
      'Content-Length': 0,
      ...(cookie ? { 'Set-Cookie': cookie } : {}),
    });
    res.end();
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS-rebinding guard: only requests addressed to this very host and port.
    if (req.headers.host !== `127.0.0.1:${port}`) {
      sendText(res, 421, 'Lotsplan svarar bara på adressen 127.0.0.1.');
      return;
    }
    const [rawPath = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
    const hasSession = sameToken(cookieValue(req, sessionCookieName(port)), session);
    const login = new URLSearchParams(query).get(LOGIN_PARAMETER);
    if (login !== null) {
      if (hasSession) {
        redirect(res, rawPath);
      } else if (!loginUsed && (req.method === 'GET' || req.method === 'HEAD') && sameToken(login, loginSecret)) {
        loginUsed = true;
        redirect(res, rawPath, `${sessionCookieName(port)}=${session.toString('utf8')}; HttpOnly; SameSite=Strict; Path=/`);
      } else {
        sendText(res, 403, LOGIN_USED_TEXT);
      }
      return;
    }
    if (!hasSession) {
      if (isApiPath(rawPath)) sendJson(res, 401, failure('VALIDATION', NO_SESSION_TEXT));
      else sendText(res, 401, NO_SESSION_TEXT);
      return;
    }
    const call = callFromApiPath(rawPath);
    if (call !== null) {
      await serveApi(req, res, call);
      return;
    }
    if (isApiPath(rawPath)) {
      sendJson(res, 404, failure('UNKNOWN_CALL', 'Anropet finns inte.'));
      return;
    }
    await serveStatic(req, res, rawPath);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Oväntat fel i Lotsplans webbvärd:', error);
      if (!res.headersSent) sendText(res, 500, 'Ett oväntat fel inträffade.');
      else res.destroy();
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/`,
    loginUrl: `http://127.0.0.1:${port}/?${LOGIN_PARAMETER}=${loginSecret.toString('utf8')}`,
    token,
    port,
    dbPath: options.dbPath,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await context.close();
        await ownPrinter?.close();
      })();
      return closing;
    },
  };
}

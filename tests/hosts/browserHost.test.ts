// The browser host in-process: a temporary renderer folder and a temporary database per test.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  createBrowserHost,
  LOGIN_USED_TEXT,
  MAX_BODY_BYTES,
  NO_SESSION_TEXT,
  sessionCookieName,
  type BrowserHost,
} from '../../src/hosts/browser/createBrowserHost.ts';
import { BROWSER_CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from '../../src/hosts/browser/csp.ts';
import { resolveStaticPath } from '../../src/hosts/shared/staticFiles.ts';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The session cookie of the test's login ("name=value"); null before the login. */
let session: string | null = null;

/**
 * A raw HTTP request: the path is sent exactly as given and any Host header can be set. It carries
 * the session cookie of the test's login unless `cookie` says otherwise (null: no cookie).
 */
function request(
  host: BrowserHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; cookie?: string | null | undefined },
): Promise<Answer> {
  const cookie = options.cookie === undefined ? session : options.cookie;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${host.port}`, ...(cookie ? { Cookie: cookie } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Opens the one-time login URL as a browser would; returns the session cookie ("name=value"). */
async function login(host: BrowserHost): Promise<string> {
  const url = new URL(host.loginUrl);
  const answer = await request(host, { path: `${url.pathname}${url.search}`, cookie: null });
  expect(answer.status).toBe(303);
  const setCookie = answer.headers['set-cookie']?.[0] ?? '';
  return setCookie.split(';')[0]!;
}

function call(host: BrowserHost, name: string, input: unknown, headers: Record<string, string> = {}, cookie?: string | null): Promise<Answer> {
  return request(host, {
    cookie,
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'Content-Type': 'application/json', 'X-Lotsplan-Token': host.token, ...headers },
    body: JSON.stringify(input),
  });
}

let dir: string;
let host: BrowserHost;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lotsplan-host-'));
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html>\n<html lang="sv">\n  <head>\n    <title>Lotsplan</title>\n  </head>\n  <body></body>\n</html>\n',
  );
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("hej");\n');
  await writeFile(path.join(rendererDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(rendererDir, 'assets', 'index-DV0ZMEeg.js'), 'export {};\n');
  await writeFile(path.join(dir, 'secret.txt'), 'hemligt');
  host = await createBrowserHost({ dbPath: path.join(dir, 'db', 'lotsplan.sqlite'), rendererDir, onInternalError: () => {} });
  session = await login(host);
});

afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the browser host', () => {
  it('listens on 127.0.0.1 on a free port with a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.port).toBeGreaterThan(0);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('prints a login URL with a one-time secret that sets an HttpOnly, SameSite=Strict cookie and redirects to the clean URL', async () => {
    const fresh = await createBrowserHost({ dbPath: path.join(dir, 'db2', 'lotsplan.sqlite'), rendererDir: path.join(dir, 'renderer') });
    try {
      const url = new URL(fresh.loginUrl);
      expect(url.origin).toBe(`http://127.0.0.1:${fresh.port}`);
      expect(url.searchParams.get('engangsnyckel')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const first = await request(fresh, { path: `/${url.search}`, cookie: null });
      expect(first.status).toBe(303);
      expect(first.headers.location).toBe('/');
      expect(first.headers['cache-control']).toBe('no-store');
      const setCookie = first.headers['set-cookie']!;
      expect(setCookie).toHaveLength(1);
      expect(setCookie[0]).toMatch(new RegExp(`^${sessionCookieName(fresh.port)}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
      // The secret is neither the cookie nor the API token.
      expect(setCookie[0]).not.toContain(url.searchParams.get('engangsnyckel'));
      expect(first.body).toBe('');
      const cookie = setCookie[0]!.split(';')[0]!;
      const page = await request(fresh, { path: '/', cookie });
      expect(page.status).toBe(200);
      expect(page.body).toContain(fresh.token);
      // Used up: the same URL again without the cookie is refused, and sets no cookie.
      const again = await request(fresh, { path: `/${url.search}`, cookie: null });
      expect(again.status).toBe(403);
      expect(again.body).toBe(LOGIN_USED_TEXT);
      expect(again.headers['set-cookie']).toBeUndefined();
      // With the cookie, the URL with the secret just leads to the clean URL.
      const withCookie = await request(fresh, { path: `/${url.search}`, cookie });
      expect(withCookie).toMatchObject({ status: 303, headers: { location: '/' } });
      expect(withCookie.headers['set-cookie']).toBeUndefined();
    } finally {
      await fresh.close();
    }
  });

  it('refuses a wrong secret and never takes a secret by POST', async () => {
    const fresh = await createBrowserHost({ dbPath: path.join(dir, 'db3', 'lotsplan.sqlite'), rendererDir: path.join(dir, 'renderer') });
    try {
      const url = new URL(fresh.loginUrl);
      const secret = url.searchParams.get('engangsnyckel')!;
      for (const wrong of ['', 'fel', `${secret}x`, secret.slice(1)]) {
        const answer = await request(fresh, { path: `/?engangsnyckel=${encodeURIComponent(wrong)}`, cookie: null });
        expect(answer.status, wrong).toBe(403);
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
      expect((await request(fresh, { method: 'POST', path: `/${url.search}`, cookie: null })).status).toBe(403);
      // Wrong guesses do not use the secret up.
      expect((await request(fresh, { path: `/${url.search}`, cookie: null })).status).toBe(303);
    } finally {
      await fresh.close();
    }
  });

  it('serves nothing, not even index.html, to a client without the session cookie', async () => {
    for (const cookie of [null, `${sessionCookieName(host.port)}=fel`, `${sessionCookieName(host.port + 1)}=${session!.split('=')[1]}`, 'lotsplan_session=x']) {
      for (const p of ['/', '/index.html', '/assets/app.js', '/assets/font.woff2', '/saknas', '/?engangsnyckel']) {
        const answer = await request(host, { path: p, cookie });
        expect([401, 403], `${p} ${cookie}`).toContain(answer.status);
        expect(answer.body).not.toContain(host.token);
        expect(answer.body).not.toContain('hej');
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
      expect((await request(host, { path: '/', cookie })).body).toBe(NO_SESSION_TEXT);
      // The API refuses even with the right token when the cookie is missing.
      const api = await call(host, 'listCatalog', {}, {}, cookie);
      expect(api.status).toBe(401);
      expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: NO_SESSION_TEXT } });
    }
    await expect(readFile(host.dbPath)).rejects.toThrow();
  });

  it('serves nothing to another account on the same machine (setpriv to nobody, where the machine allows it)', async (ctx) => {
    const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', 'process.exit(0)'], { timeout: 10_000 });
    if (process.getuid?.() !== 0 || probe.status !== 0) ctx.skip();
    // What another user could try: the printed clean address, with no cookie of this browser.
    const script = `fetch(${JSON.stringify(host.url)}).then(async (r) => { console.log(JSON.stringify({ status: r.status, body: await r.text(), uid: process.getuid() })); })`;
    // Asynchronously: the host answers from this very process.
    const child = spawn('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(status, stderr).toBe(0);
    const seen = JSON.parse(stdout);
    expect(seen.uid).toBe(65534);
    expect(seen.status).toBe(401);
    expect(seen.body).toBe(NO_SESSION_TEXT);
    expect(seen.body).not.toContain(host.token);
  });

  it('serves index.html with the token meta tag and the CSP header', async () => {
    const answer = await request(host, { path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(BROWSER_CONTENT_SECURITY_POLICY);
    expect(answer.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
    expect(answer.headers['permissions-policy']).toContain('camera=()');
    expect(answer.headers['permissions-policy']).toContain('geolocation=()');
    expect(answer.body).toContain(`<meta name="lotsplan-token" content="${host.token}" />`);
    expect(answer.body.indexOf('lotsplan-token')).toBeLessThan(answer.body.indexOf('</head>'));
  });

  it('serves assets with their MIME types and the CSP header', async () => {
    const js = await request(host, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(BROWSER_CONTENT_SECURITY_POLICY);
    expect(js.body).toBe('console.log("hej");\n');
    const font = await request(host, { path: '/assets/font.woff2' });
    expect(font.headers['content-type']).toBe('font/woff2');
    expect((await request(host, { path: '/assets/saknas.js' })).status).toBe(404);
    expect((await request(host, { path: '/assets' })).status).toBe(404);
  });

  it('lets the browser keep a file named by its content for good, index.html never, anything else after asking', async () => {
    const hashed = await request(host, { path: '/assets/index-DV0ZMEeg.js' });
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect((await request(host, { path: '/assets/app.js' })).headers['cache-control']).toBe('no-cache');
    for (const index of ['/', '/index.html']) expect((await request(host, { path: index })).headers['cache-control']).toBe('no-store');
    // Without the session nothing is served, so nothing is kept either.
    const stranger = await request(host, { path: '/assets/index-DV0ZMEeg.js', cookie: null });
    expect(stranger.status).toBe(401);
    expect(stranger.headers['cache-control']).not.toContain('immutable');
  });

  it('refuses paths that leave the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00index.html',
    ]) {
      const answer = await request(host, { path: p });
      expect(answer.status, p).toBe(404);
      expect(answer.body, p).not.toContain('hemligt');
    }
    expect(resolveStaticPath('/srv/renderer', '/../secret.txt')).toBeNull();
    expect(resolveStaticPath('/srv/renderer', '/assets/%2e%2e/%2e%2e/secret.txt')).toBeNull();
    expect(resolveStaticPath('/srv/renderer', '/assets/app.js')).toBe(path.resolve('/srv/renderer/assets/app.js'));
  });

  it('never follows a symbolic link out of the renderer folder', async () => {
    const { symlink } = await import('node:fs/promises');
    await symlink(path.join(dir, 'secret.txt'), path.join(dir, 'renderer', 'assets', 'lank.txt'));
    await symlink(dir, path.join(dir, 'renderer', 'assets', 'upp'));
    for (const p of ['/assets/lank.txt', '/assets/upp/secret.txt']) {
      const answer = await request(host, { path: p });
      expect(answer.status, p).toBe(404);
      expect(answer.body, p).not.toContain('hemligt');
    }
    // A link that stays inside is followed.
    await symlink(path.join(dir, 'renderer', 'assets', 'app.js'), path.join(dir, 'renderer', 'assets', 'alias.js'));
    expect((await request(host, { path: '/assets/alias.js' })).body).toBe('console.log("hej");\n');
  });

  it('refuses every request whose Host header is not 127.0.0.1:<port> (DNS rebinding)', async () => {
    for (const hostHeader of [`localhost:${host.port}`, `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const page = await request(host, { path: '/', headers: { Host: hostHeader } });
      expect(page.status, hostHeader).toBe(421);
      expect(page.body).not.toContain(host.token);
      const api = await call(host, 'listCatalog', {}, { Host: hostHeader });
      expect(api.status, hostHeader).toBe(421);
    }
  });

  it('answers API calls only with the token, as a JSON envelope with 401 otherwise', async () => {
    for (const headers of [{ 'X-Lotsplan-Token': '' }, { 'X-Lotsplan-Token': 'fel' }, { 'X-Lotsplan-Token': `${host.token}x` }]) {
      const answer = await call(host, 'listCatalog', {}, headers);
      expect(answer.status).toBe(401);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      const envelope = JSON.parse(answer.body);
      expect(envelope.ok).toBe(false);
      expect(envelope.error.message).toContain('åtkomstnyckel');
    }
    const missing = await request(host, {
      method: 'POST',
      path: '/api/listCatalog',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    // The refused calls never opened (and so never created) the database.
    await expect(readFile(host.dbPath)).rejects.toThrow();
  });

  it('refuses calls from another origin, other methods and non-JSON bodies', async () => {
    expect((await call(host, 'listCatalog', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await request(host, { path: '/api/listCatalog', headers: { 'X-Lotsplan-Token': host.token } })).status).toBe(405);
    const form = await request(host, {
      method: 'POST',
      path: '/api/listCatalog',
      headers: { 'Content-Type': 'text/plain', 'X-Lotsplan-Token': host.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const broken = await request(host, {
      method: 'POST',
      path: '/api/listCatalog',
      headers: { 'Content-Type': 'application/json', 'X-Lotsplan-Token': host.token },
      body: '{"inte json',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses bodies over 8 MiB (a 5 MB spreadsheet in base64 fits)', async () => {
    expect(MAX_BODY_BYTES).toBe(8 * 1024 * 1024);
    const spreadsheet = Buffer.alloc(5_000_000, 0x41).toString('base64');
    expect(JSON.stringify({ district: 'Rinkeby-Kista', fileName: 'a.xlsx', base64: spreadsheet }).length).toBeLessThan(MAX_BODY_BYTES);
    const text = 'x'.repeat(MAX_BODY_BYTES + 10);
    const answer = await call(host, 'importExchange', { text });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Anropet är för stort (högst 8 MiB). Ingenting har ändrats.' },
    });
  });

  it('answers an unknown call with the UNKNOWN_CALL envelope', async () => {
    const answer = await call(host, 'dropDatabase', {});
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'Anropet ”dropDatabase” finns inte.' },
    });
    // Names that only exist on Object.prototype are not calls either.
    expect(JSON.parse((await call(host, 'toString', {})).body).error.code).toBe('UNKNOWN_CALL');
  });

  it('loads the demo data and computes its figures on a fresh database', async () => {
    const empty = JSON.parse((await call(host, 'listCatalog', {})).body);
    expect(empty).toEqual({ ok: true, value: { districts: [] } });

    const loaded = JSON.parse((await call(host, 'loadDemo', {})).body);
    expect(loaded.ok).toBe(true);
    expect(loaded.value).toMatchObject({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 });

    const answer = await call(host, 'getFigures', { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 });
    expect(answer.status).toBe(200);
    const figures = JSON.parse(answer.body);
    expect(figures.ok).toBe(true);
    expect(figures.value.figures).toMatchObject({
      lotsarFte: 4,
      capacity: 28,
      enrolled: 27,
      men: 24,
      women: 3,
      queue: 0,
      funding: 4_500_000,
    });
    expect(figures.value.explanations.capacity).toContain('28 platser');

    // A second loadDemo is refused: the database is no longer empty.
    const again = JSON.parse((await call(host, 'loadDemo', {})).body);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const status = JSON.parse((await call(host, 'getDatabaseStatus', {})).body);
    expect(status.value).toMatchObject({ path: host.dbPath, healthy: true });
  });

  it('validates input through the dispatcher', async () => {
    const answer = JSON.parse((await call(host, 'getFigures', { district: '' })).body);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(answer.error.details.join('\n')).toContain('Stadsdelsförvaltning');
  });
});

describe('a database file that is refused', () => {
  it('answers DATABASE, names the file and leaves it unchanged', async () => {
    const badDir = await mkdtemp(path.join(os.tmpdir(), 'lotsplan-host-bad-'));
    const dbPath = path.join(badDir, 'inte-en-databas.sqlite');
    const content = 'Det här är ingen databas.\n'.repeat(200);
    await writeFile(dbPath, content);
    const bad = await createBrowserHost({ dbPath, rendererDir: path.join(dir, 'renderer') });
    try {
      const envelope = JSON.parse((await call(bad, 'listCatalog', {}, {}, await login(bad))).body);
      expect(envelope.ok).toBe(false);
      expect(envelope.error.code).toBe('DATABASE');
      expect(envelope.error.message).toContain(dbPath);
      expect(await readFile(dbPath, 'utf8')).toBe(content);
    } finally {
      await bad.close();
      await rm(badDir, { recursive: true, force: true });
    }
  });
});

describe('close()', () => {
  it('stops listening and closes the store', async () => {
    await call(host, 'loadDemo', {});
    await host.close();
    await expect(request(host, { path: '/' })).rejects.toThrow();
    // Closing twice is harmless.
    await host.close();
  });
});

// The browser host in-process: a temporary renderer folder and a temporary database per test.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBrowserHost, MAX_BODY_BYTES, type BrowserHost } from '../../src/hosts/browser/createBrowserHost.ts';
import { BROWSER_CONTENT_SECURITY_POLICY } from '../../src/hosts/browser/csp.ts';
import { resolveStaticPath } from '../../src/hosts/shared/staticFiles.ts';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request: the path is sent exactly as given and any Host header can be set. */
function request(
  host: BrowserHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
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

function call(host: BrowserHost, name: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return request(host, {
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
  await writeFile(path.join(dir, 'secret.txt'), 'hemligt');
  host = await createBrowserHost({ dbPath: path.join(dir, 'db', 'lotsplan.sqlite'), rendererDir, onInternalError: () => {} });
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

  it('serves index.html with the token meta tag and the CSP header', async () => {
    const answer = await request(host, { path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(BROWSER_CONTENT_SECURITY_POLICY);
    expect(answer.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
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

  it('refuses paths that leave the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html']) {
      const answer = await request(host, { path: p });
      expect(answer.status, p).toBe(404);
      expect(answer.body, p).not.toContain('hemligt');
    }
    expect(resolveStaticPath('/srv/renderer', '/../secret.txt')).toBeNull();
    expect(resolveStaticPath('/srv/renderer', '/assets/%2e%2e/%2e%2e/secret.txt')).toBeNull();
    expect(resolveStaticPath('/srv/renderer', '/assets/app.js')).toBe(path.resolve('/srv/renderer/assets/app.js'));
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
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers an unknown call with the UNKNOWN_CALL envelope', async () => {
    const answer = await call(host, 'dropDatabase', {});
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'Anropet "dropDatabase" finns inte.' },
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
    expect(answer.error.details.join('\n')).toContain('district');
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
      const envelope = JSON.parse((await call(bad, 'listCatalog', {})).body);
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

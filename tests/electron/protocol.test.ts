import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeTypeFor, registerAppProtocol } from '../../electron/main/protocol.ts';

describe('Content-Security-Policy', () => {
  it('forbids everything by default and all connections', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('app:// protocol', () => {
  let base: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'lotsplan-protocol-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Lotsplan</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'assets', 'app.css'), 'body{}');
    await writeFile(join(base, 'secret.txt'), 'HEMLIGT');
    handler = createAppProtocolHandler(root);
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('is registered as a standard, secure scheme with fetch support and a code cache', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });

  it('serves index.html with the CSP and an HTML type', async () => {
    const response = await handler(new Request('app://lotsplan/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Lotsplan</title>');
  });

  it('serves index.html for the bare origin and assets with their MIME types', async () => {
    expect((await handler(new Request('app://lotsplan/'))).status).toBe(200);
    const js = await handler(new Request('app://lotsplan/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await handler(new Request('app://lotsplan/assets/app.css'));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it.each([
    'app://lotsplan/../../etc/passwd',
    'app://lotsplan/%2e%2e/%2e%2e/etc/passwd',
    'app://lotsplan/..%2fsecret.txt',
    'app://lotsplan/%2e%2e%2fsecret.txt',
    'app://lotsplan/assets/..%2f..%2fsecret.txt',
    'app://lotsplan/..%5csecret.txt',
    'app://lotsplan/%00index.html',
    'app://lotsplan/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const body = await response.text();
    expect(body).not.toContain('HEMLIGT');
    expect(body).not.toContain('root:');
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await handler(new Request('app://lotsplan/nope.js'))).status).toBe(404);
    expect((await handler(new Request('app://lotsplan/assets'))).status).toBe(404);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler(new Request('app://lotsplan/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('registers the handler under the app scheme', () => {
    const calls: string[] = [];
    registerAppProtocol({ handle: (scheme: string) => void calls.push(scheme) } as never, root);
    expect(calls).toEqual(['app']);
  });
});

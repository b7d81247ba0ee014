// Each test gets its own browser host on a fresh, empty database in a temporary folder, and the
// page's every request is recorded: a request to anything but the host's own origin fails the test.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBrowserHost, sessionCookieName, type BrowserHost } from '../../src/hosts/browser/createBrowserHost.ts';
import { createLogFile } from '../../src/hosts/shared/logFile.ts';

const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');

export interface RequestLog {
  all: string[];
  foreign: string[];
}

/** Requests that never leave the page: inline data and our own downloads. */
function isLocalScheme(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:');
}

export const test = base.extend<{ initialDatabase: string | null; host: BrowserHost; requests: RequestLog }>({
  /** Bytes to put in the database file before the host starts; null for no file (a new database). */
  initialDatabase: [null, { option: true }],
  host: async ({ initialDatabase }, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lotsplan-e2e-'));
    const dbPath = path.join(dir, 'lotsplan.sqlite');
    if (initialDatabase !== null) await writeFile(dbPath, initialDatabase);
    // The log beside the database, as serve.ts keeps it.
    const host = await createBrowserHost({ dbPath, rendererDir, onInternalError: () => {}, log: createLogFile({ dir, source: 'webb' }) });
    try {
      await use(host);
    } finally {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ host }, use) => {
    await use(host.url);
  },
  /**
   * Logged in as a user is: the one-time address the host prints is opened once in the context, and
   * the session cookie it sets goes with every page and every page.request of the test.
   */
  context: async ({ context, host }, use) => {
    const login = await context.request.get(host.loginUrl, { maxRedirects: 0 });
    expect(login.status(), 'the one-time login address').toBe(303);
    const cookies = await context.cookies(host.url);
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite }))).toEqual([
      { name: sessionCookieName(host.port), httpOnly: true, sameSite: 'Strict' },
    ]);
    await use(context);
  },
  requests: [
    async ({ page, host }, use) => {
      const origin = new URL(host.url).origin;
      const log: RequestLog = { all: [], foreign: [] };
      page.on('request', (request) => {
        const url = request.url();
        log.all.push(url);
        if (!isLocalScheme(url) && new URL(url).origin !== origin) log.foreign.push(url);
      });
      await use(log);
      expect(log.all.length, 'the page made no requests at all').toBeGreaterThan(0);
      expect(log.foreign, 'requests to anything but the local host').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the app and waits until the first screen has been drawn. */
export async function openApp(page: Page, hash = '#/oversikt'): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByText('Lotsplan', { exact: true }).first()).toBeVisible();
}

/**
 * A screenshot of the whole page. The header and navigation are fixed, so instead of Playwright's
 * stitched full-page capture the viewport is stretched to the content for one capture.
 */
export async function screenshotWholePage(page: Page, file: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1440, height: 900 };
  // A string, because this file is type-checked without the DOM library.
  const height = Number(await page.evaluate('Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)'));
  await page.setViewportSize({ width: original.width, height: Math.max(original.height, height) });
  await page.mouse.move(0, 0);
  // Let the layout settle at the new size (the navigation is as tall as the viewport).
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await page.screenshot({ path: file });
  await page.setViewportSize(original);
}

export { expect };

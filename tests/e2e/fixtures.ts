// Each test gets its own browser host on a fresh database in a temporary folder (empty, or with the
// demo data already in it), and the page's every request is recorded: a request to anything but the
// host's own origin fails the test.
//
// The hosts of one worker listen on one port, and its tests share one browser context whose cookies
// and storage are emptied before each test, and one page in it: the origin stays the same, so the
// scripts, styles and fonts come from the context's HTTP cache after the first test, and the page's
// renderer process is started once. The suite is bound by CPU on a two-core machine, and nearly
// every test starts the app: a test that only opens the demo cost about 2,5 s of CPU in a context
// of its own, 1,9 s in the shared context with a page of its own and 1,2 s in the shared page; the
// whole suite 383, then 335–386 and then 281–331 CPU-seconds (runs of the same code vary that
// much). (Chromium keeps no compiled code for a context like these, which have no profile on disk,
// nor did it use it for one that had.) `test.use({ freshContext: true })` gives a test a context
// and a page of its own, for what depends on an empty cache.
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createBrowserHost, sessionCookieName, type BrowserHost } from '../../src/hosts/browser/createBrowserHost.ts';
import { createLogFile } from '../../src/hosts/shared/logFile.ts';
import { createDispatch } from '../../src/api/dispatch.ts';
import { createStoreContext } from '../../src/api/storeContext.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Envelope } from '../../src/api/envelope.ts';
import type { CallOutput } from '../../src/api/contracts/index.ts';
import { CONTEXT_OPTIONS } from './contextOptions.ts';

const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');

export interface RequestLog {
  all: string[];
  foreign: string[];
}

/** Requests that never leave the page: inline data and our own downloads. */
function isLocalScheme(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:');
}

/** Where the demo data opens: its main unit-year, as the app goes there after ”Läs in demodata”. */
export const DEMO_HEADING = 'Rinkeby-Kista, SIG vuxna 2020';

function expectOk<T>(envelope: Envelope<T>, what: string): T {
  if (!envelope.ok) throw new Error(`${what}: ${envelope.error.message}`);
  return envelope.value;
}

/**
 * The database file a user has after ”Läs in demodata” on an empty database: the demo loaded by
 * the same call the button makes, and the main unit saved as the place the app opens on (as the
 * app saves it when it goes there). Made once per worker; each test gets its own copy.
 */
async function makeDemoDatabase(): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lotsplan-e2e-demo-'));
  try {
    const dbPath = path.join(dir, 'lotsplan.sqlite');
    const context = createStoreContext(dbPath, { open: (file, options) => openStore(file, options) });
    const dispatch = createDispatch(context);
    const demo = expectOk(await dispatch('loadDemo', {}), 'loadDemo') as CallOutput<'loadDemo'>;
    expectOk(await dispatch('saveLastPlace', { place: { district: demo.district, unit: demo.unit, year: demo.year, path: '/oversikt' } }), 'saveLastPlace');
    // Closing checkpoints the write-ahead log into the file, so the file alone holds everything.
    await context.close();
    return await readFile(dbPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The event emitter a Page is at run time, whose listing of listeners Playwright's typings leave out. */
interface PageEmitter {
  eventNames(): (string | symbol)[];
  listeners(name: string | symbol): unknown[];
  off(name: string | symbol, listener: unknown): void;
}

/** A port nobody listens on now, for the hosts of one worker. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const test = base.extend<
  { initialDatabase: Buffer | string | null; startWithDemo: boolean; freshContext: boolean; host: BrowserHost; requests: RequestLog },
  { demoDatabase: () => Promise<Buffer>; hostPort: number; sharedContext: BrowserContext; sharedPage: { page: Page | null } }
>({
  /** Bytes to put in the database file before the host starts; null for no file (a new database). */
  initialDatabase: [null, { option: true }],
  /** Start on a copy of the demo database (`test.use({ startWithDemo: true })`) instead of an empty one. */
  startWithDemo: [false, { option: true }],
  /** A context of the test's own, with an empty cache, instead of the worker's shared one. */
  freshContext: [false, { option: true }],
  hostPort: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; this one has none.
    async ({}, use) => {
      await use(await freePort());
    },
    { scope: 'worker' },
  ],
  sharedContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext(CONTEXT_OPTIONS);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  /** The page the tests of a worker share in the shared context: made by the first, again after a test closed it. */
  sharedPage: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; this one has none.
    async ({}, use) => {
      await use({ page: null });
    },
    { scope: 'worker' },
  ],
  demoDatabase: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; this one has none.
    async ({}, use) => {
      let made: Promise<Buffer> | undefined;
      await use(() => (made ??= makeDemoDatabase()));
    },
    { scope: 'worker' },
  ],
  host: async ({ initialDatabase, startWithDemo, demoDatabase, hostPort }, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lotsplan-e2e-'));
    const dbPath = path.join(dir, 'lotsplan.sqlite');
    const bytes = initialDatabase ?? (startWithDemo ? await demoDatabase() : null);
    if (bytes !== null) await writeFile(dbPath, bytes);
    // The log beside the database, as serve.ts keeps it.
    const start = (port: number) => createBrowserHost({ dbPath, rendererDir, port, onInternalError: () => {}, log: createLogFile({ dir, source: 'webb' }) });
    // Should another program have taken the worker's port, any free port does: only the cache is lost.
    const host = await start(hostPort).catch((error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? start(0) : Promise.reject(error)));
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
   * the session cookie it sets goes with every page and every page.request of the test. The shared
   * context starts each test without cookies, local storage or IndexedDB, and its pages are closed
   * after the test.
   */
  context: async ({ freshContext, sharedContext, sharedPage, browser, viewport, host }, use) => {
    const context = freshContext ? await browser.newContext({ ...CONTEXT_OPTIONS, viewport }) : sharedContext;
    if (!freshContext) await context.clearCookies();
    const login = await context.request.get(host.loginUrl, { maxRedirects: 0 });
    expect(login.status(), 'the one-time login address').toBe(303);
    const cookies = await context.cookies(host.url);
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite }))).toEqual([
      { name: sessionCookieName(host.port), httpOnly: true, sameSite: 'Strict' },
    ]);
    try {
      await use(context);
    } finally {
      if (freshContext) await context.close();
      else
        await Promise.all(
          context
            .pages()
            .filter((page) => page !== sharedPage.page)
            .map((page) => page.close()),
        );
    }
  },
  /**
   * The test's page, at the test's viewport also in the shared context (made at the default one).
   * In the shared context the tests of a worker share one page, and so one renderer process: a new
   * page for every test cost about 0,7 s of CPU more (a renderer started and torn down). The page
   * comes to each test on a blank page of its host, without the media an earlier test emulated, the routes and
   * listeners it added, or the origin's storage; a test that closes it gets a new one next time.
   */
  page: async ({ context, freshContext, sharedPage, host, viewport }, use) => {
    let page: Page;
    if (freshContext) page = await context.newPage();
    else {
      const earlier = sharedPage.page;
      if (earlier && !earlier.isClosed()) {
        page = earlier;
        // Off the last test's app (its host is gone) before anything of this test listens: to a
        // page of this host without scripts (its 404 for a file that is not there). about:blank
        // would cost a renderer: the app's pages are isolated (Cross-Origin-Opener-Policy), so
        // Chromium changes process both into about:blank and out of it again, about 0,3 s of CPU.
        await page.goto(new URL('assets/e2e-tom-sida', host.url).href);
        await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none', contrast: 'no-preference' });
      } else {
        page = await context.newPage();
        sharedPage.page = page;
      }
      // What an earlier test of the worker left at the same origin; the HTTP cache is kept.
      // (context.setStorageState({ cookies: [], origins: [] }) empties the same, at about 0,4 s of
      // CPU per test.)
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(host.url).origin, storageTypes: 'local_storage,indexeddb,file_systems,cache_storage' });
      await cdp.detach();
    }
    const size = page.viewportSize();
    if (viewport && (size?.width !== viewport.width || size.height !== viewport.height)) await page.setViewportSize(viewport);
    // Playwright's own listeners (close, crash) stay; those the test and its fixtures add go with it.
    const emitter = page as unknown as PageEmitter;
    const listenersBefore = new Map(emitter.eventNames().map((name) => [name, emitter.listeners(name)]));
    await use(page);
    if (freshContext || page.isClosed()) return;
    for (const name of emitter.eventNames()) {
      const kept = listenersBefore.get(name) ?? [];
      for (const listener of emitter.listeners(name)) if (!kept.includes(listener)) emitter.off(name, listener);
    }
    await page.unrouteAll({ behavior: 'ignoreErrors' });
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
 * Opens the app on the demo database (`test.use({ startWithDemo: true })`) at its main unit-year's
 * Översikt, then, if given, goes to a page through the main menu.
 */
export async function openDemo(page: Page, menuLink?: string): Promise<void> {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_HEADING })).toBeVisible();
  if (menuLink !== undefined) await goToPage(page, menuLink);
}

/**
 * Goes to a page through the main menu and waits until it is drawn. The link is marked as the
 * current page in the same render that puts the new page, or its loader, in place of the old one:
 * waited for first, so that the old page's heading is never taken for the new page's (a page whose
 * code is not yet loaded shows its loader for a moment).
 */
export async function goToPage(page: Page, menuLink: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: menuLink, exact: true });
  await link.click();
  // Hidden is allowed: below the md breakpoint the menu folds away once a page is chosen.
  const chosen = page
    .getByRole('navigation', { name: 'Huvudmeny', includeHidden: true })
    .getByRole('link', { name: menuLink, exact: true, includeHidden: true });
  await expect(chosen).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/**
 * Whether the tests save their screenshots (LOTSPLAN_E2E_SCREENSHOTS=1). They are for people to
 * look at after changing a screen and assert nothing, and taking them was about a tenth of the
 * suite's time (555 s against 499 s on two cores), so `npm test` leaves them out.
 */
export const TAKE_SCREENSHOTS = process.env.LOTSPLAN_E2E_SCREENSHOTS === '1';

/**
 * Waits until the page's finite CSS transitions and animations have ended (a dialog fading in, the
 * colours after a change of scheme), so that axe reads the colours the user ends up seeing. Two
 * frames first, since a transition starts in the frame after the change that causes it; then again,
 * in case an ended transition started another. Endless animations (a loader) are not waited for.
 * Strings, because this file is type-checked without the DOM library.
 */
const SETTLE = `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  for (let round = 0; round < 5; round++) {
    await frame();
    await frame();
    const running = document.getAnimations().filter((a) => a.playState === 'running' && a.effect && a.effect.getComputedTiming().endTime !== Infinity);
    if (running.length === 0) return round;
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  }
  return -1;
})()`;

/**
 * Runs `check` on the page as it stands, first with the system in the light colour scheme and then
 * in the dark one (the app follows the system until the user picks a scheme), and leaves the
 * system light. One page for both schemes, so a test of a screen does its steps once and checks the
 * result in each scheme, instead of starting the app and doing the steps again for the other.
 */
export async function inEachScheme(page: Page, check: (scheme: 'light' | 'dark') => Promise<void>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await check(scheme);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
}

/** Waits for the page's transitions to end (see SETTLE). */
export async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(SETTLE);
}

/**
 * A screenshot of the viewport or of one element, when screenshots are asked for (TAKE_SCREENSHOTS),
 * once the page's transitions have ended (a dialog opening, a change of colour scheme).
 */
export async function screenshot(target: Page | Locator, file: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
  await settleTransitions('page' in target ? target.page() : target);
  await target.screenshot({ path: file });
}

/**
 * A screenshot of the whole page, when screenshots are asked for (TAKE_SCREENSHOTS). The header
 * and navigation are fixed, so instead of Playwright's stitched full-page capture the viewport is
 * stretched to the content for one capture.
 */
export async function screenshotWholePage(page: Page, file: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
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

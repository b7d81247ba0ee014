// Opening the app: the built renderer (out/renderer, what Electron and the browser host load) in
// headless Chromium against the real browser host on a database with the demo data, in two ways:
// - the first start: each run is a new browser context (empty cache, no compiled code; the session
//   cookie of the one-time login added to it);
// - a later start: each run is a new page in one browser profile kept on disk, as Electron keeps its
//   user data folder, so Chromium has its cache and V8's compiled code of the earlier starts.
// The time runs from the navigation to the Översikt until the demo unit's figures are on screen.
// The size of the main chunk is measured on the built files, gzip as a server would send them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createBrowserHost, type BrowserHost } from '../src/hosts/browser/createBrowserHost.ts';
import { openStore } from '../src/store/openStore.ts';
import { demoUnitYears } from '../src/api/demo/demoData.ts';
import { chromiumSwitchArgs } from '../src/hosts/shared/chromiumSwitches.ts';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../out/renderer');
/** The Översikt of the demo unit, chosen in the address so no remembered place is involved. */
const OVERVIEW_HASH = '#/oversikt?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020';

export interface OpeningTiming {
  name: string;
  budgetMs: number;
  medianMs: number;
  p95Ms: number;
  runs: number;
  /** Where the time goes: the median of each step, from the navigation, in the order they happen. */
  phases: { label: string; medianMs: number }[];
}

/** The steps of one opening, in ms from the navigation (see openingTiming). */
interface Phases {
  html: number;
  scripts: number;
  firstCall: number;
  answers: number;
  figures: number;
}

const PHASE_LABELS: Record<keyof Phases, string> = {
  html: 'sidan (index.html) inläst',
  scripts: 'skripten körda (DOMContentLoaded)',
  firstCall: 'första anropet skickat',
  answers: 'startens svar inne (katalog, plats, nyckeltal, enhetsår)',
  figures: 'siffrorna visas',
};
/** The calls the Översikt needs before it can show the figures. */
const START_CALLS = new Set(['listCatalog', 'getLastPlace', 'getFigures', 'getUnitYear']);

export interface ChunkSize {
  name: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  /** null: reported, not judged. */
  budgetGzipBytes: number | null;
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file)).length;
}

/** The entry script of out/renderer/index.html and what the page loads with it before any page chunk. */
export function startFiles(rendererDir = RENDERER_DIR): { entry: string; preloaded: string[] } {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('out/renderer/index.html has no module script');
  const preloaded = [...html.matchAll(/<link rel="(?:modulepreload|stylesheet)"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  return { entry, preloaded };
}

/** The main chunk against its budget, and the whole start (entry, preloaded chunks, CSS) for the record. */
export function chunkSizes(rendererDir = RENDERER_DIR): ChunkSize[] {
  const { entry, preloaded } = startFiles(rendererDir);
  const entryPath = path.join(rendererDir, entry);
  const all = [entry, ...preloaded].map((f) => path.join(rendererDir, f));
  return [
    { name: 'Huvudfilen (main chunk)', file: entry, bytes: fs.statSync(entryPath).size, gzipBytes: gzipSize(entryPath), budgetGzipBytes: 300 * 1024 },
    {
      name: `Allt som laddas vid start (${all.length} filer)`,
      file: '',
      bytes: all.reduce((sum, f) => sum + fs.statSync(f).size, 0),
      gzipBytes: all.reduce((sum, f) => sum + gzipSize(f), 0),
      budgetGzipBytes: null,
    },
  ];
}

/** How each run gets its page: a new context (the first start) or a new page in a kept profile (a later start). */
export type OpeningKind = 'first' | 'later';

const OPENING_NAMES: Record<OpeningKind, string> = {
  first: 'Öppna Översikt, första start (Chromium, median)',
  later: 'Öppna Översikt, senare start (Chromium, median)',
};

/** Headless Chromium's arguments, with the app's own switches so that it loads scripts as the app does. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...chromiumSwitchArgs()];

/** The real browser host on a new database with the demo data, in a temporary folder that `close` removes. */
export async function startDemoHost(rendererDir = RENDERER_DIR): Promise<{ host: BrowserHost; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-bench-host-'));
  const dbPath = path.join(dir, 'lotsplan.sqlite');
  const store = await openStore(dbPath);
  await store.replaceUnitYears(demoUnitYears());
  await store.close();
  const host = await createBrowserHost({ dbPath, rendererDir, startupBackup: false, onInternalError: () => {} });
  return {
    host,
    close: async () => {
      await host.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface PageSource {
  newPage(): Promise<{ page: Page; done(): Promise<void> }>;
  close(): Promise<void>;
}

/** A new context per run, with the session cookie of one login (the one-time address works once). */
async function freshContexts(executablePath: string, host: { url: string; loginUrl: string }): Promise<PageSource> {
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const login = await browser.newContext();
    const response = await login.request.get(host.loginUrl, { maxRedirects: 0 });
    if (response.status() !== 303) throw new Error(`login answered ${response.status()}`);
    const cookies = await login.cookies(host.url);
    await login.close();
    return {
      newPage: async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
        await context.addCookies(cookies);
        return { page: await context.newPage(), done: () => context.close() };
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** One profile in a folder, kept between runs: each run is a new page in it. */
async function keptProfile(executablePath: string, host: { loginUrl: string }, profileDir: string): Promise<PageSource> {
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'sv-SE',
  });
  try {
    const response = await context.request.get(host.loginUrl, { maxRedirects: 0 });
    if (response.status() !== 303) throw new Error(`login answered ${response.status()}`);
    return {
      newPage: async () => {
        const page = await context.newPage();
        return { page, done: () => page.close() };
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Navigation to the Översikt until the demo figures show; the budget is on the median. */
export async function openingTiming(executablePath: string, kind: OpeningKind, runs = 15, budgetMs = 800): Promise<OpeningTiming> {
  const { host, close } = await startDemoHost();
  // The folder of the kept browser profile (a later start), removed when the measurement ends.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-bench-opening-'));
  let pages: PageSource | undefined;
  try {
    pages = kind === 'first' ? await freshContexts(executablePath, host) : await keptProfile(executablePath, host, path.join(dir, 'profil'));
    const source = pages;
    const once = async (): Promise<Phases> => {
      const { page, done } = await source.newPage();
      // The steps are seen from here, as Playwright reports them (not inside the page: the CSP refuses eval).
      const phases: Phases = { html: Number.NaN, scripts: Number.NaN, firstCall: Number.NaN, answers: Number.NaN, figures: Number.NaN };
      let t0 = performance.now();
      const since = () => performance.now() - t0;
      page.on('requestfinished', (request) => {
        if (request.isNavigationRequest()) phases.html = since();
        const call = new URL(request.url()).pathname.replace(/^\/api\//, '');
        if (START_CALLS.has(call)) phases.answers = Number.isNaN(phases.answers) ? since() : Math.max(phases.answers, since());
      });
      page.on('request', (request) => {
        if (Number.isNaN(phases.firstCall) && new URL(request.url()).pathname.startsWith('/api/')) phases.firstCall = since();
      });
      page.on('domcontentloaded', () => {
        phases.scripts = since();
      });
      t0 = performance.now();
      await page.goto(`${host.url}${OVERVIEW_HASH}`);
      // The demo unit's 28 places (a locator, not a page function: the CSP refuses eval). The long
      // timeout is for a loaded machine; the budget, not the timeout, judges the result.
      await page.getByTestId('figure-capacity').getByTestId('figure-value').filter({ hasText: /^28$/ }).waitFor({ timeout: 120_000 });
      phases.figures = since();
      await done();
      return phases;
    };
    // Warm-up: the host's first reads, Chromium's first start; for a later start also the starts
    // after which V8 keeps the compiled code (it does so from a script's second or third load).
    for (let i = 0; i < (kind === 'first' ? 2 : 3); i++) await once();
    const measured: Phases[] = [];
    for (let i = 0; i < runs; i++) measured.push(await once());
    const quantile = (values: number[], q: number) => {
      const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
      return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    };
    const times = measured.map((p) => p.figures);
    const phases = (Object.keys(PHASE_LABELS) as (keyof Phases)[])
      .map((key) => ({
        label: PHASE_LABELS[key],
        medianMs: quantile(
          measured.map((p) => p[key]),
          0.5,
        ),
      }))
      .sort((a, b) => a.medianMs - b.medianMs);
    return { name: OPENING_NAMES[kind], budgetMs, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), runs, phases };
  } finally {
    await pages?.close();
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// PDF printing for the Node hosts (CLI and browser host): a local Chromium, started with
// playwright-core for each print and closed after it, offline (every request of the page is
// refused, background networking is off), prints the memo's self-contained HTML to a tagged A4
// PDF with a document outline and the running header. Where no Chromium exists the user gets a
// Swedish sentence saying what to install or set, and nothing is written.
// A host that prints more than once may keep the Chromium running between prints (keepBrowserMs):
// starting it is most of a print's time. Each print still gets a fresh, offline browser context.
import fs from 'node:fs';
import { ApiFailure } from '../../api/envelope.ts';
import type { PrintPdfOptions } from '../../api/context.ts';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a Chromium that prints and does nothing else: no network of its own, no extensions, no first run. */
export const CHROMIUM_PRINT_FLAGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-extensions',
  '--disable-sync',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--mute-audio',
  '--hide-scrollbars',
  '--metrics-recording-only',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
  '--safebrowsing-disable-auto-update',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
];

export interface ChromiumPdfOptions {
  /** Environment to read CHROMIUM_PATH from. Default process.env. */
  env?: Record<string, string | undefined>;
  /** For tests: whether a file exists and is executable. */
  isExecutable?: (path: string) => boolean;
  /** For tests: the launcher (playwright-core's chromium.launch). */
  launch?: (options: { executablePath: string; args: string[]; headless: boolean; timeout: number }) => Promise<PdfBrowser>;
  /** Whether the process runs as root (Chromium's sandbox refuses root). Default from process.getuid. */
  isRoot?: boolean;
  /**
   * How long Chromium is kept running after a print for the next one, in ms. Default 0: started
   * and closed for each print (the CLI prints once per process). The kept Chromium never holds the
   * process open, and playwright-core ends it when the process exits.
   */
  keepBrowserMs?: number;
}

/** A printPdf for ApiContext; `close` ends a kept Chromium (a no-op when none runs). */
export type ChromiumPdfPrinter = ((html: string, print: PrintPdfOptions) => Promise<Uint8Array>) & { close(): Promise<void> };

/** The part of a playwright Page the printer uses. */
export interface PdfPage {
  setContent(html: string, options: { waitUntil: 'load'; timeout: number }): Promise<void>;
  pdf(options: Record<string, unknown>): Promise<Buffer>;
}

/** The part of a playwright BrowserContext the printer uses. */
export interface PdfContext {
  route(url: string, handler: (route: { abort(): Promise<void> }) => Promise<void>): Promise<void>;
  newPage(): Promise<PdfPage>;
  close(): Promise<void>;
}

/** The part of a playwright Browser the printer uses. */
export interface PdfBrowser {
  newContext(options: { offline: boolean; javaScriptEnabled: boolean }): Promise<PdfContext>;
  close(): Promise<void>;
}

function defaultIsExecutable(path: string): boolean {
  try {
    fs.accessSync(path, fs.constants.X_OK);
    return fs.statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The Chromium to use: CHROMIUM_PATH when set, else /usr/bin/chromium; a Swedish refusal when it is missing. */
export function findChromium(options: Pick<ChromiumPdfOptions, 'env' | 'isExecutable'> = {}): string {
  const env = options.env ?? process.env;
  const isExecutable = options.isExecutable ?? defaultIsExecutable;
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new ApiFailure(
      'INTERNAL',
      `PDF kan inte skapas: miljövariabeln CHROMIUM_PATH pekar på ”${configured}”, men där finns ingen körbar Chromium. Rätta sökvägen eller ta bort variabeln.`,
    );
  }
  if (isExecutable(DEFAULT_CHROMIUM_PATH)) return DEFAULT_CHROMIUM_PATH;
  throw new ApiFailure(
    'INTERNAL',
    `PDF kan inte skapas: ingen Chromium hittades (${DEFAULT_CHROMIUM_PATH}). Installera Chromium eller ange sökvägen till den i miljövariabeln CHROMIUM_PATH. Word-filen kan skapas ändå.`,
  );
}

async function defaultLaunch(options: { executablePath: string; args: string[]; headless: boolean; timeout: number }): Promise<PdfBrowser> {
  const { chromium } = await import('playwright-core');
  return (await chromium.launch(options)) as unknown as PdfBrowser;
}

/** A printPdf for ApiContext that starts a local Chromium for each print, or keeps one (keepBrowserMs). */
export function createChromiumPdfPrinter(options: ChromiumPdfOptions = {}): ChromiumPdfPrinter {
  const launch = options.launch ?? defaultLaunch;
  const keepMs = options.keepBrowserMs ?? 0;

  async function start(): Promise<PdfBrowser> {
    const executablePath = findChromium(options);
    const isRoot = options.isRoot ?? (typeof process.getuid === 'function' && process.getuid() === 0);
    try {
      return await launch({ executablePath, headless: true, timeout: 30_000, args: [...CHROMIUM_PRINT_FLAGS, ...(isRoot ? ['--no-sandbox'] : [])] });
    } catch (error) {
      throw new ApiFailure(
        'INTERNAL',
        `PDF kan inte skapas: Chromium (${executablePath}) kunde inte startas. ${String((error as Error)?.message ?? error).split('\n')[0]}`,
      );
    }
  }

  /**
   * The kept Chromium with its one offline context, the pages free for the next print (a page is
   * printed again by replacing its content: no new renderer process per print), the prints using
   * it, and whether it is retired (closed once the last of them is done).
   */
  interface Kept {
    context: Promise<PdfContext>;
    close: () => Promise<void>;
    freePages: PdfPage[];
    users: number;
    retired: boolean;
  }
  let kept: Kept | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  function keep(): Kept {
    const browser = start();
    const context = browser.then(openContext);
    const entry: Kept = {
      context,
      close: async () => {
        await (await browser.catch(() => null))?.close().catch(() => {});
      },
      freePages: [],
      users: 0,
      retired: false,
    };
    // A Chromium that did not start is not kept: the next print tries again.
    context.catch(() => void retire(entry));
    return entry;
  }

  async function retire(entry: Kept): Promise<void> {
    entry.retired = true;
    if (kept === entry) kept = null;
    if (entry.users === 0) await entry.close();
  }

  async function printKept(html: string, print: PrintPdfOptions): Promise<Uint8Array> {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    kept ??= keep();
    const entry = kept;
    entry.users++;
    let failed = false;
    try {
      const context = await entry.context;
      const page = entry.freePages.pop() ?? (await context.newPage());
      const pdf = await printPage(page, html, print);
      entry.freePages.push(page);
      return pdf;
    } catch (error) {
      // A print that failed (Chromium crashed, the page did not load) retires the Chromium it used.
      failed = true;
      throw error;
    } finally {
      entry.users--;
      if (failed || entry.retired) await retire(entry);
      else if (kept === entry && entry.users === 0) {
        idleTimer = setTimeout(() => void retire(entry), keepMs);
        idleTimer.unref();
      }
    }
  }

  const printPdf = async (html: string, print: PrintPdfOptions): Promise<Uint8Array> => {
    if (keepMs > 0) return printKept(html, print);
    const browser = await start();
    try {
      return await printPage(await (await openContext(browser)).newPage(), html, print);
    } finally {
      await browser.close().catch(() => {});
    }
  };
  return Object.assign(printPdf, {
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      if (kept) await retire(kept);
    },
  });
}

/** A context that prints offline, with JavaScript off; anything the page would fetch is refused. */
async function openContext(browser: PdfBrowser): Promise<PdfContext> {
  const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
  // The page is self-contained.
  await context.route('**/*', (route) => route.abort());
  return context;
}

/** Prints `html` on `page`: tagged A4 with outline, the running header and the memo's margins. */
async function printPage(page: PdfPage, html: string, print: PrintPdfOptions): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
  const m = print.marginsMm;
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: print.headerTemplate,
    footerTemplate: print.footerTemplate,
    margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
  });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

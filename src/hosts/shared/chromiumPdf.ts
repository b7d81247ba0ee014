// PDF printing for the Node hosts (CLI and browser host): a local Chromium, started with
// playwright-core for each print and closed after it, offline (every request of the page is
// refused, background networking is off), prints the memo's self-contained HTML to a tagged A4
// PDF with a document outline and the running header. Where no Chromium exists the user gets a
// Swedish sentence saying what to install or set, and nothing is written.
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
}

/** The part of a playwright Browser the printer uses. */
export interface PdfBrowser {
  newContext(options: { offline: boolean; javaScriptEnabled: boolean }): Promise<{
    route(url: string, handler: (route: { abort(): Promise<void> }) => Promise<void>): Promise<void>;
    newPage(): Promise<{
      setContent(html: string, options: { waitUntil: 'load'; timeout: number }): Promise<void>;
      pdf(options: Record<string, unknown>): Promise<Buffer>;
    }>;
  }>;
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

/** A printPdf for ApiContext that starts a local Chromium for each print. */
export function createChromiumPdfPrinter(options: ChromiumPdfOptions = {}): (html: string, print: PrintPdfOptions) => Promise<Uint8Array> {
  const launch = options.launch ?? defaultLaunch;
  return async (html, print) => {
    const executablePath = findChromium(options);
    const isRoot = options.isRoot ?? (typeof process.getuid === 'function' && process.getuid() === 0);
    let browser: PdfBrowser;
    try {
      browser = await launch({ executablePath, headless: true, timeout: 30_000, args: [...CHROMIUM_PRINT_FLAGS, ...(isRoot ? ['--no-sandbox'] : [])] });
    } catch (error) {
      throw new ApiFailure(
        'INTERNAL',
        `PDF kan inte skapas: Chromium (${executablePath}) kunde inte startas. ${String((error as Error)?.message ?? error).split('\n')[0]}`,
      );
    }
    try {
      const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
      // The page is self-contained; anything it would fetch is refused.
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
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
    } finally {
      await browser.close().catch(() => {});
    }
  };
}

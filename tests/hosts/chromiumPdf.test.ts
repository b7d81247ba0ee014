// The Node hosts' PDF printer: which Chromium it uses, how it starts it, and the Swedish refusals.
import { describe, expect, it, vi } from 'vitest';
import { CHROMIUM_PRINT_FLAGS, createChromiumPdfPrinter, DEFAULT_CHROMIUM_PATH, findChromium, type PdfBrowser } from '../../src/hosts/shared/chromiumPdf.ts';
import { ApiFailure } from '../../src/api/envelope.ts';

const print = {
  title: 'T',
  headerTemplate: '<span class="pageNumber"></span>',
  footerTemplate: '<span></span>',
  marginsMm: { top: 24, right: 20, bottom: 20, left: 25 },
};

function fakeBrowser() {
  const calls: {
    route?: string;
    html?: string;
    pdf?: Record<string, unknown>;
    context?: unknown;
    closed: boolean;
    contexts: number;
    pages: number;
    prints: string[];
    failPdf?: boolean;
  } = {
    closed: false,
    contexts: 0,
    pages: 0,
    prints: [],
  };
  const browser: PdfBrowser = {
    async newContext(options) {
      calls.context = options;
      calls.contexts++;
      return {
        async route(url) {
          calls.route = url;
        },
        async close() {},
        async newPage() {
          calls.pages++;
          return {
            async setContent(html) {
              calls.html = html;
              calls.prints.push(html);
            },
            async pdf(options) {
              if (calls.failPdf) throw new Error('Target closed');
              calls.pdf = options;
              return Buffer.from('%PDF-1.7 fake');
            },
          };
        },
      };
    },
    async close() {
      calls.closed = true;
    },
  };
  return { browser, calls };
}

describe('findChromium', () => {
  it('uses CHROMIUM_PATH, then /usr/bin/chromium', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/c/chrome' }, isExecutable: (p) => p === '/opt/c/chrome' })).toBe('/opt/c/chrome');
    expect(findChromium({ env: {}, isExecutable: (p) => p === DEFAULT_CHROMIUM_PATH })).toBe(DEFAULT_CHROMIUM_PATH);
  });

  it('says in Swedish what to do when there is none', () => {
    expect(() => findChromium({ env: {}, isExecutable: () => false })).toThrow(
      /PDF kan inte skapas: ingen Chromium hittades \(\/usr\/bin\/chromium\)\. Installera Chromium eller ange sökvägen till den i miljövariabeln CHROMIUM_PATH/,
    );
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nope' }, isExecutable: () => false })).toThrow(/CHROMIUM_PATH pekar på ”\/nope”/);
    try {
      findChromium({ env: {}, isExecutable: () => false });
    } catch (error) {
      expect(error).toBeInstanceOf(ApiFailure);
    }
  });
});

describe('createChromiumPdfPrinter', () => {
  it('prints offline, tagged, with outline and the header, and closes Chromium', async () => {
    const { browser, calls } = fakeBrowser();
    const launch = vi.fn(async (_options: { executablePath: string; args: string[] }) => browser);
    const printPdf = createChromiumPdfPrinter({ env: {}, isExecutable: () => true, launch, isRoot: false });
    const pdf = await printPdf('<html lang="sv-SE"></html>', print);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const launchOptions = launch.mock.calls[0]![0];
    expect(launchOptions.executablePath).toBe(DEFAULT_CHROMIUM_PATH);
    expect(launchOptions.args).toEqual([...CHROMIUM_PRINT_FLAGS]);
    expect(launchOptions.args).toContain('--disable-background-networking');
    expect(calls.context).toEqual({ offline: true, javaScriptEnabled: false });
    expect(calls.route).toBe('**/*');
    expect(calls.pdf).toMatchObject({
      format: 'A4',
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: print.headerTemplate,
      margin: { top: '24mm', left: '25mm' },
    });
    expect(calls.closed).toBe(true);
  });

  it('adds --no-sandbox only as root', async () => {
    const { browser } = fakeBrowser();
    const launch = vi.fn(async (_options: { executablePath: string; args: string[] }) => browser);
    await createChromiumPdfPrinter({ env: {}, isExecutable: () => true, launch, isRoot: true })('<html></html>', print);
    expect(launch.mock.calls[0]![0].args).toContain('--no-sandbox');
  });

  it('refuses in Swedish when Chromium does not start, and when it is missing it does not try', async () => {
    const failing = createChromiumPdfPrinter({
      env: {},
      isExecutable: () => true,
      launch: async () => Promise.reject(new Error('spawn EACCES\nstack')),
      isRoot: false,
    });
    await expect(failing('<html></html>', print)).rejects.toThrow('PDF kan inte skapas: Chromium (/usr/bin/chromium) kunde inte startas. spawn EACCES');
    const launch = vi.fn();
    await expect(createChromiumPdfPrinter({ env: {}, isExecutable: () => false, launch })('<html></html>', print)).rejects.toThrow(/ingen Chromium hittades/);
    expect(launch).not.toHaveBeenCalled();
  });

  it('closes Chromium when printing fails', async () => {
    const { browser, calls } = fakeBrowser();
    const broken: PdfBrowser = { ...browser, newContext: async () => Promise.reject(new Error('boom')) };
    await expect(
      createChromiumPdfPrinter({ env: {}, isExecutable: () => true, launch: async () => broken, isRoot: false })('<html></html>', print),
    ).rejects.toThrow('boom');
    expect(calls.closed).toBe(true);
  });
});

describe('createChromiumPdfPrinter with keepBrowserMs', () => {
  const start = (keepBrowserMs: number) => {
    const browsers: ReturnType<typeof fakeBrowser>[] = [];
    const launch = vi.fn(async () => {
      const fake = fakeBrowser();
      browsers.push(fake);
      return fake.browser;
    });
    return { browsers, launch, printPdf: createChromiumPdfPrinter({ env: {}, isExecutable: () => true, launch, isRoot: false, keepBrowserMs }) };
  };

  it('starts Chromium once for several prints, reuses a free page, and close() ends it', async () => {
    const { browsers, launch, printPdf } = start(60_000);
    const [a, b] = await Promise.all([printPdf('<html>a</html>', print), printPdf('<html>b</html>', print)]);
    const c = await printPdf('<html>c</html>', print);
    for (const pdf of [a, b, c]) expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(launch).toHaveBeenCalledTimes(1);
    // One offline context; two pages for the two prints at once, and the third print on a free one.
    expect(browsers[0]!.calls.contexts).toBe(1);
    expect(browsers[0]!.calls.context).toEqual({ offline: true, javaScriptEnabled: false });
    expect(browsers[0]!.calls.route).toBe('**/*');
    expect(browsers[0]!.calls.pages).toBe(2);
    expect(browsers[0]!.calls.prints).toEqual(['<html>a</html>', '<html>b</html>', '<html>c</html>']);
    expect(browsers[0]!.calls.closed).toBe(false);
    await printPdf.close();
    expect(browsers[0]!.calls.closed).toBe(true);
    // A print after close starts a new Chromium.
    await printPdf('<html>d</html>', print);
    expect(launch).toHaveBeenCalledTimes(2);
    await printPdf.close();
    expect(browsers[1]!.calls.closed).toBe(true);
  });

  it('ends the kept Chromium after the given idle time', async () => {
    const { browsers, printPdf } = start(20);
    await printPdf('<html></html>', print);
    expect(browsers[0]!.calls.closed).toBe(false);
    await vi.waitFor(() => expect(browsers[0]!.calls.closed).toBe(true), { timeout: 2_000, interval: 10 });
  });

  it('does not keep a Chromium whose print failed, nor one that did not start', async () => {
    const { browsers, launch, printPdf } = start(60_000);
    await printPdf('<html></html>', print);
    browsers[0]!.calls.failPdf = true;
    await expect(printPdf('<html></html>', print)).rejects.toThrow('Target closed');
    expect(browsers[0]!.calls.closed).toBe(true);
    await printPdf('<html></html>', print);
    expect(launch).toHaveBeenCalledTimes(2);
    await printPdf.close();

    let attempts = 0;
    const { browser } = fakeBrowser();
    const flaky = createChromiumPdfPrinter({
      env: {},
      isExecutable: () => true,
      isRoot: false,
      keepBrowserMs: 60_000,
      launch: async () => {
        attempts++;
        if (attempts === 1) throw new Error('spawn EAGAIN');
        return browser;
      },
    });
    await expect(flaky('<html></html>', print)).rejects.toThrow('kunde inte startas. spawn EAGAIN');
    await flaky('<html></html>', print);
    expect(attempts).toBe(2);
    await flaky.close();
  });
});

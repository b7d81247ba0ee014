// The app's PDF printer with a fake BrowserWindow: a hidden window without JavaScript, the memo as
// a data: URL, printToPDF tagged with outline and header, and the window always destroyed.
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { createElectronPdfPrinter, MAX_PRINT_URL_CHARS, printToPdfOptions, printWindowOptions } from '../../electron/main/printPdf.ts';

const print = {
  title: 'T',
  headerTemplate: '<div>Dnr 1 · Sida <span class="pageNumber"></span> (<span class="totalPages"></span>)</div>',
  footerTemplate: '<span></span>',
  marginsMm: { top: 25.4, right: 20, bottom: 20, left: 25 },
};

function fakeWindowClass(options: { failLoad?: boolean; failPrint?: boolean } = {}) {
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly options: BrowserWindowConstructorOptions;
    url = '';
    printed: PrintToPDFOptions | null = null;
    destroyed = false;
    webContents = {
      printToPDF: async (o: PrintToPDFOptions) => {
        if (options.failPrint) throw new Error('printing failed\ninternal');
        this.printed = o;
        return Buffer.from('%PDF-fake');
      },
    };
    constructor(o: BrowserWindowConstructorOptions) {
      this.options = o;
      windows.push(this);
    }
    async loadURL(url: string) {
      if (options.failLoad) throw new Error('ERR_BLOCKED');
      this.url = url;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { FakeWindow, windows };
}

describe('Electron printPdf', () => {
  it('uses a hidden, sandboxed window without JavaScript', () => {
    const o = printWindowOptions();
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, devTools: false });
    expect(o.webPreferences?.preload).toBeUndefined();
  });

  it('prints A4, tagged, with outline and the running header, margins in inches', () => {
    expect(printToPdfOptions(print)).toMatchObject({
      pageSize: 'A4',
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
      headerTemplate: print.headerTemplate,
      footerTemplate: '<span></span>',
      margins: { top: 1 },
    });
  });

  it('loads the page as a data: URL, prints it and destroys the window', async () => {
    const { FakeWindow, windows } = fakeWindowClass();
    const html = '<!DOCTYPE html><html lang="sv-SE"><title>Å ä ö</title></html>';
    const pdf = await createElectronPdfPrinter({ BrowserWindow: FakeWindow })(html, print);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-fake');
    const [w] = windows;
    expect(w!.url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(w!.url.split(',')[1]!, 'base64').toString('utf8')).toBe(html);
    expect(w!.printed?.generateTaggedPDF).toBe(true);
    expect(w!.destroyed).toBe(true);
  });

  it('says in Swedish what went wrong and still destroys the window', async () => {
    for (const failure of [{ failLoad: true }, { failPrint: true }]) {
      const { FakeWindow, windows } = fakeWindowClass(failure);
      await expect(createElectronPdfPrinter({ BrowserWindow: FakeWindow })('<html></html>', print)).rejects.toThrow(
        /^PDF kunde inte skapas: (ERR_BLOCKED|printing failed)$/,
      );
      expect(windows[0]!.destroyed).toBe(true);
    }
  });

  it('refuses a page too long for one URL without opening a window', async () => {
    const { FakeWindow, windows } = fakeWindowClass();
    const html = 'x'.repeat(Math.ceil((MAX_PRINT_URL_CHARS * 3) / 4));
    await expect(createElectronPdfPrinter({ BrowserWindow: FakeWindow })(html, print)).rejects.toThrow(
      'Tjänsteutlåtandet är för långt för att skrivas ut som PDF.',
    );
    expect(windows).toHaveLength(0);
  });
});

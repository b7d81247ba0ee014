// PDF printing in the app: the memo's self-contained HTML is loaded into a hidden, sandboxed
// window without JavaScript and printed with Electron's printToPDF, tagged and with a document
// outline, A4, with the running header (Dnr, "Sida X (Y)"). The window uses the app's session,
// whose request filter refuses anything but app:, devtools: and data: (security.ts), so the page
// cannot reach the network. Electron is injected so this is unit-tested with fakes.
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { PrintPdfOptions } from '../../src/api/context.ts';
import { ApiFailure } from '../../src/api/envelope.ts';

/** Chromium refuses URLs longer than 2 MB; the page travels as one data: URL. */
export const MAX_PRINT_URL_CHARS = 2 * 1024 * 1024 - 64;
const MM_PER_INCH = 25.4;

export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Buffer> };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface ElectronPdfDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
}

/** A hidden window that shows nothing and runs nothing: it only lays out the page for printing. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
      images: true,
    },
  };
}

export function printToPdfOptions(print: PrintPdfOptions): PrintToPDFOptions {
  const m = print.marginsMm;
  return {
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    displayHeaderFooter: true,
    headerTemplate: print.headerTemplate,
    footerTemplate: print.footerTemplate,
    margins: { top: m.top / MM_PER_INCH, right: m.right / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH },
  };
}

/** A printPdf for the app's ApiContext. */
export function createElectronPdfPrinter(deps: ElectronPdfDeps): (html: string, print: PrintPdfOptions) => Promise<Uint8Array> {
  return async (html, print) => {
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    if (url.length > MAX_PRINT_URL_CHARS) {
      throw new ApiFailure('VALIDATION', 'Tjänsteutlåtandet är för långt för att skrivas ut som PDF. Korta texten eller exportera som Word-fil.');
    }
    const window = new deps.BrowserWindow(printWindowOptions());
    try {
      await window.loadURL(url);
      const pdf = await window.webContents.printToPDF(printToPdfOptions(print));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (error instanceof ApiFailure) throw error;
      throw new ApiFailure('INTERNAL', `PDF kunde inte skapas: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  };
}

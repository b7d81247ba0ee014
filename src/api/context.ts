// What a handler may use. Hosts (Electron main, browser host, CLI) build one per database file
// with createStoreContext (src/api/storeContext.ts); tests may build one around a single store,
// which is why everything beyond getStore is optional.
import type { LotsplanStore } from '../store/contract.ts';
import type { RestoreResult } from '../store/backups/restore.ts';

/** How the host prints an HTML page to PDF (see src/api/export/memoPdf.ts for what is given). */
export interface PrintPdfOptions {
  /** The PDF's title (its document properties); the page's <title> says the same. */
  title: string;
  /** Chromium's header and footer templates: plain HTML with <span class="pageNumber"> and <span class="totalPages">. */
  headerTemplate: string;
  footerTemplate: string;
  /** Page margins in millimetres; the header sits in the top margin. */
  marginsMm: { top: number; right: number; bottom: number; left: number };
}

export interface ApiContext {
  /** Opens the store lazily; throws StoreError when the file is refused. */
  getStore(): Promise<LotsplanStore>;
  /** The database file, known even when it is refused (its backups lie beside it). */
  readonly databasePath?: string;
  /** Closes the store, restores the candidate over the database file and reopens it. */
  restore?(candidatePath: string): Promise<RestoreResult>;
  /** Opens another file and makes it the database; throws (and changes nothing) when refused. */
  switchDatabase?(path: string, options: { create: boolean }): Promise<void>;
  /**
   * Prints a self-contained HTML page to a tagged A4 PDF with a document outline (Chromium in the
   * CLI and browser host, Electron's printToPDF in the app). Absent where no printer exists; throws
   * ApiFailure with a Swedish message when the printer cannot start.
   */
  printPdf?(html: string, options: PrintPdfOptions): Promise<Uint8Array>;
  /** The host's local log file (src/hosts/shared/logFile.ts); absent where the host keeps none (the CLI). */
  diagnosticLog?: { read(): { path: string; text: string; truncated: boolean } };
}

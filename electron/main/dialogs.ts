// Host calls that need the desktop: the native open and save dialogs, and opening another
// database file from the recovery screen. (The log file's is in logHost.ts, the unsaved work's in
// closeGuard.ts.)
import * as realFs from 'node:fs/promises';
import { basename } from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { ApiFailure } from '../../src/api/envelope.ts';
import { StoreError } from '../../src/store/contract.ts';
import { formatBytes, sizeLimitText } from '../../src/core/format/index.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../src/core/files/limits.ts';
import { MAX_TEMPLATE_BYTES } from '../../src/api/contracts/memos.ts';
import type { HostHandlers } from './ipc.ts';
import { writeFileAtomic } from '../../src/store/atomicWrite.ts';
import { isDatabaseOrSideFile } from '../../src/store/sqliteFile.ts';
import type { StoreFileOps } from '../../src/store/fileOps.ts';

/** The same limit as the importExchange contract (5 000 000 characters). */
export const MAX_EXCHANGE_FILE_BYTES = MAX_IMPORT_FILE_BYTES;
export const EXCHANGE_FILTER_NAME = 'Lotsplan-utväxlingsfil';
export const IMPORT_DIALOG_TITLE = 'Importera utväxlingsfil';
export const EXPORT_DIALOG_TITLE = 'Exportera';
export const OPEN_DATABASE_DIALOG_TITLE = 'Öppna en annan databasfil';
export const DATABASE_FILTER_NAME = 'Lotsplan-databas';
export const SPREADSHEET_DIALOG_TITLE = 'Läs in månadsstatistik';
export const SPREADSHEET_FILTER_NAME = 'Månadsstatistik (Excel, CSV eller JSON)';
/** The same limit as the statistics import. */
export const MAX_SPREADSHEET_FILE_BYTES = MAX_IMPORT_FILE_BYTES;
export const TEMPLATE_DIALOG_TITLE = 'Lägg till mall för tjänsteutlåtanden';
export const TEMPLATE_FILTER_NAME = 'Word-dokument';
/** The same limit as the addMemoTemplate contract. */
export const MAX_TEMPLATE_FILE_BYTES = MAX_TEMPLATE_BYTES;

export interface DialogDeps {
  dialog: {
    showOpenDialog(window: BaseWindow, options: OpenDialogOptions): ReturnType<Dialog['showOpenDialog']>;
    showSaveDialog(window: BaseWindow, options: SaveDialogOptions): ReturnType<Dialog['showSaveDialog']>;
  };
  /** The window the dialog belongs to (modal); null when there is none. */
  getWindow: () => BaseWindow | null;
  fs?: Pick<typeof realFs, 'stat' | 'readFile'>;
  /** The file operations a save writes through (the store's seam, fileOps.ts); for tests. */
  fileOps?: StoreFileOps;
  /** Makes the chosen file the app's database (StoreContext.switchDatabase); throws when refused. */
  switchDatabase?: (path: string) => Promise<void>;
}

/** Removes folders and characters Windows refuses from a suggested file name. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: Windows refuses control characters in a file name
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return cleaned.length > 0 ? cleaned : 'lotsplan.json';
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** All host calls but the log's (electron/main/logHost.ts) and the unsaved work's (electron/main/closeGuard.ts). */
export function createDialogHandlers(deps: DialogDeps): Omit<HostHandlers, 'showLogFile' | 'reportUnsavedWork' | 'savedBeforeClose'> {
  const fs = deps.fs ?? realFs;

  /** The chosen file's bytes, or a Swedish refusal: not a file, larger than `maxBytes`, unreadable. */
  const readChosenFile = async (path: string, maxBytes: number, what: string): Promise<Uint8Array> => {
    const fileName = basename(path);
    try {
      const info = await fs.stat(path);
      if (!info.isFile()) throw new ApiFailure('VALIDATION', `”${fileName}” är inte en fil.`);
      if (info.size > maxBytes) {
        throw new ApiFailure('VALIDATION', `Filen ”${fileName}” är för stor (${formatBytes(info.size)}). ${what} får vara högst ${sizeLimitText(maxBytes)}.`);
      }
      return await fs.readFile(path);
    } catch (error) {
      if (error instanceof ApiFailure) throw error;
      throw new ApiFailure('NOT_FOUND', `Filen ”${fileName}” kunde inte läsas.`);
    }
  };

  const noWindow = (): never => {
    throw new ApiFailure('INTERNAL', 'Lotsplans fönster är inte öppet, så dialogrutan kan inte visas.');
  };

  return {
    async chooseExchangeFile() {
      const window = deps.getWindow() ?? noWindow();
      const result = await deps.dialog.showOpenDialog(window, {
        title: IMPORT_DIALOG_TITLE,
        buttonLabel: 'Importera',
        filters: [{ name: EXCHANGE_FILTER_NAME, extensions: ['json'] }],
        properties: ['openFile'],
      });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      const fileName = basename(path);

      const bytes = await readChosenFile(path, MAX_EXCHANGE_FILE_BYTES, 'En utväxlingsfil');
      if (bytes.byteLength > MAX_EXCHANGE_FILE_BYTES) {
        throw new ApiFailure('VALIDATION', `Filen ”${fileName}” är för stor. En utväxlingsfil får vara högst ${sizeLimitText(MAX_EXCHANGE_FILE_BYTES)}.`);
      }
      try {
        return { fileName, text: decoder.decode(bytes) };
      } catch {
        throw new ApiFailure('VALIDATION', `Filen ”${fileName}” är inte en textfil i UTF-8 och kan inte vara en utväxlingsfil.`);
      }
    },

    async chooseSpreadsheetFile() {
      const window = deps.getWindow() ?? noWindow();
      const result = await deps.dialog.showOpenDialog(window, {
        title: SPREADSHEET_DIALOG_TITLE,
        buttonLabel: 'Läs in',
        filters: [{ name: SPREADSHEET_FILTER_NAME, extensions: ['xlsx', 'csv', 'json'] }],
        properties: ['openFile'],
      });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      const bytes = await readChosenFile(path, MAX_SPREADSHEET_FILE_BYTES, 'Ett kalkylblad med månadsstatistik');
      return { fileName: basename(path), base64: Buffer.from(bytes).toString('base64') };
    },

    async chooseTemplateFile() {
      const window = deps.getWindow() ?? noWindow();
      const result = await deps.dialog.showOpenDialog(window, {
        title: TEMPLATE_DIALOG_TITLE,
        buttonLabel: 'Lägg till',
        filters: [{ name: TEMPLATE_FILTER_NAME, extensions: ['docx'] }],
        properties: ['openFile'],
      });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      const bytes = await readChosenFile(path, MAX_TEMPLATE_FILE_BYTES, 'En mall');
      return { fileName: basename(path), base64: Buffer.from(bytes).toString('base64') };
    },

    async saveFile(input) {
      const window = deps.getWindow() ?? noWindow();
      const result = await deps.dialog.showSaveDialog(window, {
        title: EXPORT_DIALOG_TITLE,
        buttonLabel: 'Spara',
        defaultPath: safeFileName(input.suggestedName),
        filters: [{ name: input.filterName, extensions: input.extensions }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      // A report written over the open database (or any other) would destroy the data.
      if (isDatabaseOrSideFile(result.filePath)) {
        throw new ApiFailure(
          'VALIDATION',
          `”${basename(result.filePath)}” är en databas eller hör till en och skrivs inte över. Spara under ett annat namn. Ingenting har sparats.`,
        );
      }
      try {
        writeFileAtomic(result.filePath, input.encoding === 'base64' ? Buffer.from(input.text, 'base64') : input.text, deps.fileOps);
      } catch {
        throw new ApiFailure('INTERNAL', `Filen ”${basename(result.filePath)}” kunde inte sparas. Kontrollera att mappen finns och att du får skriva i den.`);
      }
      return { path: result.filePath };
    },

    async openOtherDatabase() {
      const switchDatabase = deps.switchDatabase;
      if (!switchDatabase) throw new ApiFailure('INTERNAL', 'Lotsplan kan inte byta databasfil här.');
      const window = deps.getWindow() ?? noWindow();
      const result = await deps.dialog.showOpenDialog(window, {
        title: OPEN_DATABASE_DIALOG_TITLE,
        buttonLabel: 'Öppna',
        filters: [
          { name: DATABASE_FILTER_NAME, extensions: ['sqlite', 'db'] },
          { name: 'Alla filer', extensions: ['*'] },
        ],
        properties: ['openFile'],
      });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      try {
        await switchDatabase(path);
      } catch (error) {
        // The store's refusal names the file and says it was not changed.
        if (error instanceof StoreError) throw new ApiFailure('DATABASE', error.message);
        throw error;
      }
      return { path };
    },
  };
}

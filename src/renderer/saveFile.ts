// Saving a file that the API made (base64): the native save dialog in Electron, a download in the browser.
import { unwrap } from './api/errors.ts';
import { getBridge } from './api/transport.ts';
import { downloadBase64File } from './downloads.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SaveKind {
  mimeType: string;
  /** The save dialog's filter, e.g. "Word-dokument". */
  filterName: string;
  extensions: string[];
}

export const FILE_KINDS = {
  xlsx: { mimeType: XLSX_MIME, filterName: 'Excel-arbetsbok', extensions: ['xlsx'] },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', filterName: 'Word-dokument', extensions: ['docx'] },
  pdf: { mimeType: 'application/pdf', filterName: 'PDF-dokument', extensions: ['pdf'] },
} as const satisfies Record<string, SaveKind>;

/** Whether the file was saved (false when the user cancelled the dialog). */
export async function saveBase64File(file: { fileName: string; base64: string }, kind: SaveKind): Promise<boolean> {
  const bridge = getBridge();
  if (bridge) {
    const saved = unwrap(
      await bridge.host.saveFile({
        suggestedName: file.fileName,
        text: file.base64,
        encoding: 'base64',
        filterName: kind.filterName,
        extensions: [...kind.extensions],
      }),
    );
    return saved !== null;
  }
  downloadBase64File(file.fileName, file.base64, kind.mimeType);
  return true;
}

export async function saveXlsxFile(file: { fileName: string; base64: string }): Promise<void> {
  await saveBase64File(file, FILE_KINDS.xlsx);
}

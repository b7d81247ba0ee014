// Saving an .xlsx that the API made: the native save dialog in Electron, a download in the browser.
import { unwrap } from './api/errors.ts';
import { getBridge } from './api/transport.ts';
import { downloadBase64File } from './downloads.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function saveXlsxFile(file: { fileName: string; base64: string }): Promise<void> {
  const bridge = getBridge();
  if (bridge) {
    unwrap(await bridge.host.saveTextFile({ suggestedName: file.fileName, text: file.base64, encoding: 'base64', filterName: 'Excel-arbetsbok', extensions: ['xlsx'] }));
  } else downloadBase64File(file.fileName, file.base64, XLSX_MIME);
}

// Decodes an uploaded JSON file of monthly statistics into text for src/core/statistics/jsonMonths.ts,
// refusing what is not one with a Swedish sentence that names the file: an empty or too large file,
// binary data, a text that is not UTF-8.
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_TEXT } from '../../core/files/limits.ts';

export type JsonDecodeResult = { ok: true; text: string } | { ok: false; message: string };

/** A file read as JSON rather than as a spreadsheet: its name ends in .json. */
export function isJsonFileName(fileName: string): boolean {
  return /\.json$/i.test(fileName.trim());
}

export function decodeJsonFile(bytes: Uint8Array, fileName: string): JsonDecodeResult {
  if (bytes.length === 0) return { ok: false, message: `Filen ${fileName} är tom.` };
  if (bytes.length > MAX_IMPORT_FILE_BYTES) return { ok: false, message: `Filen ${fileName} är för stor (högst ${MAX_IMPORT_FILE_TEXT}).` };
  // Notepad's "Unicode" is UTF-16 with a byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: true, text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) };
  }
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, message: `Filen ${fileName} är inte en JSON-fil: den innehåller binära data.` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `Filen ${fileName} är inte sparad i teckenkodningen UTF-8, som en JSON-fil ska vara.` };
  }
}

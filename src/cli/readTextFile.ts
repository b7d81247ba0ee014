// Reads a UTF-8 text file for import, refusing what cannot be an exchange file before it is
// read into memory: directories, huge files and bytes that are not valid UTF-8. Binary files
// (a document or an image picked by mistake) and UTF-16 text get a message of their own.
import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import { formatNumber } from '../core/format/index.ts';

export const MAX_IMPORT_BYTES = 5_000_000;

export async function readTextFileLimited(filePath: string, maxBytes = MAX_IMPORT_BYTES): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const read = await readBinaryFileLimited(filePath, maxBytes, 'för att vara en utväxlingsfil ');
  if (!read.ok) return read;
  const bytes = read.bytes;
  const notText = describeNonText(bytes);
  if (notText) return { ok: false, message: `Filen ${filePath} ${notText}` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: `Filen ${filePath} är inte sparad som UTF-8-text (kanske Latin-1 eller Windows-1252). Spara den som UTF-8 och försök igen.`,
    };
  }
}

const SAVE_AS_JSON = 'En utväxlingsfil är JSON-text i UTF-8, som Lotsplan skriver när en enhet exporteras.';

/** Why bytes are no UTF-8 text file, or null when they may be one. */
function describeNonText(bytes: Uint8Array): string | null {
  const startsWith = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) {
    return 'är sparad som UTF-16-text, inte som UTF-8. Spara den som UTF-8 och försök igen.';
  }
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
    return `är ett komprimerat dokument (till exempel en Excel- eller Word-fil), inte en utväxlingsfil. ${SAVE_AS_JSON}`;
  }
  // Text never holds NUL bytes; images, documents and UTF-16 text without a byte order mark do.
  if (bytes.includes(0)) {
    return `är ingen textfil i UTF-8 (den innehåller binära data, till exempel en bild, eller text i UTF-16). ${SAVE_AS_JSON}`;
  }
  return null;
}

/**
 * Reads a file after checking that it is a file of at most `maxBytes`, before it is read into
 * memory. `forWhat` completes "är för stor …" ("för att vara en utväxlingsfil ").
 */
export async function readBinaryFileLimited(
  filePath: string,
  maxBytes: number,
  forWhat = '',
): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string }> {
  let stat: Stats;
  try {
    stat = await fs.stat(filePath);
  } catch {
    return { ok: false, message: `Filen ${filePath} finns inte eller kan inte läsas.` };
  }
  if (stat.isDirectory()) return { ok: false, message: `${filePath} är en mapp, inte en fil.` };
  if (stat.size > maxBytes)
    return { ok: false, message: `Filen ${filePath} är för stor ${forWhat}(högst ${formatNumber(maxBytes / 1_000_000, { maxDecimals: 1 })} MB).` };
  try {
    return { ok: true, bytes: await fs.readFile(filePath) };
  } catch {
    return { ok: false, message: `Filen ${filePath} kan inte läsas.` };
  }
}

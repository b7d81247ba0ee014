// Reads a UTF-8 text file for import, refusing what cannot be an exchange file before it is
// read into memory: directories, huge files and bytes that are not valid UTF-8.
import fs from 'node:fs/promises';

export const MAX_IMPORT_BYTES = 5_000_000;

export async function readTextFileLimited(
  filePath: string,
  maxBytes = MAX_IMPORT_BYTES,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch {
    return { ok: false, message: `Filen ${filePath} finns inte eller kan inte läsas.` };
  }
  if (stat.isDirectory()) return { ok: false, message: `${filePath} är en mapp, inte en fil.` };
  if (stat.size > maxBytes) {
    const mb = (maxBytes / 1_000_000).toLocaleString('sv-SE');
    return { ok: false, message: `Filen ${filePath} är för stor för att vara en utväxlingsfil (högst ${mb} MB).` };
  }
  let bytes;
  try {
    bytes = await fs.readFile(filePath);
  } catch {
    return { ok: false, message: `Filen ${filePath} kan inte läsas.` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `Filen ${filePath} är inte sparad som UTF-8-text.` };
  }
}

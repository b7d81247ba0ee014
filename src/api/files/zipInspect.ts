// Looks inside a zip file (an .xlsx is one) before exceljs unpacks it: the central directory lists
// every entry, and each entry is inflated here with a hard cap on its output (zlib's
// maxOutputLength), so a zip bomb (a small file that unpacks to gigabytes, whatever sizes it claims)
// is refused after at most the cap, and a Word document renamed to .xlsx is recognised by its entries.
// exceljs reads zips with JSZip, which is lenient where this is strict: a directory that does not
// end right at the end record (JSZip shifts every offset by the gap), several disks, ZIP64, a
// local name that differs from the directory's, or bytes after the comment are all refused, so that
// both readers see the same entries.
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipInspection =
  | { ok: true; entries: ZipEntry[]; totalUncompressed: number }
  | { ok: false; reason: 'not-zip' | 'damaged' | 'unsupported' | 'too-large'; tooManyEntries?: { count: number; max: number } };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Lists the entries and inflates each one to check its real size; refuses ('too-large') as soon as
 * the entries together would unpack to more than `maxUncompressed` bytes, or to more entries than
 * `maxEntries`.
 */
export function inspectZip(bytes: Uint8Array, maxUncompressed: number, maxEntries = 2000): ZipInspection {
  if (!looksLikeZip(bytes)) return { ok: false, reason: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65 535 bytes (after a comment).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'damaged' };
  const disk = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  const countOnDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) return { ok: false, reason: 'unsupported' };
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) return { ok: false, reason: 'unsupported' };
  if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count) return { ok: false, reason: 'unsupported' };
  if (count > maxEntries) return { ok: false, reason: 'too-large', tooManyEntries: { count, max: maxEntries } };
  // The directory must end exactly where the end record begins, and nothing may follow the comment.
  if (offset + size !== eocd || eocd + 22 + commentLength !== bytes.length) return { ok: false, reason: 'damaged' };
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: 'damaged' };
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) return { ok: false, reason: 'unsupported' };
    if (p + 46 + nameLength > bytes.length) return { ok: false, reason: 'damaged' };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;

    // The entry's data follows its local header; inflate it with a cap on the output.
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) return { ok: false, reason: 'damaged' };
    const localNameLength = view.getUint16(localOffset + 26, true);
    const start = localOffset + 30 + localNameLength + view.getUint16(localOffset + 28, true);
    if (localOffset + 30 + localNameLength > bytes.length) return { ok: false, reason: 'damaged' };
    // JSZip names an entry by its local header: it must be the name checked here.
    if (decoder.decode(bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength)) !== name) return { ok: false, reason: 'damaged' };
    if (start + compressedSize > bytes.length) return { ok: false, reason: 'damaged' };
    const budget = maxUncompressed - total;
    let actual: number;
    if (method === 0) actual = compressedSize;
    else if (method === 8) {
      try {
        actual = zlib.inflateRawSync(bytes.subarray(start, start + compressedSize), { maxOutputLength: Math.max(1, budget + 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return { ok: false, reason: 'too-large' };
        return { ok: false, reason: 'damaged' };
      }
    } else return { ok: false, reason: 'unsupported' };
    if (actual > budget) return { ok: false, reason: 'too-large' };
    if (actual !== uncompressedSize) return { ok: false, reason: 'damaged' };
    total += actual;
    entries.push({ name, compressedSize, uncompressedSize });
  }
  return { ok: true, entries, totalUncompressed: total };
}

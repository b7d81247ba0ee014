// Checks a Word template (.docx with {{placeholders}}) before it is saved or used, and lists the
// placeholders it holds. Refused with a Swedish sentence, before anything is saved: a file over
// the size limit, an old .doc, an encrypted (password-protected) document, a PDF or another file
// renamed to .docx, a zip bomb, a damaged zip, a macro-enabled document (.docm, vbaProject.bin),
// an Excel or PowerPoint file, and a document without any placeholder. The placeholders are read
// by the template fill's own inspection (src/api/export/memoTemplate.ts), so both see the same.
import { readZipEntries } from '../files/zipEntries.ts';
import { inspectZip, looksLikeZip } from '../files/zipInspect.ts';
import { sizeLimitText } from '../../core/format/index.ts';
import { MEMO_FIGURES } from '../../core/memo/figureCatalogue.ts';
import { inspectTemplate } from '../export/memoTemplate.ts';

import { MAX_TEMPLATE_BYTES } from '../contracts/memos.ts';

/** Largest template accepted, in bytes. */
export const MAX_TEMPLATE_FILE_BYTES = MAX_TEMPLATE_BYTES;
/** Largest total a template may unpack to. */
export const MAX_TEMPLATE_UNPACKED_BYTES = 50_000_000;

export type TemplateCheck = { ok: true; placeholders: string[] } | { ok: false; message: string };

const refuse = (message: string): TemplateCheck => ({ ok: false, message });

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** True when the bytes hold `text` in UTF-16LE (names inside an OLE compound file). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Checks the bytes of a template and lists its placeholders (each once, in order). */
export function checkDocxTemplate(bytes: Uint8Array, fileName: string): TemplateCheck {
  const what = `Filen ${fileName}`;
  if (bytes.length === 0) return refuse(`${what} är tom.`);
  if (bytes.length > MAX_TEMPLATE_FILE_BYTES) return refuse(`${what} är större än ${sizeLimitText(MAX_TEMPLATE_FILE_BYTES)} och kan inte användas som mall.`);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    if (containsUtf16(bytes, 'EncryptedPackage')) {
      return refuse(`${what} är ett krypterat (lösenordsskyddat) Word-dokument. Ta bort lösenordet i Word och spara igen.`);
    }
    return refuse(`${what} är i det äldre Word-formatet (.doc). Öppna den i Word och spara som Word-dokument (.docx).`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return refuse(`${what} är ett PDF-dokument, inte ett Word-dokument (.docx).`);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return refuse(`${what} är i RTF-format. Spara den som Word-dokument (.docx).`);
  if (!looksLikeZip(bytes)) return refuse(`${what} är inte ett Word-dokument (.docx).`);
  const zip = inspectZip(bytes, MAX_TEMPLATE_UNPACKED_BYTES);
  if (!zip.ok) {
    if (zip.reason === 'too-large')
      return refuse(`${what} packas upp till mer än ${sizeLimitText(MAX_TEMPLATE_UNPACKED_BYTES)} och används inte; en Word-mall är mycket mindre.`);
    if (zip.reason === 'unsupported') return refuse(`${what} är en zip-fil av ett slag som inte kan läsas (flera delar, ZIP64 eller okänd komprimering).`);
    return refuse(`${what} är skadad eller inte ett Word-dokument som kan läsas.`);
  }
  const names = new Set(zip.entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return refuse(`${what} är en Excel-arbetsbok, inte ett Word-dokument.`);
  if (names.has('ppt/presentation.xml')) return refuse(`${what} är en PowerPoint-presentation, inte ett Word-dokument.`);
  if (!names.has('word/document.xml') || !names.has('[Content_Types].xml')) return refuse(`${what} är en zip-fil men inte ett Word-dokument.`);
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZipEntries(bytes, (n) => n === '[Content_Types].xml');
  } catch {
    return refuse(`${what} är skadad och kan inte läsas.`);
  }
  const contentTypes = new TextDecoder('utf-8').decode(parts.get('[Content_Types].xml') ?? new Uint8Array());
  if ([...names].some((n) => /vbaProject\.bin$/i.test(n)) || /macroEnabled/i.test(contentTypes)) {
    return refuse(
      `${what} innehåller makron (ett makroaktiverat dokument, .docm). Lotsplan använder inte mallar med makron; spara mallen som Word-dokument (.docx) utan makron.`,
    );
  }
  let placeholders: string[];
  try {
    placeholders = inspectTemplate(bytes, MEMO_FIGURES).placeholders;
  } catch {
    return refuse(`${what} är skadad och kan inte läsas.`);
  }
  if (placeholders.length === 0) {
    return refuse(`${what} innehåller inga platshållare. Skriv till exempel {{titel}}, {{dnr}} och {{ärendet}} i mallen där texten ska stå.`);
  }
  return { ok: true, placeholders };
}

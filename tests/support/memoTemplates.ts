// Word templates and not-templates for the memo tests: a real .docx made with the docx package
// (with a placeholder split over two runs, as Word does), and the files a template check refuses.
import zlib from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';

/** A .docx whose body holds the given paragraphs; a paragraph given as a list is split into runs. */
export async function docxWith(paragraphs: (string | string[])[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: paragraphs.map((p) => new Paragraph({ children: (Array.isArray(p) ? p : [p]).map((text, i) => new TextRun({ text, bold: i % 2 === 1 })) })),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A template with {{titel}} split over two runs, {{dnr}}, {{ärendet}} and one unknown placeholder. */
export function sampleTemplate(): Promise<Buffer> {
  return docxWith([['{{ti', 'tel}}'], 'Dnr {{dnr}}', '{{arendet}}', '{{lotsar}} lotsar', '{{okänd_sak}}']);
}

/** A zip of the given entries (stored, or deflated when `deflate`), as a minimal zip writer makes it. */
export function zipOf(entries: Record<string, Buffer | string>, deflate = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, value] of Object.entries(entries)) {
    const data = Buffer.isBuffer(value) ? value : Buffer.from(value, 'utf8');
    const packed = deflate ? zlib.deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(entries).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const DOCUMENT_XML =
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{{titel}}</w:t></w:r></w:p></w:body></w:document>';

/** A macro-enabled document (.docm) renamed to .docx. */
export function macroDocument(): Buffer {
  return zipOf({
    '[Content_Types].xml': '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
    'word/document.xml': DOCUMENT_XML,
    'word/vbaProject.bin': Buffer.from([1, 2, 3, 4]),
  });
}

/** A zip whose document part unpacks to 60 MB of zeros. */
export function zipBomb(): Buffer {
  return zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': Buffer.alloc(60_000_000) }, true);
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An old .doc (an OLE compound file). */
export const oldDoc = (): Buffer => Buffer.concat([Buffer.from(OLE), Buffer.alloc(2000)]);
/** An encrypted Office document: an OLE file with an EncryptedPackage stream. */
export const encryptedDocx = (): Buffer => Buffer.concat([Buffer.from(OLE), Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)]);
export const renamedPdf = (): Buffer => Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n', 'latin1');

// Reads every entry of a zip (a .docx) for the export tests, after inspectZip has checked it.
import zlib from 'node:zlib';
import { inspectZip } from '../../src/api/files/zipInspect.ts';

export function unzip(bytes: Uint8Array): Map<string, string> {
  return new Map([...unzipBytes(bytes)].map(([name, data]) => [name, Buffer.from(data).toString('utf8')]));
}

/** Every entry of a zip as bytes: for a zip inside it, such as a chart's workbook. */
export function unzipBytes(bytes: Uint8Array): Map<string, Uint8Array> {
  const check = inspectZip(bytes, 100_000_000);
  if (!check.ok) throw new Error(`not a valid zip: ${check.reason}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const local = view.getUint32(p + 42, true);
    const name = Buffer.from(bytes.subarray(p + 46, p + 46 + nameLength)).toString('utf8');
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    out.set(name, method === 0 ? Uint8Array.from(data) : new Uint8Array(zlib.inflateRawSync(data)));
  }
  return out;
}

/** The text of each paragraph of a WordprocessingML part, with its style id. */
export function paragraphs(xml: string): { style: string | null; text: string; xml: string }[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
    xml: p,
  }));
}

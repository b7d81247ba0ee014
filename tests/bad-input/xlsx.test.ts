// Catalogue, part 6: spreadsheets for the monthly statistics import. Each file is refused with a
// Swedish message that names it, and the database is unchanged (SHA-256 of the file and its WAL).
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from '../api/support.ts';
import { buildZip } from '../support/zipFixture.ts';
import { STATISTICS_COLUMNS } from '../../src/core/statistics/sheet.ts';
import { inspectZip } from '../../src/api/files/zipInspect.ts';

const UNIT = { district: 'Rinkeby-Kista', unit: 'SIG vuxna' } as const;
const HEADER = STATISTICS_COLUMNS.map((c) => c.heading);

async function refusedWith(fileName: string, bytes: Buffer, message: RegExp | string): Promise<string[]> {
  const { ok, call, file } = apiSetup();
  await ok('loadDemo', {});
  const before = dbHash(file);
  const result = await call('importMonthlyStatistics', { ...UNIT, fileName, base64: bytes.toString('base64') });
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('VALIDATION');
  const all = [result.error.message, ...(result.error.details ?? [])].join(' ');
  if (typeof message === 'string') expect(all).toContain(message);
  else expect(all).toMatch(message);
  expect(all).toContain('Ingenting har ändrats');
  expect(dbHash(file)).toBe(before);
  return result.error.details ?? [];
}

async function workbookBytes(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Månadsstatistik');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('spreadsheet files that are refused', () => {
  it('a zip of 3 000 small entries is refused for their number, not as "more than 50 MB"', async () => {
    const entries = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      ...Array.from({ length: 2998 }, (_, i) => ({ name: `xl/media/bild${i}.bin`, data: Buffer.from('x') })),
    ];
    await refusedWith(
      'manga.xlsx',
      buildZip(entries),
      /^Filen manga\.xlsx består av 3\s000 delar \(en Excel-arbetsbok är ett zip-arkiv\), fler än de högst 2\s000 som läses in;/u,
    );
  });

  it('a zip bomb: 128 MB of zeros in a file of about 130 kB, refused after at most 50 MB unpacked', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const chunk = zlib.deflateRawSync(zeros, { level: 9 });
    // Two entries of 64 MB each: the first one alone is over the 50 MB cap.
    const entries = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      ...Array.from({ length: 2 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: zeros })),
    ];
    const bomb = buildZip(entries);
    expect(bomb.length).toBeLessThan(2 * chunk.length + 10_000);
    const started = Date.now();
    await refusedWith('bomb.xlsx', bomb, 'packas upp till mer än 50 MB');
    // Not a speed test: a bound that only an unpacking of the whole gigabyte would break.
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('a zip that claims small sizes but unpacks to more is caught by its real size', () => {
    const big = Buffer.alloc(2_000_000, 0x41);
    const lying = buildZip([{ name: 'xl/workbook.xml', data: big, claimedSize: 10 }]);
    expect(inspectZip(lying, 1_000_000)).toEqual({ ok: false, reason: 'too-large' });
    expect(inspectZip(lying, 5_000_000)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('a harmless zip with a bomb behind it (read differently by JSZip) is refused as damaged', async () => {
    // Found in review: the directory of the first zip is followed by a second zip whose end record
    // closes the file. JSZip shifts every offset by the gap and unpacks the second (a bomb); the
    // check requires the directory to end right at the end record.
    const harmless = buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    const bomb = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/media/a.bin', data: Buffer.alloc(60 * 1024 * 1024) },
    ]);
    const eocdOf = (zip: Buffer) => zip.length - 22;
    const stitched = Buffer.concat([harmless.subarray(0, eocdOf(harmless)), bomb]);
    expect(inspectZip(stitched, 50_000_000)).toEqual({ ok: false, reason: 'damaged' });
    // Bytes after the end record, and a local name that differs from the directory's, too.
    expect(inspectZip(Buffer.concat([harmless, Buffer.from('junk')]), 50_000_000)).toEqual({ ok: false, reason: 'damaged' });
    const renamed = Buffer.from(harmless);
    renamed.write('xl/workbook.xmm', 30, 'latin1'); // the local header's name
    expect(inspectZip(renamed, 50_000_000)).toEqual({ ok: false, reason: 'damaged' });
    await refusedWith('sydd.xlsx', stitched, 'Filen sydd.xlsx är skadad eller inte en Excel-arbetsbok som kan läsas.');
  });

  it('a .docx renamed to .xlsx', async () => {
    const docx = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    await refusedWith('statistik.xlsx', docx, 'Filen statistik.xlsx är ett Word-dokument, inte en Excel-arbetsbok.');
  });

  it('a zip that is not a workbook, and a damaged workbook', async () => {
    await refusedWith('arkiv.xlsx', buildZip([{ name: 'a.txt', data: Buffer.from('hej') }]), 'är en zip-fil men inte en Excel-arbetsbok');
    const good = await workbookBytes([HEADER]);
    await refusedWith('avkortad.xlsx', good.subarray(0, Math.floor(good.length / 2)), /avkortad\.xlsx är (skadad|en skadad)/);
  });

  it('a PNG, a PDF and a text file renamed to .xlsx, an old .xls or encrypted .xlsx', async () => {
    await refusedWith('bild.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'är en bild (PNG)');
    await refusedWith('dok.xlsx', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'är ett PDF-dokument');
    await refusedWith('text.xlsx', Buffer.from('Månad;Avslut\n2021-01;2\n'), 'heter .xlsx men är en textfil');
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await refusedWith('skyddad.xlsx', cfb, 'lösenordsskyddad eller sparad i det äldre .xls-formatet');
    await refusedWith('gammal.xls', cfb, 'i det äldre Excel- eller Word-formatet');
  });

  it('an empty file and a file over 5 MB', async () => {
    await refusedWith('tom.csv', Buffer.alloc(0), 'Filen tom.csv är tom.');
    await refusedWith('stor.csv', Buffer.alloc(5_000_001, 0x41), 'Filen stor.csv är för stor (högst 5 MB).');
  });

  it('a sheet with far too many rows', async () => {
    const rows = [
      HEADER,
      ...Array.from({ length: 1300 }, (_, i) => [`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0]),
    ];
    await refusedWith(
      'manga.xlsx',
      await workbookBytes(rows),
      'Bladet ”Månadsstatistik” i manga.xlsx har 1\u00a0301 rader med innehåll; högst 1\u00a0200 månader, en på varje rad, kan läsas in åt gången.',
    );
  });

  it('text, NaN-like text and 1e308 in number cells name the row and column', async () => {
    const details = await refusedWith(
      'tal.xlsx',
      await workbookBytes([
        HEADER,
        ['2021-01', 'NaN', 3, 2, 28, 0, 0, 0, 1, 1, 0, 0],
        ['2021-02', 3, 1e308, 2, 28, 0, 0, 0, 1, 1, 0, 0],
        ['2021-03', 3, 3, 2, 'tjugo', 0, 0, 0, 1, 1, 0, 0],
      ]),
      'kunde inte läsas in',
    );
    expect(details[0]).toBe('Rad 2, kolumn B (Anmälningar): ska vara ett antal, men är ”NaN”.');
    expect(details[1]).toBe('Rad 3, kolumn C (Nya inskrivningar): ska vara ett antal, men är ett orimligt stort tal.');
    expect(details[2]).toBe('Rad 4, kolumn E (Inskrivna vid månadens slut): ska vara ett antal, men är ”tjugo”.');
  });

  it('a formula without a saved value, an error value and TRUE in number cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Månadsstatistik');
    sheet.addRow(HEADER.slice(0, 5));
    sheet.addRow(['2021-01', { formula: 'B3*2' }, 3, 2, 28]);
    sheet.addRow(['2021-02', 3, { error: '#N/A' }, 2, 28]);
    sheet.addRow(['2021-03', 3, 3, true, 28]);
    const details = await refusedWith('formler.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 'kunde inte läsas in');
    expect(details).toEqual(['Rad 2, kolumn B (Anmälningar): cellen innehåller en formel utan sparat värde. Öppna filen i Excel, spara den och försök igen.']);
    // Once the file is saved with its values, the other cells are told.
    sheet.getCell('B2').value = { formula: 'B3*2', result: 6 };
    expect(await refusedWith('formler.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 'kunde inte läsas in')).toEqual([
      'Rad 3, kolumn C (Nya inskrivningar): ska vara ett antal, men är ”#N/A”.',
      'Rad 4, kolumn D (Avslut): ska vara ett antal, men är SANT.',
    ]);
  });

  it('a header of thousands of unknown columns gets a short answer', async () => {
    const header = Array.from({ length: 5000 }, () => 'a').join(';');
    const details = await refusedWith('rubriker.csv', Buffer.from(`${header}\n1;2\n`), 'kunde inte läsas in');
    expect(details.length).toBeLessThanOrEqual(22);
    expect(details.at(-1)).toMatch(/^Kolumnerna heter: Månad, /);
  });

  it('an entity-expansion ("billion laughs") sheet is refused without expanding', async () => {
    // A minimal workbook written by hand, whose sheet declares entities that would expand to 10⁹ "lol".
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('');
    const sheet = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${entities}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
    const bytes = minimalWorkbook(sheet);
    const started = Date.now();
    await refusedWith('skratt.xlsx', bytes, /skratt\.xlsx (är en skadad|kunde inte läsas in)/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('the hand-written minimal workbook is itself readable (so the case above tests the entities)', async () => {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kommentar</t></is></c></row></sheetData></worksheet>`;
    // Read, then refused for having no heading row: the workbook itself opened.
    await refusedWith('minimal.xlsx', minimalWorkbook(sheet), 'Ingen rad med kolumnrubrikerna hittades i filen.');
  });
});

function minimalWorkbook(sheetXml: string): Buffer {
  const ns = 'http://schemas.openxmlformats.org';
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `<?xml version="1.0"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml) },
  ]);
}

// Importing and exporting monthly statistics as spreadsheets: real .xlsx files (exceljs) and CSV.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openStore } from '../../src/store/index.ts';
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from './support.ts';
import { STATISTICS_COLUMNS } from '../../src/core/statistics/sheet.ts';
import { decodeSpreadsheet } from '../../src/api/import/spreadsheet.ts';

const UNIT = { district: 'Rinkeby-Kista', unit: 'SIG vuxna' } as const;
const HEADER = STATISTICS_COLUMNS.map((c) => c.heading);
const REQUIRED = ['Månad', 'Nya inskrivningar', 'Avslut', 'Inskrivna vid månadens slut'];

/** A workbook as base64: each sheet a name, its rows, and whether it is hidden. */
async function workbookOf(sheets: { name: string; rows: unknown[][]; hidden?: boolean }[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : {});
    for (const r of s.rows) sheet.addRow(r);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A run of consecutive months from January 2000, with only the required counts. */
const monthRows = (n: number) => Array.from({ length: n }, (_, i) => [`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1, 1, 1]);

async function xlsx(rows: unknown[][], sheetName = 'Blad1'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('importMonthlyStatistics and exportMonthlyStatistics', () => {
  it('exports a real .xlsx template that imports back unchanged', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const exported = await ok('exportMonthlyStatistics', { district: 'Rinkeby-Kista' });
    expect(exported.fileName).toBe('lotsplan-manadsstatistik-rinkeby-kista-sig-vuxna.xlsx');
    expect(exported.rows).toBe(12);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Månadsstatistik')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(sheet.getRow(2).getCell(1).value).toBe('2020-01');
    const before = (await ok('getMonthlyStatistics', UNIT)).months;
    const imported = await ok('importMonthlyStatistics', { ...UNIT, fileName: exported.fileName, base64: exported.base64 });
    expect(imported).toMatchObject({ imported: 12, replaced: 12 });
    expect(imported.months).toEqual(before);
    expect(imported.label).toBe(
      'Läste in månadsstatistik för tolv månader (januari–december 2020) från lotsplan-manadsstatistik-rinkeby-kista-sig-vuxna.xlsx, SIG vuxna (Rinkeby-Kista)',
    );
  });

  it('reads an .xlsx as a user writes it: dates, formulas, Swedish headings, a sheet named Månadsstatistik', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Anteckningar').addRow(['Inget här']);
    const sheet = workbook.addWorksheet('Månadsstatistik');
    sheet.addRow(['Månad', 'Anmälningar', 'Nya inskrivningar', 'Avslut', 'Inskrivna vid månadens slut']);
    sheet.addRow([new Date(Date.UTC(2021, 0, 1)), 4, 3, { formula: '1+1', result: 2 }, 28]);
    sheet.addRow(['februari 2021', '2', '2', '1', '29']);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const imported = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'statistik.xlsx', base64 });
    expect(imported).toMatchObject({ imported: 2, replaced: 0 });
    expect(imported.months.slice(-2)).toEqual([
      { month: '2021-01', referrals: 4, newEnrolments: 3, discharges: 2, enrolledAtMonthEnd: 28, queueAtMonthEnd: null, dischargesByStay: null },
      { month: '2021-02', referrals: 2, newEnrolments: 2, discharges: 1, enrolledAtMonthEnd: 29, queueAtMonthEnd: null, dischargesByStay: null },
    ]);
  });

  it('reads a CSV from Swedish Excel (semicolons, Windows-1252) and one in UTF-8 with commas', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const semicolons = 'Månad;Anmälningar;Nya inskrivningar;Avslut;Inskrivna vid månadens slut;I kö vid månadens slut\r\n2021-01;3;3;2;28;0\r\n';
    const latin = Buffer.from(semicolons, 'latin1').toString('base64');
    const a = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'export.csv', base64: latin });
    expect(a.months.at(-1)).toMatchObject({ month: '2021-01', queueAtMonthEnd: 0 });
    const commas = '\uFEFFMånad,Nya inskrivningar,Avslut,Inskrivna vid månadens slut\n2021-02,1,0,29\n';
    const b = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'utf8.csv', base64: Buffer.from(commas).toString('base64') });
    expect(b.months.at(-1)).toMatchObject({ month: '2021-02', referrals: null, enrolledAtMonthEnd: 29 });
  });

  it('reads Excel\'s "Unicode-text" (UTF-16 with tabs)', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const text = '\uFEFFMånad\tNya inskrivningar\tAvslut\tInskrivna vid månadens slut\r\n2021-01\t2\t1\t28\r\n';
    const base64 = Buffer.from(text, 'utf16le').toString('base64');
    const imported = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'unicode.txt', base64 });
    expect(imported.months.at(-1)).toMatchObject({ month: '2021-01', newEnrolments: 2, enrolledAtMonthEnd: 28 });
  });

  it('reads a UTF-16 big-endian .txt with a title above the table, and a .tsv in UTF-8: text goes to the spreadsheet reader whatever its name', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const text = 'Månadsstatistik SIG vuxna 2021\r\n\r\nMånad\tNya inskrivningar\tAvslut\tInskrivna vid månadens slut\r\n2021-03\t4\t1\t31\r\n';
    const be = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
    expect([...be.subarray(0, 2)]).toEqual([0xfe, 0xff]);
    const a = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'unicode.txt', base64: be.toString('base64') });
    expect(a).toMatchObject({ imported: 1 });
    expect(a.months.at(-1)).toMatchObject({ month: '2021-03', newEnrolments: 4, enrolledAtMonthEnd: 31 });
    const tsv = 'Månad\tNya inskrivningar\tAvslut\tInskrivna vid månadens slut\n2021-04\t2\t0\t33\n';
    const b = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'manader.tsv', base64: Buffer.from(tsv).toString('base64') });
    expect(b.months.at(-1)).toMatchObject({ month: '2021-04', newEnrolments: 2, enrolledAtMonthEnd: 33 });
  });

  it("reads an .xlsx with a merged title and an empty row above the heading row, naming the sheet's rows", async () => {
    const { ok, call } = apiSetup();
    await ok('loadDemo', {});
    const rows = (feb: unknown) => [['Månadsstatistik SIG vuxna 2021'], [], REQUIRED, ['2021-01', 3, 2, 28], ['2021-02', feb, 0, 31]];
    const build = async (feb: unknown) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Blad1');
      for (const r of rows(feb)) sheet.addRow(r);
      sheet.mergeCells('A1:D1');
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    };
    // The merged cells are empty but for the first: the title is not repeated in B1–D1.
    const decoded = await decodeSpreadsheet(await build(3), 'titel.xlsx');
    expect(decoded.ok && decoded.rows.slice(0, 3)).toEqual([['Månadsstatistik SIG vuxna 2021', null, null, null], [], REQUIRED]);
    const refused = await call('importMonthlyStatistics', { ...UNIT, fileName: 'titel.xlsx', base64: Buffer.from(await build('1.000')).toString('base64') });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        details: [
          'Rad 5, kolumn B (Nya inskrivningar): ska vara ett antal, men ”1.000” kan betyda både 1\u00a0000 och 1. Skriv tusental med mellanslag (1\u00a0000) och decimaler med komma (1).',
        ],
      },
    });
    const imported = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'titel.xlsx', base64: Buffer.from(await build(3)).toString('base64') });
    expect(imported.months.slice(-2).map((m) => [m.month, m.newEnrolments])).toEqual([
      ['2021-01', 3],
      ['2021-02', 3],
    ]);
  });

  it('chooses the sheet of a workbook: Månadsstatistik if there is one, else the first visible sheet with the headings', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const table = (month: string) => [REQUIRED, [month, 1, 0, 30]];
    const read = async (sheets: Parameters<typeof workbookOf>[0]) =>
      (await ok('importMonthlyStatistics', { ...UNIT, fileName: 'bok.xlsx', base64: await workbookOf(sheets) })).months.at(-1)!.month;
    expect(
      await read([
        { name: 'Anteckningar', rows: [['Inget här'], ['Uppdaterad', '2022-01-10']] },
        { name: 'Gömd', rows: table('2022-01'), hidden: true },
        { name: 'Statistik 2022', rows: [['Statistik för SIG vuxna'], ...table('2022-02')] },
      ]),
    ).toBe('2022-02');
    expect(
      await read([
        { name: 'Statistik', rows: table('2022-03') },
        { name: ' månadsstatistik ', rows: table('2022-04') },
      ]),
    ).toBe('2022-04');
    // Named so, it is read also among other sheets with tables, and named in the label.
    const named = await ok('importMonthlyStatistics', {
      ...UNIT,
      fileName: 'bok.xlsx',
      base64: await workbookOf([
        { name: '2022', rows: table('2022-05') },
        { name: 'Månadsstatistik', rows: table('2022-06') },
        { name: '2023', rows: table('2023-01') },
      ]),
    });
    expect(named.months.at(-1)!.month).toBe('2022-06');
    expect(named.label).toContain(' från bladet ”Månadsstatistik” i bok.xlsx, ');
  });

  it('refuses hidden rows and columns with values, naming them; empty hidden ones and a hidden title are read past', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    const before = dbHash(file);
    const build = async (hide: (sheet: ExcelJS.Worksheet) => void) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Blad1');
      for (const r of [
        ['Uttag 2022-01-10'],
        ['Månad', 'Anmälningar', ...REQUIRED.slice(1)],
        ['2021-01', 2, 2, 2, 27],
        ['2021-02', 3, 3, 2, 28],
        ['2021-03', 50, 50, 0, 78],
        [],
        ['2021-04', 1, 1, 1, 78],
      ]) {
        sheet.addRow(r);
      }
      hide(sheet);
      return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    };
    const details = async (hide: (sheet: ExcelJS.Worksheet) => void) => {
      const result = await call('importMonthlyStatistics', { ...UNIT, fileName: 'dold.xlsx', base64: await build(hide) });
      return result.ok ? null : result.error.details;
    };
    expect(
      await details((sheet) => {
        sheet.getRow(5).hidden = true;
      }),
    ).toEqual(['Rad 5 är dold i Excel men har värden. Visa raden och kontrollera den, eller ta bort den, och försök igen.']);
    expect(
      await details((sheet) => {
        for (const r of [3, 4, 5]) sheet.getRow(r).hidden = true;
        sheet.getColumn(2).hidden = true;
      }),
    ).toEqual([
      'Kolumn B (Anmälningar) är dold i Excel men har värden. Visa kolumnen och kontrollera den, eller ta bort den, och försök igen.',
      'Raderna 3–5 är dolda i Excel men har värden. Visa raderna och kontrollera dem, eller ta bort dem, och försök igen.',
    ]);
    expect(dbHash(file)).toBe(before);
    // A hidden title, a hidden empty row and hidden empty columns to the right of the table are no matter.
    const imported = await ok('importMonthlyStatistics', {
      ...UNIT,
      fileName: 'dold.xlsx',
      base64: await build((sheet) => {
        sheet.getRow(1).hidden = true;
        sheet.getRow(6).hidden = true;
        for (let c = 6; c <= 30; c++) sheet.getColumn(c).hidden = true;
      }),
    });
    expect(imported).toMatchObject({ imported: 4 });
  });

  it('refuses merged cells in the table, naming rows and columns, but reads a merged title', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    const before = dbHash(file);
    const header = ['Månad', 'Anmälningar', ...REQUIRED.slice(1)];
    const details = async (...areas: string[]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Blad1');
      for (const r of [['Statistik SIG vuxna'], header, ['2021-01', 2, 2, 2, 27], ['2021-02', 2, 3, 2, 28]]) sheet.addRow(r);
      for (const area of areas) sheet.mergeCells(area);
      const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const result = await call('importMonthlyStatistics', { ...UNIT, fileName: 'sammanfogad.xlsx', base64 });
      return result.ok ? null : result.error.details;
    };
    expect(await details('B3:B4')).toEqual([
      'Rad 3–4, kolumn B (Anmälningar): cellerna är sammanfogade. Dela upp sammanfogningen och skriv ett värde på varje rad.',
    ]);
    expect(await details('A1:E1', 'B2:C2', 'D3:E3')).toEqual([
      'Rad 2, kolumnerna B–C (Anmälningar): cellerna är sammanfogade. Dela upp sammanfogningen och skriv en rubrik i varje kolumn.',
      'Rad 3, kolumnerna D–E (Avslut och Inskrivna vid månadens slut): cellerna är sammanfogade. Dela upp sammanfogningen och skriv ett värde i varje cell.',
    ]);
    expect(dbHash(file)).toBe(before);
    expect(await details('A1:E1')).toBeNull();
  });

  it('says that a formula has no saved value, where, and what to do', async () => {
    const { call } = apiSetup();
    const header = ['Månad', 'Anmälningar', ...REQUIRED.slice(1)];
    const details = async (formulas: number) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Blad1');
      sheet.addRow(header);
      for (let i = 0; i < 6; i++) sheet.addRow([`2021-0${i + 1}`, i < formulas ? { formula: '1+1' } : 2, 2, 2, 27]);
      const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const result = await call('importMonthlyStatistics', { ...UNIT, fileName: 'formler.xlsx', base64 });
      return result.ok ? null : result.error.details;
    };
    expect(await details(1)).toEqual([
      'Rad 2, kolumn B (Anmälningar): cellen innehåller en formel utan sparat värde. Öppna filen i Excel, spara den och försök igen.',
    ]);
    expect(await details(5)).toEqual([
      'Fem celler innehåller formler utan sparade värden, den första på rad 2, kolumn B (Anmälningar). Öppna filen i Excel, spara den och försök igen.',
    ]);
  });

  it('refuses a workbook with tables on several visible sheets, naming them, and names the sheet it reads', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    const before = dbHash(file);
    const sheets = [
      { name: '2020', rows: [REQUIRED, ['2021-01', 2, 2, 27], ['2021-02', 3, 2, 28]] },
      { name: '2021', rows: [REQUIRED, ['2021-03', 3, 2, 29]] },
    ];
    const refused = await call('importMonthlyStatistics', { ...UNIT, fileName: 'ar.xlsx', base64: await workbookOf(sheets) });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'Arbetsboken ar.xlsx har tabeller med månadsstatistik på bladen ”2020” och ”2021”, men bara ett blad läses in. ' +
          'Lägg alla månader på ett blad, eller byt namn på det blad som ska läsas in till ”Månadsstatistik”, och försök igen. Ingenting har ändrats.',
      },
    });
    expect(dbHash(file)).toBe(before);
    // Three are named in a list; a hidden sheet is not counted.
    const three = await call('importMonthlyStatistics', {
      ...UNIT,
      fileName: 'ar.xlsx',
      base64: await workbookOf([...sheets, { name: 'Gömd', rows: sheets[1]!.rows, hidden: true }, { name: '2022', rows: sheets[1]!.rows }]),
    });
    expect(three).toMatchObject({ ok: false, error: { message: expect.stringContaining('på bladen ”2020”, ”2021” och ”2022”, men') } });
    // One sheet with the table among others: read, and named in the label and the result.
    const notes = { name: 'Anteckningar', rows: [['Fyll i bladet 2020']] };
    const imported = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'ar.xlsx', base64: await workbookOf([notes, sheets[0]!]) });
    expect(imported.sheetName).toBe('2020');
    expect(imported.label).toBe('Läste in månadsstatistik för två månader (januari–februari 2021) från bladet ”2020” i ar.xlsx, SIG vuxna (Rinkeby-Kista)');
    // A workbook of one sheet: nothing to tell it from, so the label names the file only.
    const single = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'ett.xlsx', base64: await workbookOf([sheets[1]!]) });
    expect(single).toMatchObject({ sheetName: '2021', label: expect.stringMatching(/ från ett\.xlsx, SIG vuxna/) });
    const csv = await ok('importMonthlyStatistics', {
      ...UNIT,
      fileName: 'a.csv',
      base64: Buffer.from('Månad;Nya inskrivningar;Avslut;Inskrivna vid månadens slut\n2021-04;1;1;29\n').toString('base64'),
    });
    expect(csv.sheetName).toBeNull();
  });

  it('a workbook whose sheets have no heading row is refused once for it, not once per cell', async () => {
    const { call } = apiSetup();
    const base64 = await workbookOf([
      {
        name: 'Blad1',
        rows: [
          ['Datum', 'Antal nya', 'Antal avslut'],
          ['2021-01', 1, 0],
        ],
      },
    ]);
    const result = await call('importMonthlyStatistics', { ...UNIT, fileName: 'egen.xlsx', base64 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: [
          'Ingen rad med kolumnrubrikerna hittades i filen. Tabellen ska ha en rubrikrad med minst kolumnerna Månad, Nya inskrivningar, Avslut och Inskrivna vid månadens slut, och en månad på varje rad under den.',
          expect.stringMatching(/^Kolumnerna heter: Månad, /),
        ],
      },
    });
  });

  it('a sheet too long is refused for its rows, counted right and in Swedish style', async () => {
    const { call } = apiSetup();
    // 1 300 months under the heading: 1 301 lines, the last ended by a line break.
    const csv = `${[REQUIRED, ...monthRows(1300)].map((r) => r.join(';')).join('\r\n')}\r\n`;
    const refusedCsv = await call('importMonthlyStatistics', { ...UNIT, fileName: 'lang.csv', base64: Buffer.from(csv).toString('base64') });
    expect(refusedCsv).toMatchObject({
      ok: false,
      error: { message: 'Filen lang.csv har 1\u00a0301 rader; högst 1\u00a0200 månader, en på varje rad, kan läsas in åt gången. Ingenting har ändrats.' },
    });
    const base64 = await workbookOf([{ name: 'Blad1', rows: [['Månadsstatistik'], REQUIRED, ...monthRows(1300)] }]);
    const refusedXlsx = await call('importMonthlyStatistics', { ...UNIT, fileName: 'lang.xlsx', base64 });
    expect(refusedXlsx).toMatchObject({
      ok: false,
      error: {
        message:
          'Bladet ”Blad1” i lang.xlsx har 1\u00a0302 rader med innehåll; högst 1\u00a0200 månader, en på varje rad, kan läsas in åt gången. Ingenting har ändrats.',
      },
    });
    // Within the decoder's limit but over the months': the core counts the months under the heading.
    const over = `${[REQUIRED, ...monthRows(1201)].map((r) => r.join(';')).join('\n')}\n`;
    const refusedMonths = await call('importMonthlyStatistics', { ...UNIT, fileName: 'over.csv', base64: Buffer.from(over).toString('base64') });
    expect(refusedMonths).toMatchObject({
      ok: false,
      error: { details: ['Filen har 1\u00a0201 rader med månader under rubrikraden; högst 1\u00a0200 månader kan läsas in åt gången.'] },
    });
  });

  it('an import of only the required columns keeps the stored referrals, queue and stays of the months it replaces', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const before = (await ok('getMonthlyStatistics', UNIT)).months;
    const june = before.find((m) => m.month === '2020-06')!;
    const july = before.find((m) => m.month === '2020-07')!;
    expect(june.referrals).not.toBeNull();
    expect(june.dischargesByStay).not.toBeNull();
    // June keeps its discharges, so its stays still sum; July gets one discharge more, so its stays no longer do.
    const csv =
      'Månad;Nya inskrivningar;Avslut;Inskrivna vid månadens slut\r\n' +
      `2020-06;${june.newEnrolments + 1};${june.discharges};${june.enrolledAtMonthEnd + 1}\r\n` +
      `2020-07;${july.newEnrolments};${july.discharges + 1};${july.enrolledAtMonthEnd}\r\n`;
    const imported = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'repl.csv', base64: Buffer.from(csv).toString('base64') });
    expect(imported).toMatchObject({ imported: 2, replaced: 2 });
    expect(imported.note).toBe(
      'Filen saknar anmälningar, kö och avslut efter vistelsetid; de månader som redan fanns behåller sina sparade värden för det. ' +
        'Avslut efter vistelsetid för juli 2020 togs bort, eftersom de inte längre stämmer med antalet avslut.',
    );
    const after = (await ok('getMonthlyStatistics', UNIT)).months;
    expect(after.find((m) => m.month === '2020-06')).toEqual({
      ...june,
      newEnrolments: june.newEnrolments + 1,
      enrolledAtMonthEnd: june.enrolledAtMonthEnd + 1,
    });
    expect(after.find((m) => m.month === '2020-07')).toEqual({ ...july, discharges: july.discharges + 1, dischargesByStay: null });
    expect(after.filter((m) => m.month !== '2020-06' && m.month !== '2020-07')).toEqual(before.filter((m) => m.month !== '2020-06' && m.month !== '2020-07'));
  });

  it('refuses a sheet with one bad cell whole, naming row and column, and changes nothing', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    const before = dbHash(file);
    const base64 = await xlsx([HEADER, ['2021-01', 3, 3, 2, 28, 0, 0, 0, 1, 1, 0, 0], ['2021-02', 3, 'tre', 2, 28, 0, 0, 0, 1, 1, 0, 0]]);
    const result = await call('importMonthlyStatistics', { ...UNIT, fileName: 'fel.xlsx', base64 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Filen fel.xlsx kunde inte läsas in. Ingenting har ändrats.',
        details: ['Rad 3, kolumn C (Nya inskrivningar): ska vara ett antal, men är ”tre”.'],
      },
    });
    expect(dbHash(file)).toBe(before);
    expect((await ok('getMonthlyStatistics', UNIT)).months).toHaveLength(12);
    // A refused file takes no backup either.
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('takes a backup before the import that holds the statistics as they were', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const before = (await ok('getMonthlyStatistics', UNIT)).months;
    const base64 = await xlsx([HEADER, ['2020-01', 9, 9, 2, 99, 0, 0, 0, 1, 1, 0, 0]]);
    const imported = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'ny.xlsx', base64 });
    expect(imported).toMatchObject({ imported: 1, replaced: 1 });
    const listing = await ok('listBackups', {});
    expect(listing.backups.map((b) => b.reasonText)).toEqual(['Före import av statistik']);
    const backup = await openStore(path.join(listing.backupDir, listing.backups[0]!.fileName), { create: false });
    try {
      expect(await backup.getMonthlyStatistics(UNIT)).toEqual(before);
    } finally {
      await backup.close();
    }
  });
});

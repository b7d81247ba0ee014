// Importing and exporting monthly statistics as spreadsheets: real .xlsx files (exceljs) and CSV.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openStore } from '../../src/store/index.ts';
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from './support.ts';
import { STATISTICS_COLUMNS } from '../../src/core/statistics/sheet.ts';

const UNIT = { district: 'Rinkeby-Kista', unit: 'SIG vuxna' } as const;
const HEADER = STATISTICS_COLUMNS.map((c) => c.heading);

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

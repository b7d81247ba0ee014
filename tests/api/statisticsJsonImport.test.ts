// Importing monthly statistics from a JSON file through importMonthlyStatistics: the refusals name
// the file and the month and field, and end as a spreadsheet's do; the optional fields may be left
// out, and then the months it replaces keep their stored values, as for a sheet without the columns.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from './support.ts';

const UNIT = { district: 'Rinkeby-Kista', unit: 'SIG vuxna' } as const;
const base64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');

describe('importMonthlyStatistics from a JSON file', () => {
  it('reads a list of months and an object with months, such as the CLI writes with --json', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const exported = await ok('getMonthlyStatistics', UNIT);
    const back = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'statistik.json', base64: base64(exported) });
    expect(back).toMatchObject({ imported: 12, replaced: 12, note: null });
    expect(back.months).toEqual(exported.months);
    expect(back.label).toBe('Läste in månadsstatistik för tolv månader (januari–december 2020) från statistik.json, SIG vuxna (Rinkeby-Kista)');
    const march = { month: '2021-03', referrals: 4, newEnrolments: 3, discharges: 2, enrolledAtMonthEnd: 28, queueAtMonthEnd: 1, dischargesByStay: null };
    const added = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'MARS.JSON', base64: base64([march]) });
    expect(added).toMatchObject({ imported: 1, replaced: 0 });
    expect(added.months.at(-1)).toEqual(march);
    // Notepad's "Unicode": UTF-16 with a byte-order mark.
    const april = { ...march, month: '2021-04' };
    const utf16 = Buffer.from(`\uFEFF${JSON.stringify([april])}`, 'utf16le').toString('base64');
    expect((await ok('importMonthlyStatistics', { ...UNIT, fileName: 'april.json', base64: utf16 })).months.at(-1)).toEqual(april);
  });

  it('accepts months without the optional fields and keeps the stored referrals, queue and stays of the months it replaces', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const before = (await ok('getMonthlyStatistics', UNIT)).months;
    const june = before.find((m) => m.month === '2020-06')!;
    const july = before.find((m) => m.month === '2020-07')!;
    expect(june.referrals).not.toBeNull();
    expect(june.dischargesByStay).not.toBeNull();
    const file = [
      { month: '2020-06', newEnrolments: june.newEnrolments + 1, discharges: june.discharges, enrolledAtMonthEnd: june.enrolledAtMonthEnd + 1 },
      { month: '2020-07', newEnrolments: july.newEnrolments, discharges: july.discharges + 1, enrolledAtMonthEnd: july.enrolledAtMonthEnd },
      { month: '2021-01', newEnrolments: 1, discharges: 0, enrolledAtMonthEnd: 29 },
    ];
    const imported = await ok('importMonthlyStatistics', { ...UNIT, fileName: 'kort.json', base64: base64({ months: file }) });
    expect(imported).toMatchObject({ imported: 3, replaced: 2 });
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
    expect(after.find((m) => m.month === '2021-01')).toEqual({ ...file[2], referrals: null, queueAtMonthEnd: null, dischargesByStay: null });
  });

  it('refuses a file with a bad month whole, naming the file, the month and the field, and changes nothing', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    const before = dbHash(file);
    const months = [
      { month: '2021-03', newEnrolments: 1, discharges: 1, enrolledAtMonthEnd: 27 },
      { month: '2021-04', referrals: 2, newEnrolments: 1, discharges: -1, enrolledAtMonthEnd: 27, queueAtMonthEnd: 0, dischargesByStay: null },
    ];
    const result = await call('importMonthlyStatistics', { ...UNIT, fileName: 'fel.json', base64: base64(months) });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Filen fel.json kunde inte läsas in. Ingenting har ändrats.',
        details: ['Månad 2 (2021-04), fältet ”discharges” (Avslut): ska vara minst 0.'],
      },
    });
    const broken = await call('importMonthlyStatistics', { ...UNIT, fileName: 'trasig.json', base64: base64('[{"month": "2021-03",\n "newEnrolments" 1}]') });
    expect(broken).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Filen trasig.json kunde inte läsas in. Ingenting har ändrats.',
        details: ['Filen är inte giltig JSON. Felet finns nära rad 2, kolumn 18.'],
      },
    });
    expect(dbHash(file)).toBe(before);
    expect((await ok('getMonthlyStatistics', UNIT)).months).toHaveLength(12);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('refuses a file that is empty, not text or not UTF-8, naming it and saying that nothing has changed', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    const before = dbHash(file);
    const refusal = async (fileName: string, bytes: Buffer) => {
      const result = await call('importMonthlyStatistics', { ...UNIT, fileName, base64: bytes.toString('base64') });
      expect(result.ok).toBe(false);
      return result.ok ? null : result.error;
    };
    expect(await refusal('tom.json', Buffer.alloc(0))).toMatchObject({ code: 'VALIDATION', message: 'Filen tom.json är tom. Ingenting har ändrats.' });
    expect(await refusal('bild.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toMatchObject({
      message: 'Filen bild.json är inte en JSON-fil: den innehåller binära data. Ingenting har ändrats.',
    });
    expect(await refusal('latin.json', Buffer.from('[{"month": "2021-03", "anmärkning": "å"}]', 'latin1'))).toMatchObject({
      message: 'Filen latin.json är inte sparad i teckenkodningen UTF-8, som en JSON-fil ska vara. Ingenting har ändrats.',
    });
    expect(dbHash(file)).toBe(before);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiSetup } from './support.ts';

describe('the city-wide compilation calls', () => {
  it('compiles the newest year by default and lists the years', async () => {
    const { ok } = apiSetup();
    expect(await ok('getCityCompilation', {})).toEqual({ years: [], compilation: null });
    await ok('loadDemo', {});
    const latest = await ok('getCityCompilation', {});
    expect(latest.years).toEqual([2020, 2016]);
    expect(latest.compilation).toMatchObject({ year: 2020, maskBelow: 3, masked: false });
    const y2016 = await ok('getCityCompilation', { year: 2016 });
    expect(y2016.compilation!.totals).toMatchObject({ enrolled: 138, touched: 109, funding: 15_692_000, units: 6 });
  });

  it('exports a real .xlsx with a row per unit, the total and hidden counts as a dash', async () => {
    const { ok, call } = apiSetup();
    await ok('loadDemo', {});
    const file = await ok('exportCityCompilation', { year: 2020, maskBelow: 5 });
    expect(file).toMatchObject({ fileName: 'lotsplan-sammanstallning-2020.xlsx', rows: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Sammanställning 2020')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Stadsdel');
    expect(sheet.getRow(2).getCell(1).value).toBe('Rinkeby-Kista');
    expect(sheet.getRow(2).getCell(5).value).toBe(27);
    expect(sheet.getRow(2).getCell(6).value).toBe('–'); // men hidden with the three women (threshold 5)
    expect(sheet.getRow(2).getCell(7).value).toBe('–');
    expect(sheet.getRow(3).getCell(1).value).toBe('Hela staden');
    expect(String(sheet.getRow(5).getCell(1).value)).toContain('Antal under fem per kön redovisas inte');
    expect(await call('exportCityCompilation', { year: 2031 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Det finns inga planer för 2031 i databasen.' },
    });
    expect(await call('getCityCompilation', { maskBelow: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli.ts';
import { validExchange } from '../fixtures/exchange.ts';

describe('lotsplan city', () => {
  it('compiles a year as a table, as JSON and as an .xlsx file, with small counts hidden', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const table = runCli(['city', '--year', '2016', '--db', db]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Hela staden, sex enheter');
    expect(table.stdout).toContain('247 personer har nåtts av arbetet: 138 har varit inskrivna och 109 har berörts utan att skrivas in.');

    const file = path.join(dir, 'in.json');
    fs.writeFileSync(file, JSON.stringify(validExchange()));
    expect(runCli(['import', file, '--db', db]).status).toBe(0);
    const masked = JSON.parse(runCli(['city', '--year', '2021', '--json', '--db', db]).stdout);
    expect(masked.compilation.rows[0].gender).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
    const open = JSON.parse(runCli(['city', '--year', '2021', '--no-mask', '--json', '--db', db]).stdout);
    expect(open.compilation.rows[0].gender).toEqual({ men: 7, women: 2, otherGender: 0, genderUnknown: 0 });

    const out = path.join(dir, 'stad.xlsx');
    const written = runCli(['city', '--year', '2016', '--xlsx', out, '--db', db]);
    expect(written.stdout).toBe(`Sammanställningen för 2016 (sex enheter) har skrivits till ${out}.\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('Sammanställning 2016')!.getRow(8).getCell(1).value).toBe('Hela staden');
  });

  it('refuses wrong use with exit code 2', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    const wrong = runCli(['city', '--mask-below', '1', '--db', db]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--mask-below ska vara ett heltal mellan 2 och 20');
    expect(runCli(['city', '--mask-below', '3', '--no-mask', '--db', db]).status).toBe(2);
  });
});

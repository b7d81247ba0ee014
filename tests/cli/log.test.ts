import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli.ts';
import { validExchange } from '../fixtures/exchange.ts';

describe('lotsplan log', () => {
  it('lists changes newest first, filters, writes JSON and a real .xlsx', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const file = path.join(dir, 'in.json');
    fs.writeFileSync(file, JSON.stringify(validExchange()));
    expect(runCli(['import', file, '--db', db]).status).toBe(0);

    const all = runCli(['log', '--db', db]);
    expect(all.status).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines[0]).toContain('Import: Läste in SIG unga (Spånga-Tensta) 2021 från en utväxlingsfil.');
    expect(lines.at(-1)).toBe('10 ändringar.');

    const farsta = JSON.parse(runCli(['log', '--db', db, '--district', 'Farsta', '--json']).stdout);
    expect(farsta.total).toBe(1);
    expect(farsta.entries[0].summary).toBe('Läste in demodata för SIG vuxna (Farsta) 2016.');

    const limited = runCli(['log', '--db', db, '--limit', '2']);
    expect(limited.stdout).toContain('Visar 2 av 10 ändringar.');
    expect(runCli(['log', '--db', db, '--limit', 'många']).status).toBe(2);

    const out = path.join(dir, 'logg.xlsx');
    const xlsx = runCli(['log', '--db', db, '--xlsx', out]);
    expect(xlsx.status).toBe(0);
    expect(xlsx.stdout).toContain('10 rader');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('Ändringslogg')!.rowCount).toBe(11);
  });
});

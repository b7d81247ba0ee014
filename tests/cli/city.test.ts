import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli.ts';
import { validExchange } from '../fixtures/exchange.ts';
import { formatKronor, formatNumber } from '../../src/core/format/index.ts';

/** The table's lines as cells (the columns are two or more spaces apart), by their first cell. */
function tableCells(stdout: string): Map<string, string[]> {
  const lines = stdout.split('\n').filter((l) => / {2,}/.test(l));
  return new Map(lines.map((l) => l.trim().split(/ {2,}/)).map((cells) => [cells[0]!, cells.slice(1)]));
}

interface JsonRow {
  district: string;
  unit?: string;
  enrolled: number;
  touched: number;
  funding: number;
  gender: { men: number | null; women: number | null; otherGender: number | null; genderUnknown: number | null };
}

/** What the table should show for a row of the JSON compilation: a hidden count as a dash. */
function expectedCells(r: JsonRow): string[] {
  const count = (n: number | null) => (n === null ? '–' : formatNumber(n));
  const g = r.gender;
  return [
    formatNumber(r.enrolled),
    count(g.men),
    count(g.women),
    count(g.otherGender),
    count(g.genderUnknown),
    formatNumber(r.touched),
    formatKronor(r.funding),
  ];
}

/** Compares the text table of a year with its JSON, row by row and the city's totals. */
function expectTableAsJson(db: string, args: string[]): void {
  const table = runCli(['city', ...args, '--db', db]);
  expect(table.status).toBe(0);
  const json = JSON.parse(runCli(['city', ...args, '--json', '--db', db]).stdout);
  const cells = tableCells(table.stdout);
  expect(cells.get('Stadsdel, enhet')).toEqual(['Inskrivna', 'Män', 'Kvinnor', 'Annan könstillhörighet', 'Okänt kön', 'Berörda', 'Finansiering']);
  for (const r of json.compilation.rows as JsonRow[]) expect(cells.get(`${r.district}, ${r.unit}`), r.district).toEqual(expectedCells(r));
  const units = json.compilation.totals.units as number;
  expect([...cells.keys()].filter((k) => k.startsWith('Hela staden'))).toHaveLength(1);
  const totals = [...cells.entries()].find(([k]) => k.startsWith('Hela staden'))![1];
  expect(totals).toEqual(expectedCells({ district: 'Hela staden', ...json.compilation.totals }));
  expect(cells.size).toBe(units + 2);
}

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

  it('shows every gender column in the table, with the counts the compilation hides as dashes', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    // 2016: the report counted no one by gender, so all 138 enrolled are without a gender.
    expectTableAsJson(db, ['--year', '2016']);
    const y2016 = tableCells(runCli(['city', '--year', '2016', '--db', db]).stdout);
    expect(y2016.get('Enskede-Årsta-Vantör, SIG vuxna')!.slice(0, 5)).toEqual(['20', '0', '0', '0', '20']);
    expect(y2016.get('Hela staden, sex enheter')!.slice(0, 5)).toEqual(['138', '0', '0', '0', '138']);

    // 2021: one unit with 7 men, 2 women, 1 of another gender and 2 without: the small ones hidden.
    const file = path.join(dir, 'in.json');
    const exchange = validExchange();
    exchange.participants = { enrolled: 12, men: 7, women: 2, otherGender: 1, genderUnknown: 2, queue: 1, touched: 4 };
    fs.writeFileSync(file, JSON.stringify(exchange));
    expect(runCli(['import', file, '--db', db]).status).toBe(0);
    expectTableAsJson(db, ['--year', '2021']);
    expectTableAsJson(db, ['--year', '2021', '--no-mask']);
    const masked = runCli(['city', '--year', '2021', '--db', db]).stdout;
    expect(tableCells(masked).get('Spånga-Tensta, SIG unga')!.slice(0, 5)).toEqual(['12', '7', '–', '–', '–']);
    expect(masked).toContain('Ett streck (–) står för ett antal som inte redovisas.');
    const open = runCli(['city', '--year', '2021', '--no-mask', '--db', db]).stdout;
    expect(tableCells(open).get('Spånga-Tensta, SIG unga')!.slice(0, 5)).toEqual(['12', '7', '2', '1', '2']);
    expect(open).not.toContain('Ett streck');
  });

  it('says in every output form, with exit 1, that a year without plans has nothing to compile', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const message = 'Fel: Det finns inga planer för 2030 i databasen, så det finns ingenting att sammanställa för det året. Planer finns för 2016 och 2020.\n';
    const out = path.join(dir, 'stad-2030.xlsx');
    for (const form of [[], ['--json'], ['--xlsx', out], ['--no-mask']]) {
      const run = runCli(['city', '--year', '2030', ...form, '--db', db]);
      expect({ form, status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ form, status: 1, stdout: '', stderr: message });
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['x.sqlite']);
  });

  it('refuses wrong use with exit code 2', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    const wrong = runCli(['city', '--mask-below', '1', '--db', db]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--mask-below ska vara ett heltal mellan 2 och 20');
    expect(runCli(['city', '--mask-below', '3', '--no-mask', '--db', db]).status).toBe(2);
  });
});

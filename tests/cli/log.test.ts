import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, runCliSpawned, sha256, tempDir } from './runCli.ts';
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
    expect(lines.at(-1)).toBe('Tio ändringar.');

    const farsta = JSON.parse(runCli(['log', '--db', db, '--district', 'Farsta', '--json']).stdout);
    expect(farsta.total).toBe(1);
    expect(farsta.entries[0].summary).toBe('Läste in demodata för SIG vuxna (Farsta) 2016.');

    const limited = runCli(['log', '--db', db, '--limit', '2']);
    expect(limited.stdout).toContain('Visar två av tio ändringar.');
    expect(runCli(['log', '--db', db, '--limit', 'många']).status).toBe(2);

    const out = path.join(dir, 'logg.xlsx');
    const xlsx = runCli(['log', '--db', db, '--xlsx', out]);
    expect(xlsx.status).toBe(0);
    expect(xlsx.stdout).toBe(`Tio rader ur ändringsloggen har skrivits till ${out}.\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('Ändringslogg')!.rowCount).toBe(11);
  });

  it('refuses a district or unit that is not in the database, as the other commands do, and matches names without regard to case', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const before = sha256(db);
    const unknown = runCli(['log', '--db', db, '--district', 'Nope']);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    // The same sentence as figures gives for the same name.
    const figures = runCli(['figures', '--db', db, '--district', 'Nope']);
    expect(unknown.stderr).toBe(figures.stderr);
    expect(unknown.stderr).toMatch(/^Fel: Stadsdelen ”Nope” finns inte i databasen\. Följande finns: .*Rinkeby-Kista.*\.\n$/);
    const out = path.join(dir, 'logg.xlsx');
    expect(runCli(['log', '--db', db, '--district', 'Nope', '--xlsx', out]).status).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(runCli(['log', '--db', db, '--district', 'Farsta', '--unit', 'SIG unga']).stderr).toBe(
      'Fel: Enheten ”SIG unga” finns inte i Farsta. Följande finns: SIG vuxna.\n',
    );
    expect(runCli(['log', '--db', db, '--unit', 'Nope']).stderr).toContain('Fel: Enheten ”Nope” finns inte i databasen. Följande finns: ');
    const lower = JSON.parse(runCli(['log', '--db', db, '--district', 'farsta', '--unit', 'sig VUXNA', '--json']).stdout);
    expect(lower.total).toBe(1);
    expect(lower.entries[0].district).toBe('Farsta');
    expect(sha256(db)).toBe(before);
  });

  it('names the kind of each change: a new scenario, a changed and a removed one, a change of the plan', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const area = ['--district', 'Rinkeby-Kista', '--unit', 'SIG vuxna', '--year', '2020'];
    expect(runCli(['scenario', 'create', '--db', db, ...area, '--name', 'Besparing', '--preset', 'besparing']).status).toBe(0);
    expect(runCli(['scenario', 'edit', '--db', db, ...area, '--name', 'Besparing', '--funding-change=-10']).status).toBe(0);
    expect(runCli(['scenario', 'delete', '--db', db, ...area, '--name', 'Besparing']).status).toBe(0);
    const lines = runCli(['log', '--db', db, '--limit', '3']).stdout.trim().split('\n');
    expect(lines.slice(0, 3).map((l) => l.replace(/^.*? {2}.*? {2}/, ''))).toEqual([
      'Borttaget scenario: Tog bort scenariot ”Besparing” [Rinkeby-Kista, SIG vuxna 2020]',
      'Ändrat scenario: Ändrade scenariot ”Besparing” [Rinkeby-Kista, SIG vuxna 2020]',
      'Nytt scenario: Skapade scenariot ”Besparing” [Rinkeby-Kista, SIG vuxna 2020]',
    ]);
  });

  it('names only the parts of the place an entry has', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const shown = runCli(['log', '--db', db, '--district', 'Rinkeby-Kista']).stdout;
    expect(shown).toContain(' [Rinkeby-Kista, SIG vuxna 2020]\n');
    expect(shown).toMatch(/ \[Rinkeby-Kista\]\n/);
    expect(shown).not.toMatch(/, *\]| \]/);
  });

  it('writes each change’s time in the reader’s local time, not in UTC', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const at = JSON.parse(runCli(['log', '--db', db, '--limit', '1', '--json']).stdout).entries[0].at as string;
    // Fourteen hours from UTC: the clock always differs from UTC's.
    const zone = 'Pacific/Kiritimati';
    const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('sv-SE', { timeZone: zone, ...options }).format(new Date(at));
    const local = `${part({ year: 'numeric', month: '2-digit', day: '2-digit' })} kl. ${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).replace(':', '.')}`;
    const run = runCliSpawned(['log', '--db', db, '--limit', '1'], { TZ: zone });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.startsWith(`${local}  `), `${run.stdout} (väntat ${local})`).toBe(true);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCli, sha256, tempDir } from './runCli.ts';
import { STATISTICS_COLUMNS } from '../../src/core/statistics/sheet.ts';

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const month = (m: string, enrolled: number) => ({
  month: m,
  referrals: 3,
  newEnrolments: 3,
  discharges: 2,
  enrolledAtMonthEnd: enrolled,
  queueAtMonthEnd: 0,
  dischargesByStay: null,
});

describe('lotsplan statistics', () => {
  it('shows the demo series and its estimate, as text and as JSON', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const text = runCli(['statistics', '--district', 'Rinkeby-Kista', '--db', db]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Månadsstatistik för SIG vuxna (Rinkeby-Kista): tolv månader.');
    expect(text.stdout).toContain('Skattat från de tolv senaste månaderna (januari–december 2020): 2,25 anmälningar per månad');
    const json = JSON.parse(runCli(['statistics', '--district', 'Rinkeby-Kista', '--months', '6', '--json', '--db', db]).stdout);
    expect(json.window).toBe(6);
    expect(json.estimate.value.monthsUsed).toBe(6);
    expect(json.months).toHaveLength(12);
  });

  it('imports a file of months all or nothing, and deletes months', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify({ months: [month('2021-01', 28), month('2021-02', 29)] }));
    const saved = runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', good, '--db', db]);
    expect(saved.status).toBe(0);
    expect(saved.stdout).toContain('Läste in månadsstatistik för två månader (januari–februari 2021) från good.json, SIG vuxna (Rinkeby-Kista).');
    expect(saved.stdout).toContain('Månadsstatistik för SIG vuxna (Rinkeby-Kista): 14 månader.');

    // One bad month: nothing saved, the field named, exit 1, nothing on stdout.
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify([month('2021-03', 30), { ...month('2021-04', 31), discharges: -1 }]));
    const before = hash(db);
    const refused = runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', bad, '--db', db]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('Filen bad.json kunde inte läsas in. Ingenting har ändrats.');
    expect(refused.stderr).toContain('Månad 2 (2021-04), fältet ”discharges” (Avslut): ska vara minst 0.');
    expect(hash(db)).toBe(before);
    const notJson = path.join(dir, 'x.json');
    fs.writeFileSync(notJson, 'månad;anmälningar');
    expect(runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', notJson, '--db', db]).stderr).toContain(
      'Filen är inte giltig JSON. Tecknet ”m” står där det inte får stå.',
    );

    const deleted = runCli(['statistics', '--district', 'Rinkeby-Kista', '--delete', '2021-01,2021-02', '--db', db]);
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toContain('Månadsstatistik för SIG vuxna (Rinkeby-Kista): tolv månader.');
    expect(runCli(['statistics', '--district', 'Rinkeby-Kista', '--delete', '2019-01', '--db', db]).stderr).toContain(
      'Det finns ingen statistik för januari 2019 i SIG vuxna (Rinkeby-Kista).',
    );
  });

  it('refuses a --delete month it cannot read, naming the flag and the text, and deletes nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const before = sha256(db);
    const how = 'Skriv månaderna som ÅÅÅÅ-MM, till exempel 2021-03, eller med namn, till exempel mars 2021, åtskilda med komma.';
    const cases: [string, string][] = [
      ['2020-13', `Flaggan --delete: ”2020-13” är ingen månad. ${how}`],
      ['2021-01,,2021-02', `Flaggan --delete, månad 2: månaden saknas. ${how}`],
      ['2021-01,2021-02-30', `Flaggan --delete, månad 2: ”2021-02-30” är ingen månad. ${how}`],
      ['1899-01', 'Flaggan --delete: ”1899-01” ligger utanför åren 2000–2100, som statistiken kan ha.'],
      ['2021-01,januari 2021', 'Flaggan --delete: januari 2021 finns med flera gånger. Ange varje månad en gång.'],
    ];
    for (const [months, message] of cases) {
      const run = runCli(['statistics', '--district', 'Rinkeby-Kista', '--delete', months, '--db', db]);
      expect(run.status, months).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`Fel: ${message}\nKör ”lotsplan statistics --help” för hjälp.\n`);
    }
    expect(sha256(db)).toBe(before);
    // The month names the spreadsheet takes are taken here too.
    const named = runCli(['statistics', '--district', 'Rinkeby-Kista', '--delete', 'januari 2020, feb-20', '--db', db]);
    expect(named.stderr).toBe('');
    expect(named.stdout).toContain('januari');
  });

  it('refuses wrong use with exit code 2 and a Swedish message', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    const noDistrict = runCli(['statistics', '--db', db]);
    expect(noDistrict.status).toBe(2);
    expect(noDistrict.stderr).toContain('Ange stadsdelen med --district.');
    const months = runCli(['statistics', '--district', 'Farsta', '--months', '2', '--db', db]);
    expect(months.status).toBe(2);
    expect(months.stderr).toContain('--months ska vara ett heltal mellan 3 och 120');
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe('lotsplan statistics with spreadsheets', () => {
  it('exports an .xlsx template, imports it back and imports a CSV; a bad CSV changes nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const out = path.join(dir, 'mall.xlsx');
    const exported = runCli(['statistics', '--district', 'Rinkeby-Kista', '--export', out, '--db', db]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe(`Tolv månader har skrivits till ${out}.\n`);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const back = runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', out, '--db', db]);
    expect(back.status).toBe(0);
    expect(back.stdout).toContain('Läste in månadsstatistik för tolv månader (januari–december 2020) från mall.xlsx');
    expect(back.stdout).toContain('.\nTolv månader fanns redan och ersattes.\n');

    const csv = path.join(dir, 'mars.csv');
    fs.writeFileSync(csv, Buffer.from('Månad;Nya inskrivningar;Avslut;Inskrivna vid månadens slut\r\n2021-03;1;1;27\r\n', 'latin1'));
    expect(runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', csv, '--db', db]).stdout).toContain(
      'Månadsstatistik för SIG vuxna (Rinkeby-Kista): 13 månader.',
    );
    // A file of the required columns only replaces March but keeps what it does not count.
    fs.writeFileSync(csv, 'Månad;Nya inskrivningar;Avslut;Inskrivna vid månadens slut\n2021-03;2;1;28\n');
    const again = runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', csv, '--db', db]).stdout;
    expect(again).toContain(
      'En månad fanns redan och ersattes.\nFilen saknar anmälningar, kö och avslut efter vistelsetid; de månader som redan fanns behåller sina sparade värden för det.\n',
    );

    const bad = path.join(dir, 'fel.csv');
    fs.writeFileSync(bad, 'Månad;Nya inskrivningar;Avslut;Inskrivna vid månadens slut\n2021-04;1;ett;27\n');
    const before = hash(db);
    const refused = runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', bad, '--db', db]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('Filen fel.csv kunde inte läsas in. Ingenting har ändrats.');
    expect(refused.stderr).toContain('Rad 2, kolumn C (Avslut): ska vara ett antal, men är ”ett”.');
    expect(hash(db)).toBe(before);
    expect(runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', bad, '--export', out, '--db', db]).status).toBe(2);
  });
});

describe('lotsplan statistics --export to a CSV file', () => {
  const months = (db: string) => JSON.parse(runCli(['statistics', '--district', 'Rinkeby-Kista', '--json', '--db', db]).stdout).months as unknown[];

  it('writes a semicolon-separated CSV in the template’s columns, which the import reads back to the same months', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    // A month without the optional counts and one with its stays counted, beside the demo's twelve.
    const extra = path.join(dir, 'extra.json');
    fs.writeFileSync(
      extra,
      JSON.stringify([
        { ...month('2021-01', 28), referrals: null, queueAtMonthEnd: null },
        { ...month('2021-02', 1234), dischargesByStay: [1, 0, 0, 1, 0, 0] },
      ]),
    );
    expect(runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', extra, '--db', db]).status).toBe(0);
    const before = months(db);
    expect(before).toHaveLength(14);

    const out = path.join(dir, 'manader.CSV');
    const exported = runCli(['statistics', '--district', 'Rinkeby-Kista', '--export', out, '--db', db]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe(`14 månader har skrivits till ${out}.\n`);
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).not.toBe('PK');
    const text = bytes.toString('utf8');
    // UTF-8 with a byte-order mark, so that Excel reads å, ä and ö; Windows line ends.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(16);
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(STATISTICS_COLUMNS.map((c) => c.heading).join(';'));
    expect(lines[13]).toBe(['2021-01', '', '3', '2', '28', '', '', '', '', '', '', ''].join(';'));
    expect(lines[14]).toBe(['2021-02', '3', '3', '2', '1234', '0', '1', '0', '0', '1', '0', '0'].join(';'));

    // Read back into a unit whose months were removed: the same fourteen months again.
    const all = (before as { month: string }[]).map((m) => m.month).join(',');
    expect(runCli(['statistics', '--district', 'Rinkeby-Kista', '--delete', all, '--db', db]).status).toBe(0);
    expect(months(db)).toEqual([]);
    const back = runCli(['statistics', '--district', 'Rinkeby-Kista', '--import', out, '--db', db]);
    expect(back.stderr).toBe('');
    expect(back.status).toBe(0);
    expect(back.stdout).toContain('Läste in månadsstatistik för 14 månader (januari 2020–februari 2021) från manader.CSV');
    expect(months(db)).toEqual(before);
  });

  it('refuses a file name that is neither .xlsx nor .csv, writing nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    for (const name of ['s.txt', 'mall', 'mall.xls', 'mall.json']) {
      const run = runCli(['statistics', '--district', 'Rinkeby-Kista', '--export', path.join(dir, name), '--db', db]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        `Fel: Flaggan --export: filnamnet ska sluta på .xlsx (Excel) eller .csv (semikolonavgränsad text), men är ”${path.join(dir, name)}”.`,
      );
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['x.sqlite']);
  });
});

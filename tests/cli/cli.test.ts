import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sha256, tempDir } from './runCli.ts';
import { validExchange } from '../fixtures/exchange.ts';

describe('lotsplan demo + figures', () => {
  it('creates the demo database and prints the demo unit’s figures (Rinkeby-Kista 2020) as JSON', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    const demo = runCli(['demo', '--db', db]);
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('Demodata har lästs in');

    const run = runCli(['figures', '--db', db, '--district', 'Rinkeby-Kista', '--json']);
    expect(run.status).toBe(0);
    const figures = JSON.parse(run.stdout);
    expect(figures).toMatchObject({
      district: 'Rinkeby-Kista',
      unit: 'SIG vuxna',
      year: 2020,
      lotsarFte: 4,
      caseloadPerLots: 7,
      capacity: 28,
      enrolled: 27,
      men: 24,
      women: 3,
      otherGender: 0,
      queue: 0,
      funding: 4500000,
      offeredLoad: 27,
    });
    expect(figures.utilization).toBeCloseTo(27 / 28, 12);
    expect(figures.participantsPerLots).toBeCloseTo(6.75, 12);
    // Staff cost from the demo's example salaries: 4 × 38 500 + 47 000 + 0,1 × 62 000 a month, 12 months, PO 39,15 %.
    expect(figures.staffCost).toBeCloseTo((4 * 38500 + 47000 + 0.1 * 62000) * 12 * 1.3915, 6);
    expect(figures.totalCost).toBeCloseTo(figures.staffCost + figures.otherCost, 6);
    expect(figures.balance).toBeCloseTo(4500000 - figures.totalCost, 6);
    expect(Object.keys(figures).sort()).toEqual(
      [
        'district',
        'unit',
        'year',
        'lotsarFte',
        'caseloadPerLots',
        'capacity',
        'enrolled',
        'men',
        'women',
        'otherGender',
        'queue',
        'touched',
        'participantsPerLots',
        'staffCost',
        'lotsStaffCost',
        'otherCost',
        'totalCost',
        'funding',
        'balance',
        'costPerParticipant',
        'costPerLots',
        'offeredLoad',
        'utilization',
      ].sort(),
    );
  });

  it('prints a Swedish table without --json', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const run = runCli(['figures', '--db', db, '--district', 'Rinkeby-Kista']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Rinkeby-Kista, SIG vuxna 2020');
    expect(run.stdout).toMatch(/Platser\s+28/);
  });

  it('refuses to load the demo into a database with data unless --force, and changes nothing', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const before = sha256(db);
    const again = runCli(['demo', '--db', db]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('--force');
    expect(sha256(db)).toBe(before);
    expect(runCli(['demo', '--db', db, '--force']).status).toBe(0);
  });

  it('includes the district figures of the city’s 2016 report, with allocations summing to 15 692 000 kronor', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    expect(runCli(['demo', '--db', db]).stdout).toContain('(sju enhetsår).');
    const districts = ['Enskede-Årsta-Vantör', 'Farsta', 'Hässelby-Vällingby', 'Skarpnäck', 'Spånga-Tensta', 'Södermalm'];
    const figures = districts.map((district) => {
      const run = runCli(['figures', '--db', db, '--district', district, '--year', '2016', '--json']);
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout);
    });
    expect(figures.reduce((total, f) => total + f.funding, 0)).toBe(15_692_000);
    expect(figures.reduce((total, f) => total + f.enrolled, 0)).toBe(138);
    expect(figures.reduce((total, f) => total + f.touched, 0)).toBe(109);
    expect(figures.find((f) => f.district === 'Skarpnäck')).toMatchObject({ enrolled: 29, touched: 47, men: 0, women: 0 });
  });

  it('uses LOTSPLAN_DB when --db is not given', () => {
    const db = path.join(tempDir(), 'env.sqlite');
    expect(runCli(['demo'], { LOTSPLAN_DB: db }).status).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
  });
});

describe('lotsplan import and export', () => {
  it('imports into a new database, exports the same content, and replaces on re-import', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    const file = path.join(dir, 'in.json');
    fs.writeFileSync(file, JSON.stringify(validExchange()));
    const first = runCli(['import', file, '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('lästs in');

    const out = path.join(dir, 'out.json');
    const exp = runCli(['export', '--db', db, '--district', 'Spånga-Tensta', '--unit', 'SIG unga', '--year', '2021', '--out', out]);
    expect(exp.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(validExchange());

    const changed = validExchange();
    changed.participants = { enrolled: 10, men: 8, women: 2, otherGender: 0, queue: 0, touched: 4 };
    fs.writeFileSync(file, JSON.stringify(changed));
    // Ask first: without --replace the plan is not replaced, and the user is told what would change.
    const before = sha256(db);
    const refused = runCli(['import', file, '--db', db]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('Spånga-Tensta, SIG unga 2021 finns redan i databasen och ersätts helt av filens plan.');
    expect(refused.stderr).toContain('  Inskrivna: 9 → 10\n');
    expect(refused.stderr).toContain('Ingenting har ändrats. Ange --replace för att ersätta planen.');
    expect(sha256(db)).toBe(before);
    const second = runCli(['import', file, '--db', db, '--replace']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('ersatts');
    expect(second.stdout).toContain('  Inskrivna: 9 → 10\n');
    const again = runCli(['import', file, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('med samma uppgifter som i filen. Ingenting har ändrats.');
    const figures = JSON.parse(runCli(['figures', '--db', db, '--district', 'Spånga-Tensta', '--json']).stdout);
    expect(figures.enrolled).toBe(10);
    expect(figures.lotsarFte).toBe(1.5);
    expect(figures.capacity).toBe(10);
  });

  it('refuses a malformed file naming the field and leaves the database byte-for-byte unchanged', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const before = sha256(db);
    const bad = validExchange();
    bad.staff[0].fte = 1.5;
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    const run = runCli(['import', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Tjänst 1, sysselsättningsgrad: ');
    expect(run.stderr).toContain('Ingenting har ändrats');
    expect(sha256(db)).toBe(before);
  });

  it('says that it created a new database, and only then', () => {
    const dir = tempDir();
    const db = path.join(dir, 'nope.sqlite');
    const file = path.join(dir, 'in.json');
    fs.writeFileSync(file, JSON.stringify(validExchange()));
    const first = runCli(['import', file, '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`Spånga-Tensta, SIG unga 2021 har lästs in i ${db}.\nEn ny databas skapades: ${db}.\n`);
    fs.writeFileSync(file, JSON.stringify({ ...validExchange(), year: 2022 }));
    const second = runCli(['import', file, '--db', db]);
    expect(second.stdout).toBe(`Spånga-Tensta, SIG unga 2022 har lästs in i ${db}.\n`);
  });

  it('does not create a database file when the import fails', () => {
    const dir = tempDir();
    const db = path.join(dir, 'new.sqlite');
    const bad = validExchange();
    bad.participants.men = 1;
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    const run = runCli(['import', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Inskrivna: ');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('names an unknown field with its path', () => {
    const dir = tempDir();
    const bad = validExchange();
    bad.funding[0].kommentar = 'x';
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    const run = runCli(['import', file, '--db', path.join(dir, 'x.sqlite')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Finansieringsrad 1: okänt fält ”kommentar”');
  });

  it('refuses text that is not UTF-8, a missing file and a directory', () => {
    const dir = tempDir();
    const latin1 = path.join(dir, 'latin1.json');
    fs.writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe5, 0x22, 0x7d]));
    expect(runCli(['import', latin1, '--db', path.join(dir, 'x.sqlite')]).stderr).toContain('UTF-8');
    const missing = runCli(['import', path.join(dir, 'saknas.json'), '--db', path.join(dir, 'x.sqlite')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('finns inte');
    const folder = runCli(['import', dir, '--db', path.join(dir, 'x.sqlite')]);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain('är en mapp');
    expect(fs.existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
  });
});

describe('lotsplan figures and check: refusals', () => {
  it('names the unknown district and lists the known ones', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const run = runCli(['figures', '--db', db, '--district', 'Hägersten-Älvsjö']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Stadsdelen ”Hägersten-Älvsjö” finns inte');
    expect(run.stderr).toContain('Rinkeby-Kista');
  });

  it('does not create a database just to report that it is missing', () => {
    const db = path.join(tempDir(), 'saknas.sqlite');
    const run = runCli(['figures', '--db', db, '--district', 'Rinkeby-Kista']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(db);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('check reports a healthy database and refuses a file that is not a database', () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const ok = runCli(['check', '--db', db]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Databasversion: 8');
    expect(ok.stdout).toContain('frisk');

    const text = path.join(dir, 'anteckning.sqlite');
    fs.writeFileSync(text, 'Det här är ingen databas.\n');
    const before = sha256(text);
    const bad = runCli(['check', '--db', text]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(text);
    expect(sha256(text)).toBe(before);
  });
});

describe('lotsplan usage', () => {
  it.each(['demo', 'import', 'export', 'figures', 'check'])('%s --help explains the command in Swedish', (command) => {
    const run = runCli([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Användning: lotsplan ${command}`);
    expect(run.stdout).toContain('--help');
  });

  it('lists the commands with --help and refuses unknown commands and flags with exit code 2', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('figures');
    const unknown = runCli(['budget']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Okänt kommando ”budget”');
    const flag = runCli(['figures', '--distrikt', 'x']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('Okänd flagga --distrikt');
    const year = runCli(['figures', '--district', 'x', '--year', '20x0']);
    expect(year.status).toBe(2);
    expect(year.stderr).toContain('Året ”20x0”');
  });
});

// How the CLI refuses flags it cannot read: a missing value, a value that starts with a minus sign,
// a flag given twice and a year out of range, each in Swedish and before the database is touched.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateParseError } from '../../src/cli/main.ts';
import { figuresCommand } from '../../src/cli/commands/figures.ts';
import type { CliCommand } from '../../src/cli/commands/types.ts';
import { runCli, sha256, tempDir } from './runCli.ts';

const HELP = (command: string) => `Kör ”lotsplan ${command} --help” för hjälp.\n`;

describe('a flag without its value', () => {
  it('says the value is missing, with an example from the command, and creates no database', () => {
    const db = path.join(tempDir(), 'ingen.sqlite');
    for (const args of [
      ['figures', '--district', '--db', db],
      ['figures', '--db', db, '--district'],
    ]) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `Fel: Flaggan --district saknar värde. Skriv värdet direkt efter flaggan, till exempel --district Rinkeby-Kista.\n${HELP('figures')}`,
      );
    }
    expect(fs.existsSync(db)).toBe(false);
  });

  it('falls back on the value name when no example shows the flag', () => {
    const run = runCli(['figures', '--district', 'Rinkeby-Kista', '--unit']);
    expect(run.stderr).toContain('Fel: Flaggan --unit saknar värde. Skriv värdet direkt efter flaggan, till exempel --unit ENHET.');
  });

  it('tells how to write a negative number or a value that starts with a hyphen', () => {
    expect(runCli(['figures', '--district', 'Rinkeby-Kista', '--year', '-2020']).stderr).toContain(
      'Fel: Flaggan --year: ett negativt tal skrivs med likhetstecken direkt efter flaggan, så här: --year=-2020.',
    );
    expect(runCli(['forecast', '--arrivals', '-2', '--stay', '12', '--lotsar', '4', '--caseload', '7']).stderr).toContain('så här: --arrivals=-2.');
    expect(runCli(['scenario', 'create', '--name', 'X', '--salary', '-38 500']).stderr).toContain('så här: --salary="-38 500".');
    expect(runCli(['scenario', 'create', '--name', '-X']).stderr).toContain(
      'Fel: Flaggan --name: ett värde som börjar med bindestreck skrivs med likhetstecken direkt efter flaggan, så här: --name=-X.',
    );
  });

  it('keeps "tar inget värde" for a value given to a flag that takes none', () => {
    expect(runCli(['figures', '--district', 'Rinkeby-Kista', '--json=yes']).stderr).toBe(
      `Fel: Flaggan --json tar inget värde; skriv bara --json.\n${HELP('figures')}`,
    );
  });

  it('never shows the parser’s own English text', () => {
    const error = Object.assign(new Error('Something unforeseen happened'), { code: 'ERR_SOMETHING_NEW' });
    const text = translateParseError(error, figuresCommand as unknown as CliCommand, ['--district']);
    expect(text).not.toContain('unforeseen');
    expect(text).toBe('Argumenten kunde inte tolkas. Skriv varje flagga med två bindestreck och dess värde direkt efter, till exempel --year 2020.');
  });
});

describe('a flag given twice', () => {
  it('is refused, naming the flag, and the database is untouched', () => {
    const db = path.join(tempDir(), 'demo.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const before = sha256(db);
    const run = runCli(['scenario', 'create', '--db', db, '--district', 'Rinkeby-Kista', '--year', '2020', '--year', '2021', '--name', 'T']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`Fel: Flaggan --year är angiven två gånger. Ange varje flagga en gång.\n${HELP('scenario')}`);
    expect(runCli(['figures', '--db', db, '--district', 'Rinkeby-Kista', '--json', '--json', '--json']).stderr).toContain(
      'Flaggan --json är angiven tre gånger.',
    );
    expect(sha256(db)).toBe(before);
  });
});

describe('a year out of range', () => {
  it('states the range, in every command that reads --year', () => {
    const message = 'Fel: Året ”1899” är inte giltigt. Ange ett år mellan 2000 och 2100, till exempel 2020.';
    expect(runCli(['figures', '--district', 'Rinkeby-Kista', '--year', '1899']).stderr).toBe(`${message}\n${HELP('figures')}`);
    expect(runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '1899', '--out', 'x.docx']).stderr).toBe(`${message}\n${HELP('memo')}`);
  });

  it('writes the bound of a year in an exchange file as a year, not grouped like an amount', () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const before = sha256(db);
    const file = path.join(dir, 'ar.json');
    const exported = path.join(dir, 'rk.json');
    expect(runCli(['export', '--db', db, '--district', 'Rinkeby-Kista', '--unit', 'SIG vuxna', '--year', '2020', '--out', exported]).status).toBe(0);
    const exchange = JSON.parse(fs.readFileSync(exported, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...exchange, year: 1899 }));
    const run = runCli(['import', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('År: ska vara minst 2000');
    expect(sha256(db)).toBe(before);
  });
});

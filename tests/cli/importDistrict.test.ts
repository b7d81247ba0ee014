// `lotsplan import` with a district that is not in the database: a near misspelling is refused
// (naming the stored one) and changes nothing; --new-district adds it on purpose; a district of
// another case is read into the stored one, and the success line names it as stored.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sha256, tempDir } from './runCli.ts';
import { validExchange } from '../fixtures/exchange.ts';

function databaseWithSpångaTensta(): { dir: string; db: string } {
  const dir = tempDir();
  const db = path.join(dir, 'x.sqlite');
  const file = path.join(dir, 'first.json');
  fs.writeFileSync(file, JSON.stringify(validExchange()));
  expect(runCli(['import', file, '--db', db]).status).toBe(0);
  return { dir, db };
}

function exchangeFile(dir: string, overrides: Record<string, unknown>): string {
  const file = path.join(dir, 'in.json');
  fs.writeFileSync(file, JSON.stringify({ ...validExchange(), year: 2022, ...overrides }));
  return file;
}

describe('lotsplan import and the districts in the database', () => {
  it.each(['Spånga-Tenstaa', 'Spanga-Tensta', 'Spånga Tensta', 'SpångaTensta', 'Spånga-Testna'])('refuses %s as a misspelling of Spånga-Tensta', (district) => {
    const { dir, db } = databaseWithSpångaTensta();
    const file = exchangeFile(dir, { district });
    const before = sha256(db);
    const run = runCli(['import', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Stadsdelen ”${district}” finns inte i databasen. Menade du ”Spånga-Tensta”? Rätta stadsdelens namn i filen`);
    expect(run.stderr).toContain('--new-district');
    expect(sha256(db)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('adds a near name as a new district with --new-district, and a far name without it', () => {
    const { dir, db } = databaseWithSpångaTensta();
    const near = runCli(['import', exchangeFile(dir, { district: 'Spånga-Tenstaa' }), '--db', db, '--new-district']);
    expect(near.stderr).toBe('');
    expect(near.stdout).toContain('Spånga-Tenstaa, SIG unga 2022 har lästs in');
    const far = runCli(['import', exchangeFile(dir, { district: 'Rinkeby-Kista' }), '--db', db]);
    expect(far.stderr).toBe('');
    expect(far.stdout).toContain('Rinkeby-Kista, SIG unga 2022 har lästs in');
  });

  it('reads a district and unit written in another case into the stored ones and names them as stored', () => {
    const { dir, db } = databaseWithSpångaTensta();
    const run = runCli(['import', exchangeFile(dir, { district: 'spånga-tensta', unit: 'sig UNGA' }), '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Spånga-Tensta, SIG unga 2022 har lästs in');
  });

  it('refuses a file that gives a field twice, naming it and its lines, and changes nothing', () => {
    const { dir, db } = databaseWithSpångaTensta();
    const file = path.join(dir, 'dup.json');
    fs.writeFileSync(file, JSON.stringify({ ...validExchange(), year: 2022 }, null, 2).replace('"year": 2022,', '"year": 2022,\n  "year": 2099,'));
    const before = sha256(db);
    const run = runCli(['import', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Fältet ”year” \(År\) finns två gånger i filen, på rad \d+ och rad \d+\./);
    expect(sha256(db)).toBe(before);
  });
});

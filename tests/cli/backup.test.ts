// `lotsplan backup` and `lotsplan restore` as a user runs them: child processes on temp files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, sha256, tempDir } from './runCli.ts';
import { validExchange } from '../fixtures/exchange.ts';

function districts(db: string): string[] {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare('SELECT name FROM districts ORDER BY name').pluck().all() as string[];
  } finally {
    conn.close();
  }
}

describe('lotsplan backup', () => {
  it('prints the path of a manual backup in backups/ beside the database', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const run = runCli(['backup', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = run.stdout.trim();
    expect(path.dirname(printed)).toBe(path.join(dir, 'backups'));
    expect(path.basename(printed)).toMatch(/^lotsplan-\d{4}-\d{2}-\d{2}T\d{6}-manuell\.sqlite$/);
    expect(districts(printed)).toEqual(districts(db));
  });

  it('refuses a missing database without creating it', () => {
    const dir = tempDir();
    const db = path.join(dir, 'saknas.sqlite');
    const run = runCli(['backup', '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(db);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('lotsplan restore', () => {
  it('backs up the current file, replaces it with the backup, and says so', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const backup = runCli(['backup', '--db', db]).stdout.trim();
    const before = districts(db);
    const exchange = path.join(dir, 'farsta.json');
    fs.writeFileSync(exchange, JSON.stringify({ ...validExchange(), district: 'Farsta', unit: 'SIG unga' }));
    expect(runCli(['import', exchange, '--db', db]).status).toBe(0);
    expect(districts(db)).toContain('Farsta');
    const backupHash = sha256(backup);

    const run = runCli(['restore', backup, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${backup} har återställts till ${db}.`);
    expect(run.stdout).toContain('Den tidigare databasen sparades först som');
    expect(districts(db)).toEqual(before);
    expect(sha256(backup)).toBe(backupHash);
    const saved = fs.readdirSync(path.join(dir, 'backups')).filter((f) => /-fore-aterstallning(-\d+)?\.sqlite$/.test(f));
    // (A backup taken in the same second as the manual one gets the next number.)
    expect(saved).toHaveLength(1);
    expect(districts(path.join(dir, 'backups', saved[0]!))).toContain('Farsta');
  });

  it('refuses a file that is not a Lotsplan database with exit 1 and a Swedish message naming it; nothing changes', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const candidate = path.join(dir, 'anteckningar.sqlite');
    fs.writeFileSync(candidate, 'Det här är inga säkerhetskopior.\n'.repeat(20));
    const before = { db: sha256(db), candidate: sha256(candidate), entries: fs.readdirSync(dir).sort() };

    const run = runCli(['restore', candidate, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Fel: Filen ”${candidate}” är varken en säkerhetskopia från Lotsplan eller en Lotsplan-databas.`);
    expect(run.stderr).toContain('Ingenting har ändrats');
    expect({ db: sha256(db), candidate: sha256(candidate), entries: fs.readdirSync(dir).sort() }).toEqual(before);
  });

  it('restores into a database file that does not exist yet, and says there was none', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const backup = runCli(['backup', '--db', db]).stdout.trim();
    const elsewhere = path.join(tempDir(), 'ny.sqlite');

    const run = runCli(['restore', backup, '--db', elsewhere]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${backup} har återställts till ${elsewhere}. Där fanns ingen databas tidigare.\n`);
    expect(districts(elsewhere)).toEqual(districts(db));
  });

  it('restores beside a database file that cannot be opened, leaving that file as it was', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const backup = runCli(['backup', '--db', db]).stdout.trim();
    const before = districts(db);
    fs.writeFileSync(db, 'inte längre en databas\n'.repeat(100));
    const broken = sha256(db);

    const run = runCli(['restore', backup, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const beside = fs.readdirSync(dir).find((f) => /^lotsplan-aterstalld-.*\.sqlite$/.test(f));
    expect(beside).toBeDefined();
    expect(run.stdout).toContain(`har återställts till en ny fil, ${path.join(dir, beside!)}. Filen ${db} har inte ändrats.`);
    expect(sha256(db)).toBe(broken);
    expect(districts(path.join(dir, beside!))).toEqual(before);
  });

  it('refuses a file that does not exist with exit 1, changing nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const before = { db: sha256(db), entries: fs.readdirSync(dir).sort() };
    const missing = path.join(dir, 'saknas.lotsplan');
    const run = runCli(['restore', missing, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`Fel: Filen ${missing} finns inte eller kunde inte läsas. Ingenting har ändrats.\n`);
    expect({ db: sha256(db), entries: fs.readdirSync(dir).sort() }).toEqual(before);
  });

  it('needs a file (exit 2)', () => {
    const run = runCli(['restore', '--db', path.join(tempDir(), 'x.sqlite')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Ange filen som ska återställas');
  });

  it('is listed in --help', () => {
    const run = runCli(['--help']);
    expect(run.stdout).toMatch(/backup\s+Tar en säkerhetskopia/);
    expect(run.stdout).toMatch(/restore\s+Återställer en säkerhetskopia/);
  });
});

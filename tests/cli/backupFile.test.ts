// `lotsplan backup --out FIL` and `lotsplan restore FIL` with an exported backup file: the file is
// written, read back and checked; restoring it checks the checksum first; a damaged file is
// refused in Swedish and nothing changes.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, sha256, tempDir } from './runCli.ts';

function otherCosts(db: string): number {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare('SELECT count(*) FROM other_costs').pluck().get() as number;
  } finally {
    conn.close();
  }
}

describe('lotsplan backup --out and restore of an exported file', () => {
  it('writes one checked .lotsplan file elsewhere and restores it, backing up the current database first', () => {
    const dir = tempDir();
    const usb = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const costsBefore = otherCosts(db);
    const out = path.join(usb, 'kopia.lotsplan');
    const run = runCli(['backup', '--db', db, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(out);
    expect(fs.readFileSync(out).subarray(0, 25).toString('latin1')).toBe('LOTSPLAN-SAKERHETSKOPIA 1');
    // Only the file itself in the chosen folder; nothing new beside the database.
    expect(fs.readdirSync(usb)).toEqual(['kopia.lotsplan']);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);

    // A change, then the restore from the file.
    const conn = new Database(db);
    conn.exec('DELETE FROM other_costs');
    conn.close();
    expect(otherCosts(db)).toBe(0);
    const restore = runCli(['restore', out, '--db', db]);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain('har återställts till');
    expect(restore.stdout).toContain('fore-aterstallning');
    expect(otherCosts(db)).toBe(costsBefore);
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups.some((f) => f.endsWith('-fore-aterstallning.sqlite'))).toBe(true);
    expect(otherCosts(path.join(dir, 'backups', backups.find((f) => f.endsWith('-fore-aterstallning.sqlite'))!))).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a damaged exported file in Swedish, leaving the database byte for byte as it was', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const out = path.join(dir, 'kopia.lotsplan');
    expect(runCli(['backup', '--db', db, '--out', out]).status).toBe(0);
    const bytes = fs.readFileSync(out);
    bytes[bytes.length - 10]! ^= 0xff;
    fs.writeFileSync(out, bytes);
    const before = sha256(db);
    const entries = fs.readdirSync(dir).sort();
    const run = runCli(['restore', out, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('kontrollsumman (SHA-256) stämmer inte med innehållet');
    expect(run.stderr).toContain('Ingenting har ändrats');
    expect(sha256(db)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(entries);
  });

  it('says so in Swedish when the chosen folder does not exist', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const entries = fs.readdirSync(dir, { recursive: true }).sort();
    const run = runCli(['backup', '--db', db, '--out', path.join(dir, 'saknas', 'kopia.lotsplan')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`Fel: Mappen ${path.join(dir, 'saknas')} finns inte. Ingenting har skrivits.\n`);
    expect(fs.readdirSync(dir, { recursive: true }).sort()).toEqual(entries);
  });
});

// Older files: checked, backed up with the online backup API, then migrated.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { StoreError } from '../../src/store/contract.ts';
import { LOTSPLAN_APPLICATION_ID } from '../../src/store/schema.ts';
import { samplePlan, sha256, tempDir, track } from './helpers.ts';

/** A Lotsplan file from "before version 1": our application_id, user_version 0, one old table. */
function versionZeroFile(dir: string): string {
  const file = path.join(dir, 'lotsplan.sqlite');
  const db = new Database(file);
  db.pragma(`application_id = ${LOTSPLAN_APPLICATION_ID}`);
  db.exec("CREATE TABLE gammal_anteckning (text TEXT); INSERT INTO gammal_anteckning VALUES ('från v0');");
  db.close();
  return file;
}

const BACKUP_NAME = /^lotsplan-\d{4}-\d{2}-\d{2}T\d{6}-fore-migrering-v0-till-v8\.sqlite$/;

describe('migrating an older file', () => {
  it('backs up a v0 file into backups/ beside it before migrating; the backup opens and holds v0', async () => {
    const dir = tempDir();
    const file = versionZeroFile(dir);
    const hashBefore = sha256(file);
    const store = track(await openStore(file));
    expect(store.schemaVersion).toBe(8);

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(BACKUP_NAME);
    const backupFile = path.join(dir, 'backups', backups[0]!);
    expect((store as unknown as { migrationBackup: string }).migrationBackup).toBe(backupFile);
    // The backup is a self-contained copy of the old file (single file, rollback journal).
    expect(sha256(file)).not.toBe(hashBefore);
    const copy = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(0);
      expect(copy.pragma('application_id', { simple: true })).toBe(LOTSPLAN_APPLICATION_ID);
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT text FROM gammal_anteckning').pluck().all()).toEqual(['från v0']);
      expect(copy.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'units'").pluck().get()).toBe(0);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }
    // The migrated file works.
    await store.replaceUnitYear(samplePlan());
    expect(await store.countUnitYears()).toBe(1);
  });

  it('puts the backup in options.backupDir when given', async () => {
    const dir = tempDir();
    const file = versionZeroFile(dir);
    const backupDir = path.join(tempDir(), 'mina-kopior');
    track(await openStore(file, { backupDir }));
    expect(fs.readdirSync(backupDir)).toEqual([expect.stringMatching(BACKUP_NAME)]);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('adopts a blank SQLite file (application_id 0, no tables), after backing it up', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'tom-sqlite.sqlite');
    // Opening creates a 0-byte file (which is refused as NOT_SQLITE); VACUUM writes page 1.
    const db = new Database(file);
    db.exec('VACUUM');
    db.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    const store = track(await openStore(file));
    expect(store.schemaVersion).toBe(8);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });

  it('a failed migration rolls back, keeps user_version 0 and names the backup', async () => {
    const dir = tempDir();
    const file = versionZeroFile(dir);
    // A v0 file whose old table collides with a table of schema v1: migration 1 fails halfway.
    const db = new Database(file);
    db.exec("CREATE TABLE po_rates (year INTEGER, note TEXT); INSERT INTO po_rates VALUES (2010, 'gammal');");
    db.close();
    const error = await openStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('WRITE_FAILED');
    expect((error as StoreError).message).toContain(file);
    expect((error as StoreError).message).toContain('från databasversion 0 till 8');
    expect((error as StoreError).message).toContain(path.join(dir, 'backups'));

    const after = new Database(file, { readonly: true });
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(0);
      // Rolled back: the tables the migration created before failing are gone.
      expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'districts'").pluck().get()).toBe(0);
      expect(after.prepare('SELECT note FROM po_rates').pluck().all()).toEqual(['gammal']);
    } finally {
      after.close();
    }
  });

  it('refuses to migrate an older file with a broken reference (foreign_key_check), without a backup', async () => {
    const dir = tempDir();
    const file = versionZeroFile(dir);
    const db = new Database(file);
    db.pragma('foreign_keys = OFF'); // better-sqlite3 turns them on by default
    db.exec(`CREATE TABLE foralder (id INTEGER PRIMARY KEY);
             CREATE TABLE barn (foralder_id INTEGER REFERENCES foralder(id));
             INSERT INTO barn VALUES (42);`);
    db.close();
    const hash = sha256(file);
    const error = await openStore(file).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('DAMAGED');
    expect((error as StoreError).message).toContain(file);
    expect((error as StoreError).message).toContain('foreign_key_check');
    expect(sha256(file)).toBe(hash);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});

// Files that are not a healthy Lotsplan database of this or an older version are refused, and
// left exactly as they were: same bytes, no -wal/-shm/-journal files beside them.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { StoreError, type StoreErrorCode } from '../../src/store/contract.ts';
import { LOTSPLAN_APPLICATION_ID } from '../../src/store/schema.ts';
import { samplePlan, sha256, tempDir } from './helpers.ts';

async function expectRefused(file: string, codes: StoreErrorCode[]): Promise<StoreError> {
  const dir = path.dirname(file);
  const hash = fs.statSync(file).isFile() ? sha256(file) : null;
  const entriesBefore = fs.readdirSync(dir).sort();
  const error = await openStore(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  const storeError = error as StoreError;
  expect(codes).toContain(storeError.code);
  expect(storeError.path).toBe(file);
  expect(storeError.message).toContain(file);
  if (hash !== null) expect(sha256(file)).toBe(hash);
  // Nothing created beside the file: no sidecars, no backups folder.
  expect(fs.readdirSync(dir).sort()).toEqual(entriesBefore);
  return storeError;
}

/** A real Lotsplan database with one plan, closed (so fully checkpointed into the main file). */
async function realDatabase(dir: string): Promise<string> {
  const file = path.join(dir, 'riktig.sqlite');
  const store = await openStore(file);
  await store.replaceUnitYears(Array.from({ length: 12 }, (_, i) => ({ plan: samplePlan({ unit: `Enhet ${i}` }), exampleValues: false })));
  await store.close();
  return file;
}

describe('openStore refuses and leaves the file unchanged', () => {
  it('a text file → NOT_SQLITE', async () => {
    const file = path.join(tempDir(), 'anteckningar.sqlite');
    fs.writeFileSync(file, 'Det här är en textfil med anteckningar om SIG.\n'.repeat(20));
    const error = await expectRefused(file, ['NOT_SQLITE']);
    expect(error.message).toBe(`Filen ${file} är inte en Lotsplan-databas (den är ingen SQLite-databas). Lotsplan har inte ändrat filen.`);
  });

  it('an empty 0-byte file → NOT_SQLITE', async () => {
    const file = path.join(tempDir(), 'tom.sqlite');
    fs.writeFileSync(file, '');
    const error = await expectRefused(file, ['NOT_SQLITE']);
    expect(error.message).toContain('är tom (0 byte)');
    expect(fs.statSync(file).size).toBe(0);
  });

  it('a file shorter than the SQLite header but starting with the magic → NOT_SQLITE', async () => {
    const file = path.join(tempDir(), 'kort.sqlite');
    fs.writeFileSync(file, 'SQLite format 3\0');
    await expectRefused(file, ['NOT_SQLITE']);
  });

  it('a truncated Lotsplan database (its first 4096 bytes) → DAMAGED', async () => {
    const dir = tempDir();
    const real = await realDatabase(dir);
    expect(fs.statSync(real).size).toBeGreaterThan(4096);
    const file = path.join(dir, 'avkapad.sqlite');
    fs.writeFileSync(file, fs.readFileSync(real).subarray(0, 4096));
    // The header still says Lotsplan, version 1; SQLite reads the schema page and then fails
    // (SQLITE_CORRUPT) on the missing pages, so this is damage, not a foreign file.
    const error = await expectRefused(file, ['DAMAGED']);
    expect(error.message).toContain('är skadad');
    expect(error.message).toContain('Lotsplan har inte ändrat filen.');
  });

  it('a foreign SQLite database (another table, application_id 0) → FOREIGN', async () => {
    const file = path.join(tempDir(), 'annat.sqlite');
    const db = new Database(file);
    db.exec("CREATE TABLE recept (namn TEXT); INSERT INTO recept VALUES ('kanelbulle');");
    db.close();
    const error = await expectRefused(file, ['FOREIGN']);
    expect(error.message).toBe(`Filen ${file} är inte en Lotsplan-databas (den tillhör ett annat program). Lotsplan har inte ändrat filen.`);
  });

  it('a foreign SQLite database in WAL mode (needs a real read-only open) → FOREIGN, no sidecars left', async () => {
    const file = path.join(tempDir(), 'annat-wal.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
    db.close();
    await expectRefused(file, ['FOREIGN']);
  });

  it('an SQLite database with another application_id → FOREIGN', async () => {
    const file = path.join(tempDir(), 'annan-app.sqlite');
    const db = new Database(file);
    db.pragma('application_id = 1234');
    db.close();
    await expectRefused(file, ['FOREIGN']);
  });

  it('a database from a newer Lotsplan (user_version 99, our application_id, WAL) → NEWER', async () => {
    const file = path.join(tempDir(), 'nyare.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma(`application_id = ${LOTSPLAN_APPLICATION_ID}`);
    db.exec('CREATE TABLE framtida (x)');
    db.pragma('user_version = 99');
    db.close();
    const error = await expectRefused(file, ['NEWER']);
    expect(error.message).toContain('skapad av en nyare version av Lotsplan');
    expect(error.message).toContain('databasversion 99');
  });

  it('a directory → IS_DIRECTORY, and nothing is created in it', async () => {
    const dir = path.join(tempDir(), 'mapp.sqlite');
    fs.mkdirSync(dir);
    const error = await expectRefused(dir, ['IS_DIRECTORY']);
    expect(error.message).toContain('är en mapp');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a directory is refused even when creation is off', async () => {
    const dir = tempDir();
    await expect(openStore(dir, { create: false })).rejects.toMatchObject({ code: 'IS_DIRECTORY' });
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot || process.platform === 'win32')('a write-protected file → READ_ONLY', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'skyddad.sqlite');
    await (await openStore(file)).close();
    fs.chmodSync(file, 0o444);
    const error = await expectRefused(file, ['READ_ONLY']);
    expect(error.message).toContain('skrivskyddad');
  });

  it.skipIf(isRoot || process.platform === 'win32')('a file in a write-protected folder → READ_ONLY', async () => {
    const dir = path.join(tempDir(), 'skyddad-mapp');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'lotsplan.sqlite');
    await (await openStore(file)).close();
    fs.chmodSync(dir, 0o555);
    try {
      const error = await expectRefused(file, ['READ_ONLY']);
      expect(error.message).toContain(`i mappen ${dir}`);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('a file locked by another program → LOCKED', async () => {
    const file = path.join(tempDir(), 'last.sqlite');
    await (await openStore(file)).close();
    const other = new Database(file);
    other.pragma('journal_mode = DELETE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      const error = await openStore(file, { busyTimeoutMs: 50 }).catch((e: unknown) => e);
      expect((error as StoreError).code).toBe('LOCKED');
      expect((error as StoreError).message).toContain(file);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

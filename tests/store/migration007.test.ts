// Migration 007 drops po_rates, which migration 001 filled and nothing read; everything else stays.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/openStore.ts';
import { tempDir, track } from './helpers.ts';
import type { SchemalessTables } from '../../src/store/migrations/types.ts';

async function versionSixFile(dir: string): Promise<string> {
  const file = path.join(dir, 'lotsplan.sqlite');
  const raw = new Database(file);
  const db = new Kysely<SchemalessTables>({ dialect: new SqliteDialect({ database: raw }) });
  for (const migration of MIGRATIONS.filter((m) => m.version <= 6)) await migration.up(db);
  await sql.raw('PRAGMA user_version = 6').execute(db);
  await db.destroy();
  const w = new Database(file);
  w.exec("INSERT INTO districts (id, name) VALUES (1, 'Farsta');");
  w.close();
  return file;
}

describe('migration 007 (po_rates)', () => {
  it('drops the unread table of a v6 file, after a backup that still has it, and keeps the data', async () => {
    const dir = tempDir();
    const file = await versionSixFile(dir);
    const before = new Database(file, { readonly: true });
    expect(before.prepare('SELECT count(*) FROM po_rates').pluck().get()).toBe(6);
    before.close();

    const store = track(await openStore(file));
    expect(store.schemaVersion).toBe(8);
    await store.close();

    const after = new Database(file, { readonly: true });
    try {
      expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'po_rates'").pluck().get()).toBe(0);
      expect(after.prepare('SELECT name FROM districts').pluck().all()).toEqual(['Farsta']);
    } finally {
      after.close();
    }
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/fore-migrering-v6-till-v8\.sqlite$/)]);
    const copy = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    try {
      expect(copy.prepare('SELECT count(*) FROM po_rates').pluck().get()).toBe(6);
    } finally {
      copy.close();
    }
  });
});

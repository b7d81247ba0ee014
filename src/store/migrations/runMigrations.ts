// Brings a database up to CURRENT_SCHEMA_VERSION, one transaction per migration, each of which
// also sets PRAGMA user_version, so the file is always at exactly one known version.
import { sql, type Kysely } from 'kysely';
import type Database from 'better-sqlite3';
import { writeTransaction } from '../transaction.ts';
import { MIGRATIONS } from './index.ts';
import type { SchemalessDb } from './types.ts';

export async function runMigrations<DB>(db: Kysely<DB>, raw: Database.Database, fromVersion: number): Promise<number> {
  let version = fromVersion;
  for (const migration of MIGRATIONS.filter((m) => m.version > fromVersion)) {
    await writeTransaction(db, raw, async (trx) => {
      // The same connection, seen without today's schema types (SchemalessDb says why).
      await migration.up(trx as unknown as SchemalessDb);
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
    });
    version = migration.version;
  }
  return version;
}

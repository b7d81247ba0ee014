// Brings a database up to CURRENT_SCHEMA_VERSION, one transaction per migration, each of which
// also sets PRAGMA user_version, so the file is always at exactly one known version.
import { sql, type Kysely } from 'kysely';
import type Database from 'better-sqlite3';
import { writeTransaction } from '../transaction.ts';
import { MIGRATIONS } from './index.ts';

export async function runMigrations(db: Kysely<any>, raw: Database.Database, fromVersion: number): Promise<number> {
  let version = fromVersion;
  for (const migration of MIGRATIONS.filter((m) => m.version > fromVersion)) {
    await writeTransaction(db, raw, async (trx) => {
      await migration.up(trx);
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
    });
    version = migration.version;
  }
  return version;
}

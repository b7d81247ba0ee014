// Write transactions: BEGIN IMMEDIATE (take the write lock up front, so a busy file fails at once
// under busy_timeout instead of halfway), COMMIT, or ROLLBACK on any error, keeping the first error.
// Kysely's SqliteDialect runs every query on one connection behind a mutex; `connection()` holds
// that connection for the whole callback, so no other query can slip into the transaction.
import { sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import { fileOps } from './fileOps.ts';

export async function writeTransaction<DB, T>(db: Kysely<DB>, raw: BetterSqlite3.Database, body: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    // Points where a test can inject a fault around SQLite's own writes (see fileOps.ts).
    fileOps().sqliteStep('begin', raw.name);
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await body(conn);
      fileOps().sqliteStep('commit', raw.name);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (error) {
      // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL).
      if (raw.inTransaction) {
        try {
          await sql`ROLLBACK`.execute(conn);
        } catch {
          // Keep the original error; the connection is closed by the caller if it is unusable.
        }
      }
      throw error;
    }
  });
}

/** Several reads that must see one state of the file (another process may write in between). */
export async function readTransaction<DB, T>(db: Kysely<DB>, body: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN`.execute(conn);
    try {
      return await body(conn);
    } finally {
      await sql`COMMIT`.execute(conn);
    }
  });
}

// Schema version 3: the audit log (ändringslogg). Every change to the database is recorded in
// the same transaction as the change itself: when, by which login name on this computer, what
// (a Swedish sentence), for which unit-year, and the state before and after as JSON. Events that
// replace the whole file (restore, new database) are recorded in the file that results.
// Frozen once released.
import { sql } from 'kysely';
import type { Migration, SchemalessDb } from './types.ts';

const statements = [
  `CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    os_user TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL,
    district TEXT,
    unit TEXT,
    year INTEGER,
    before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
  )`,
  `CREATE INDEX audit_log_by_time ON audit_log (at, id)`,
  `CREATE INDEX audit_log_by_unit_year ON audit_log (district, unit, year, id)`,
];

export const auditLogMigration: Migration = {
  version: 3,
  name: 'ändringslogg',
  async up(db: SchemalessDb): Promise<void> {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};

// Schema version 6: ui_state, small facts about how the app was left that belong with the file
// rather than with one computer: today the last place (district, unit, year and page, see
// src/core/uiState/lastPlace.ts) under the key 'last_place'. The value is JSON, read field by
// field so that a value that does not hold up counts as unknown. Not a change of any plan, so it
// is not in the audit log. Frozen once released.
import { sql } from 'kysely';
import type { Migration, SchemalessDb } from './types.ts';

const statements = [
  `CREATE TABLE ui_state (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value_json TEXT NOT NULL CHECK (json_valid(value_json) AND length(value_json) <= 4000),
    updated_at TEXT NOT NULL
  )`,
];

export const uiStateMigration: Migration = {
  version: 6,
  name: 'senaste plats i appen',
  async up(db: SchemalessDb) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};

// Schema version 5: tjänsteutlåtanden (memos for the nämnd), their saved versions, the districts'
// Word templates and the districts' memo defaults. Frozen once released.
//
// A memo belongs to a unit-year (unit_years keeps its id when a plan is replaced, see 001). Its
// scenario is kept as a plain id, not a foreign key: a scenario may be deleted while the memo
// stays, and the memo then says that its scenario is missing. content_json is the memo's whole
// editable content (MemoContent in src/core/memo/model.ts, validated when read); version counts
// saves and is what a save must start from. deleted_at marks a memo removed (the removal can be
// undone); it is not shown in lists. memo_versions holds the content of each saved version.
import { sql } from 'kysely';
import type { Migration, SchemalessDb } from './types.ts';

const statements = [
  `CREATE TABLE memo_templates (
    id INTEGER PRIMARY KEY,
    district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 255),
    bytes BLOB NOT NULL,
    placeholders_json TEXT NOT NULL CHECK (json_valid(placeholders_json)),
    added_at TEXT NOT NULL
  )`,
  `CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    unit_year_id INTEGER NOT NULL REFERENCES unit_years(id) ON DELETE CASCADE,
    scenario_id INTEGER,
    type TEXT NOT NULL CHECK (type IN ('skrivelse', 'redovisning', 'bemanning', 'eget')),
    title TEXT NOT NULL,
    content_json TEXT NOT NULL CHECK (json_valid(content_json)),
    version INTEGER NOT NULL CHECK (version >= 1),
    template_id INTEGER REFERENCES memo_templates(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    exported_at TEXT,
    deleted_at TEXT
  )`,
  `CREATE INDEX memos_by_unit_year ON memos (unit_year_id, id)`,
  `CREATE TABLE memo_versions (
    id INTEGER PRIMARY KEY,
    memo_id INTEGER NOT NULL REFERENCES memos(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('create', 'copy', 'save', 'figures', 'restore')),
    first_saved_at TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    content_json TEXT NOT NULL CHECK (json_valid(content_json)),
    audit_id INTEGER,
    UNIQUE (memo_id, version)
  )`,
  `CREATE TABLE memo_district_settings (
    district_id INTEGER PRIMARY KEY REFERENCES districts(id) ON DELETE CASCADE,
    defaults_json TEXT CHECK (defaults_json IS NULL OR json_valid(defaults_json)),
    default_template_id INTEGER REFERENCES memo_templates(id) ON DELETE SET NULL
  )`,
];

export const memosMigration: Migration = {
  version: 5,
  name: 'tjänsteutlåtanden',
  async up(db: SchemalessDb): Promise<void> {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};

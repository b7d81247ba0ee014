// Schema version 2: the staffing plan and scenarios. Frozen once released.
// - year_settings: one row per unit-year with its caseload (until now per unit, so editing one
//   year changed all years; the unit's value stays as the default for new years), expected salary
//   revision, recruitment lead time, savings requirement and whether the unit is exempt.
//   Existing unit-years get a row with their unit's caseload and the defaults.
// - staff_positions.vacant (budgeted but unfilled) and staff_positions.funding_source.
// - scenarios: named variants of a unit-year. The overrides are one validated JSON document
//   (src/core/scenarios/overrides.ts) rather than tables: a scenario is a sparse set of changes
//   that is always read, validated and applied as a whole, and its shape may grow (a later
//   migration converts the JSON when it must). Names are unique per unit-year.
// - edit_history: for undo/redo, the editable state of the unit-year (settings, rows, scenarios)
//   before and after each edit, as JSON (src/core/unitYear/state.ts, UnitYearState).
//   snapshot_version lets a later version refuse to restore snapshots of an older shape.
import { sql } from 'kysely';
import type { Migration, SchemalessDb } from './types.ts';

const statements = [
  `CREATE TABLE year_settings (
    unit_year_id INTEGER PRIMARY KEY REFERENCES unit_years(id) ON DELETE CASCADE,
    caseload_per_lots REAL NOT NULL CHECK (caseload_per_lots > 0 AND caseload_per_lots <= 100),
    salary_revision_percent REAL NOT NULL DEFAULT 0 CHECK (salary_revision_percent >= -50 AND salary_revision_percent <= 100),
    recruitment_lead_time_months INTEGER NOT NULL DEFAULT 2 CHECK (recruitment_lead_time_months BETWEEN 0 AND 24),
    savings_requirement_percent REAL NOT NULL DEFAULT 0 CHECK (savings_requirement_percent >= 0 AND savings_requirement_percent <= 100),
    savings_exempt INTEGER NOT NULL DEFAULT 0 CHECK (savings_exempt IN (0, 1))
  )`,
  `INSERT INTO year_settings (unit_year_id, caseload_per_lots)
     SELECT uy.id, min(max(u.caseload_per_lots, 0.000001), 100) FROM unit_years uy JOIN units u ON u.id = uy.unit_id`,
  `ALTER TABLE staff_positions ADD COLUMN vacant INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1))`,
  `ALTER TABLE staff_positions ADD COLUMN funding_source TEXT`,
  `CREATE TABLE scenarios (
    id INTEGER PRIMARY KEY,
    unit_year_id INTEGER NOT NULL REFERENCES unit_years(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 100),
    preset TEXT NOT NULL CHECK (preset IN ('unchanged', 'extraLots', 'increasedPressure', 'savings', 'custom')),
    overrides_json TEXT NOT NULL CHECK (json_valid(overrides_json)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (unit_year_id, name),
    UNIQUE (unit_year_id, position)
  )`,
  `CREATE TABLE edit_history (
    id INTEGER PRIMARY KEY,
    unit_year_id INTEGER NOT NULL REFERENCES unit_years(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    snapshot_version INTEGER NOT NULL,
    before_json TEXT NOT NULL CHECK (json_valid(before_json)),
    after_json TEXT NOT NULL CHECK (json_valid(after_json)),
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    created_at TEXT NOT NULL
  )`,
  `CREATE INDEX edit_history_by_unit_year ON edit_history (unit_year_id, id)`,
];

export const staffingScenariosMigration: Migration = {
  version: 2,
  name: 'bemanning och scenarier',
  async up(db: SchemalessDb): Promise<void> {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};

// Schema version 1: districts, units, unit-years and the plan rows of a unit-year, plus SKR's
// PO-pålägg. Frozen once released: later changes go in new migrations, never here. That is why
// the six roles and the seeded rates are spelled out instead of imported.
//
// Later tables (monthly statistics, scenarios, memos) reference unit_years(id). A unit-year row
// keeps its id when its plan is replaced (only the plan rows below are rewritten), so such
// references survive a re-import of the plan.
import { sql } from 'kysely';
import { LOTSPLAN_APPLICATION_ID } from '../schema.ts';
import type { Migration, SchemalessDb } from './types.ts';

const statements = [
  `CREATE TABLE districts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
  )`,
  `CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    age_from INTEGER CHECK (age_from IS NULL OR age_from >= 0),
    age_to INTEGER CHECK (age_to IS NULL OR age_to >= 0),
    caseload_per_lots REAL NOT NULL DEFAULT 7 CHECK (caseload_per_lots > 0),
    UNIQUE (district_id, name),
    CHECK (age_from IS NULL OR age_to IS NULL OR age_from <= age_to)
  )`,
  `CREATE TABLE unit_years (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    po_percent REAL NOT NULL CHECK (po_percent >= 0 AND po_percent <= 100),
    example_values INTEGER NOT NULL DEFAULT 0 CHECK (example_values IN (0, 1)),
    updated_at TEXT NOT NULL,
    UNIQUE (unit_id, year)
  )`,
  `CREATE TABLE staff_positions (
    id INTEGER PRIMARY KEY,
    unit_year_id INTEGER NOT NULL REFERENCES unit_years(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    role TEXT NOT NULL CHECK (role IN ('lots', 'bitradande_enhetschef', 'enhetschef', 'behandlare', 'samordnare', 'annan')),
    title TEXT NOT NULL,
    fte REAL NOT NULL CHECK (fte > 0 AND fte <= 1),
    monthly_salary REAL NOT NULL CHECK (monthly_salary >= 0),
    from_month INTEGER NOT NULL CHECK (from_month BETWEEN 1 AND 12),
    to_month INTEGER NOT NULL CHECK (to_month BETWEEN 1 AND 12),
    UNIQUE (unit_year_id, position),
    CHECK (from_month <= to_month)
  )`,
  `CREATE TABLE other_costs (
    id INTEGER PRIMARY KEY,
    unit_year_id INTEGER NOT NULL REFERENCES unit_years(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    amount REAL NOT NULL CHECK (amount >= 0),
    UNIQUE (unit_year_id, position)
  )`,
  `CREATE TABLE funding_lines (
    id INTEGER PRIMARY KEY,
    unit_year_id INTEGER NOT NULL REFERENCES unit_years(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    source TEXT NOT NULL CHECK (length(trim(source)) > 0),
    amount REAL NOT NULL CHECK (amount >= 0),
    period TEXT,
    UNIQUE (unit_year_id, position)
  )`,
  `CREATE TABLE participant_figures (
    unit_year_id INTEGER PRIMARY KEY REFERENCES unit_years(id) ON DELETE CASCADE,
    enrolled INTEGER NOT NULL CHECK (enrolled >= 0),
    men INTEGER NOT NULL CHECK (men >= 0),
    women INTEGER NOT NULL CHECK (women >= 0),
    other_gender INTEGER NOT NULL CHECK (other_gender >= 0),
    gender_unknown INTEGER NOT NULL DEFAULT 0 CHECK (gender_unknown >= 0),
    queue INTEGER NOT NULL CHECK (queue >= 0),
    touched INTEGER NOT NULL CHECK (touched >= 0)
  )`,
  `CREATE TABLE demand_assumptions (
    unit_year_id INTEGER PRIMARY KEY REFERENCES unit_years(id) ON DELETE CASCADE,
    arrivals_per_month REAL NOT NULL CHECK (arrivals_per_month >= 0),
    mean_stay_months REAL NOT NULL CHECK (mean_stay_months > 0)
  )`,
  `CREATE TABLE po_rates (
    year INTEGER PRIMARY KEY,
    percent REAL NOT NULL CHECK (percent >= 0 AND percent <= 100),
    source TEXT NOT NULL
  )`,
];

const SKR_SOURCE = 'SKR (kontrollera mot cirkuläret)';
const skrRates: readonly [number, number][] = [
  [2014, 38.46],
  [2015, 38.46],
  [2019, 39.15],
  [2021, 40.15],
  [2022, 39.25],
  [2023, 44.53],
];

export const initialMigration: Migration = {
  version: 1,
  name: 'grundschema',
  async up(db: SchemalessDb): Promise<void> {
    for (const statement of statements) await sql.raw(statement).execute(db);
    await db
      .insertInto('po_rates')
      .values(skrRates.map(([year, percent]) => ({ year, percent, source: SKR_SOURCE })))
      .execute();
    await sql.raw(`PRAGMA application_id = ${LOTSPLAN_APPLICATION_ID}`).execute(db);
  },
};

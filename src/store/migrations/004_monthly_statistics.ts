// Schema version 4: monthly follow-up statistics (månadsstatistik) per unit and calendar month.
// Aggregate counts only, never individuals. Per unit rather than per unit-year: a series runs
// across the turn of the year, and the forecast reads the latest months whatever their year.
// discharges_by_stay_json is a JSON list of counts per length-of-stay band (the bands are fixed
// in src/core/statistics/monthly.ts), or NULL when the unit did not count them. Frozen once released.
import { sql } from 'kysely';
import type { Migration, SchemalessDb } from './types.ts';

const statements = [
  `CREATE TABLE monthly_statistics (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
    referrals INTEGER CHECK (referrals IS NULL OR referrals >= 0),
    new_enrolments INTEGER NOT NULL CHECK (new_enrolments >= 0),
    discharges INTEGER NOT NULL CHECK (discharges >= 0),
    enrolled_at_month_end INTEGER NOT NULL CHECK (enrolled_at_month_end >= 0),
    queue_at_month_end INTEGER CHECK (queue_at_month_end IS NULL OR queue_at_month_end >= 0),
    discharges_by_stay_json TEXT CHECK (discharges_by_stay_json IS NULL OR json_valid(discharges_by_stay_json)),
    updated_at TEXT NOT NULL,
    UNIQUE (unit_id, month)
  )`,
];

export const monthlyStatisticsMigration: Migration = {
  version: 4,
  name: 'månadsstatistik',
  async up(db: SchemalessDb): Promise<void> {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};

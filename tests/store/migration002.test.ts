// Migration 002 upgrades a file made by migration 001 only: backup first, data kept, new tables.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { initialMigration } from '../../src/store/migrations/001_initial.ts';
import { openStore } from '../../src/store/openStore.ts';
import { tempDir, track } from './helpers.ts';
import type { SchemalessTables } from '../../src/store/migrations/types.ts';

async function versionOneFile(dir: string): Promise<string> {
  const file = path.join(dir, 'lotsplan.sqlite');
  const raw = new Database(file);
  const db = new Kysely<SchemalessTables>({ dialect: new SqliteDialect({ database: raw }) });
  await initialMigration.up(db);
  await sql.raw('PRAGMA user_version = 1').execute(db);
  await db.destroy();
  const w = new Database(file);
  w.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Farsta');
    INSERT INTO units (id, district_id, name, age_from, age_to, caseload_per_lots) VALUES (1, 1, 'SIG vuxna', 18, NULL, 6);
    INSERT INTO unit_years (id, unit_id, year, po_percent, example_values, updated_at) VALUES (1, 1, 2019, 39.15, 0, '2019-01-01T00:00:00Z');
    INSERT INTO staff_positions (unit_year_id, position, role, title, fte, monthly_salary, from_month, to_month)
      VALUES (1, 0, 'lots', 'Lots', 1, 38500, 1, 12), (1, 1, 'lots', 'Lots', 0.5, 38500, 4, 12);
    INSERT INTO participant_figures (unit_year_id, enrolled, men, women, other_gender, queue, touched) VALUES (1, 9, 7, 2, 0, 0, 0);
  `);
  w.close();
  return file;
}

describe('migration 002 (bemanning och scenarier)', () => {
  it('backs up a v1 file, then adds year settings from the unit, vacancy columns, scenarios and history', async () => {
    const dir = tempDir();
    const file = await versionOneFile(dir);
    const store = track(await openStore(file));
    expect(store.schemaVersion).toBe(8);
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/fore-migrering-v1-till-v8\.sqlite$/)]);
    const copy = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
      expect(copy.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'scenarios'").pluck().get()).toBe(0);
    } finally {
      copy.close();
    }

    const key = { district: 'Farsta', unit: 'SIG vuxna', year: 2019 };
    const stored = await store.getUnitYear(key);
    expect(stored!.plan.caseloadPerLots).toBe(6);
    expect(stored!.plan.staff).toEqual([
      { role: 'lots', title: 'Lots', fte: 1, monthlySalary: 38500, fromMonth: 1, toMonth: 12 },
      { role: 'lots', title: 'Lots', fte: 0.5, monthlySalary: 38500, fromMonth: 4, toMonth: 12 },
    ]);
    const w = await store.getEditableUnitYear(key);
    expect(w!.state.settings).toEqual({
      poPercent: 39.15,
      caseloadPerLots: 6,
      salaryRevisionPercent: 0,
      recruitmentLeadTimeMonths: 2,
      savingsRequirementPercent: 0,
      savingsExempt: false,
    });
    expect(w!.state.staff.every((s) => s.vacant === false && s.fundingSource === null)).toBe(true);
    expect(w!.state.scenarios).toEqual([]);
    expect((await store.check()).healthy).toBe(true);
  });

  it('refuses a duplicate scenario name in the database itself', async () => {
    const dir = tempDir();
    const file = await versionOneFile(dir);
    track(await openStore(file));
    const raw = new Database(file);
    try {
      const insert = raw.prepare(
        "INSERT INTO scenarios (unit_year_id, position, name, preset, overrides_json, created_at, updated_at) VALUES (1, ?, 'A', 'custom', '{}', 'x', 'x')",
      );
      insert.run(0);
      expect(() => insert.run(1)).toThrow(/UNIQUE/);
      expect(() =>
        raw
          .prepare(
            "INSERT INTO scenarios (unit_year_id, position, name, preset, overrides_json, created_at, updated_at) VALUES (1, 5, 'B', 'custom', 'inte json', 'x', 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      raw.close();
    }
  });
});

// Monthly statistics in the store: migration 004 on an existing v3 file, upserts by month,
// deletes, the audit entry in the same transaction, and refusals that change nothing.
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/openStore.ts';
import { EditError } from '../../src/core/validation/editError.ts';
import type { MonthlyStatistics } from '../../src/core/statistics/monthly.ts';
import type { SqliteStore } from '../../src/store/sqliteStore.ts';
import { samplePlan, sha256, tempDir, track } from './helpers.ts';
import type { SchemalessTables } from '../../src/store/migrations/types.ts';

/** The store's own connection, for pragmas and raw checks. */
const raw = (store: unknown) => (store as SqliteStore).raw;

const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna' };
const month = (m: string, over: Partial<MonthlyStatistics> = {}): MonthlyStatistics => ({
  month: m,
  referrals: 2,
  newEnrolments: 2,
  discharges: 1,
  enrolledAtMonthEnd: 27,
  queueAtMonthEnd: 0,
  dischargesByStay: [0, 0, 1, 0, 0, 0],
  ...over,
});

async function versionThreeFile(dir: string): Promise<string> {
  const file = path.join(dir, 'lotsplan.sqlite');
  const raw = new Database(file);
  raw.pragma('application_id = 1280267347');
  const db = new Kysely<SchemalessTables>({ dialect: new SqliteDialect({ database: raw }) });
  for (const m of MIGRATIONS.slice(0, 3)) await m.up(db);
  await sql.raw('PRAGMA user_version = 3').execute(db);
  await db.destroy();
  return file;
}

describe('monthly statistics (schema 4)', () => {
  it('migration 004 adds the table to a v3 file after a backup, keeping its data', async () => {
    const dir = tempDir();
    const file = await versionThreeFile(dir);
    const store = track(await openStore(file));
    expect(store.schemaVersion).toBe(8);
    expect((store as unknown as SqliteStore).migrationBackup).toMatch(/fore-migrering-v3-till-v8\.sqlite$/);
    await store.replaceUnitYear(samplePlan());
    expect(await store.getMonthlyStatistics(RK)).toEqual([]);
  });

  it('saves months in calendar order, replaces a month given again and keeps the others', async () => {
    const store = track(await openStore(path.join(tempDir(), 'db.sqlite')));
    await store.replaceUnitYear(samplePlan());
    await store.saveMonthlyStatistics(RK, [month('2020-02'), month('2020-01', { referrals: null, queueAtMonthEnd: null, dischargesByStay: null })], 'Sparade.');
    const series = await store.saveMonthlyStatistics(
      RK,
      [month('2020-02', { discharges: 3, dischargesByStay: [1, 1, 1, 0, 0, 0] }), month('2020-03')],
      'Sparade igen.',
    );
    expect(series.map((m) => m.month)).toEqual(['2020-01', '2020-02', '2020-03']);
    expect(series[0]).toEqual(month('2020-01', { referrals: null, queueAtMonthEnd: null, dischargesByStay: null }));
    expect(series[1]).toEqual(month('2020-02', { discharges: 3, dischargesByStay: [1, 1, 1, 0, 0, 0] }));
    expect(await store.getMonthlyStatistics(RK)).toEqual(series);
    // Names are matched exactly in the store (the API resolves case first); an unknown unit is null.
    expect(await store.getMonthlyStatistics({ district: 'Farsta', unit: 'SIG vuxna' })).toBeNull();
  });

  it('records each write in the audit log with the months before and after', async () => {
    const store = track(await openStore(path.join(tempDir(), 'db.sqlite')));
    await store.replaceUnitYear(samplePlan());
    await store.saveMonthlyStatistics(RK, [month('2020-01')], 'Sparade januari.');
    await store.saveMonthlyStatistics(RK, [month('2020-01', { referrals: 5 })], 'Ändrade januari.');
    await store.deleteMonthlyStatistics(RK, ['2020-01'], 'Tog bort januari.');
    const log = await store.auditLog({ limit: 10 });
    const entries = log.entries.filter((e) => e.action === 'statistics');
    expect(entries.map((e) => e.summary)).toEqual(['Tog bort januari.', 'Ändrade januari.', 'Sparade januari.']);
    expect(entries[1]).toMatchObject({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: null });
    expect((entries[1]!.before as MonthlyStatistics[])[0]!.referrals).toBe(2);
    expect((entries[1]!.after as MonthlyStatistics[])[0]!.referrals).toBe(5);
    expect(entries[0]!.after).toEqual([]);
    expect(await store.getMonthlyStatistics(RK)).toEqual([]);
  });

  it('refuses an unknown unit and a value the table refuses without changing the file', async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const store = track(await openStore(file));
    await store.replaceUnitYear(samplePlan());
    await store.saveMonthlyStatistics(RK, [month('2020-01')], 'Sparade.');
    raw(store).pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(file);
    await expect(store.saveMonthlyStatistics({ district: 'Farsta', unit: 'SIG vuxna' }, [month('2020-01')], 'x')).rejects.toBeInstanceOf(EditError);
    // A negative count that slipped past validation is stopped by the table's CHECK: all or nothing.
    await expect(store.saveMonthlyStatistics(RK, [month('2020-02'), month('2020-03', { discharges: -1, dischargesByStay: null })], 'x')).rejects.toThrow(
      /månadsstatistiken/,
    );
    // A month that is not there (perhaps removed by another program meanwhile): nothing removed, nothing logged.
    await expect(store.deleteMonthlyStatistics(RK, ['2020-01', '2020-07'], 'x')).rejects.toThrow(
      'Det finns ingen statistik för juli 2020 i SIG vuxna (Rinkeby-Kista).',
    );
    expect((await store.getMonthlyStatistics(RK))!.map((m) => m.month)).toEqual(['2020-01']);
    expect((await store.auditLog({ limit: 10 })).entries.filter((e) => e.action === 'statistics')).toHaveLength(1);
    raw(store).pragma('wal_checkpoint(TRUNCATE)');
    expect(sha256(file)).toBe(before);
  });

  it("removes a unit's statistics with the unit (foreign key, cascade)", async () => {
    const store = track(await openStore(path.join(tempDir(), 'db.sqlite')));
    await store.replaceUnitYear(samplePlan());
    await store.saveMonthlyStatistics(RK, [month('2020-01')], 'Sparade.');
    raw(store).pragma('foreign_keys = ON');
    raw(store).exec('DELETE FROM units');
    expect(raw(store).prepare('SELECT count(*) FROM monthly_statistics').pluck().get()).toBe(0);
  });
});

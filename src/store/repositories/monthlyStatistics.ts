// Monthly statistics of a unit: read in calendar order, written month by month (a month given again
// replaces that month), deleted by month. Writes expect to run inside a transaction (transaction.ts).
import type { Kysely } from 'kysely';
import { STAY_BAND_COUNT, type MonthlyStatistics } from '../../core/statistics/monthly.ts';
import { findUnitByNames } from './nameLookup.ts';
import type { LotsplanDatabase } from '../schema.ts';

type Db = Kysely<LotsplanDatabase>;

export interface UnitKey {
  district: string;
  unit: string;
}

/** The unit's id, or null when the district or unit does not exist (names compared as in nameLookup.ts). */
export async function findUnitId(db: Db, key: UnitKey): Promise<number | null> {
  return (await findUnitByNames(db, key))?.id ?? null;
}

/** The stored bands; a list of another shape means the file was changed outside Lotsplan. */
function parseBands(json: string | null, month: string): number[] | null {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || value.length !== STAY_BAND_COUNT || !value.every((n) => Number.isInteger(n) && n >= 0)) {
    throw new Error(`monthly_statistics.discharges_by_stay_json for ${month} is not a list of ${STAY_BAND_COUNT} counts`);
  }
  return value as number[];
}

export async function readMonthlyStatistics(db: Db, unitId: number): Promise<MonthlyStatistics[]> {
  const rows = await db.selectFrom('monthly_statistics').selectAll().where('unit_id', '=', unitId).orderBy('month').execute();
  return rows.map((r) => ({
    month: r.month,
    referrals: r.referrals,
    newEnrolments: r.new_enrolments,
    discharges: r.discharges,
    enrolledAtMonthEnd: r.enrolled_at_month_end,
    queueAtMonthEnd: r.queue_at_month_end,
    dischargesByStay: parseBands(r.discharges_by_stay_json, r.month),
  }));
}

export async function upsertMonthlyStatistics(db: Db, unitId: number, months: readonly MonthlyStatistics[], at: string): Promise<void> {
  for (const m of months) {
    const values = {
      referrals: m.referrals,
      new_enrolments: m.newEnrolments,
      discharges: m.discharges,
      enrolled_at_month_end: m.enrolledAtMonthEnd,
      queue_at_month_end: m.queueAtMonthEnd,
      discharges_by_stay_json: m.dischargesByStay === null ? null : JSON.stringify(m.dischargesByStay),
      updated_at: at,
    };
    await db
      .insertInto('monthly_statistics')
      .values({ unit_id: unitId, month: m.month, ...values })
      .onConflict((oc) => oc.columns(['unit_id', 'month']).doUpdateSet(values))
      .execute();
  }
}

export async function deleteMonthlyStatistics(db: Db, unitId: number, months: readonly string[]): Promise<number> {
  if (months.length === 0) return 0;
  const result = await db
    .deleteFrom('monthly_statistics')
    .where('unit_id', '=', unitId)
    .where('month', 'in', [...months])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

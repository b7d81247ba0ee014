// The editable state of a unit-year (src/core/unitYear/state.ts): read it with row ids, and
// write a whole state back. Writing deletes the unit-year's rows and inserts the state's rows in
// order, keeping each row's id when it is free, so ids stay stable across edits, undo and redo.
// Rows with id 0 (new) get a fresh id. Writes expect to run inside a transaction.
import type { Kysely } from 'kysely';
import type { StaffRole, UnitYearKey } from '../../core/plan/model.ts';
import type { UnitYearState } from '../../core/unitYear/state.ts';
import { defaultYearSettings } from '../../core/staffing/settings.ts';
import { scenarioOverridesSchema } from '../../core/scenarios/overrides.ts';
import type { ScenarioPreset } from '../../core/scenarios/types.ts';
import { findUnitByNames } from './nameLookup.ts';
import type { LotsplanDatabase } from '../schema.ts';

type Db = Kysely<LotsplanDatabase>;
type RowTable = 'staff_positions' | 'other_costs' | 'funding_lines' | 'scenarios';

export async function findUnitYearId(db: Db, key: UnitYearKey): Promise<number | null> {
  const unit = await findUnitByNames(db, key);
  if (!unit) return null;
  const row = await db.selectFrom('unit_years').select('id').where('unit_id', '=', unit.id).where('year', '=', key.year).executeTakeFirst();
  return row?.id ?? null;
}

export async function readUnitYearState(db: Db, unitYearId: number): Promise<UnitYearState> {
  const head = await db
    .selectFrom('unit_years as uy')
    .innerJoin('units as u', 'u.id', 'uy.unit_id')
    .leftJoin('year_settings as ys', 'ys.unit_year_id', 'uy.id')
    .select([
      'uy.po_percent',
      'u.caseload_per_lots as unit_caseload',
      'ys.caseload_per_lots',
      'ys.salary_revision_percent',
      'ys.recruitment_lead_time_months',
      'ys.savings_requirement_percent',
      'ys.savings_exempt',
    ])
    .where('uy.id', '=', unitYearId)
    .executeTakeFirstOrThrow();
  const defaults = defaultYearSettings(head.po_percent, head.unit_caseload);
  const [staff, otherCosts, funding, scenarios] = await Promise.all([
    db.selectFrom('staff_positions').selectAll().where('unit_year_id', '=', unitYearId).orderBy('position').execute(),
    db.selectFrom('other_costs').selectAll().where('unit_year_id', '=', unitYearId).orderBy('position').execute(),
    db.selectFrom('funding_lines').selectAll().where('unit_year_id', '=', unitYearId).orderBy('position').execute(),
    db.selectFrom('scenarios').selectAll().where('unit_year_id', '=', unitYearId).orderBy('position').execute(),
  ]);
  return {
    settings: {
      poPercent: head.po_percent,
      caseloadPerLots: head.caseload_per_lots ?? defaults.caseloadPerLots,
      salaryRevisionPercent: head.salary_revision_percent ?? defaults.salaryRevisionPercent,
      recruitmentLeadTimeMonths: head.recruitment_lead_time_months ?? defaults.recruitmentLeadTimeMonths,
      savingsRequirementPercent: head.savings_requirement_percent ?? defaults.savingsRequirementPercent,
      savingsExempt: head.savings_exempt === null ? defaults.savingsExempt : head.savings_exempt === 1,
    },
    staff: staff.map((s) => ({
      id: s.id,
      role: s.role as StaffRole,
      title: s.title,
      fte: s.fte,
      monthlySalary: s.monthly_salary,
      fromMonth: s.from_month,
      toMonth: s.to_month,
      vacant: s.vacant === 1,
      fundingSource: s.funding_source,
    })),
    otherCosts: otherCosts.map((c) => ({ id: c.id, label: c.label, amount: c.amount })),
    funding: funding.map((f) => ({ id: f.id, source: f.source, amount: f.amount, period: f.period })),
    scenarios: scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      preset: s.preset as ScenarioPreset,
      // Validated again on the way out: a hand-edited file must not reach the figures unchecked.
      overrides: scenarioOverridesSchema.parse(JSON.parse(s.overrides_json)),
      createdAt: s.created_at,
      updatedAt: s.updated_at,
    })),
  };
}

/** The ids among `ids` that rows of other unit-years use (this unit-year's rows are already deleted). */
async function takenIds(db: Db, table: RowTable, ids: readonly number[]): Promise<Set<number>> {
  const wanted = ids.filter((id) => id > 0);
  if (wanted.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('id').where('id', 'in', wanted).execute();
  return new Set(rows.map((r) => r.id));
}

function keepId(id: number, taken: ReadonlySet<number>): { id?: number } {
  return id > 0 && !taken.has(id) ? { id } : {};
}

/**
 * Rows with their order (`position`), those that keep their id first: a row inserted without id
 * gets max(id) + 1, which must not be an id that a later row of the same state still needs.
 */
function keptFirst<R extends { id: number }>(rows: readonly R[], taken: ReadonlySet<number>): [number, R, { id?: number }][] {
  const entries = rows.map((r, position) => [position, r, keepId(r.id, taken)] as [number, R, { id?: number }]);
  return [...entries.filter(([, , k]) => k.id !== undefined), ...entries.filter(([, , k]) => k.id === undefined)];
}

export async function writeUnitYearState(db: Db, unitYearId: number, state: UnitYearState, now: string): Promise<void> {
  const s = state.settings;
  await db.updateTable('unit_years').set({ po_percent: s.poPercent, updated_at: now }).where('id', '=', unitYearId).execute();
  const settings = {
    caseload_per_lots: s.caseloadPerLots,
    salary_revision_percent: s.salaryRevisionPercent,
    recruitment_lead_time_months: s.recruitmentLeadTimeMonths,
    savings_requirement_percent: s.savingsRequirementPercent,
    savings_exempt: s.savingsExempt ? 1 : 0,
  };
  await db
    .insertInto('year_settings')
    .values({ unit_year_id: unitYearId, ...settings })
    .onConflict((oc) => oc.column('unit_year_id').doUpdateSet(settings))
    .execute();

  for (const table of ['staff_positions', 'other_costs', 'funding_lines', 'scenarios'] as const) {
    await db.deleteFrom(table).where('unit_year_id', '=', unitYearId).execute();
  }
  // One insert per row: rows with and without a kept id cannot share a multi-row VALUES in SQLite.
  let taken = await takenIds(
    db,
    'staff_positions',
    state.staff.map((r) => r.id),
  );
  for (const [position, r, id] of keptFirst(state.staff, taken)) {
    await db
      .insertInto('staff_positions')
      .values({
        ...id,
        unit_year_id: unitYearId,
        position,
        role: r.role,
        title: r.title,
        fte: r.fte,
        monthly_salary: r.monthlySalary,
        from_month: r.fromMonth,
        to_month: r.toMonth,
        vacant: r.vacant ? 1 : 0,
        funding_source: r.fundingSource === null || r.fundingSource.trim() === '' ? null : r.fundingSource,
      })
      .execute();
  }
  taken = await takenIds(
    db,
    'other_costs',
    state.otherCosts.map((r) => r.id),
  );
  for (const [position, r, id] of keptFirst(state.otherCosts, taken)) {
    await db
      .insertInto('other_costs')
      .values({ ...id, unit_year_id: unitYearId, position, label: r.label, amount: r.amount })
      .execute();
  }
  taken = await takenIds(
    db,
    'funding_lines',
    state.funding.map((r) => r.id),
  );
  for (const [position, r, id] of keptFirst(state.funding, taken)) {
    await db
      .insertInto('funding_lines')
      .values({ ...id, unit_year_id: unitYearId, position, source: r.source, amount: r.amount, period: r.period })
      .execute();
  }
  taken = await takenIds(
    db,
    'scenarios',
    state.scenarios.map((r) => r.id),
  );
  for (const [position, r, id] of keptFirst(state.scenarios, taken)) {
    await db
      .insertInto('scenarios')
      .values({
        ...id,
        unit_year_id: unitYearId,
        position,
        name: r.name,
        preset: r.preset,
        overrides_json: JSON.stringify(r.overrides),
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      })
      .execute();
  }
}

// Unit-years: a plan in, the same plan out. Rows keep their order through a `position` column.
// All functions take a Kysely handle; writes expect to run inside a transaction (see transaction.ts).
import type { Kysely } from 'kysely';
import type { StaffRole, UnitYearKey, UnitYearPlan } from '../../core/plan/model.ts';
import type { CatalogDistrict, StoredUnitYear } from '../contract.ts';
import type { LotsplanDatabase } from '../schema.ts';
import { normalizeName } from '../../core/validation/names.ts';
import { findDistrict, findUnitByNames, findUnitIn } from './nameLookup.ts';
import { compareSwedish } from '../../core/format/sort.ts';

type Db = Kysely<LotsplanDatabase>;

/** The district's id; an existing district of the same name (see nameLookup.ts) keeps its spelling. */
async function upsertDistrict(db: Db, name: string): Promise<number> {
  const existing = await findDistrict(db, name);
  if (existing) return existing.id;
  const row = await db
    .insertInto('districts')
    .values({ name: normalizeName(name) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function upsertUnit(db: Db, districtId: number, plan: UnitYearPlan): Promise<number> {
  const unit = {
    age_from: plan.ageFrom,
    age_to: plan.ageTo,
    caseload_per_lots: plan.caseloadPerLots,
  };
  const existing = await findUnitIn(db, districtId, plan.unit);
  if (existing) {
    await db.updateTable('units').set(unit).where('id', '=', existing.id).execute();
    return existing.id;
  }
  const row = await db
    .insertInto('units')
    .values({ district_id: districtId, name: normalizeName(plan.unit), ...unit })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Creates or updates the unit-year row and returns its id. An existing row keeps its id, so
 * tables that reference unit_years (later: statistics, scenarios, memos) are not cascaded away.
 */
async function upsertUnitYear(db: Db, unitId: number, plan: UnitYearPlan, exampleValues: boolean): Promise<{ id: number; replaced: boolean }> {
  const values = {
    po_percent: plan.poPercent,
    example_values: exampleValues ? 1 : 0,
    updated_at: new Date().toISOString(),
  };
  const existing = await db.selectFrom('unit_years').select('id').where('unit_id', '=', unitId).where('year', '=', plan.year).executeTakeFirst();
  if (existing) {
    await db.updateTable('unit_years').set(values).where('id', '=', existing.id).execute();
    return { id: existing.id, replaced: true };
  }
  const row = await db
    .insertInto('unit_years')
    .values({ unit_id: unitId, year: plan.year, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, replaced: false };
}

const PLAN_TABLES = ['staff_positions', 'other_costs', 'funding_lines', 'participant_figures', 'demand_assumptions'] as const;

async function insertPlanRows(db: Db, unitYearId: number, plan: UnitYearPlan): Promise<void> {
  for (const table of PLAN_TABLES) await db.deleteFrom(table).where('unit_year_id', '=', unitYearId).execute();
  if (plan.staff.length > 0) {
    await db
      .insertInto('staff_positions')
      .values(
        plan.staff.map((s, position) => ({
          unit_year_id: unitYearId,
          position,
          role: s.role,
          title: s.title,
          fte: s.fte,
          monthly_salary: s.monthlySalary,
          from_month: s.fromMonth,
          to_month: s.toMonth,
          vacant: s.vacant === true ? 1 : 0,
          funding_source: s.fundingSource ?? null,
        })),
      )
      .execute();
  }
  if (plan.otherCosts.length > 0) {
    await db
      .insertInto('other_costs')
      .values(plan.otherCosts.map((c, position) => ({ unit_year_id: unitYearId, position, label: c.label, amount: c.amount })))
      .execute();
  }
  if (plan.funding.length > 0) {
    await db
      .insertInto('funding_lines')
      .values(
        plan.funding.map((f, position) => ({
          unit_year_id: unitYearId,
          position,
          source: f.source,
          amount: f.amount,
          period: f.period,
        })),
      )
      .execute();
  }
  const p = plan.participants;
  await db
    .insertInto('participant_figures')
    .values({
      unit_year_id: unitYearId,
      enrolled: p.enrolled,
      men: p.men,
      women: p.women,
      other_gender: p.otherGender,
      gender_unknown: p.genderUnknown,
      queue: p.queue,
      touched: p.touched,
    })
    .execute();
  if (plan.demand) {
    await db
      .insertInto('demand_assumptions')
      .values({
        unit_year_id: unitYearId,
        arrivals_per_month: plan.demand.arrivalsPerMonth,
        mean_stay_months: plan.demand.meanStayMonths,
      })
      .execute();
  }
}

/** The year's caseload; the other year settings keep their values (or defaults for a new year). */
async function upsertYearSettings(db: Db, unitYearId: number, plan: UnitYearPlan): Promise<void> {
  await db
    .insertInto('year_settings')
    .values({ unit_year_id: unitYearId, caseload_per_lots: plan.caseloadPerLots })
    .onConflict((oc) => oc.column('unit_year_id').doUpdateSet({ caseload_per_lots: plan.caseloadPerLots }))
    .execute();
}

/**
 * Writes one plan: district and unit are created or updated, the unit-year's rows replaced.
 * A replaced plan starts a new edit history: undo must not bring back rows from before the import.
 * Scenarios are kept; overrides that refer to rows of the old plan are skipped with a warning.
 */
export async function writeUnitYear(db: Db, plan: UnitYearPlan, exampleValues: boolean): Promise<{ replaced: boolean }> {
  const districtId = await upsertDistrict(db, plan.district);
  const unitId = await upsertUnit(db, districtId, plan);
  const { id, replaced } = await upsertUnitYear(db, unitId, plan, exampleValues);
  await insertPlanRows(db, id, plan);
  await upsertYearSettings(db, id, plan);
  if (replaced) await db.deleteFrom('edit_history').where('unit_year_id', '=', id).execute();
  return { replaced };
}

export async function readUnitYear(db: Db, key: UnitYearKey): Promise<StoredUnitYear | null> {
  const found = await findUnitByNames(db, key);
  if (!found) return null;
  const head = await db
    .selectFrom('unit_years as uy')
    .innerJoin('units as u', 'u.id', 'uy.unit_id')
    .innerJoin('districts as d', 'd.id', 'u.district_id')
    .leftJoin('year_settings as ys', 'ys.unit_year_id', 'uy.id')
    .select([
      'uy.id',
      'uy.year',
      'uy.po_percent',
      'uy.example_values',
      'u.name as unit',
      'u.age_from',
      'u.age_to',
      'u.caseload_per_lots as unit_caseload',
      'ys.caseload_per_lots as year_caseload',
      'd.name as district',
    ])
    .where('u.id', '=', found.id)
    .where('uy.year', '=', key.year)
    .executeTakeFirst();
  if (!head) return null;

  const [staff, otherCosts, funding, participants, demand] = await Promise.all([
    db.selectFrom('staff_positions').selectAll().where('unit_year_id', '=', head.id).orderBy('position').execute(),
    db.selectFrom('other_costs').selectAll().where('unit_year_id', '=', head.id).orderBy('position').execute(),
    db.selectFrom('funding_lines').selectAll().where('unit_year_id', '=', head.id).orderBy('position').execute(),
    db.selectFrom('participant_figures').selectAll().where('unit_year_id', '=', head.id).executeTakeFirst(),
    db.selectFrom('demand_assumptions').selectAll().where('unit_year_id', '=', head.id).executeTakeFirst(),
  ]);
  // Every unit-year is written with its participant figures; a missing row is a broken file.
  if (!participants) throw new Error(`unit_year ${head.id} has no participant_figures row`);

  const plan: UnitYearPlan = {
    district: head.district,
    unit: head.unit,
    year: head.year,
    ageFrom: head.age_from,
    ageTo: head.age_to,
    caseloadPerLots: head.year_caseload ?? head.unit_caseload,
    poPercent: head.po_percent,
    staff: staff.map((s) => ({
      role: s.role as StaffRole,
      title: s.title,
      fte: s.fte,
      monthlySalary: s.monthly_salary,
      fromMonth: s.from_month,
      toMonth: s.to_month,
      // Written only when set, so a plan without them reads back exactly as it was written.
      ...(s.vacant === 1 ? { vacant: true } : {}),
      ...(s.funding_source !== null ? { fundingSource: s.funding_source } : {}),
    })),
    otherCosts: otherCosts.map((c) => ({ label: c.label, amount: c.amount })),
    funding: funding.map((f) => ({ source: f.source, amount: f.amount, period: f.period })),
    participants: {
      enrolled: participants.enrolled,
      men: participants.men,
      women: participants.women,
      otherGender: participants.other_gender,
      genderUnknown: participants.gender_unknown,
      queue: participants.queue,
      touched: participants.touched,
    },
    demand: demand ? { arrivalsPerMonth: demand.arrivals_per_month, meanStayMonths: demand.mean_stay_months } : null,
  };
  return { plan, exampleValues: head.example_values === 1 };
}

/** Districts with at least one unit, Swedish order; units likewise; years ascending. */
export async function readCatalog(db: Db): Promise<CatalogDistrict[]> {
  const rows = await db
    .selectFrom('districts as d')
    .innerJoin('units as u', 'u.district_id', 'd.id')
    .leftJoin('unit_years as uy', 'uy.unit_id', 'u.id')
    .select(['d.name as district', 'u.name as unit', 'uy.year'])
    .execute();
  const districts = new Map<string, Map<string, number[]>>();
  for (const row of rows) {
    let units = districts.get(row.district);
    if (!units) {
      units = new Map();
      districts.set(row.district, units);
    }
    let years = units.get(row.unit);
    if (!years) {
      years = [];
      units.set(row.unit, years);
    }
    if (row.year !== null) years.push(row.year);
  }
  return [...districts]
    .sort(([a], [b]) => compareSwedish(a, b))
    .map(([name, units]) => ({
      name,
      units: [...units].sort(([a], [b]) => compareSwedish(a, b)).map(([unit, years]) => ({ name: unit, years: years.sort((a, b) => a - b) })),
    }));
}

export async function countUnitYears(db: Db): Promise<number> {
  const row = await db
    .selectFrom('unit_years')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

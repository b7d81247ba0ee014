// Memo sources for the core tests: a EditableUnitYear built from a plan (as the store would hold it) and
// variants of the reference memo's unit (one lots, a queue, a deficit), with a fixed clock.
import { emptyOverrides } from '../../../src/core/scenarios/overrides.ts';
import type { ScenarioRecord } from '../../../src/core/scenarios/types.ts';
import type { UnitYearPlan } from '../../../src/core/plan/model.ts';
import { defaultYearSettings, type YearSettings } from '../../../src/core/staffing/settings.ts';
import { planOf } from '../../../src/core/staffing/state.ts';
import type { EditableUnitYear, UnitYearState } from '../../../src/core/unitYear/state.ts';
import type { MemoSources } from '../../../src/core/memo/sources.ts';
import type { MemoDocument, ResolvedParagraph } from '../../../src/core/memo/document.ts';
import type { MonthlyStatistics } from '../../../src/core/statistics/monthly.ts';
import { lots, seed000Plan } from '../support/plans.ts';

export const NOW = new Date('2020-01-22T09:00:00.000Z');
export const PLAN_UPDATED_AT = '2020-01-20T08:00:00.000Z';

export function editableUnitYearOf(plan: UnitYearPlan, settings: Partial<YearSettings> = {}, scenarios: ScenarioRecord[] = []): EditableUnitYear {
  const state: UnitYearState = {
    settings: { ...defaultYearSettings(plan.poPercent, plan.caseloadPerLots), ...settings },
    staff: plan.staff.map((s, i) => ({ ...s, id: i + 1, vacant: s.vacant ?? false, fundingSource: null })),
    otherCosts: plan.otherCosts.map((c, i) => ({ ...c, id: i + 1 })),
    funding: plan.funding.map((f, i) => ({ ...f, id: i + 1 })),
    scenarios,
  };
  return {
    unitYearId: 1,
    key: { district: plan.district, unit: plan.unit, year: plan.year },
    exampleValues: false,
    plan: planOf(plan, state),
    state,
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  };
}

export function sourcesOf(
  plan: UnitYearPlan,
  options: {
    settings?: Partial<YearSettings>;
    scenarios?: ScenarioRecord[];
    scenarioId?: number | null;
    statistics?: readonly MonthlyStatistics[];
    now?: Date;
  } = {},
): MemoSources {
  return {
    unitYear: editableUnitYearOf(plan, options.settings, options.scenarios),
    planUpdatedAt: PLAN_UPDATED_AT,
    statistics: options.statistics ?? [],
    scenarioId: options.scenarioId ?? null,
    now: options.now ?? NOW,
  };
}

/** A scenario "En lots till" (one more full-time lots from April). */
export function extraLotsScenario(id = 7): ScenarioRecord {
  const overrides = emptyOverrides();
  overrides.addPositions.push({
    role: 'lots',
    title: 'Lots',
    fte: 1,
    monthlySalary: 38500,
    fromMonth: 4,
    toMonth: 12,
  } as (typeof overrides.addPositions)[number]);
  return { id, name: 'En lots till', preset: 'extraLots', overrides, createdAt: PLAN_UPDATED_AT, updatedAt: PLAN_UPDATED_AT };
}

/** The reference memo (docs/DOMAIN.md): four lotsar, 27 enrolled (24 men, three women), no queue, a surplus. */
export const seedPlan = seed000Plan;

/** One lots, four enrolled, two in the queue, and a deficit. */
export function smallPlan(): UnitYearPlan {
  const p = seed000Plan();
  return {
    ...p,
    staff: [lots(), { role: 'enhetschef', title: 'Enhetschef', fte: 0.2, monthlySalary: 62000, fromMonth: 1, toMonth: 12 }],
    funding: [{ source: 'Socialförvaltningen', amount: 500000, period: null }],
    participants: { enrolled: 7, men: 5, women: 2, otherGender: 0, genderUnknown: 0, queue: 2, touched: 1 },
    demand: { arrivalsPerMonth: 1, meanStayMonths: 8 },
  };
}

/** Several lotsar with a queue of five and a deficit. */
export function queuePlan(): UnitYearPlan {
  const p = seed000Plan();
  return {
    ...p,
    funding: [
      { source: 'Socialförvaltningen', amount: 3000000, period: null },
      { source: 'Stadsdelsförvaltningens budget', amount: 200000, period: null },
    ],
    participants: { enrolled: 28, men: 20, women: 8, otherGender: 0, genderUnknown: 0, queue: 5, touched: 4 },
    demand: { arrivalsPerMonth: 3, meanStayMonths: 12 },
  };
}

export const DEFAULTS = {
  namnd: 'Rinkeby-Kista stadsdelsnämnd',
  forvaltning: 'Rinkeby-Kista stadsdelsförvaltning',
  avdelning: 'Avdelningen individ och familj',
  handlaggare: { name: 'Anna Andersson', phone: '08-508 00 000' },
  signatories: [
    { name: 'Susanne Leinsköld', title: 'stadsdelsdirektör' },
    { name: 'Anna Mattsson', title: 'avdelningschef' },
  ],
};

export const paragraphText = (p: ResolvedParagraph) => p.map((i) => (i.lineBreak ? ' ' : i.text)).join('');

/** The memo's text as one string with ordinary spaces, one line per paragraph or item. */
export function documentText(doc: MemoDocument): string {
  const lines: string[] = [];
  for (const s of doc.sections) {
    lines.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') lines.push(paragraphText(b.inlines));
      else if (b.kind === 'bullets' || b.kind === 'numbered') lines.push(...b.items.map(paragraphText));
      else if (b.kind === 'quote') lines.push(...b.paragraphs.map(paragraphText));
    }
  }
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** Monthly statistics of a year from January on, one row per month, with ordinary counts unless given. */
export function monthsOf(year: number, rows: Partial<MonthlyStatistics>[]): MonthlyStatistics[] {
  return rows.map((r, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    referrals: 5,
    newEnrolments: 4,
    discharges: 4,
    enrolledAtMonthEnd: 27,
    queueAtMonthEnd: 0,
    dischargesByStay: null,
    ...r,
  }));
}

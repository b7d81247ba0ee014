// Applies a scenario's overrides to the saved plan. Overrides that refer to rows which no longer
// exist in the saved plan are skipped with a Swedish warning (the plan may have been edited after
// the scenario was made); updateScenario refuses such references up front (referenceProblems).
import { STAFF_ROLE_LABELS, type DemandAssumptions } from '../plan/model.ts';
import type { ProfilePosition } from '../staffing/profile.ts';
import type { ProfilePlan } from '../staffing/evaluate.ts';
import { budgetSettingsOf, type BudgetSettings, type YearSettings } from '../staffing/settings.ts';
import type { StaffingPlan } from '../staffing/state.ts';
import type { ScenarioOverrides } from './types.ts';
import { fieldMessage } from '../validation/fieldNames.ts';

export interface AppliedScenario {
  plan: ProfilePlan;
  settings: BudgetSettings;
  /** Swedish lines: overrides that could not be applied. */
  warnings: string[];
}

/** Added positions get negative ids, so they never collide with the store's. */
const addedId = (index: number) => -(index + 1);

/** Every id the overrides refer to that the plan does not have, as Swedish lines naming the field. */
export function referenceProblems(plan: StaffingPlan, o: ScenarioOverrides): string[] {
  const problems: string[] = [];
  const check = (ids: readonly number[], known: ReadonlySet<number>, field: string, what: string) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) problems.push(fieldMessage(`${field}[${i}]`, `${what} med id ${id} finns inte i planen`));
    });
  };
  const staffIds = new Set(plan.staff.map((s) => s.id));
  const costIds = new Set(plan.otherCosts.map((c) => c.id));
  const fundingIds = new Set(plan.funding.map((f) => f.id));
  check(o.removePositionIds, staffIds, 'overrides.removePositionIds', 'tjänsten');
  check(
    o.changePositions.map((c) => c.id),
    staffIds,
    'overrides.changePositions',
    'tjänsten',
  );
  check(o.removeOtherCostIds, costIds, 'overrides.removeOtherCostIds', 'kostnadsposten');
  check(
    o.changeOtherCosts.map((c) => c.id),
    costIds,
    'overrides.changeOtherCosts',
    'kostnadsposten',
  );
  check(o.removeFundingIds, fundingIds, 'overrides.removeFundingIds', 'finansieringsraden');
  o.changePositions.forEach((change, i) => {
    const row = plan.staff.find((s) => s.id === change.id);
    if (!row) return;
    const from = change.fromMonth ?? row.fromMonth;
    const to = change.toMonth ?? row.toMonth;
    if (to < from) {
      problems.push(fieldMessage(`overrides.changePositions[${i}].toMonth`, `sista månaden (${to}) ligger före första månaden (${from})`));
    }
  });
  return problems;
}

function applyDemand(demand: DemandAssumptions | null, o: ScenarioOverrides, warnings: string[]): DemandAssumptions | null {
  if (demand === null) {
    if (o.arrivalsChangePercent !== 0 || o.meanStayMonths !== null) {
      warnings.push('Planen saknar antaganden om efterfrågan, så ändringen av anmälningar eller vistelsetid kan inte räknas in.');
    }
    return null;
  }
  return {
    arrivalsPerMonth: demand.arrivalsPerMonth * (1 + o.arrivalsChangePercent / 100),
    meanStayMonths: o.meanStayMonths ?? demand.meanStayMonths,
  };
}

export function applyScenario(base: StaffingPlan, settings: YearSettings, o: ScenarioOverrides): AppliedScenario {
  const warnings = referenceProblems(base, o)
    .filter((p) => !p.includes('sista månaden'))
    .map((p) => `${p.replace(/^[^:]+: /, '').replace(/^./, (c) => c.toUpperCase())} längre; den ändringen hoppas över.`);
  const removed = new Set(o.removePositionIds);
  const staff: ProfilePosition[] = [];
  for (const row of base.staff) {
    if (removed.has(row.id)) continue;
    const change = o.changePositions.find((c) => c.id === row.id);
    if (!change) {
      staff.push(row);
      continue;
    }
    const { id: _id, ...fields } = change;
    const merged = { ...row, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
    if (merged.toMonth < merged.fromMonth) {
      const name = row.title.trim() || STAFF_ROLE_LABELS[row.role];
      warnings.push(`Ändringen av tjänsten ${name} hoppas över: sista månaden skulle ligga före första månaden.`);
      staff.push(row);
    } else {
      staff.push(merged);
    }
  }
  o.addPositions.forEach((p, i) => {
    staff.push({ ...p, id: addedId(i), vacant: false, recruited: true } as ProfilePosition);
  });

  const removedCosts = new Set(o.removeOtherCostIds);
  const otherCosts = [
    ...base.otherCosts
      .filter((c) => !removedCosts.has(c.id))
      .map((c) => {
        const change = o.changeOtherCosts.find((x) => x.id === c.id);
        return change ? { ...c, amount: change.amount } : c;
      }),
    ...o.addOtherCosts.map((c, i) => ({ ...c, id: addedId(i) })),
  ];

  const removedFunding = new Set(o.removeFundingIds);
  const factor = 1 + o.fundingChangePercent / 100;
  const funding = [...base.funding.filter((f) => !removedFunding.has(f.id)), ...o.addFunding.map((f, i) => ({ ...f, id: addedId(i) }))].map((f) =>
    factor === 1 ? f : { ...f, amount: f.amount * factor },
  );

  const s = o.settings;
  const plan: ProfilePlan = {
    ...base,
    poPercent: s.poPercent ?? settings.poPercent,
    caseloadPerLots: s.caseloadPerLots ?? settings.caseloadPerLots,
    staff,
    otherCosts,
    funding,
    demand: applyDemand(base.demand, o, warnings),
  };
  const budget = budgetSettingsOf(settings);
  return {
    plan,
    settings: {
      salaryRevisionPercent: s.salaryRevisionPercent ?? budget.salaryRevisionPercent,
      recruitmentLeadTimeMonths: s.recruitmentLeadTimeMonths ?? budget.recruitmentLeadTimeMonths,
      savingsRequirementPercent: s.savingsRequirementPercent ?? budget.savingsRequirementPercent,
      savingsExempt: s.savingsExempt ?? budget.savingsExempt,
    },
    warnings,
  };
}

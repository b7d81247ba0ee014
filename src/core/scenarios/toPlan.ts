// "Gör till plan för 2021": a scenario turned into the plan of the year after. The new plan is the
// scenario's December: every position still active in December is budgeted for the whole next
// year (vacancies kept) at the salary raised by the year's expected salary revision; positions that
// end before December are left out. Other costs, funding (after the scenario's changes), demand
// (after its change of referrals and stay), caseload, PO-pålägg and the participants are the
// scenario's. The savings requirement is not deducted: it is a setting of the year, not of the plan.
import type { UnitYearPlan } from '../plan/model.ts';
import type { YearSettings } from '../staffing/settings.ts';
import type { StaffingPlan } from '../staffing/state.ts';
import { applyScenario } from './apply.ts';
import type { ScenarioRecord } from './types.ts';

export function nextYearPlanFromScenario(plan: StaffingPlan, settings: YearSettings, scenario: ScenarioRecord): { plan: UnitYearPlan; warnings: string[] } {
  const applied = applyScenario(plan, settings, scenario.overrides);
  const raise = 1 + applied.settings.salaryRevisionPercent / 100;
  const staff = applied.plan.staff
    .filter((p) => p.toMonth === 12)
    .map((p) => ({
      role: p.role,
      title: p.title,
      fte: p.fte,
      monthlySalary: Math.round(p.monthlySalary * raise),
      fromMonth: 1,
      toMonth: 12,
      ...(p.vacant ? { vacant: true } : {}),
      ...(p.fundingSource ? { fundingSource: p.fundingSource } : {}),
    }));
  return {
    plan: {
      district: plan.district,
      unit: plan.unit,
      year: plan.year + 1,
      ageFrom: plan.ageFrom,
      ageTo: plan.ageTo,
      caseloadPerLots: applied.plan.caseloadPerLots,
      poPercent: applied.plan.poPercent,
      staff,
      otherCosts: applied.plan.otherCosts.map((c) => ({ label: c.label, amount: c.amount })),
      funding: applied.plan.funding.map((f) => ({ source: f.source, amount: f.amount, period: f.period })),
      participants: { ...plan.participants },
      demand: applied.plan.demand && { ...applied.plan.demand },
    },
    warnings: applied.warnings,
  };
}

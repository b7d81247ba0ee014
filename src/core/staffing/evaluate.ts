// Figures of a unit-year (the saved plan or a scenario) with its month profile and the year
// settings applied. Differences from computeKeyFigures (which the Översikt and `figures` without
// --scenario use):
// - `capacity` is the December capacity from the month profile (new lotsar count only after the
//   recruitment lead time; positions that end before December no longer count), and
//   `utilization` is computed on it.
// - `funding` is the funding after the savings requirement when the unit is not exempt, and
//   `balance` is computed on it. fundingBeforeSavings and savingsAmount say by how much.
// Vacant positions are left out everywhere (see profile.ts).
import { computeKeyFigures, ratio, type KeyFigures } from '../figures/keyFigures.ts';
import { monthProfile, type MonthProfile } from './profile.ts';
import { savingsShare, type BudgetSettings } from './settings.ts';
import { explainEvaluation } from './explainEvaluation.ts';
import type { ProfilePlan, SavingsFigures } from './evaluationTypes.ts';

export type { ProfilePlan, SavingsFigures } from './evaluationTypes.ts';

export interface PlanEvaluation {
  figures: KeyFigures;
  profile: MonthProfile;
  savings: SavingsFigures;
  /** Swedish explanation per figure, plus `budgetedStaffCost`, `vacantStaffCost`, `months` and `savings`. */
  explanations: Record<string, string>;
}

export function applySavings(figures: KeyFigures, settings: BudgetSettings): { figures: KeyFigures; savings: SavingsFigures } {
  const share = savingsShare(settings);
  const savingsAmount = figures.funding * share;
  const funding = figures.funding - savingsAmount;
  return {
    figures: { ...figures, funding, balance: funding - figures.totalCost },
    savings: {
      fundingBeforeSavings: figures.funding,
      appliedPercent: share * 100,
      savingsAmount,
      fundingAfterSavings: funding,
    },
  };
}

export function evaluatePlan(plan: ProfilePlan, settings: BudgetSettings): PlanEvaluation {
  const base = computeKeyFigures(plan);
  const profile = monthProfile(plan, settings.recruitmentLeadTimeMonths);
  const capacity = profile.decemberCapacity;
  const withCapacity: KeyFigures = {
    ...base,
    capacity,
    utilization: base.offeredLoad === null ? null : ratio(base.offeredLoad, capacity),
  };
  const { figures, savings } = applySavings(withCapacity, settings);
  const explanations = explainEvaluation({ plan, settings, base, figures, profile, savings });
  return { figures, profile, savings, explanations };
}

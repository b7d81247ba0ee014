// The settings of a unit-year that the staffing plan and the scenarios compute with.
// PO-pålägg and caseload are part of the plan itself (UnitYearPlan); the rest lives here.
import * as z from 'zod';
import { DEFAULT_CASELOAD_PER_LOTS } from '../plan/model.ts';

/** Settings beyond the plan: salary revision, recruitment lead time and the savings requirement. */
export interface BudgetSettings {
  /** Expected salary revision for the next year, in percent (2,5 = salaries rise 2,5 %). */
  salaryRevisionPercent: number;
  /**
   * Months from a new lots's first paid month until the lots takes participants: a lots added in
   * a scenario from month M costs from M but adds capacity from M + lead time.
   */
  recruitmentLeadTimeMonths: number;
  /** The district's savings requirement (besparingskrav) in percent of the funding. */
  savingsRequirementPercent: number;
  /** True when the unit is exempt from the savings requirement. */
  savingsExempt: boolean;
}

/** Everything the user sets for a unit-year on the "Årsinställningar" panel. */
export interface YearSettings extends BudgetSettings {
  /** PO-pålägg in percent, 0–100. */
  poPercent: number;
  /** Participants per full-time lots. */
  caseloadPerLots: number;
}

export const DEFAULT_LEAD_TIME_MONTHS = 2;
export const MAX_LEAD_TIME_MONTHS = 24;

export const DEFAULT_BUDGET_SETTINGS: BudgetSettings = {
  salaryRevisionPercent: 0,
  recruitmentLeadTimeMonths: DEFAULT_LEAD_TIME_MONTHS,
  savingsRequirementPercent: 0,
  savingsExempt: false,
};

export function defaultYearSettings(poPercent: number, caseloadPerLots = DEFAULT_CASELOAD_PER_LOTS): YearSettings {
  return { ...DEFAULT_BUDGET_SETTINGS, poPercent, caseloadPerLots };
}

/** The savings requirement as a share of the funding (0 when the unit is exempt). */
export function savingsShare(settings: BudgetSettings): number {
  return settings.savingsExempt ? 0 : settings.savingsRequirementPercent / 100;
}

export function budgetSettingsOf(settings: YearSettings): BudgetSettings {
  const { salaryRevisionPercent, recruitmentLeadTimeMonths, savingsRequirementPercent, savingsExempt } = settings;
  return { salaryRevisionPercent, recruitmentLeadTimeMonths, savingsRequirementPercent, savingsExempt };
}

/**
 * The year settings as the API takes them (all required). A scenario overrides any of them
 * (scenarioSettingsSchema in core/scenarios/overrides.ts is this schema with every field optional).
 */
export const yearSettingsSchema = z.strictObject({
  poPercent: z.number().min(0).max(100),
  caseloadPerLots: z.number().gt(0).max(100),
  salaryRevisionPercent: z.number().min(-50).max(100),
  recruitmentLeadTimeMonths: z.int().min(0).max(MAX_LEAD_TIME_MONTHS),
  savingsRequirementPercent: z.number().min(0).max(100),
  savingsExempt: z.boolean(),
});

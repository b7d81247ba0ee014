// What one more lots costs and gives: for the rest of the year from a chosen month and for a full
// year, incl. PO-pålägg, and the capacity it adds after the recruitment lead time.
//   restOfYearCost = fte × salary × (13 − fromMonth) × (1 + PO%/100)
//   fullYearCost   = fte × salary × 12 × (1 + PO%/100)
//   nextYearFullYearCost = fullYearCost × (1 + salary revision %/100)
//   addedSlots = floor((L + fte) × caseload) − floor(L × caseload), where L is the FTE of lotsar
//   that take participants in the month the new lots starts to (December when that is next year).
import type { UnitYearPlan } from '../plan/model.ts';
import { slotsFor } from '../figures/keyFigures.ts';
import { monthFigures, type ProfilePosition } from './profile.ts';
import type { BudgetSettings } from './settings.ts';
import { marginalLotsSentence } from './marginalText.ts';

export interface MarginalLotsInput {
  /** First paid month, 1–12. */
  fromMonth: number;
  /** Monthly salary at full time before PO-pålägg. */
  monthlySalary: number;
  /** Share of full time, (0, 1]; default 1. */
  fte?: number;
}

export interface MarginalLots {
  fromMonth: number;
  monthlySalary: number;
  fte: number;
  poPercent: number;
  restOfYearMonths: number;
  restOfYearCost: number;
  fullYearCost: number;
  salaryRevisionPercent: number;
  nextYearFullYearCost: number;
  leadTimeMonths: number;
  /** When the new lots starts taking participants (may be next year). */
  capacityFrom: { year: number; month: number };
  addedSlots: number;
  /** "En lots till från april kostar 482 000 kronor i år och 643 000 kronor för ett helt år, och ger sju platser till från juni." */
  sentence: string;
}

export { medianLotsSalary } from '../plan/salaries.ts';

export function marginalLots(
  plan: Pick<UnitYearPlan, 'year' | 'poPercent' | 'caseloadPerLots'> & { staff: readonly ProfilePosition[] },
  settings: BudgetSettings,
  input: MarginalLotsInput,
): MarginalLots {
  const fte = input.fte ?? 1;
  const factor = 1 + plan.poPercent / 100;
  const restOfYearMonths = 13 - input.fromMonth;
  const monthly = fte * input.monthlySalary * factor;
  const restOfYearCost = monthly * restOfYearMonths;
  const fullYearCost = monthly * 12;
  const lead = settings.recruitmentLeadTimeMonths;
  const start = input.fromMonth + lead;
  const capacityFrom = start <= 12 ? { year: plan.year, month: start } : { year: plan.year + Math.floor((start - 1) / 12), month: ((start - 1) % 12) + 1 };
  const referenceMonth = Math.min(start, 12);
  const existing = monthFigures(plan, referenceMonth, lead).effectiveLotsarFte;
  const addedSlots = slotsFor(existing + fte, plan.caseloadPerLots) - slotsFor(existing, plan.caseloadPerLots);
  const result = {
    fromMonth: input.fromMonth,
    monthlySalary: input.monthlySalary,
    fte,
    poPercent: plan.poPercent,
    restOfYearMonths,
    restOfYearCost,
    fullYearCost,
    salaryRevisionPercent: settings.salaryRevisionPercent,
    nextYearFullYearCost: fullYearCost * (1 + settings.salaryRevisionPercent / 100),
    leadTimeMonths: lead,
    capacityFrom,
    addedSlots,
  };
  return { ...result, sentence: marginalLotsSentence({ ...result, year: plan.year }) };
}

// The staffing view the UI shows: the plan's rows, year settings, month profile, totals, key
// figures and their explanations, and the undo/redo state, all from one read of the unit-year.
import type * as z from 'zod';
import type { staffingViewSchema } from '../contracts/staffing.ts';
import { STAFF_ROLE_LABELS } from '../../core/plan/model.ts';
import { positionAnnualCost } from '../../core/figures/keyFigures.ts';
import { monthName } from '../../core/format/index.ts';
import type { EditableUnitYear } from '../../core/unitYear/state.ts';
import type { MonthFigures } from '../../core/staffing/profile.ts';
import { describePoSource, skrPoReference } from '../../core/staffing/poRates.ts';
import { evaluateBaseline } from '../../core/scenarios/compare.ts';
import { positionSalaryNotices } from '../../core/staffing/salaryNotice.ts';

export type StaffingView = z.input<typeof staffingViewSchema>;

export function monthsView(months: readonly MonthFigures[]) {
  return months.map((m) => ({ ...m, monthName: monthName(m.month) }));
}

export function buildStaffingView(unitYear: EditableUnitYear): StaffingView {
  const { plan, state } = unitYear;
  const { settings } = state;
  const evaluation = evaluateBaseline(plan, settings);
  const { figures, profile, savings } = evaluation;
  const december = profile.months[11]!;
  return {
    ...unitYear.key,
    exampleValues: unitYear.exampleValues,
    settings,
    poSource: describePoSource(plan.year, settings.poPercent),
    poReference: skrPoReference(plan.year),
    positions: state.staff.map((p) => {
      const budgeted = positionAnnualCost(p, settings.poPercent);
      return { ...p, roleLabel: STAFF_ROLE_LABELS[p.role], annualCost: p.vacant ? 0 : budgeted, budgetedAnnualCost: budgeted };
    }),
    otherCosts: state.otherCosts,
    funding: state.funding,
    months: monthsView(profile.months),
    totals: {
      ...profile.totals,
      otherCost: figures.otherCost,
      totalCost: figures.totalCost,
      fundingBeforeSavings: savings.fundingBeforeSavings,
      savingsAmount: savings.savingsAmount,
      funding: figures.funding,
      balance: figures.balance,
      decemberLotsarFte: december.effectiveLotsarFte,
      decemberCapacity: december.capacity,
    },
    figures,
    explanations: evaluation.explanations,
    notices: positionSalaryNotices(state.staff),
    history: unitYear.history,
  };
}

// The month-by-month profile of a unit-year: lots FTE, capacity (slots) and staff cost per month.
//
// Rules (documented for the UI's explanations and the CLI's `months`):
// - A position counts in the months fromMonth..toMonth. Positions of the saved plan count from
//   their fromMonth, for cost as well as for capacity.
// - A position added in a scenario (`recruited`) costs from its fromMonth but gives capacity only
//   from fromMonth + the recruitment lead time (a lots added from April with two months' lead time
//   takes participants from June). Its FTE counts in lotsarFte from fromMonth: the lots is employed.
// - A vacant position (budgeted but unfilled) costs nothing and gives no capacity: staffCost is the
//   expected outcome ("utfall"). budgetedStaffCost includes vacant positions: what the budget
//   must hold if they are filled. vacantStaffCost is the difference.
// - Monthly staff cost = fte × monthly salary × (1 + PO%/100). The annual totals are the sums of
//   the twelve months, so they equal the key figures' Σ fte × salary × months × (1 + PO%/100).
import { isVacant, type StaffPosition, type UnitYearPlan } from '../plan/model.ts';
import { slotsFor } from '../figures/keyFigures.ts';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** A position as the profile sees it: `recruited` marks one added in a scenario. */
export interface ProfilePosition extends StaffPosition {
  recruited?: boolean;
}

export interface MonthFigures {
  /** 1–12 */
  month: number;
  /** FTE of filled lots positions employed this month. */
  lotsarFte: number;
  /** FTE of lotsar that take participants this month (after the lead time for new lotsar). */
  effectiveLotsarFte: number;
  /** floor(effective lots FTE × caseload per lots). */
  capacity: number;
  /** Filled positions, incl. PO-pålägg. */
  staffCost: number;
  lotsStaffCost: number;
  /** All positions incl. vacant ones, incl. PO-pålägg. */
  budgetedStaffCost: number;
}

export interface ProfileTotals {
  staffCost: number;
  lotsStaffCost: number;
  budgetedStaffCost: number;
  vacantStaffCost: number;
}

export interface MonthProfile {
  months: MonthFigures[];
  totals: ProfileTotals;
  /** Capacity in December: what the unit has at the end of the year. */
  decemberCapacity: number;
}

export function isActiveIn(position: Pick<StaffPosition, 'fromMonth' | 'toMonth'>, month: number): boolean {
  return position.fromMonth <= month && month <= position.toMonth;
}

/** The first month in which the position gives capacity (may be after December). */
export function capacityStartMonth(position: ProfilePosition, leadTimeMonths: number): number {
  return position.recruited === true ? position.fromMonth + leadTimeMonths : position.fromMonth;
}

export function givesCapacityIn(position: ProfilePosition, month: number, leadTimeMonths: number): boolean {
  return position.role === 'lots' && !isVacant(position) && isActiveIn(position, month) && month >= capacityStartMonth(position, leadTimeMonths);
}

export function monthlyCost(position: StaffPosition, poPercent: number): number {
  return position.fte * position.monthlySalary * (1 + poPercent / 100);
}

export function monthFigures(
  plan: Pick<UnitYearPlan, 'poPercent' | 'caseloadPerLots'> & { staff: readonly ProfilePosition[] },
  month: number,
  leadTimeMonths: number,
): MonthFigures {
  let lotsarFte = 0;
  let effectiveLotsarFte = 0;
  let staffCost = 0;
  let lotsStaffCost = 0;
  let budgetedStaffCost = 0;
  for (const p of plan.staff) {
    if (!isActiveIn(p, month)) continue;
    const cost = monthlyCost(p, plan.poPercent);
    budgetedStaffCost += cost;
    if (isVacant(p)) continue;
    staffCost += cost;
    if (p.role !== 'lots') continue;
    lotsStaffCost += cost;
    lotsarFte += p.fte;
    if (givesCapacityIn(p, month, leadTimeMonths)) effectiveLotsarFte += p.fte;
  }
  const capacity = slotsFor(effectiveLotsarFte, plan.caseloadPerLots);
  return { month, lotsarFte, effectiveLotsarFte, capacity, staffCost, lotsStaffCost, budgetedStaffCost };
}

export function monthProfile(
  plan: Pick<UnitYearPlan, 'poPercent' | 'caseloadPerLots'> & { staff: readonly ProfilePosition[] },
  leadTimeMonths: number,
): MonthProfile {
  const months = MONTHS.map((m) => monthFigures(plan, m, leadTimeMonths));
  const total = (key: 'staffCost' | 'lotsStaffCost' | 'budgetedStaffCost') => months.reduce((s, m) => s + m[key], 0);
  const staffCost = total('staffCost');
  const budgetedStaffCost = total('budgetedStaffCost');
  return {
    months,
    totals: {
      staffCost,
      lotsStaffCost: total('lotsStaffCost'),
      budgetedStaffCost,
      vacantStaffCost: budgetedStaffCost - staffCost,
    },
    decemberCapacity: months[11]!.capacity,
  };
}

// The key figures of a unit-year, as defined in docs/DOMAIN.md ("The figures").
// All amounts in kronor, unrounded; rounding is for display only (see src/core/format).
import { isVacant, type StaffPosition, type UnitYearPlan } from '../plan/model.ts';

export interface KeyFigures {
  district: string;
  unit: string;
  year: number;
  /** Sum of FTE over lots positions. */
  lotsarFte: number;
  caseloadPerLots: number;
  /** Slots: floor(lots FTE × caseload per lots). */
  capacity: number;
  enrolled: number;
  men: number;
  women: number;
  otherGender: number;
  queue: number;
  touched: number;
  /** Enrolled ÷ lots FTE; null without lotsar (or when the quotient overflows, see ratio()). */
  participantsPerLots: number | null;
  /** Σ fte × monthly salary × months active × (1 + PO%/100), all roles. */
  staffCost: number;
  /** The same sum over lots positions only. */
  lotsStaffCost: number;
  otherCost: number;
  totalCost: number;
  funding: number;
  /** Funding − total cost; negative means a deficit. */
  balance: number;
  /**
   * Total cost ÷ enrolled; null when nobody is enrolled, when the plan has no costs (a plan without
   * staff is not free: its cost is unknown) or when the quotient overflows.
   */
  costPerParticipant: number | null;
  /**
   * Lots staff cost ÷ lots årsarbetare (Σ FTE × months active ÷ 12), so that a lots who starts in
   * April counts as three quarters of a year's work, as his cost does; null without lotsar (or when
   * the quotient overflows).
   */
  costPerLots: number | null;
  /** Arrivals per month × mean stay in months; null without demand assumptions. */
  offeredLoad: number | null;
  /** Offered load ÷ capacity; null without demand assumptions or without capacity. */
  utilization: number | null;
}

/**
 * Sums of FTE are floating point (0,1 + 0,2 ≠ 0,3), so floor() gets a tolerance far below any
 * real FTE step: 3,9999999999 slots are 4 slots.
 */
const FLOOR_TOLERANCE = 1e-9;

export function slotsFor(lotsarFte: number, caseloadPerLots: number): number {
  return Math.floor(lotsarFte * caseloadPerLots + FLOOR_TOLERANCE);
}

export function monthsActive(position: Pick<StaffPosition, 'fromMonth' | 'toMonth'>): number {
  return Math.max(0, position.toMonth - position.fromMonth + 1);
}

/** Annual cost of one position including PO-pålägg. */
export function positionAnnualCost(position: StaffPosition, poPercent: number): number {
  return position.fte * position.monthlySalary * monthsActive(position) * (1 + poPercent / 100);
}

/**
 * numerator ÷ denominator, or null when the denominator is not positive or the quotient is not
 * finite (a vanishingly small FTE such as 1e-320 passes validation but gives 27 ÷ 1e-320 = ∞).
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (!(denominator > 0)) return null;
  const q = numerator / denominator;
  return Number.isFinite(q) ? q : null;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Positions that are filled: vacant ones cost nothing and give no capacity (see StaffPosition.vacant). */
export function filledPositions<P extends StaffPosition>(staff: readonly P[]): P[] {
  return staff.filter((s) => !isVacant(s));
}

/** Årsarbetare of the filled lots positions: Σ FTE × months active ÷ 12. */
export function lotsYearWork(plan: Pick<UnitYearPlan, 'staff'>): number {
  return sum(
    filledPositions(plan.staff)
      .filter((s) => s.role === 'lots')
      .map((s) => (s.fte * monthsActive(s)) / 12),
  );
}

export function computeKeyFigures(plan: UnitYearPlan): KeyFigures {
  const filled = filledPositions(plan.staff);
  const lotsPositions = filled.filter((s) => s.role === 'lots');
  const lotsarFte = sum(lotsPositions.map((s) => s.fte));
  const capacity = slotsFor(lotsarFte, plan.caseloadPerLots);
  const staffCost = sum(filled.map((s) => positionAnnualCost(s, plan.poPercent)));
  const lotsStaffCost = sum(lotsPositions.map((s) => positionAnnualCost(s, plan.poPercent)));
  const otherCost = sum(plan.otherCosts.map((c) => c.amount));
  const totalCost = staffCost + otherCost;
  const funding = sum(plan.funding.map((f) => f.amount));
  const { enrolled, men, women, otherGender, queue, touched } = plan.participants;
  const offeredLoad = plan.demand ? plan.demand.arrivalsPerMonth * plan.demand.meanStayMonths : null;
  return {
    district: plan.district,
    unit: plan.unit,
    year: plan.year,
    lotsarFte,
    caseloadPerLots: plan.caseloadPerLots,
    capacity,
    enrolled,
    men,
    women,
    otherGender,
    queue,
    touched,
    participantsPerLots: ratio(enrolled, lotsarFte),
    staffCost,
    lotsStaffCost,
    otherCost,
    totalCost,
    funding,
    balance: funding - totalCost,
    costPerParticipant: totalCost > 0 ? ratio(totalCost, enrolled) : null,
    costPerLots: ratio(lotsStaffCost, lotsYearWork(plan)),
    offeredLoad,
    utilization: offeredLoad === null ? null : ratio(offeredLoad, capacity),
  };
}

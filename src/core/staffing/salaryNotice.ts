// A plausibility notice for a monthly salary that is probably mistyped (385 000 for 38 500): not a
// refusal, since a salary may be high on purpose, but a question the Bemanning screen can put beside
// the row, with Ångra at hand.
import { formatKronor } from '../format/index.ts';
import type { StaffPosition } from '../plan/model.ts';
import { positionName } from './edits.ts';

/** Above this monthly salary a notice asks whether the amount is right, whatever the unit's other salaries. */
export const HIGH_MONTHLY_SALARY = 150_000;
/** A salary more than this many times the median of the unit's other salaries gets a notice. */
export const SALARY_MEDIAN_FACTOR = 2;

export interface SalaryNotice {
  /** The row (0-based) in the plan's order. */
  index: number;
  text: string;
}

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * One notice per position whose monthly salary is above HIGH_MONTHLY_SALARY or more than twice the
 * median of the other positions' salaries (salaries of 0 left out):
 * "Månadslönen 385 000 kr är mycket högre än enhetens övriga (38 500 kr). Stämmer beloppet?"
 */
export function salaryNotices(staff: readonly { monthlySalary: number }[]): SalaryNotice[] {
  const notices: SalaryNotice[] = [];
  staff.forEach((position, index) => {
    const salary = position.monthlySalary;
    if (!(salary > 0)) return;
    const others = median(
      staff
        .filter((_, i) => i !== index)
        .map((s) => s.monthlySalary)
        .filter((s) => s > 0),
    );
    const aboveOthers = others !== null && salary > SALARY_MEDIAN_FACTOR * others;
    if (!aboveOthers && salary <= HIGH_MONTHLY_SALARY) return;
    const text = aboveOthers
      ? `Månadslönen ${formatKronor(salary)} är mycket högre än enhetens övriga (${formatKronor(others)}). Stämmer beloppet?`
      : `Månadslönen ${formatKronor(salary)} är mycket hög för en tjänst inom SIG. Stämmer beloppet?`;
    notices.push({ index, text });
  });
  return notices;
}

export interface PositionNotice {
  positionId: number;
  /** The field the notice is about, so that the screen can mark the cell. */
  field: 'monthlySalary';
  text: string;
}

/**
 * The salary notices of a plan's positions as the Bemanning screen shows them, each naming its row:
 * "Lots (rad 2): Månadslönen 385 000 kr är mycket högre än enhetens övriga (38 500 kr). Stämmer beloppet?"
 */
export function positionSalaryNotices(staff: readonly (Pick<StaffPosition, 'title' | 'role' | 'monthlySalary'> & { id: number })[]): PositionNotice[] {
  return salaryNotices(staff).map(({ index, text }) => {
    const row = staff[index]!;
    return { positionId: row.id, field: 'monthlySalary', text: `${positionName(row, index)}: ${text}` };
  });
}

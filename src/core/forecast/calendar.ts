// Calendar months of a forecast. Month m of a forecast is the state at the end of the m-th month
// after the start; the screen starts the forecast at the turn of the year after the plan's year
// (the plan's enrolled and queue are read as the state on 1 January of the next year).
import { MONTH_NAMES } from '../format/index.ts';

export interface ForecastStart {
  year: number;
  /** The first month of the forecast, 1–12. */
  month: number;
}

/** Short Swedish month names for axes and lists: "jan", "feb", "mar" … */
export const SHORT_MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** A forecast for a plan's year starts in January of the following year. */
export function forecastStartForPlanYear(planYear: number): ForecastStart {
  return { year: planYear + 1, month: 1 };
}

/**
 * How many months of the plan's year have passed when the forecast starts: 0 for a start in
 * January of the plan's year, 6 for a start in July of it, and 12 (all of them) for a start after
 * it, the usual start: the plan's staffing at the end of its year, December, then holds, so that a
 * lots the plan hires in April is at work from the forecast's first month, as the plan's own
 * December figures and costs say. (Replaying the plan's months as the next year's once took that
 * lots away again until June.)
 */
export function monthsOfPlanYearPassed(start: ForecastStart, planYear: number): number {
  return Math.min(12, Math.max(0, (start.year - planYear) * 12 + start.month - 1));
}

/** The calendar month of forecast month m (1 = the first month). */
export function calendarMonthOf(start: ForecastStart, month: number): { year: number; month: number } {
  if (!Number.isInteger(month) || month < 1) throw new RangeError(`A forecast month is a whole number from 1, got ${month}`);
  const index = start.month - 1 + month - 1;
  return { year: start.year + Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "jan 2021": forecast month m on a chart axis or in a list. */
export function forecastMonthLabel(start: ForecastStart, month: number): string {
  const c = calendarMonthOf(start, month);
  return `${SHORT_MONTH_NAMES[c.month - 1]} ${c.year}`;
}

/** "januari 2021": forecast month m in running text. */
export function forecastMonthText(start: ForecastStart, month: number): string {
  const c = calendarMonthOf(start, month);
  return `${MONTH_NAMES[c.month - 1]} ${c.year}`;
}

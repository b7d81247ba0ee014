// Rows for the charts of the "Prognos" screen: the forecast's own numbers under the month's label.
// Nothing is computed here; probabilities stay shares of one and are written as percent by the
// axis and tooltip formatters.
import { forecastMonthLabel, type ForecastStart } from '../../core/forecast/calendar.ts';
import type { ForecastMonth } from '../../core/forecast/types.ts';

export interface FanRow {
  [key: string]: string | number | [number, number];
  month: string;
  /** P10–P90 as a range for a band. */
  band: [number, number];
  median: number;
  mean: number;
}

export interface EnrolledRow extends FanRow {
  capacity: number;
}

export function enrolledRows(months: readonly ForecastMonth[], start: ForecastStart): EnrolledRow[] {
  return months.map((m) => ({
    month: forecastMonthLabel(start, m.month),
    band: [m.enrolledP10, m.enrolledP90],
    median: m.enrolledP50,
    mean: m.enrolledMean,
    capacity: m.capacity,
  }));
}

export function queueRows(months: readonly ForecastMonth[], start: ForecastStart): FanRow[] {
  return months.map((m) => ({
    month: forecastMonthLabel(start, m.month),
    band: [m.queueP10, m.queueP90],
    median: m.queueP50,
    mean: m.queueMean,
  }));
}

/** Series key of alternative i in the probability chart: "plan" for the forecast, then "alt1" … */
export function alternativeKey(index: number): string {
  return index === 0 ? 'plan' : `alt${index}`;
}

/** Series key of overlaid scenario i (0-based) in the probability chart: "scenario1" … */
export function scenarioKey(index: number): string {
  return `scenario${index + 1}`;
}

export type ProbabilityRow = { month: string } & Record<string, number | string>;

/** The month's risk of waiting (probabilityOfWaiting) for the forecast, each compared staffing and each overlaid scenario: the measure the target is checked against. */
export function probabilityRows(
  alternatives: readonly { months: readonly ForecastMonth[] }[],
  start: ForecastStart,
  scenarios: readonly { months: readonly ForecastMonth[] | null }[] = [],
): ProbabilityRow[] {
  const first = alternatives[0]?.months ?? [];
  return first.map((m, i) => {
    const row: ProbabilityRow = { month: forecastMonthLabel(start, m.month) };
    alternatives.forEach((a, k) => {
      const p = a.months[i]?.probabilityOfWaiting;
      if (p !== undefined) row[alternativeKey(k)] = p;
    });
    scenarios.forEach((s, k) => {
      const p = s.months?.[i]?.probabilityOfWaiting;
      if (p !== undefined) row[scenarioKey(k)] = p;
    });
    return row;
  });
}

// What the monthly statistics tell the forecast: λ and L for the latest months (Little's law, in
// src/core/forecast/estimate.ts), the shape of the stays from discharges by length of stay, and
// notes where the counts do not add up. Computed once here, shown by the screens and the CLI.
import { estimateFromHistory, type HistoryEstimate, type HistoryEstimateResult } from '../forecast/estimate.ts';
import { FORECAST_LIMITS } from '../forecast/options.ts';
import type { StayBand } from '../forecast/options.ts';
import { consistencyNotes, latestMonths, missingMonthsWithin, STAY_BAND_EDGES, stayBandTotals, type MonthlyStatistics } from './monthly.ts';

/** Months used for the estimate unless the user chooses otherwise: one year of recent practice. */
export const DEFAULT_ESTIMATE_MONTHS = 12;

export interface StatisticsSummary {
  /** Calendar months in the estimate window (the latest `window` months of the series). */
  window: number;
  /** Months without statistics between the first and the last month the estimate uses. */
  missingMonths: number;
  estimate: HistoryEstimateResult;
  /** Discharges by length of stay in the window; null when no month in it counted them. */
  stayBands: { bands: StayBand[]; monthsUsed: number; total: number } | null;
  /** Swedish sentences on gaps and counts that do not add up, over the whole series. */
  notes: string[];
}

export function summarizeStatistics(months: readonly MonthlyStatistics[], window = DEFAULT_ESTIMATE_MONTHS): StatisticsSummary {
  const recent = latestMonths(months, window);
  const totals = stayBandTotals(recent);
  const total = totals ? totals.counts.reduce((s, n) => s + n, 0) : 0;
  return {
    window,
    missingMonths: missingMonthsWithin(recent),
    estimate: estimateFromHistory(recent),
    stayBands:
      totals && total > 0
        ? {
            bands: totals.counts.map((count, i) => ({ fromMonths: STAY_BAND_EDGES[i]!, toMonths: STAY_BAND_EDGES[i + 1]!, count })),
            monthsUsed: totals.monthsUsed,
            total,
          }
        : null,
    notes: consistencyNotes(months),
  };
}

/**
 * The estimate as values for the forecast's fields ("Använd skattningen"): arrivals to two
 * decimals and the stay to one, as a user would type them, kept within the forecast's limits.
 */
export function forecastInputsFromEstimate(estimate: HistoryEstimate): { arrivalsPerMonth: number; meanStayMonths: number } {
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return {
    arrivalsPerMonth: clamp(Math.round(estimate.arrivalsPerMonth.estimate * 100) / 100, 0, FORECAST_LIMITS.maxArrivals),
    meanStayMonths: clamp(Math.round(estimate.meanStayMonths.estimate * 10) / 10, FORECAST_LIMITS.minStayMonths, FORECAST_LIMITS.maxStayMonths),
  };
}

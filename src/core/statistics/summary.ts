// What the monthly statistics tell the forecast: λ and L for the latest months (Little's law, in
// src/core/forecast/estimate.ts), the shape of the stays from discharges by length of stay, and
// notes where the counts do not add up. Computed once here, shown by the screens and the CLI.
import { estimateFromHistory, type HistoryEstimateResult } from '../forecast/estimate.ts';
import type { StayBand } from '../forecast/options.ts';
import {
  consistencyNotes,
  latestMonths,
  STAY_BAND_EDGES,
  stayBandTotals,
  type MonthlyStatistics,
} from './monthly.ts';

/** Months used for the estimate unless the user chooses otherwise: one year of recent practice. */
export const DEFAULT_ESTIMATE_MONTHS = 12;

export interface StatisticsSummary {
  /** Months in the estimate window (the latest `window` months). */
  window: number;
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

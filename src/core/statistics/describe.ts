// The estimate from monthly statistics in plain Swedish, for the "Månadsstatistik" page and beside
// the forecast's inputs, so that the user sees what the assumptions rest on and how uncertain they are.
import { countInText, formatNumber } from '../format/index.ts';
import type { HistoryEstimate, HistoryEstimateResult } from '../forecast/estimate.ts';
import { monthSpanText, monthsCountText } from './monthly.ts';

export { monthSpanText };

const two = (n: number) => formatNumber(n, { maxDecimals: 2 });
const one = (n: number) => formatNumber(n, { maxDecimals: 1 });
/** Interval limits with one fixed decimal, so both read alike ("2,1 och 4,1"). */
const limit = (n: number) => formatNumber(n, { minDecimals: 1, maxDecimals: 1 });

/**
 * "Skattat från de tolv senaste månaderna (januari–december 2020): 2,25 anmälningar per månad
 * (troligen mellan 1,5 och 3,2) och en genomsnittlig vistelse på 12,1 månader (troligen mellan
 * 8,3 och 17,7)." Or why there is no estimate.
 */
export function describeHistoryEstimate(estimate: HistoryEstimateResult, missingMonths = 0): string {
  if (!estimate.ok) return estimate.message;
  const e = estimate.value;
  const a = e.arrivalsPerMonth;
  const l = e.meanStayMonths;
  const missing = `${monthsCountText(missingMonths)} saknas`;
  const months =
    missingMonths > 0
      ? `${countInText(e.monthsUsed)} månader (${monthSpanText(e.firstMonth, e.lastMonth)}; ${missing})`
      : `de ${countInText(e.monthsUsed)} senaste månaderna (${monthSpanText(e.firstMonth, e.lastMonth)})`;
  const what = e.arrivalsSource === 'referrals' ? 'anmälningar' : 'nya inskrivningar';
  return (
    `Skattat från ${months}: ${two(a.estimate)} ${what} per månad ` +
    `(troligen mellan ${limit(a.low)} och ${limit(a.high)}) och en genomsnittlig vistelse på ${one(l.estimate)} månader ` +
    `(troligen mellan ${limit(l.low)} och ${limit(l.high)}).`
  );
}

/** How the estimate is made, in one sentence for the page's explanation. */
export const ESTIMATE_METHOD_TEXT =
  'Vistelsetiden skattas med Littles lag: genomsnittligt antal inskrivna vid månadens slut delat med antalet avslut per månad. ' +
  'Intervallen är ungefärliga 95-procentsintervall; färre månader och färre avslut ger bredare intervall.';

/** One figure of the estimate card: its label, the value as shown and the line beneath. */
export interface EstimateMetric {
  key: 'arrivals' | 'stay' | 'enrolled' | 'throughput';
  label: string;
  value: string;
  detail: string;
}

/**
 * The estimate card's four figures, in the words of describeHistoryEstimate, with one fixed decimal
 * where the card shows tenths, so that a column of figures reads alike:
 * "2,25" with "Troligen mellan 1,5 och 3,2", "12,1 mån" with "Troligen mellan 8,3 och 17,7 månader".
 */
export function estimateMetrics(e: HistoryEstimate): EstimateMetric[] {
  const between = (i: { low: number; high: number }, unit = '') => `Troligen mellan ${limit(i.low)} och ${limit(i.high)}${unit}`;
  return [
    {
      key: 'arrivals',
      label: e.arrivalsSource === 'referrals' ? 'Anmälningar per månad' : 'Nya inskrivningar per månad',
      value: two(e.arrivalsPerMonth.estimate),
      detail: between(e.arrivalsPerMonth),
    },
    { key: 'stay', label: 'Genomsnittlig vistelsetid', value: `${limit(e.meanStayMonths.estimate)} mån`, detail: between(e.meanStayMonths, ' månader') },
    { key: 'enrolled', label: 'Inskrivna i genomsnitt', value: limit(e.meanEnrolled), detail: 'Vid månadernas slut' },
    { key: 'throughput', label: 'Avslut per månad', value: two(e.throughputPerMonth.estimate), detail: between(e.throughputPerMonth) },
  ];
}

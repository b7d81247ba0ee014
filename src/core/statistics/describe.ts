// The estimate from monthly statistics in plain Swedish, for the "Månadsstatistik" page and beside
// the forecast's inputs, so that the user sees what the assumptions rest on and how uncertain they are.
import { countInText, formatNumber } from '../format/index.ts';
import type { HistoryEstimateResult } from '../forecast/estimate.ts';
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

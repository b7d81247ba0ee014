// Estimating arrivals (λ) and the mean stay (L) from a unit's monthly figures, so that the user sees
// what a forecast rests on. Pure: the caller fetches the figures (getMonthlyStatistics).
//
// Method:
// - λ is the mean number of referrals per month when every month used counts them. Otherwise it
//   is the mean number of new enrolments per month; with a queue, enrolments lag referrals, so
//   that estimates arrivals only when the unit has had no queue in the months used (a caveat says so).
//   Interval: the total count N is read as Poisson, with its exact (Garwood) 95 % limits
//   (poissonInterval.ts), divided by the number of months. Never negative; for N = 0 the upper
//   limit is 3,69 / n, so a short series without referrals does not claim that there are none.
// - Throughput is the mean number of discharges per month, with the same Poisson interval.
// - L by Little's law: L = mean enrolled ÷ throughput, the mean enrolled being the mean of the
//   month-end counts. Interval by the delta method on the log scale:
//     Var(log L) ≈ Var(mean enrolled) / mean enrolled² + 1 / D,
//   with D the total discharges (Poisson) and Var(mean enrolled) = s² / n from the month-end counts.
//   Month-end counts are correlated from month to month, so the first term is a lower bound; with
//   few discharges the second term dominates anyway. L's interval is L · exp(±1,96 · √Var(log L)).
import { countInText } from '../format/index.ts';
import { garwoodLimits } from './poissonInterval.ts';

/** One month of a unit's statistics. */
export interface MonthlyFigures {
  /** The month, e.g. "2020-03"; only used to name a month in a message. */
  month: string;
  /** People enrolled at the end of the month. */
  enrolledAtMonthEnd: number;
  /** New enrolments during the month. */
  newEnrolments: number;
  /** Discharges during the month. */
  discharges: number;
  /** Referrals received during the month; null or absent when the unit did not count them. */
  referrals?: number | null;
  /** People waiting at the end of the month; null or absent when not counted. */
  queueAtMonthEnd?: number | null;
}

export interface EstimateInterval {
  estimate: number;
  /** Approximate 95 % interval. */
  low: number;
  high: number;
}

export interface HistoryEstimate {
  monthsUsed: number;
  /** The first and last month used ("2020-01"). */
  firstMonth: string;
  lastMonth: string;
  /** What λ was counted from: referrals when every month has them, else new enrolments. */
  arrivalsSource: 'referrals' | 'newEnrolments';
  /** Mean referrals (or new enrolments) per month (λ). */
  arrivalsPerMonth: EstimateInterval;
  /** Mean discharges per month. */
  throughputPerMonth: EstimateInterval;
  /** Mean of the month-end counts. */
  meanEnrolled: number;
  /** L = mean enrolled ÷ throughput, in months. */
  meanStayMonths: EstimateInterval;
  /** Swedish sentences on what limits the estimate (a queue while λ is read from enrolments). */
  caveats: string[];
}

export type HistoryEstimateResult = { ok: true; value: HistoryEstimate } | { ok: false; message: string };

export const MIN_ESTIMATE_MONTHS = 3;
const Z95 = 1.959963984540054;

/** Exact 95 % interval of a Poisson rate from a total count over `months` months. */
export function poissonRateInterval(total: number, months: number): EstimateInterval {
  const { low, high } = garwoodLimits(total);
  return { estimate: total / months, low: low / months, high: high / months };
}

function isCount(n: number): boolean {
  return Number.isFinite(n) && n >= 0;
}

export function estimateFromHistory(months: readonly MonthlyFigures[]): HistoryEstimateResult {
  const n = months.length;
  if (n < MIN_ESTIMATE_MONTHS) {
    return {
      ok: false,
      message: `Det behövs statistik för minst ${countInText(MIN_ESTIMATE_MONTHS)} månader för en skattning, men det finns ${n === 0 ? 'ingen' : `för ${n === 1 ? 'en månad' : `${countInText(n)} månader`}`}.`,
    };
  }
  const bad = months.find(
    (m) => !isCount(m.enrolledAtMonthEnd) || !isCount(m.newEnrolments) || !isCount(m.discharges) || (m.referrals != null && !isCount(m.referrals)),
  );
  if (bad) return { ok: false, message: `Statistiken för ${bad.month} innehåller ett negativt eller ogiltigt tal.` };
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const fromReferrals = months.every((m) => m.referrals != null);
  const totalNew = months.reduce((s, m) => s + (fromReferrals ? m.referrals! : m.newEnrolments), 0);
  const caveats: string[] = [];
  if (!fromReferrals && months.some((m) => (m.queueAtMonthEnd ?? 0) > 0)) {
    caveats.push(
      'Anmälningarna är inte räknade varje månad, så efterfrågan skattas från nya inskrivningar. Enheten har haft kö, och då blir efterfrågan underskattad.',
    );
  }
  const totalOut = months.reduce((s, m) => s + m.discharges, 0);
  if (totalOut === 0) {
    return {
      ok: false,
      message: 'Det finns inga avslut under månaderna i skattningen, så vistelsetiden kan inte skattas.',
    };
  }
  const meanEnrolled = months.reduce((s, m) => s + m.enrolledAtMonthEnd, 0) / n;
  if (meanEnrolled === 0) {
    return { ok: false, message: 'Ingen var inskriven vid slutet av någon av månaderna, så vistelsetiden kan inte skattas.' };
  }
  const variance = months.reduce((s, m) => s + (m.enrolledAtMonthEnd - meanEnrolled) ** 2, 0) / (n - 1);
  const throughput = poissonRateInterval(totalOut, n);
  const stay = meanEnrolled / throughput.estimate;
  const logSe = Math.sqrt(variance / n / meanEnrolled ** 2 + 1 / totalOut);
  return {
    ok: true,
    value: {
      monthsUsed: n,
      firstMonth: sorted[0]!.month,
      lastMonth: sorted[n - 1]!.month,
      arrivalsSource: fromReferrals ? 'referrals' : 'newEnrolments',
      arrivalsPerMonth: poissonRateInterval(totalNew, n),
      throughputPerMonth: throughput,
      meanEnrolled,
      meanStayMonths: { estimate: stay, low: stay * Math.exp(-Z95 * logSe), high: stay * Math.exp(Z95 * logSe) },
      caveats,
    },
  };
}

// The forecast as the CLI writes it (`lotsplan forecast --json`, one line per batch entry): exactly
// the fields of the documented output shape, in that order.
import { calendarMonthOf, type ForecastStart } from './calendar.ts';
import type { LongRunMethod } from './erlang.ts';
import type { ForecastResult } from './forecast.ts';
import type { MonthStandardErrors } from './monteCarlo.ts';
import type { PriorityClassFigures } from './priorityForecast.ts';

export interface ForecastReport {
  model: 'exact' | 'monte-carlo';
  steadyState: {
    arrivalsPerMonth: number;
    meanStayMonths: number;
    capacity: number;
    offeredLoad: number;
    utilization: number | null;
    probabilityOfWaiting: number;
    meanWaitWeeks: number | null;
    meanQueue: number | null;
    /** The share of those referred who leave the list without being enrolled (Erlang A; 0 without abandonment). */
    probabilityOfAbandonment: number | null;
  };
  /** The flows and staffing assumptions: --abandonment, --absence, --lead-time and --priority-share. */
  assumptions: { abandonment: number; absence: number; leadTime: number; priorityShare: number };
  months: {
    month: number;
    capacity: number;
    arrivals: number;
    enrolledMean: number;
    queueMean: number;
    queueP50: number;
    queueP90: number;
    /** P(queue > 0) at the end of the month ("kö vid månadens slut"). */
    probabilityOfQueue: number;
    /** The probability that someone referred during the month must wait (the target's measure). */
    probabilityOfWaiting: number;
    /** Expected wait in weeks of someone referred during the month; null without slots. */
    expectedWaitWeeks: number | null;
    /** P(wait > waitThresholdWeeks) for someone referred during the month (null: a simulation without referrals that month). */
    probabilityOfWaitOver: number | null;
    /** Median and 90th percentile of the wait in weeks of someone referred during the month; null when not reached. */
    waitPercentiles: { p50: number | null; p90: number | null };
    /** With a calendar start (--start): the month's year and calendar month (1–12). */
    year?: number;
    calendarMonth?: number;
  }[];
  recommendation: { lotsar: number; capacity: number; probabilityOfWaiting: number; meanWaitWeeks: number } | null;
  /**
   * How the steady state and the recommendation were computed: erlang-c, fixed-exact or
   * interpolation, and with abandonment erlang-a (exponential stays) or erlang-a-approximation.
   */
  longRunMethod: LongRunMethod;
  /**
   * Figures computed but not shown in the table: the exact model's bound of the probability left
   * out, or the simulation's standard errors per month (of the means and of P(queue)), with the
   * enrolled percentiles of each month.
   */
  details: {
    truncationMass: number | null;
    /** Of the means, of P(queue) and, of the month's referrals, of P(wait), the mean wait and P(wait > T). */
    standardErrors: ({ month: number } & MonthStandardErrors)[] | null;
    enrolled: { month: number; p10: number; p50: number; p90: number }[];
    /**
     * Simulation only: 95 % confidence intervals (mean ± 1,96 standard errors, probabilities kept
     * within 0–1) of the month's figures; null for the exact model, whose figures have no sampling error.
     */
    confidenceIntervals: MonthConfidenceIntervals[] | null;
    /** The T in weeks of each month's probabilityOfWaitOver (--target-service-weeks, default 2). */
    waitThresholdWeeks: number;
  };
  /** With --target-service-level: the share enrolled within the weeks, planned and recommended. */
  serviceLevel?: { targetShare: number; weeks: number; share: number; recommendedShare: number | null };
  /** With --priority-share: the long run of urgent and other referrals (null where no closed form holds). */
  priority?: { share: number; probabilityOfWaiting: number; priorityMeanWaitWeeks: number; ordinaryMeanWaitWeeks: number } | null;
  /**
   * With --priority-share: each class's figures month by month (exact for exponential stays,
   * simulated with 95 % confidence intervals otherwise): urgent and ordinary referrals.
   */
  priorityMonths?: {
    model: 'exact' | 'monte-carlo';
    share: number;
    waitThresholdWeeks: number;
    truncationMass: number | null;
    months: { month: number; urgent: PriorityClassFigures; ordinary: PriorityClassFigures }[];
  } | null;
}

type Interval = [number, number] | null;

export interface MonthConfidenceIntervals {
  month: number;
  enrolledMean: Interval;
  queueMean: Interval;
  probabilityOfQueue: Interval;
  probabilityOfWaiting: Interval;
  expectedWaitWeeks: Interval;
  probabilityOfWaitOver: Interval;
}

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

function interval(value: number | null, se: number | null, probability: boolean): Interval {
  if (value === null || se === null) return null;
  const lo = value - Z95 * se;
  const hi = value + Z95 * se;
  return probability ? [Math.max(0, lo), Math.min(1, hi)] : [Math.max(0, lo), hi];
}

/** The simulation's 95 % confidence intervals per month. */
export function confidenceIntervals(result: Pick<ForecastResult, 'months' | 'standardErrors' | 'waits'>): MonthConfidenceIntervals[] | null {
  const errors = result.standardErrors;
  if (!errors) return null;
  return result.months.map((m, i) => {
    const e: MonthStandardErrors = errors[i]!;
    return {
      month: m.month,
      enrolledMean: interval(m.enrolledMean, e.enrolledMean, false),
      queueMean: interval(m.queueMean, e.queueMean, false),
      probabilityOfQueue: interval(m.probabilityOfQueue, e.probabilityOfQueue, true),
      probabilityOfWaiting: interval(m.probabilityOfWaiting, e.probabilityOfWaiting, true),
      expectedWaitWeeks: interval(m.expectedWaitWeeks, e.expectedWaitWeeks, false),
      probabilityOfWaitOver: interval(result.waits[i]?.probabilityOfWaitOver ?? null, e.probabilityOfWaitOver, true),
    };
  });
}

function calendarFields(start: ForecastStart, month: number): { year: number; calendarMonth: number } {
  const c = calendarMonthOf(start, month);
  return { year: c.year, calendarMonth: c.month };
}

export function toForecastReport(result: ForecastResult): ForecastReport {
  const s = result.steadyState;
  const r = result.recommendation;
  return {
    model: result.model,
    steadyState: {
      arrivalsPerMonth: s.arrivalsPerMonth,
      meanStayMonths: s.meanStayMonths,
      capacity: s.capacity,
      offeredLoad: s.offeredLoad,
      utilization: s.utilization,
      probabilityOfWaiting: s.probabilityOfWaiting,
      meanWaitWeeks: s.meanWaitWeeks,
      meanQueue: s.meanQueue,
      probabilityOfAbandonment: s.probabilityOfAbandonment,
    },
    assumptions: { ...result.assumptions },
    months: result.months.map((m) => ({
      month: m.month,
      capacity: m.capacity,
      arrivals: m.arrivals,
      enrolledMean: m.enrolledMean,
      queueMean: m.queueMean,
      queueP50: m.queueP50,
      queueP90: m.queueP90,
      probabilityOfQueue: m.probabilityOfQueue,
      probabilityOfWaiting: m.probabilityOfWaiting,
      expectedWaitWeeks: m.expectedWaitWeeks,
      probabilityOfWaitOver: result.waits[m.month - 1]?.probabilityOfWaitOver ?? null,
      waitPercentiles: { p50: result.waits[m.month - 1]?.p50Weeks ?? null, p90: result.waits[m.month - 1]?.p90Weeks ?? null },
      ...(result.start ? calendarFields(result.start, m.month) : {}),
    })),
    recommendation: r && {
      lotsar: r.lotsar,
      capacity: r.capacity,
      probabilityOfWaiting: r.probabilityOfWaiting,
      meanWaitWeeks: r.meanWaitWeeks,
    },
    longRunMethod: result.longRunMethod,
    details: {
      truncationMass: result.truncationMass,
      standardErrors: result.standardErrors?.map((e, i) => ({ month: i + 1, ...e })) ?? null,
      enrolled: result.months.map((m) => ({ month: m.month, p10: m.enrolledP10, p50: m.enrolledP50, p90: m.enrolledP90 })),
      confidenceIntervals: confidenceIntervals(result),
      waitThresholdWeeks: result.waits[0]?.thresholdWeeks ?? result.serviceLevel?.weeks ?? 2,
    },
    ...(result.serviceLevel ? { serviceLevel: { ...result.serviceLevel } } : {}),
    ...(result.assumptions.priorityShare > 0 ? { priority: result.priority && { ...result.priority } } : {}),
    ...(result.assumptions.priorityShare > 0 ? { priorityMonths: priorityMonthsReport(result) } : {}),
  };
}

function priorityMonthsReport(result: ForecastResult): NonNullable<ForecastReport['priorityMonths']> | null {
  const p = result.priorityMonths;
  if (!p) return null;
  const figures = (c: PriorityClassFigures): PriorityClassFigures => ({
    queueMean: c.queueMean,
    probabilityOfQueue: c.probabilityOfQueue,
    probabilityOfWaiting: c.probabilityOfWaiting,
    expectedWaitWeeks: c.expectedWaitWeeks,
    probabilityOfWaitOver: c.probabilityOfWaitOver,
    confidenceIntervals: c.confidenceIntervals,
  });
  return {
    model: p.model,
    share: p.share,
    waitThresholdWeeks: p.thresholdWeeks,
    truncationMass: p.truncationMass,
    months: p.months.map((m) => ({ month: m.month, urgent: figures(m.urgent), ordinary: figures(m.ordinary) })),
  };
}

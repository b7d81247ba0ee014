// A whole forecast from validated options: month inputs, the month-by-month forecast (exact for
// exponential stays, simulated otherwise: fixed, lognormal and empirical), the steady state of the
// last month and the staffing recommendation (both with the stay's coefficient of variation).
//
// Starting state: E enrolled and Q waiting at time 0. When E < C and Q > 0, people waiting take
// free slots at once (as they would on the first day); when E > C all E stay enrolled and finish
// their stays, in the exact chain (as excess above capacity) and in the simulation alike. A cut in
// capacity later on never evicts anyone either.
//
// Steady state and recommendation: for the last month's arrivals and slots. With a seasonal
// profile the last month's season factor is left out (the year's average rate at that point of the
// trend): a long run at, say, December's low would understate the need, and one at July's peak
// overstate it. The month-by-month forecast shows the season.
import { solveChain } from './birthDeathChain.ts';
import {
  longRunMethod,
  priorityLongRun,
  probabilityOfWaitingLonger,
  steadyState,
  type LongRunMethod,
  type PriorityLongRun,
  type SteadyState,
} from './erlang.ts';
import { simulate, type MonthStandardErrors } from './monteCarlo.ts';
import { arrivalsInMonth, forecastStartOf, valueForMonth, type ForecastOptions } from './options.ts';
import { priorityForecast, type PriorityForecast } from './priorityForecast.ts';
import { firstMonthOverTarget, recommendLotsar, type Recommendation } from './recommend.ts';
import { stayCoefficientOfVariation, type StayDistribution } from './stayDistributions.ts';
import { slotsAtWork } from './staffAvailability.ts';
import type { ForecastMonth, MonthInput } from './types.ts';
import { monthWait, type MonthWait } from './waitDistribution.ts';

export type ForecastModel = 'exact' | 'monte-carlo';

export interface ForecastResult {
  model: ForecastModel;
  months: ForecastMonth[];
  steadyState: SteadyState;
  /** How the steady state and the recommendation were computed for the stay distribution. */
  longRunMethod: LongRunMethod;
  /** The calendar month of month 1 when the options give one ("2021-04"), else null. */
  start: { year: number; month: number } | null;
  /**
   * With a service-level target: the share enrolled within the target's weeks in the long run,
   * with the planned staffing and with the recommended one.
   */
  serviceLevel: { targetShare: number; weeks: number; share: number; recommendedShare: number | null } | null;
  /** Null only if no staffing up to MAX_RECOMMENDED_LOTSAR meets the targets. */
  recommendation: Recommendation | null;
  /** First month in which the probability of waiting with the given lotsar exceeds the target probability. */
  firstMonthOverTarget: number | null;
  /** Exact model: bound of the probability left out by truncation. */
  truncationMass: number | null;
  /** Monte Carlo: standard errors of the means per month. */
  standardErrors: MonthStandardErrors[] | null;
  /** The flows and staffing assumptions of the forecast (all 0 unless given). */
  assumptions: ForecastAssumptions;
  /**
   * With urgent referrals (priorityShare > 0): the long run of each class (M/M/c with two
   * non-preemptive priority classes); null without a share, or where no closed form holds (other
   * stays, abandonment, no steady state). The month-by-month figures are those of all referrals.
   */
  priority: PriorityLongRun | null;
  /**
   * With urgent referrals: each class's figures month by month (exact for exponential stays,
   * simulated otherwise; priorityForecast.ts); null without a share. The total queue and the
   * probability of waiting are those of `months`: the priority only decides who waits.
   */
  priorityMonths: PriorityForecast | null;
  /**
   * Per month: P(wait > T) and the median and 90th percentile of the wait of someone referred that
   * month, T being the service-level weeks (targetServiceWeeks, default 2). Exact for exponential
   * stays (waitDistribution.ts), from the simulated waits otherwise.
   */
  waits: MonthWait[];
}

export interface ForecastAssumptions {
  /** θ: leaving the waiting list without being enrolled, per month of waiting. */
  abandonment: number;
  /** Share of lots time lost to absence. */
  absence: number;
  /** Recruitment lead time in months, for new lotsar and for replacing one who leaves. */
  leadTime: number;
  /** Share of referrals that go ahead of the queue. */
  priorityShare: number;
}

export function forecastAssumptions(o: Pick<ForecastOptions, 'abandonment' | 'absence' | 'leadTime' | 'priorityShare'>): ForecastAssumptions {
  return { abandonment: o.abandonment, absence: o.absence, leadTime: o.leadTime, priorityShare: o.priorityShare };
}

export { arrivalsInMonth, valueForMonth };

/**
 * The months' arrivals and slots. Slots are those of the lotsar at work after the recruitment lead
 * time, with the absence's share of their time taken out (staffAvailability.ts).
 */
export function monthInputs(
  options: Pick<ForecastOptions, 'arrivals' | 'lotsar' | 'caseload' | 'horizon' | 'trend' | 'season' | 'surges'> & {
    start?: string | undefined;
    absence?: number | undefined;
    leadTime?: number | undefined;
  },
): MonthInput[] {
  const slots = slotsAtWork(options);
  return Array.from({ length: options.horizon }, (_, i) => ({
    arrivals: Math.max(0, arrivalsInMonth(options, i + 1)),
    capacity: slots[i]!,
  }));
}

export function stayDistributionOf(options: Pick<ForecastOptions, 'stayDistribution' | 'staySpread' | 'stayBands'>): StayDistribution {
  if (options.stayDistribution === 'lognormal') return { kind: 'lognormal', cv: options.staySpread ?? Number.NaN };
  if (options.stayDistribution === 'empirical') return { kind: 'empirical', bands: options.stayBands ?? [] };
  return { kind: options.stayDistribution };
}

export function runForecast(options: ForecastOptions): ForecastResult {
  const months = monthInputs(options);
  const stay = stayDistributionOf(options);
  const cv = stayCoefficientOfVariation(stay);
  const last = months[months.length - 1]!;
  const serviceWeeks = options.targetServiceWeeks ?? 2;
  const longRunArrivals = options.season ? Math.max(0, arrivalsInMonth({ ...options, season: undefined }, options.horizon)) : last.arrivals;
  const steady = steadyState(longRunArrivals, options.stay, last.capacity, cv, options.abandonment);
  const recommendation = recommendLotsar({
    arrivalsPerMonth: longRunArrivals,
    meanStayMonths: options.stay,
    caseload: options.caseload,
    targetProbability: options.targetProbability,
    targetWaitWeeks: options.targetWaitWeeks,
    stayCv: cv,
    abandonment: options.abandonment,
    absence: options.absence,
    serviceLevel: options.targetServiceLevel === undefined ? undefined : { share: options.targetServiceLevel, weeks: serviceWeeks },
  });
  const serviceLevel =
    options.targetServiceLevel === undefined
      ? null
      : {
          targetShare: options.targetServiceLevel,
          weeks: serviceWeeks,
          share: 1 - probabilityOfWaitingLonger(steady, serviceWeeks),
          recommendedShare:
            recommendation &&
            1 - probabilityOfWaitingLonger(steadyState(longRunArrivals, options.stay, recommendation.capacity, cv, options.abandonment), serviceWeeks),
        };

  if (stay.kind === 'exponential') {
    const chain = solveChain({
      months,
      stayMonths: options.stay,
      initialCount: options.enrolled + options.queue,
      initialEnrolled: options.enrolled,
      abandonment: options.abandonment,
      keepArrivalViews: true,
    });
    const views = chain.arrivalViews ?? [];
    let exactWaits: MonthWait[] | null = null;
    let classes: PriorityForecast | null | undefined;
    return {
      model: 'exact',
      months: chain.months,
      steadyState: steady,
      longRunMethod: longRunMethod(cv, options.abandonment),
      start: forecastStartOf(options.start),
      serviceLevel,
      recommendation,
      firstMonthOverTarget: firstMonthOverTarget(chain.months, options.targetProbability),
      truncationMass: chain.truncationMass,
      standardErrors: null,
      assumptions: forecastAssumptions(options),
      priority: priorityLongRun(longRunArrivals, options.stay, last.capacity, options.priorityShare, cv, options.abandonment),
      // Computed when first read: callers that compare staffings or search do not read it.
      get waits(): MonthWait[] {
        exactWaits ??= views.map((view, i) => monthWait(i + 1, view, serviceWeeks));
        return exactWaits;
      },
      get priorityMonths(): PriorityForecast | null {
        if (classes === undefined) classes = priorityForecast(priorityInput(options, months, stay, serviceWeeks));
        return classes;
      },
    };
  }
  let simulatedClasses: PriorityForecast | null | undefined;
  const sim = simulate({
    months,
    stayMonths: options.stay,
    stay,
    initialEnrolled: options.enrolled,
    initialQueue: options.queue,
    runs: options.runs,
    seed: options.seed,
    abandonment: options.abandonment,
    waitThresholdWeeks: serviceWeeks,
  });
  return {
    model: 'monte-carlo',
    months: sim.months,
    steadyState: steady,
    longRunMethod: longRunMethod(cv, options.abandonment),
    start: forecastStartOf(options.start),
    serviceLevel,
    recommendation,
    firstMonthOverTarget: firstMonthOverTarget(sim.months, options.targetProbability),
    truncationMass: null,
    standardErrors: sim.standardErrors,
    assumptions: forecastAssumptions(options),
    priority: priorityLongRun(longRunArrivals, options.stay, last.capacity, options.priorityShare, cv, options.abandonment),
    waits: sim.waits,
    // Computed when first read, as the exact waits: compared staffings do not pay for it.
    get priorityMonths(): PriorityForecast | null {
      if (simulatedClasses === undefined) simulatedClasses = priorityForecast(priorityInput(options, months, stay, serviceWeeks));
      return simulatedClasses;
    },
  };
}

function priorityInput(options: ForecastOptions, months: MonthInput[], stay: StayDistribution, serviceWeeks: number) {
  return {
    months,
    stayMonths: options.stay,
    stay,
    share: options.priorityShare,
    initialEnrolled: options.enrolled,
    initialQueue: options.queue,
    abandonment: options.abandonment,
    thresholdWeeks: serviceWeeks,
    runs: options.runs,
    seed: options.seed,
  };
}

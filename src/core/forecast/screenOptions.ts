// From the values on the "Prognos" screen to the options of a forecast: arrivals per month with
// the temporary surges added, the target risk from percent to a share, and validation by the same
// schema as the CLI. Pure, so that the screen does no arithmetic of its own.
import { FORECAST_LIMITS, parseForecastOptions, type ForecastOptionsResult, type StayBand, type StayDistributionName } from './options.ts';

/** "+6 anmälningar per månad från mars till augusti": forecast months fromMonth–toMonth inclusive. */
export interface SurgeEvent {
  /** Extra referrals per month; negative for a temporary decrease. */
  extraArrivals: number;
  fromMonth: number;
  toMonth: number;
}

export interface ForecastScreenValues {
  arrivalsPerMonth: number;
  meanStayMonths: number;
  /** Growth of arrivals in percent per year (0 = none). */
  trendPercent?: number;
  /** Twelve factors for arrivals, January to December, with mean 1; null or absent for none. */
  season?: readonly number[] | null;
  lotsar: number;
  /**
   * Lots FTE per forecast month when the forecast runs on a scenario's month profile (the last
   * value holds after it); null or absent for the flat `lotsar`.
   */
  lotsarByMonth?: readonly number[] | null;
  caseload: number;
  enrolled: number;
  queue: number;
  /** Highest acceptable probability of waiting, in percent (10 = 10 procent). */
  targetRiskPercent: number;
  targetWaitWeeks: number;
  /**
   * Service level: the share in percent to be enrolled within targetServiceWeeks (90 = "90 % ska
   * kunna skrivas in inom två veckor"); 0 or absent for no such target.
   */
  targetServicePercent?: number;
  /** The weeks of the service level, and the T of each month's risk of waiting more than T; default 2. */
  targetServiceWeeks?: number;
  /** Abandonment from the waiting list, in percent per month of waiting (10 = a tenth a month); default 0. */
  abandonmentPercent?: number;
  /** Staff absence in percent of lots time; default 0. */
  absencePercent?: number;
  /** Recruitment lead time in months, also for replacing a lots who leaves; default 0. */
  leadTimeMonths?: number;
  /** Urgent referrals that go ahead of the queue, in percent of all referrals; default 0. */
  priorityPercent?: number;
  horizon: number;
  stayDistribution: StayDistributionName;
  /** Coefficient of variation of a lognormal stay; ignored for other distributions. */
  staySpread: number;
  /**
   * The unit's discharges per band of months for an empirical stay; null or absent for none, and
   * ignored for the other distributions (as the spread is).
   */
  stayBands?: readonly StayBand[] | null;
  surges: readonly SurgeEvent[];
}

/** The default target: at most one applicant in ten should have to wait. */
export const DEFAULT_TARGET_RISK_PERCENT = 10;
export const DEFAULT_TARGET_WAIT_WEEKS = 2;
/** No service-level target unless one is set; its weeks default to two. */
export const DEFAULT_TARGET_SERVICE_PERCENT = 0;
export const DEFAULT_TARGET_SERVICE_WEEKS = 2;
export const DEFAULT_HORIZON = 24;
export const DEFAULT_STAY_SPREAD = 0.5;
/** The plain-language reading looks this many months ahead (or at the horizon if it is sooner). */
export const DEFAULT_READING_MONTH = 6;

/**
 * Arrivals per forecast month: the base rate plus every surge that covers the month. The list
 * stops after the last month that differs from the base (the last value holds for later months)
 * and never runs past the horizon; parts of a surge beyond the horizon are left out.
 */
export function arrivalsByMonth(base: number, surges: readonly SurgeEvent[], horizon: number): number[] {
  const lastSurgeMonth = Math.max(0, ...surges.map((s) => Math.min(s.toMonth, horizon)));
  const length = Math.min(horizon, lastSurgeMonth + 1);
  return Array.from({ length: Math.max(1, length) }, (_, i) => {
    const month = i + 1;
    return surges.reduce((sum, s) => (month >= s.fromMonth && month <= s.toMonth ? sum + s.extraArrivals : sum), base);
  });
}

/** The month the plain-language reading is for: six months ahead, or the horizon if shorter. */
export function defaultReadingMonth(horizon: number): number {
  return Math.max(1, Math.min(DEFAULT_READING_MONTH, horizon));
}

/** Validated forecast options for the screen's values (exact for exponential stays). */
export function screenForecastOptions(values: ForecastScreenValues): ForecastOptionsResult {
  return parseForecastOptions({
    arrivals: arrivalsByMonth(values.arrivalsPerMonth, values.surges, values.horizon),
    stay: values.meanStayMonths,
    lotsar: values.lotsarByMonth && values.lotsarByMonth.length > 0 ? values.lotsarByMonth.slice(0, values.horizon) : values.lotsar,
    caseload: values.caseload,
    enrolled: values.enrolled,
    queue: values.queue,
    horizon: values.horizon,
    targetProbability: values.targetRiskPercent / 100,
    targetWaitWeeks: values.targetWaitWeeks,
    ...(values.targetServicePercent ? { targetServiceLevel: values.targetServicePercent / 100 } : {}),
    ...(values.targetServiceWeeks !== undefined ? { targetServiceWeeks: values.targetServiceWeeks } : {}),
    ...(values.abandonmentPercent ? { abandonment: values.abandonmentPercent / 100 } : {}),
    ...(values.absencePercent ? { absence: values.absencePercent / 100 } : {}),
    ...(values.leadTimeMonths ? { leadTime: values.leadTimeMonths } : {}),
    ...(values.priorityPercent ? { priorityShare: values.priorityPercent / 100 } : {}),
    stayDistribution: values.stayDistribution,
    trend: values.trendPercent ?? 0,
    ...(values.season ? { season: [...values.season] } : {}),
    ...(values.stayDistribution === 'lognormal' ? { staySpread: values.staySpread } : {}),
    ...(values.stayDistribution === 'empirical' && values.stayBands ? { stayBands: values.stayBands.map((b) => ({ ...b })) } : {}),
  });
}

/**
 * A staffing to compare the forecast with: the recommendation when it differs from the forecast
 * and is not compared yet, otherwise the next whole number of lotsar above the forecast's that is
 * not compared yet (at most the largest number a forecast accepts).
 */
export function suggestComparisonLotsar(current: number, recommended: number | null, existing: readonly number[]): number {
  if (recommended !== null && recommended !== current && !existing.includes(recommended)) return recommended;
  let n = Math.floor(current) + 1;
  while (existing.includes(n) && n < FORECAST_LIMITS.maxLotsar) n++;
  return Math.min(n, FORECAST_LIMITS.maxLotsar);
}

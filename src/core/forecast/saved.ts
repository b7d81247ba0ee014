// A forecast saved into a scenario, so that a memo can cite it: the inputs as the "Prognos" screen
// has them, and a compact summary computed here from those inputs (never taken from the screen).
import * as z from 'zod';
import { FORECAST_LIMITS, STAY_DISTRIBUTIONS, stayBandsSchema, surgeSchema, type ForecastOptions } from './options.ts';
import { screenForecastOptions } from './screenOptions.ts';

export const savedForecastInputsSchema = z.strictObject({
  arrivalsPerMonth: z.number().min(0).max(FORECAST_LIMITS.maxArrivals),
  meanStayMonths: z.number().min(FORECAST_LIMITS.minStayMonths).max(FORECAST_LIMITS.maxStayMonths),
  /** Growth of arrivals in percent per year. */
  trendPercent: z.number().min(FORECAST_LIMITS.minTrendPercent).max(FORECAST_LIMITS.maxTrendPercent).default(0),
  /** Twelve factors, January to December, mean 1; null for none. */
  season: z.array(z.number().min(0).max(FORECAST_LIMITS.maxSeasonFactor)).length(12).nullable().default(null),
  surges: z.array(surgeSchema).max(FORECAST_LIMITS.maxSurges).default([]),
  lotsar: z.number().min(0).max(FORECAST_LIMITS.maxLotsar),
  /**
   * Lots FTE per forecast month when the forecast ran on a scenario's month profile; null or
   * absent for the flat `lotsar`. Optional, so that forecasts saved before it keep their shape.
   */
  lotsarByMonth: z.array(z.number().min(0).max(FORECAST_LIMITS.maxLotsar)).min(1).max(FORECAST_LIMITS.maxHorizon).nullable().optional(),
  caseload: z.number().gt(0).max(FORECAST_LIMITS.maxCaseload),
  enrolled: z.int().min(0).max(FORECAST_LIMITS.maxPeople).default(0),
  queue: z.int().min(0).max(FORECAST_LIMITS.maxPeople).default(0),
  /** Highest acceptable probability of waiting, as a share (0,1 = 10 procent). */
  targetProbability: z.number().gt(0).max(1).default(0.1),
  targetWaitWeeks: z.number().gt(0).max(FORECAST_LIMITS.maxTargetWaitWeeks).default(2),
  horizon: z.int().min(1).max(FORECAST_LIMITS.maxHorizon).default(24),
  stayDistribution: z.enum(STAY_DISTRIBUTIONS).default('exponential'),
  /** Coefficient of variation of a lognormal stay; null for the other distributions. */
  staySpread: z.number().gt(0).max(FORECAST_LIMITS.maxStaySpread).nullable().default(null),
  /**
   * Discharges per band of months for an empirical stay; null or absent for the other
   * distributions. Optional without a default, so that forecasts saved before it keep their shape.
   */
  stayBands: stayBandsSchema.nullable().optional(),
  /** The month the reading is for; null for the default (six months, or the horizon). */
  readingMonth: z.int().min(1).max(FORECAST_LIMITS.maxHorizon).nullable().default(null),
  // The flows, the service level and the backlog target: optional without defaults, so that
  // forecasts saved before them keep their shape (absent means none, as on the screen).
  /** Service level: the share to be enrolled within targetServiceWeeks (0,9); null or absent for none. */
  targetServiceLevel: z.number().gt(0).lt(1).nullable().optional(),
  /** The weeks of the service level and of each month's risk of waiting longer; absent for two. */
  targetServiceWeeks: z.number().gt(0).max(FORECAST_LIMITS.maxTargetWaitWeeks).optional(),
  /** θ: people leave the waiting list at this rate per month of waiting; absent for none. */
  abandonment: z.number().min(0).max(FORECAST_LIMITS.maxAbandonment).optional(),
  /** Share of lots time lost to absence; absent for none. */
  absence: z.number().min(0).lt(1).optional(),
  /** Recruitment lead time in months; absent for none. */
  leadTime: z.int().min(0).max(FORECAST_LIMITS.maxLeadTimeMonths).optional(),
  /** Share of referrals that go ahead of the queue; absent for none. */
  priorityShare: z.number().min(0).lt(1).optional(),
  /** "Få ner kön till ett datum": at most targetQueue waiting at the end of forecast month byMonth; null or absent for none. */
  backlog: z
    .strictObject({ targetQueue: z.int().min(0).max(FORECAST_LIMITS.maxPeople), byMonth: z.int().min(1).max(FORECAST_LIMITS.maxHorizon) })
    .nullable()
    .optional(),
});

export const savedForecastSummarySchema = z.strictObject({
  model: z.enum(['exact', 'monte-carlo']),
  /** Steady state of the last month: probability of waiting (1 without a steady state). */
  probabilityOfWaiting: z.number().min(0).max(1),
  /** Mean wait in weeks; null without a steady state. */
  meanWaitWeeks: z.number().min(0).nullable(),
  recommendation: z.strictObject({ lotsar: z.number(), capacity: z.number(), probabilityOfWaiting: z.number(), meanWaitWeeks: z.number() }).nullable(),
  /** First forecast month whose P(queue > 0) exceeds the target; null if none. */
  firstMonthOverTarget: z.int().min(1).nullable(),
  readingMonth: z.int().min(1),
  /** The forecast in plain Swedish. */
  reading: z.string().max(2000),
  /** ISO 8601 (UTC). */
  savedAt: z.string().max(40),
});

export const savedForecastSchema = z.strictObject({
  inputs: savedForecastInputsSchema,
  summary: savedForecastSummarySchema,
});

export type SavedForecastInputs = z.output<typeof savedForecastInputsSchema>;
export type SavedForecastInputsInput = z.input<typeof savedForecastInputsSchema>;
export type SavedForecastSummary = z.output<typeof savedForecastSummarySchema>;
export type SavedForecast = z.output<typeof savedForecastSchema>;

export type SavedForecastOptionsResult = { ok: true; value: ForecastOptions } | { ok: false; message: string };

/** The forecast options of saved inputs, by the same path as the screen's. */
export function savedForecastOptions(inputs: SavedForecastInputs): SavedForecastOptionsResult {
  const parsed = screenForecastOptions({
    arrivalsPerMonth: inputs.arrivalsPerMonth,
    meanStayMonths: inputs.meanStayMonths,
    trendPercent: inputs.trendPercent,
    season: inputs.season,
    lotsar: inputs.lotsar,
    lotsarByMonth: inputs.lotsarByMonth ?? null,
    caseload: inputs.caseload,
    enrolled: inputs.enrolled,
    queue: inputs.queue,
    targetRiskPercent: inputs.targetProbability * 100,
    targetWaitWeeks: inputs.targetWaitWeeks,
    horizon: inputs.horizon,
    stayDistribution: inputs.stayDistribution,
    staySpread: inputs.staySpread ?? Number.NaN,
    stayBands: inputs.stayBands ?? null,
    surges: inputs.surges,
  });
  // The flows and the service level are kept as the shares the forecast takes (the saved schema
  // holds them to the same bounds), not sent through the screen's percent and back.
  if (parsed.ok) {
    const value: ForecastOptions = {
      ...parsed.value,
      abandonment: inputs.abandonment ?? 0,
      absence: inputs.absence ?? 0,
      leadTime: inputs.leadTime ?? 0,
      priorityShare: inputs.priorityShare ?? 0,
    };
    if (inputs.targetServiceLevel) value.targetServiceLevel = inputs.targetServiceLevel;
    if (inputs.targetServiceWeeks !== undefined) value.targetServiceWeeks = inputs.targetServiceWeeks;
    return { ok: true, value };
  }
  const issue = parsed.issues[0]!;
  return { ok: false, message: `Prognosen kan inte beräknas: ${issue.message}.` };
}

// Calls for scenarios: named variants of a unit-year, their figures and the comparison view.
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { keyFiguresSchema } from './common.ts';
import { historySchema, monthSchema, unitYearTarget } from './staffing.ts';
import { scenarioOverridesPatchSchema, scenarioOverridesSchema } from '../../core/scenarios/overrides.ts';
import { SCENARIO_PRESETS } from '../../core/scenarios/types.ts';
import { MAX_AMOUNT } from '../../core/exchange/unitExchangeFile.ts';
import { savedForecastInputsSchema, savedForecastSchema } from '../../core/forecast/saved.ts';
import { FORECAST_LIMITS, STAY_DISTRIBUTIONS } from '../../core/forecast/options.ts';
import { BASIS_INPUT_KEYS, COMPARED_QUEUE_FIGURES } from '../../core/scenarios/forecast.ts';

const scenarioName = z.string().trim().min(1).max(100);
/** A scenario by id (number) or by name (text). */
const scenarioRef = z.union([z.int().positive(), scenarioName]);

export const scenarioSchema = z.strictObject({
  id: z.int(),
  name: z.string(),
  preset: z.enum(SCENARIO_PRESETS),
  presetLabel: z.string(),
  /** Swedish summary of the overrides. */
  description: z.string(),
  overrides: scenarioOverridesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const deltasSchema = z.strictObject({
  lotsarFte: z.number().nullable(),
  capacity: z.number().nullable(),
  totalCost: z.number().nullable(),
  balance: z.number().nullable(),
  costPerParticipant: z.number().nullable(),
  costPerLots: z.number().nullable(),
  utilization: z.number().nullable(),
});

const num = z.number();
const hiringPlanSchema = z.strictObject({
  addLotsar: num,
  startYear: z.int(),
  startMonth: z.int().min(1).max(12),
  recruitFromYear: z.int(),
  recruitFromMonth: z.int().min(1).max(12),
  leadTimeMonths: z.int().min(0),
  /** Recruitment must begin in the forecast's first month. */
  recruitNow: z.boolean(),
  firstExceededYear: z.int().nullable(),
  firstExceededMonth: z.int().min(1).max(12).nullable(),
  earliestStartYear: z.int(),
  earliestStartMonth: z.int().min(1).max(12),
  exceededBeforeEarliestStart: z.boolean(),
  /** The largest monthly risk of having to wait over the months the target is checked in. */
  maxProbabilityOfWaiting: num,
  costThisYear: num.nullable(),
  costFullYear: num.nullable(),
  monthlySalary: num.nullable(),
});

/** A scenario's (or the plan's) own forecast: the shape of `lotsplan forecast --json` plus start and the hiring plan. */
export const scenarioForecastSchema = z.strictObject({
  model: z.enum(['exact', 'monte-carlo']),
  start: z.strictObject({ year: z.int(), month: z.int().min(1).max(12), enrolled: z.int(), queue: z.int(), source: z.enum(['plan', 'statistics']) }),
  steadyState: z.strictObject({
    arrivalsPerMonth: num,
    meanStayMonths: num,
    capacity: num,
    offeredLoad: num,
    utilization: num.nullable(),
    probabilityOfWaiting: num,
    meanWaitWeeks: num.nullable(),
    meanQueue: num.nullable(),
    /** The share of those referred who leave the list without being enrolled (0 without abandonment). */
    probabilityOfAbandonment: num.nullable(),
  }),
  months: z.array(
    z.strictObject({
      month: z.int(),
      year: z.int(),
      calendarMonth: z.int().min(1).max(12),
      lotsar: num,
      capacity: num,
      arrivals: num,
      enrolledMean: num,
      queueMean: num,
      queueP50: num,
      queueP90: num,
      expectedQueue: num,
      probabilityOfQueue: num,
      /** The probability that someone referred during the month must wait. */
      probabilityOfWaiting: num,
      expectedWaitWeeks: num.nullable(),
      /** P(wait > T weeks) for someone referred during the month, T the service-level weeks (default 2). */
      probabilityOfWaitOver: num.nullable(),
      /** Median and 90th percentile of the wait in weeks; null when not reached. */
      waitPercentiles: z.strictObject({ p50: num.nullable(), p90: num.nullable() }),
    }),
  ),
  recommendation: z.strictObject({ lotsar: num, capacity: num, probabilityOfWaiting: num, meanWaitWeeks: num }).nullable(),
  recommendationCost: z.strictObject({ differenceLotsar: num, costPerYear: num }).nullable(),
  targetProbability: num,
  targetWaitWeeks: num,
  firstCheckedMonth: z.int(),
  maxProbabilityOfWaiting: num,
  hiringPlan: hiringPlanSchema.nullable(),
  /** Why there is no hiring plan: the target holds already, cannot be met, or the horizon is too short. */
  hiringReason: z.string().nullable(),
  hiringSentence: z.string(),
  /** "Med en lots till från april … är risken att behöva vänta om sex månader 17 procent och om tolv månader 41 procent." */
  sentence: z.string(),
  /** The inputs the forecast ran on, and which of them come from the scenario (for "Prognos" on this basis). */
  inputs: z.strictObject({
    arrivalsPerMonth: num,
    meanStayMonths: num,
    caseload: num,
    lotsarByMonth: z.array(num),
    surges: z.array(z.strictObject({ extraArrivals: num, fromMonth: z.int(), toMonth: z.int() })),
    trendPercent: num,
    season: z.array(num).nullable(),
    arrivalsChangePercent: num,
    leadTimeMonths: z.int(),
    salaryRevisionPercent: num,
    fromScenario: z.array(z.enum(BASIS_INPUT_KEYS)),
  }),
});

const queueFiguresSchema = z.strictObject(
  Object.fromEntries(COMPARED_QUEUE_FIGURES.map((k) => [k, num.nullable()])) as Record<(typeof COMPARED_QUEUE_FIGURES)[number], z.ZodNullable<z.ZodNumber>>,
);

/** The forecast of the plan or a scenario, or why there is none. */
const forecastPart = {
  forecast: scenarioForecastSchema.nullable(),
  /** Why there is no forecast (the plan states no demand), in Swedish; null when there is one. */
  forecastMessage: z.string().nullable(),
  queueFigures: queueFiguresSchema.nullable(),
};

/** Targets and horizon of the forecasts; defaults 10 procent, two weeks, 24 months. */
export const forecastSettingsSchema = z
  .strictObject({
    targetProbability: z.number().gt(0).max(1).optional(),
    targetWaitWeeks: z.number().gt(0).max(FORECAST_LIMITS.maxTargetWaitWeeks).optional(),
    /** Service level: the share to be enrolled within targetServiceWeeks (for example 0,9), in the recommendation and the hiring plan. */
    targetServiceLevel: z.number().gt(0).lt(1).optional(),
    targetServiceWeeks: z.number().gt(0).max(FORECAST_LIMITS.maxTargetWaitWeeks).optional(),
    horizon: z.int().min(1).max(FORECAST_LIMITS.maxHorizon).optional(),
    /**
     * How stays are distributed: exponential (exact, the default), fixed, lognormal (with staySpread)
     * or empirical (the unit's discharges by length of stay from its monthly statistics); all but
     * exponential are simulated. The hiring plan is searched on the exact engine.
     */
    stayDistribution: z.enum(STAY_DISTRIBUTIONS).optional(),
    staySpread: z.number().gt(0).max(FORECAST_LIMITS.maxStaySpread).optional(),
    runs: z.int().min(FORECAST_LIMITS.minRuns).max(FORECAST_LIMITS.maxRuns).optional(),
    seed: z.int().min(0).max(FORECAST_LIMITS.maxSeed).optional(),
  })
  .optional();

const evaluatedScenarioSchema = z.strictObject({
  scenario: scenarioSchema,
  figures: keyFiguresSchema,
  months: z.array(monthSchema).length(12),
  explanations: z.record(z.string(), z.string()),
  /** Overrides that could not be applied to today's plan, in Swedish. */
  warnings: z.array(z.string()),
  deltas: deltasSchema,
  /** The key difference against the saved plan in one Swedish sentence. */
  sentence: z.string(),
  ...forecastPart,
  /** Scenario − plan for the queue figures; null when either has no forecast. */
  queueDeltas: queueFiguresSchema.nullable(),
});

const scenarioEditOutput = z.strictObject({ label: z.string().nullable(), scenario: scenarioSchema, history: historySchema });

export const scenarioContracts = {
  listScenarios: defineCall({
    summary: 'Enhetsårets scenarier och de färdiga scenariotyperna.',
    input: z.strictObject(unitYearTarget),
    output: z.strictObject({
      scenarios: z.array(scenarioSchema),
      presets: z.array(z.strictObject({ preset: z.enum(SCENARIO_PRESETS), label: z.string(), description: z.string() })),
    }),
  }),
  createScenario: defineCall({
    summary: 'Skapar ett scenario, från en färdig typ (”En lots till”, ”Ökat tryck”, ”Besparing” …) eller med egna ändringar.',
    input: z.strictObject({
      ...unitYearTarget,
      name: scenarioName,
      preset: z.enum(SCENARIO_PRESETS).default('custom'),
      /**
       * Presets stacked as starting points ("En lots till" + "Ökat tryck"); when given, they are
       * used instead of preset (extraLots sets the options of "En lots till").
       */
      presets: z.array(z.enum(SCENARIO_PRESETS)).min(1).max(SCENARIO_PRESETS.length).optional(),
      /** For "En lots till": from which month, at which salary (default the median lots salary) and FTE. */
      extraLots: z
        .strictObject({
          fromMonth: z.int().min(1).max(12).default(1),
          monthlySalary: z.number().min(0).max(MAX_AMOUNT).optional(),
          fte: z.number().gt(0).max(1).default(1),
        })
        .optional(),
      /** Own overrides; merged over the preset's, field by field. */
      overrides: scenarioOverridesPatchSchema.optional(),
    }),
    output: scenarioEditOutput,
  }),
  copyScenario: defineCall({
    summary: 'Kopierar ett scenario under ett nytt namn.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef, name: scenarioName }),
    output: scenarioEditOutput,
  }),
  renameScenario: defineCall({
    summary: 'Byter namn på ett scenario.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef, name: scenarioName }),
    output: scenarioEditOutput,
  }),
  updateScenario: defineCall({
    summary: 'Ersätter ett scenarios ändringar mot den sparade planen.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef, overrides: scenarioOverridesSchema }),
    output: scenarioEditOutput,
  }),
  deleteScenario: defineCall({
    summary: 'Tar bort ett scenario.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef }),
    output: z.strictObject({ label: z.string().nullable(), deleted: z.string(), history: historySchema }),
  }),
  getScenarioFigures: defineCall({
    summary: 'Nyckeltal, månadsprofil och prognos för ett scenario, med skillnaden mot den sparade planen.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef, forecast: forecastSettingsSchema }),
    output: evaluatedScenarioSchema,
  }),
  saveForecastToScenario: defineCall({
    summary:
      'Sparar en prognos i ett scenario (befintligt eller nytt), så att tjänsteutlåtandet kan hänvisa till den. Sammanfattningen räknas om från de sparade antagandena.',
    input: z
      .strictObject({
        ...unitYearTarget,
        /** An existing scenario by id or name. */
        scenario: scenarioRef.optional(),
        /** Or a new scenario with this name (no changes to the plan, only the forecast). */
        newScenarioName: scenarioName.optional(),
        forecast: savedForecastInputsSchema,
      })
      .refine((v) => (v.scenario === undefined) !== (v.newScenarioName === undefined), {
        message: 'ange antingen ett befintligt scenario (scenario) eller ett namn på ett nytt (newScenarioName)',
        path: ['scenario'],
      }),
    output: z.strictObject({
      label: z.string().nullable(),
      scenario: scenarioSchema,
      forecast: savedForecastSchema,
      created: z.boolean(),
      /** Swedish sentences: the assumptions of the forecast that the scenario cannot carry (left out of it and of the summary). */
      notCarried: z.array(z.string()),
      history: historySchema,
    }),
  }),
  getScenarioForecast: defineCall({
    summary:
      'Prognosen för planen eller ett scenario på dess egen bemanning och efterfrågan månad för månad, från den senaste månadsstatistiken (annars planen), med svaret på vad som krävs för målet.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef.optional(), forecast: forecastSettingsSchema }),
    output: z.strictObject({
      /** The scenario's name; null for the plan. */
      scenario: z.string().nullable(),
      ...forecastPart,
      warnings: z.array(z.string()),
    }),
  }),
  scenarioToPlan: defineCall({
    summary: 'Gör ett scenario till planen för året efter: scenariots december gäller hela det nya året, med årets löneökning. Året får inte redan ha en plan.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef }),
    output: z.strictObject({ district: z.string(), unit: z.string(), year: z.int(), label: z.string(), warnings: z.array(z.string()) }),
  }),
  compareScenarios: defineCall({
    summary: 'Jämför ett till fyra scenarier med den sparade planen.',
    input: z.strictObject({ ...unitYearTarget, scenarios: z.array(scenarioRef).min(1).max(4), forecast: forecastSettingsSchema }),
    output: z.strictObject({
      baseline: z.strictObject({
        figures: keyFiguresSchema,
        months: z.array(monthSchema).length(12),
        explanations: z.record(z.string(), z.string()),
        ...forecastPart,
      }),
      scenarios: z.array(evaluatedScenarioSchema),
      /** The compared figures in display order, with Swedish labels. */
      compared: z.array(z.strictObject({ key: z.string(), label: z.string() })),
      /** The compared queue figures in display order, with Swedish labels. */
      comparedQueue: z.array(z.strictObject({ key: z.string(), label: z.string() })),
    }),
  }),
} as const;

// Waiting-list forecasts and staffing recommendations (issue 4). Pure: no IO, no DOM, no Node APIs.
export { WEEKS_PER_MONTH, type ForecastMonth, type MonthInput } from './types.ts';
export { poissonWeights, type PoissonWeights } from './poissonWeights.ts';
export { solveChain, DEFAULT_TOLERANCE, type ChainInput, type ChainResult } from './birthDeathChain.ts';
export { erlangB, erlangC, steadyState, type SteadyState } from './erlang.ts';
export {
  recommendLotsar,
  firstMonthOverTarget,
  MAX_RECOMMENDED_LOTSAR,
  type Recommendation,
  type RecommendationInput,
} from './recommend.ts';
export {
  createStaySampler,
  stayCoefficientOfVariation,
  empiricalMeanMonths,
  type StayBandCount,
  type StayDistribution,
  type StaySampler,
} from './stayDistributions.ts';
export { simulate, DEFAULT_RUNS, type SimulationInput, type SimulationResult, type MonthStandardErrors } from './monteCarlo.ts';
export {
  forecastOptionsSchema,
  parseForecastOptions,
  formatForecastIssue,
  flagName,
  FORECAST_LIMITS,
  STAY_DISTRIBUTIONS,
  STAY_BANDS_DEFAULT_EDGES,
  type StayBand,
  type ForecastOptions,
  type ForecastOptionsInput,
  type ForecastOptionsResult,
  type StayDistributionName,
} from './options.ts';
export {
  runForecast,
  monthInputs,
  valueForMonth,
  stayDistributionOf,
  type ForecastModel,
  type ForecastResult,
} from './forecast.ts';
export { toForecastReport, type ForecastReport } from './report.ts';
export {
  describeForecast,
  probabilityText,
  lotsarText,
  type ForecastAlternative,
  type ForecastReadingInput,
} from './describe.ts';
export { percentile, PERCENTILE_TOLERANCE } from './quantiles.ts';
export { recommendationCost, type RecommendationCost, type RecommendationCostInput } from './recommendationCost.ts';
export {
  arrivalsByMonth,
  screenForecastOptions,
  suggestComparisonLotsar,
  defaultReadingMonth,
  DEFAULT_TARGET_RISK_PERCENT,
  DEFAULT_TARGET_WAIT_WEEKS,
  DEFAULT_HORIZON,
  DEFAULT_STAY_SPREAD,
  DEFAULT_READING_MONTH,
  type SurgeEvent,
  type ForecastScreenValues,
} from './screenOptions.ts';
export {
  forecastStartForPlanYear,
  calendarMonthOf,
  forecastMonthLabel,
  forecastMonthText,
  SHORT_MONTH_NAMES,
  type ForecastStart,
} from './calendar.ts';
export {
  estimateFromHistory,
  poissonRateInterval,
  MIN_ESTIMATE_MONTHS,
  type MonthlyFigures,
  type HistoryEstimate,
  type HistoryEstimateResult,
  type EstimateInterval,
} from './estimate.ts';
export {
  savedForecastSchema,
  savedForecastInputsSchema,
  savedForecastSummarySchema,
  savedForecastOptions,
  summarizeForecast,
  type SavedForecast,
  type SavedForecastInputs,
  type SavedForecastSummary,
} from './saved.ts';
export { scenarioForecastOptions, type ScenarioOverlayInput } from './scenarioOverlay.ts';

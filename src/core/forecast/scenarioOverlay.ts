// A scenario laid over the forecast on the "Prognos" screen: the same inputs, but the scenario's
// lotsar month by month (after lead time), its caseload, its change of arrivals in percent and its
// mean stay if it has one. The scenario's twelve months are those of the plan's year: a forecast
// that starts in that year (from its monthly statistics) takes them from its first month on, and
// one that starts after it, as usual, takes December's staffing, which then holds
// (monthsOfPlanYearPassed).
import { parseForecastOptions, type ForecastOptions, type ForecastOptionsResult } from './options.ts';

/** At most this many scenarios are laid over one forecast: each is a forecast of its own and a line in the charts. */
export const MAX_OVERLAID_SCENARIOS = 3;

export interface ScenarioOverlayInput {
  id: number;
  name: string;
  /** Lots FTE that take participants, month 1–12 (getScenarioFigures' effectiveLotsarFte). */
  lotsarPerMonth: readonly number[];
  caseload: number;
  /** The scenario's change of arrivals in percent ("Ökat tryck": +30). */
  arrivalsChangePercent: number;
  /** The scenario's mean stay in months; null keeps the forecast's. */
  meanStayMonths: number | null;
  /** Months of the plan's year passed at the forecast's start (monthsOfPlanYearPassed: 12 after it). */
  monthsPassed?: number;
  /**
   * When the forecast itself runs on a scenario basis, that scenario's change of arrivals in
   * percent: its arrivals already include it, so the overlay's change is taken relative to it and
   * the plan's arrivals are changed once, by the overlay's own percentage.
   */
  basisArrivalsChangePercent?: number;
}

export function scenarioForecastOptions(base: ForecastOptions, scenario: ScenarioOverlayInput): ForecastOptionsResult {
  const basis = 1 + (scenario.basisArrivalsChangePercent ?? 0) / 100;
  const factor = basis > 0 ? (1 + scenario.arrivalsChangePercent / 100) / basis : 1 + scenario.arrivalsChangePercent / 100;
  const passed = Math.min(scenario.monthsPassed ?? 0, Math.max(0, scenario.lotsarPerMonth.length - 1));
  const lotsar = scenario.lotsarPerMonth.slice(passed, passed + base.horizon);
  return parseForecastOptions({
    ...base,
    arrivals: base.arrivals.map((a) => a * factor),
    surges: base.surges?.map((s) => ({ ...s, extraArrivals: s.extraArrivals * factor })),
    lotsar: lotsar.length > 0 ? lotsar : base.lotsar,
    caseload: scenario.caseload,
    stay: scenario.meanStayMonths ?? base.stay,
  });
}

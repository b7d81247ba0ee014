// A scenario laid over the forecast on the "Prognos" screen: the same inputs, but the scenario's
// lotsar month by month (after lead time), its caseload, its change of arrivals in percent and its
// mean stay if it has one. The scenario's twelve months (of the plan's year) are used as forecast
// months 1–12; as with any per-month list, the last month's value holds after that.
import { parseForecastOptions, type ForecastOptions, type ForecastOptionsResult } from './options.ts';

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
}

export function scenarioForecastOptions(base: ForecastOptions, scenario: ScenarioOverlayInput): ForecastOptionsResult {
  const factor = 1 + scenario.arrivalsChangePercent / 100;
  const lotsar = scenario.lotsarPerMonth.slice(0, base.horizon);
  return parseForecastOptions({
    ...base,
    arrivals: base.arrivals.map((a) => a * factor),
    surges: base.surges?.map((s) => ({ ...s, extraArrivals: s.extraArrivals * factor })),
    lotsar: lotsar.length > 0 ? lotsar : base.lotsar,
    caseload: scenario.caseload,
    stay: scenario.meanStayMonths ?? base.stay,
  });
}

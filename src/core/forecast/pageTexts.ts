// Texts of the Prognos page that are not figures: the period the page is about (a screenshot in a
// presentation keeps the heading but not the inputs), the badge for assumptions that differ from
// the plan's, and why "Vad krävs?" and the long-run recommendation give different numbers.
import { formatRiskTarget } from '../format/index.ts';
import { forecastMonthLabel, forecastMonthText, type ForecastStart } from './calendar.ts';
import { lotsarText } from './describe.ts';

/** Shown by the heading while the inputs differ from the plan's (or the scenario's): they are not saved. */
export const UNSAVED_ASSUMPTIONS_BADGE = 'Ändrade antaganden – inte sparade';

/**
 * The period of the forecast and what it starts from, under the page heading:
 * "Prognos jan 2021–dec 2022, utifrån planen för 2020" or "…, utifrån scenariot ”Ökat tryck”".
 */
export function forecastPeriodHeading(start: ForecastStart, horizon: number, basis: { planYear: number; scenario: string | null }): string {
  const from = basis.scenario === null ? `planen för ${basis.planYear}` : `scenariot ”${basis.scenario}”`;
  return `Prognos ${forecastMonthLabel(start, 1)}–${forecastMonthLabel(start, horizon)}, utifrån ${from}`;
}

/**
 * One sentence by "Vad krävs?" on why its answer is not the long-run recommendation:
 * "Rekommendationen på lång sikt, sju lotsar sammanlagt, ska klara både målet för risken och målet
 * för väntetiden när läget har stabiliserats; ”Vad krävs?” håller risken att behöva vänta under
 * 10 procent varje månad fram till december 2022, och därför kan svaren skilja sig åt."
 */
export function hiringVersusRecommendationText(input: { recommendedLotsar: number; targetProbability: number; start: ForecastStart; horizon: number }): string {
  return (
    `Rekommendationen på lång sikt, ${lotsarText(input.recommendedLotsar)} sammanlagt, ska klara både målet för risken och målet för väntetiden ` +
    `när läget har stabiliserats; ”Vad krävs?” håller risken att behöva vänta under ${formatRiskTarget(input.targetProbability, 'text')} ` +
    `varje månad fram till ${forecastMonthText(input.start, input.horizon)}, och därför kan svaren skilja sig åt.`
  );
}

// The texts beside the scenarios laid over the forecast on Prognos: what a scenario's saved
// forecast said, and how the scenarios' staffing of the plan's year is used for the forecast's months.
import { countInText, formatDateText } from '../format/index.ts';
import { forecastMonthText, type ForecastStart } from './calendar.ts';
import { lotsarFigure, probabilityFigure, weeksFigure } from './panelFigures.ts';
import type { SavedForecast } from './saved.ts';
import { MAX_OVERLAID_SCENARIOS } from './scenarioOverlay.ts';

/**
 * A saved forecast in one line after its badge: "3 december 2026: 4 lotsar, risk att behöva vänta på
 * lång sikt 79 %, genomsnittlig väntan 41,1 veckor, rekommendation 5 lotsar."
 */
export function savedForecastLine(saved: Pick<SavedForecast, 'inputs' | 'summary'>): string {
  const s = saved.summary;
  const wait = s.meanWaitWeeks === null ? 'kön växer utan gräns' : `genomsnittlig väntan ${weeksFigure(s.meanWaitWeeks)}`;
  const recommendation = s.recommendation ? `, rekommendation ${lotsarFigure(s.recommendation.lotsar)}` : '';
  return `${formatDateText(new Date(s.savedAt))}: ${lotsarFigure(saved.inputs.lotsar)}, risk att behöva vänta på lång sikt ${probabilityFigure(s.probabilityOfWaiting)}, ${wait}${recommendation}.`;
}

/** Under the list of scenarios: which of their months the forecast uses (monthsOfPlanYearPassed). */
export function overlayStaffingNote(planYear: number, start: ForecastStart): string {
  const most = `Högst ${countInText(MAX_OVERLAID_SCENARIOS)} scenarier åt gången.`;
  return start.year > planYear
    ? `Prognosen börjar i ${forecastMonthText(start, 1)}, efter planens år: scenarierna räknas med sin bemanning i december ${planYear}, ` +
        `så den som ett scenario anställer under året är redan i tjänst. ${most}`
    : `Scenariernas bemanning följer deras månader ${planYear} från ${forecastMonthText(start, 1)}; decembers bemanning gäller därefter. ${most}`;
}

/**
 * When there is no scenario to lay over the forecast: none for the year yet, or, when the forecast's
 * basis is a scenario, no other one to compare it with.
 */
export function noOverlayScenariosText(planYear: number, basisIsScenario: boolean): string {
  if (basisIsScenario) return 'Det finns inga andra scenarier att jämföra med.';
  return `Det finns inga scenarier för ${planYear} än. Skapa ett under Scenarier, eller spara prognosen i ett nytt scenario.`;
}

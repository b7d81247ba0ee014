// Swedish texts for the flows and staffing assumptions of a forecast (abandonment, absence, the
// recruitment lead time): the one-sentence explanations under the "Prognos" screen's fields and the
// sentence that names the assumptions in a forecast's text.
import { countWithNoun, formatNumber, formatPercent } from '../format/index.ts';
import type { ForecastAssumptions } from './forecast.ts';
import type { SteadyState } from './erlang.ts';

export const ABANDONMENT_HINT =
  'Andel av de väntande som lämnar kön under en månad utan att skrivas in, till exempel för att de flyttat eller inte lyckats motiveras. Månadsstatistiken räknar inte sådana avhopp, så ange en egen bedömning (0 om ingen lämnar kön).';

export const ABSENCE_HINT =
  'Andel av lotsarnas tid som går bort i sjukfrånvaro, föräldraledighet och vakanser. Platserna räknas på den tid som finns kvar, avrundat nedåt till hela platser.';

export const LEAD_TIME_HINT =
  'Nya lotsar kan börja först när rekryteringstiden har gått, och en lots som slutar ersätts tidigast så långt efter att hen slutat. Fältet utgår från rekryteringstiden i årets inställningar och gäller också ”Vad krävs?”.';

const MONTHS = { singular: 'månad', plural: 'månader', gender: 'common' } as const;

function percentText(share: number): string {
  return `${formatNumber(share * 100, { maxDecimals: 1 })} procent`;
}

/**
 * "Antaganden: 10 procent av de väntande lämnar kön per månad utan att skrivas in; frånvaro 8 procent
 * av lotsarnas tid; rekryteringstid fyra månader." Null when every assumption is 0. Percentages are in
 * digits, the lead time in words up to twelve ("en månad", "fyra månader", "18 månader").
 */
export function assumptionsSentence(a: ForecastAssumptions, longRun?: SteadyState): string | null {
  const parts: string[] = [];
  if (a.abandonment > 0) parts.push(`${percentText(a.abandonment)} av de väntande lämnar kön per månad utan att skrivas in`);
  if (a.absence > 0) parts.push(`frånvaro ${percentText(a.absence)} av lotsarnas tid`);
  if (a.leadTime > 0) parts.push(`rekryteringstid ${countWithNoun(a.leadTime, MONTHS)}, även för att ersätta en lots som slutar`);
  if (a.priorityShare > 0) parts.push(`${percentText(a.priorityShare)} av anmälningarna har förtur`);
  if (parts.length === 0) return null;
  let sentence = `Antaganden: ${parts.join('; ')}.`;
  if (a.abandonment > 0 && longRun && longRun.probabilityOfAbandonment !== null) {
    sentence += ` På lång sikt lämnar ${formatPercent(longRun.probabilityOfAbandonment, { decimals: 1 })} av de anmälda kön utan att skrivas in.`;
  }
  return sentence;
}

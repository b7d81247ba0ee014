// The forecast has three measures of waiting that are easily confused. Each has one name, used on
// every screen, in the CLI and in documents, and one sentence that says what it means:
// - the month's risk of waiting (ForecastMonth.probabilityOfWaiting): the chart, the month check
//   against the target and the summary;
// - the queue at the month's end (ForecastMonth.probabilityOfQueue): a state at one moment;
// - the long-run risk of waiting (SteadyState.probabilityOfWaiting, Erlang C).
// The sentences of the month check ("risken överstiger målet … första gången i …") are built here
// too, so that the renderer only shows them.
import { forecastMonthText, type ForecastStart } from './calendar.ts';
import { lotsarText, probabilityText } from './describe.ts';
import { formatRiskTarget } from '../format/index.ts';

export { RISK_MEASURES, type RiskMeasure } from './riskMeasureNames.ts';
import { RISK_MEASURES } from './riskMeasureNames.ts';

/** "högst 10 %": the target in a label. */
function targetLabel(targetProbability: number): string {
  return formatRiskTarget(targetProbability);
}

export interface TargetCheckLine {
  /** "Med fyra lotsar (prognosen):", "I scenariot ”Ökat tryck”:" — shown in bold. */
  lead: string;
  /** "risken överstiger målet (10 %) första gången i januari 2021." */
  text: string;
}

function checkText(firstMonthOverTarget: number | null, targetProbability: number, start: ForecastStart): string {
  const target = targetLabel(targetProbability);
  return firstMonthOverTarget === null
    ? `${RISK_MEASURES.month.inSentence} håller sig inom målet (${target}) varje månad under hela perioden.`
    : `${RISK_MEASURES.month.inSentence} överstiger målet (${target}) första gången i ${forecastMonthText(start, firstMonthOverTarget)}.`;
}

/**
 * The month check, one line per staffing compared (the forecast first) and per overlaid scenario:
 * the first month whose risk of waiting exceeds the target, or that none does.
 */
export function targetCheckLines(input: {
  alternatives: readonly { lotsar: number; firstMonthOverTarget: number | null }[];
  scenarios?: readonly { name: string; firstMonthOverTarget: number | null }[];
  targetProbability: number;
  start: ForecastStart;
}): TargetCheckLine[] {
  const { targetProbability, start } = input;
  return [
    ...input.alternatives.map((a, i) => ({
      lead: `Med ${lotsarText(a.lotsar)}${i === 0 ? ' (prognosen)' : ''}:`,
      text: checkText(a.firstMonthOverTarget, targetProbability, start),
    })),
    ...(input.scenarios ?? []).map((s) => ({
      lead: `I scenariot ”${s.name}”:`,
      text: checkText(s.firstMonthOverTarget, targetProbability, start),
    })),
  ];
}

export { probabilityText };

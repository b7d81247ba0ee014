// The forecast in plain Swedish for the memo and the screen: short, honest sentences such as
// "Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader 38 procent. Med fem
// lotsar är den 3 procent." The risk is the month's probability of waiting, named as everywhere else
// (riskMeasureNames.ts): that someone referred during the month must wait (not the month-end chance
// of a queue, nor the long run). Numbers up to twelve are written in words, percentages as "38 procent".
import { capitalizeFirst, countInText, formatNumber, formatRisk, formatRiskTarget } from '../format/index.ts';
import type { SteadyState } from './erlang.ts';
import type { Recommendation } from './recommend.ts';
import type { ForecastMonth } from './types.ts';
import { forecastMonthText, type ForecastStart } from './calendar.ts';
import { RISK_MEASURES } from './riskMeasureNames.ts';

export interface ForecastAlternative {
  /** Lots FTE of this alternative. */
  lotsar: number;
  months: readonly ForecastMonth[];
}

export interface ForecastReadingInput {
  /** The month the risk is read for (1 = the end of the first month). */
  month: number;
  /** The plan first, then alternatives to compare it with (for example one more lots). */
  alternatives: readonly ForecastAlternative[];
  /** Scenarios laid over the forecast, read for the same month. */
  scenarios?: readonly { name: string; months: readonly ForecastMonth[] }[];
  /** Steady state of the plan; adds a sentence when the queue would grow without bound. */
  steadyState?: SteadyState;
  /** Adds a sentence with the recommended staffing and the targets it meets. */
  recommendation?: { result: Recommendation; targetProbability: number; targetWaitWeeks: number } | null;
  /** The calendar month of forecast month 1, to name the month of the highest risk ("i mars 2022"). */
  start?: ForecastStart;
}

/** The highest month risk of waiting over the months and its (first) month; null without months. */
export function peakMonthRisk(months: readonly Pick<ForecastMonth, 'month' | 'probabilityOfWaiting'>[]): { month: number; probability: number } | null {
  let peak: { month: number; probability: number } | null = null;
  for (const m of months) if (peak === null || m.probabilityOfWaiting > peak.probability) peak = { month: m.month, probability: m.probabilityOfWaiting };
  return peak;
}

/** A quantity in running text: words up to twelve, otherwise digits with up to two decimals. */
function amount(n: number): string {
  return Number.isInteger(n) ? countInText(n) : formatNumber(n, { maxDecimals: 2 });
}

/** "en lots", "fyra lotsar", "4,5 lotsar" */
export function lotsarText(n: number): string {
  return n === 1 ? 'en lots' : `${amount(n)} lotsar`;
}

/** "en plats", "28 platser" */
function slotsText(n: number): string {
  return n === 1 ? 'en plats' : `${amount(n)} platser`;
}

/** "om en månad", "om sex månader", "om 18 månader" */
function inMonths(n: number): string {
  return n === 1 ? 'om en månad' : `om ${amount(n)} månader`;
}

/**
 * A probability in text: the rule of the screens (formatRisk), "9,8 procent", "45 procent", never a
 * misleading 0 or 100 procent and never rounded onto the target.
 */
export function probabilityText(p: number, target?: number): string {
  return formatRisk(p, target === undefined ? { style: 'text' } : { style: 'text', target });
}

function weeksText(w: number): string {
  return w === 1 ? 'en vecka' : `${amount(w)} veckor`;
}

export function describeForecast(input: ForecastReadingInput): string {
  const sentences: string[] = [];
  // A risk is never rounded onto the target it is read against (formatRisk); the recommendation carries it.
  const target = input.recommendation?.targetProbability;
  const riskText = (p: number) => probabilityText(p, target);
  input.alternatives.forEach((alternative, i) => {
    const m = alternative.months.find((x) => x.month === input.month);
    if (!m) throw new RangeError(`The forecast has no month ${input.month}`);
    const risk = riskText(m.probabilityOfWaiting);
    sentences.push(
      i === 0
        ? `Med ${lotsarText(alternative.lotsar)} är ${RISK_MEASURES.month.inSentence} för den som anmäls ${inMonths(input.month)} ${risk}.`
        : `Med ${lotsarText(alternative.lotsar)} är den ${risk}.`,
    );
  });
  for (const scenario of input.scenarios ?? []) {
    const m = scenario.months.find((x) => x.month === input.month);
    if (!m) continue;
    sentences.push(`I scenariot ”${scenario.name}” är den ${riskText(m.probabilityOfWaiting)}.`);
  }
  // The month read may be a dip (a quiet season, a lots just started): when the risk is higher in
  // another month of the period, the summary says so, so that a low month never stands for the outlook.
  const plan = input.alternatives[0];
  const read = plan?.months.find((x) => x.month === input.month);
  const peak = plan ? peakMonthRisk(plan.months) : null;
  if (plan && read && peak && peak.month !== input.month && riskText(peak.probability) !== riskText(read.probabilityOfWaiting)) {
    const when = input.start ? `i ${forecastMonthText(input.start, peak.month)}` : inMonths(peak.month);
    sentences.push(`Med ${lotsarText(plan.lotsar)} är risken som högst ${riskText(peak.probability)} under prognosperioden, ${when}.`);
  }
  const s = input.steadyState;
  if (s && !s.exists) {
    const arrivals = s.arrivalsPerMonth === 1 ? 'en anmälan' : `${amount(s.arrivalsPerMonth)} anmälningar`;
    const stay = s.meanStayMonths === 1 ? 'en månads' : `${amount(s.meanStayMonths)} månaders`;
    // The queue stays bounded only when C > λ·L: the smallest such whole number of slots.
    const needed = Math.floor(s.offeredLoad) + 1;
    sentences.push(`Med ${arrivals} i månaden och ${stay} vistelse behövs minst ${slotsText(needed)}; ` + `med ${slotsText(s.capacity)} växer kön utan gräns.`);
  }
  const r = input.recommendation;
  if (r) {
    sentences.push(
      `För att högst ${formatRiskTarget(r.targetProbability, 'text')} av de sökande ska behöva vänta, och väntetiden i genomsnitt ` +
        `ska vara högst ${weeksText(r.targetWaitWeeks)}, behövs på lång sikt ${lotsarText(r.result.lotsar)} ` +
        `(${slotsText(r.result.capacity)}).`,
    );
  }
  return sentences.map(capitalizeFirst).join(' ');
}

// The month-by-month forecast of each class when some referrals have priority ("förtur"): the
// exact chain for exponential stays (priorityChain.ts), the simulation otherwise
// (priorityMonteCarlo.ts), in one shape; and the Swedish table and sentences the CLI, the
// "Prognos" screen and the JSON output show. Pure.
import { countInText, formatNumber } from '../format/index.ts';
import { probabilityText } from './describe.ts';
import { solvePriorityChain } from './priorityChain.ts';
import { simulatePriority, type Estimate, type PrioritySimulatedClassMonth } from './priorityMonteCarlo.ts';
import type { StayDistribution } from './stayDistributions.ts';
import type { MonthInput } from './types.ts';
import { waitPercentValue, waitWeeksCell, weeksInText } from './waitText.ts';

type Interval = [number, number] | null;

/** One class's figures in one month. */
export interface PriorityClassFigures {
  /** Mean number of the class waiting at the month's end. */
  queueMean: number;
  /** P(at least one of the class waiting) at the month's end. */
  probabilityOfQueue: number;
  /** The chance that one referred during the month must wait (every slot taken): the same for both classes. */
  probabilityOfWaiting: number | null;
  /** Expected wait in weeks of one referred during the month; null when it has no end (or, simulated, nobody of the class was referred). */
  expectedWaitWeeks: number | null;
  /** P(wait > T) for one referred during the month. */
  probabilityOfWaitOver: number | null;
  /** Simulation only: 95 % confidence intervals; null for the exact model. */
  confidenceIntervals: {
    queueMean: Interval;
    probabilityOfQueue: Interval;
    probabilityOfWaiting: Interval;
    expectedWaitWeeks: Interval;
    probabilityOfWaitOver: Interval;
  } | null;
}

export interface PriorityForecastMonth {
  month: number;
  urgent: PriorityClassFigures;
  ordinary: PriorityClassFigures;
}

export interface PriorityForecast {
  model: 'exact' | 'monte-carlo';
  share: number;
  /** The T in weeks of probabilityOfWaitOver. */
  thresholdWeeks: number;
  months: PriorityForecastMonth[];
  /** Exact model: bound of the probability left out by truncation. */
  truncationMass: number | null;
}

export interface PriorityForecastInput {
  months: readonly MonthInput[];
  stayMonths: number;
  stay: StayDistribution;
  share: number;
  initialEnrolled: number;
  initialQueue: number;
  abandonment: number;
  thresholdWeeks: number;
  runs: number;
  seed: number;
}

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

function interval(e: Estimate, probability: boolean): Interval {
  if (e.value === null || e.standardError === null) return null;
  const lo = Math.max(0, e.value - Z95 * e.standardError);
  const hi = e.value + Z95 * e.standardError;
  return [lo, probability ? Math.min(1, hi) : hi];
}

function simulatedClass(c: PrioritySimulatedClassMonth): PriorityClassFigures {
  return {
    queueMean: c.queueMean.value ?? 0,
    probabilityOfQueue: c.probabilityOfQueue.value ?? 0,
    probabilityOfWaiting: c.probabilityOfWaiting.value,
    expectedWaitWeeks: c.expectedWaitWeeks.value,
    probabilityOfWaitOver: c.probabilityOfWaitOver.value,
    confidenceIntervals: {
      queueMean: interval(c.queueMean, false),
      probabilityOfQueue: interval(c.probabilityOfQueue, true),
      probabilityOfWaiting: interval(c.probabilityOfWaiting, true),
      expectedWaitWeeks: interval(c.expectedWaitWeeks, false),
      probabilityOfWaitOver: interval(c.probabilityOfWaitOver, true),
    },
  };
}

/** Each class's month-by-month figures; null without a share. */
export function priorityForecast(input: PriorityForecastInput): PriorityForecast | null {
  if (!(input.share > 0)) return null;
  if (input.stay.kind === 'exponential') {
    const r = solvePriorityChain({
      months: input.months,
      stayMonths: input.stayMonths,
      share: input.share,
      initialEnrolled: input.initialEnrolled,
      initialQueue: input.initialQueue,
      abandonment: input.abandonment,
      waitThresholdWeeks: input.thresholdWeeks,
    });
    return {
      model: 'exact',
      share: input.share,
      thresholdWeeks: input.thresholdWeeks,
      truncationMass: r.truncationMass,
      months: r.months.map((m) => ({
        month: m.month,
        urgent: { ...m.urgent, confidenceIntervals: null },
        ordinary: { ...m.ordinary, confidenceIntervals: null },
      })),
    };
  }
  const sim = simulatePriority({
    months: input.months,
    stayMonths: input.stayMonths,
    stay: input.stay,
    share: input.share,
    initialEnrolled: input.initialEnrolled,
    initialQueue: input.initialQueue,
    runs: input.runs,
    seed: input.seed,
    abandonment: input.abandonment,
    waitThresholdWeeks: input.thresholdWeeks,
  });
  return {
    model: 'monte-carlo',
    share: input.share,
    thresholdWeeks: input.thresholdWeeks,
    truncationMass: null,
    months: sim.months.map((m) => ({ month: m.month, urgent: simulatedClass(m.urgent), ordinary: simulatedClass(m.ordinary) })),
  };
}

/** The names of the two classes as the screens and the CLI show them. */
export const PRIORITY_CLASS_LABELS = { urgent: 'Med förtur', ordinary: 'Övriga' } as const;

/** Under the "Andel med förtur" field on "Prognos". */
export const PRIORITY_SHARE_HINT =
  'Andel av anmälningarna som går före alla andra i kön, till exempel personer som friges från anstalt. Den som har förtur får nästa lediga plats; ingen som redan är inskriven flyttas. De som väntar när prognosen börjar räknas till övriga.';

function percentText(share: number): string {
  return `${formatNumber(share * 100, { maxDecimals: 1 })} procent`;
}

function weeksText(weeks: number): string {
  return weeksInText(Math.round(weeks * 10) / 10);
}

/**
 * "Av dem som anmäls i december 2021 väntar de med förtur (10 procent av anmälningarna) i genomsnitt
 * 0,8 veckor och övriga i genomsnitt 5,8 veckor. Risken att behöva vänta är densamma för båda,
 * 33 procent, eftersom ingen som är inskriven flyttas; förturen avgör bara vem som får nästa lediga
 * plats. Risken att vänta mer än två veckor är 12 procent för dem med förtur och 41 procent för
 * övriga." `when` names the month ("i april 2021" or "under månad 12"); null for a month outside
 * the forecast.
 */
export function priorityMonthSentence(forecast: PriorityForecast, month: number, when: string): string | null {
  const m = forecast.months[month - 1];
  if (!m) return null;
  const share = `${percentText(forecast.share)} av anmälningarna`;
  const urgent = m.urgent.expectedWaitWeeks;
  const ordinary = m.ordinary.expectedWaitWeeks;
  let sentence: string;
  if (urgent !== null && ordinary !== null) {
    sentence = `Av dem som anmäls ${when} väntar de med förtur (${share}) i genomsnitt ${weeksText(urgent)} och övriga i genomsnitt ${weeksText(ordinary)}.`;
  } else if (urgent !== null) {
    sentence =
      `Av dem som anmäls ${when} väntar de med förtur (${share}) i genomsnitt ${weeksText(urgent)}, ` +
      'medan övriga inte kan räkna med att skrivas in, eftersom de med förtur tar alla platser som blir lediga.';
  } else if (ordinary !== null) {
    // Only in a simulation in which nobody with priority was referred that month.
    sentence = `Av dem som anmäls ${when} väntar övriga i genomsnitt ${weeksText(ordinary)}; för dem med förtur (${share}) finns ingen uppgift.`;
  } else {
    sentence = `Av dem som anmäls ${when} kan varken de med förtur (${share}) eller övriga räkna med att skrivas in, eftersom det saknas platser.`;
  }
  const p = m.urgent.probabilityOfWaiting;
  if (p !== null && forecast.model === 'exact') {
    sentence += ` Risken att behöva vänta är densamma för båda, ${probabilityText(p)}, eftersom ingen som är inskriven flyttas; förturen avgör bara vem som får nästa lediga plats.`;
  }
  const over = m.urgent.probabilityOfWaitOver;
  const overOrdinary = m.ordinary.probabilityOfWaitOver;
  if (over !== null && overOrdinary !== null) {
    sentence += ` Risken att vänta mer än ${weeksInText(forecast.thresholdWeeks)} är ${probabilityText(over)} för dem med förtur och ${probabilityText(overOrdinary)} för övriga.`;
  }
  return sentence;
}

/** The title, the lead and each figure's name and one-sentence explanation, for the "Prognos" screen's card. */
export function priorityFigureTexts(forecast: PriorityForecast, when: string) {
  const t = weeksInText(forecast.thresholdWeeks);
  return {
    title: 'Förtur: väntetid för varje grupp',
    lead:
      `Hur länge de med förtur (${percentText(forecast.share)} av anmälningarna) och övriga som anmäls ${when} får vänta på att skrivas in` +
      `${forecast.model === 'exact' ? '' : ', enligt simuleringen'}.`,
    urgentWait: {
      label: 'Väntetid med förtur, medel',
      explanation: 'Den genomsnittliga väntetiden för dem med förtur, räknat med dem som inte behöver vänta.',
    },
    ordinaryWait: {
      label: 'Väntetid för övriga, medel',
      explanation: 'Den genomsnittliga väntetiden för övriga; de med förtur som anmäls under tiden går före.',
    },
    urgentOver: {
      label: `Risk att vänta mer än ${t}, med förtur`,
      explanation: `Sannolikheten att den som har förtur får vänta längre än ${t}.`,
    },
    ordinaryOver: {
      label: `Risk att vänta mer än ${t}, övriga`,
      explanation: `Sannolikheten att den som inte har förtur får vänta längre än ${t}.`,
    },
  };
}

/** The month-by-month table of each class's figures. */
export interface PriorityTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: string[][];
}

function rangeCell(r: Interval, f: (x: number) => string): string {
  return r ? `${f(r[0])}–${f(r[1])}` : '–';
}

/**
 * Per month and class: the mean number waiting at the month's end, the mean wait and the risk of
 * waiting more than T; the shared risk of having to wait; for a simulation the 95 % confidence
 * intervals of the mean waits.
 */
export function priorityTable(forecast: PriorityForecast, monthLabel: (month: number) => string): PriorityTable {
  const t = weeksInText(forecast.thresholdWeeks);
  const simulated = forecast.model === 'monte-carlo';
  const u = PRIORITY_CLASS_LABELS.urgent.toLowerCase();
  const o = PRIORITY_CLASS_LABELS.ordinary.toLowerCase();
  const columns = [
    { label: 'Månad' },
    { label: 'Risk att behöva vänta', numeric: true },
    { label: `I kö ${u}, medel`, numeric: true },
    { label: `I kö ${o}, medel`, numeric: true },
    { label: `Väntetid ${u}, medel (veckor)`, numeric: true },
    ...(simulated ? [{ label: `${PRIORITY_CLASS_LABELS.urgent}, 95 % konfidensintervall`, numeric: true }] : []),
    { label: `Väntetid ${o}, medel (veckor)`, numeric: true },
    ...(simulated ? [{ label: `${PRIORITY_CLASS_LABELS.ordinary}, 95 % konfidensintervall`, numeric: true }] : []),
    { label: `Risk att vänta mer än ${t}, ${u}`, numeric: true },
    { label: `Risk att vänta mer än ${t}, ${o}`, numeric: true },
  ];
  const weeks = (x: number) => formatNumber(x, { decimals: 1 });
  const rows = forecast.months.map((m) => [
    monthLabel(m.month),
    // Both classes must wait exactly when every slot is taken; a simulation estimates it from all referrals of either class.
    waitPercentValue(m.ordinary.probabilityOfWaiting ?? m.urgent.probabilityOfWaiting),
    formatNumber(m.urgent.queueMean, { decimals: 1 }),
    formatNumber(m.ordinary.queueMean, { decimals: 1 }),
    waitWeeksCell(m.urgent.expectedWaitWeeks),
    ...(simulated ? [rangeCell(m.urgent.confidenceIntervals?.expectedWaitWeeks ?? null, weeks)] : []),
    waitWeeksCell(m.ordinary.expectedWaitWeeks),
    ...(simulated ? [rangeCell(m.ordinary.confidenceIntervals?.expectedWaitWeeks ?? null, weeks)] : []),
    waitPercentValue(m.urgent.probabilityOfWaitOver),
    waitPercentValue(m.ordinary.probabilityOfWaitOver),
  ]);
  const caption = simulated
    ? `Förtur för ${percentText(forecast.share)} av anmälningarna: väntetid och kö för varje grupp månad för månad, med 95 % konfidensintervall för simuleringens medelväntetid`
    : `Förtur för ${percentText(forecast.share)} av anmälningarna: väntetid och kö för varje grupp månad för månad`;
  return { caption, columns, rows };
}

/** "i genomsnitt 1,2 i kö med förtur och 11,5 övriga" for the end of a month. */
export function priorityQueueText(m: PriorityForecastMonth): string {
  const n = (x: number) => (Number.isInteger(x) && x <= 12 ? countInText(x) : formatNumber(x, { decimals: 1 }));
  return `i genomsnitt ${n(m.urgent.queueMean)} med förtur och ${n(m.ordinary.queueMean)} övriga i kö`;
}

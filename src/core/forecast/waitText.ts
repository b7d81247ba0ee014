// The wait distribution in Swedish, for the CLI, the "Prognos" screen and the memo: the names of
// the figures, one sentence that explains each, and a sentence for one month. Pure.
import { countInText, formatNumber, formatRisk } from '../format/index.ts';
import { probabilityText } from './describe.ts';
import type { MonthWait } from './waitDistribution.ts';

/** Weeks in running text: "en vecka", "två veckor", "2,5 veckor". */
export function weeksInText(weeks: number): string {
  if (weeks === 1) return 'en vecka';
  return Number.isInteger(weeks) && weeks <= 12 ? `${countInText(weeks)} veckor` : `${formatNumber(weeks, { maxDecimals: 1 })} veckor`;
}

/** A wait in weeks for a table cell: one decimal, "–" when it is not reached (no slots). */
export function waitWeeksCell(weeks: number | null): string {
  return weeks === null ? '–' : formatNumber(weeks, { decimals: 1 });
}

/** A wait for a figure on the screen: "2,4 veckor", "ingen väntan" or "inte inom prognosen". */
export function waitWeeksValue(weeks: number | null): string {
  return weeks === null ? 'inte inom prognosen' : weeks === 0 ? 'ingen väntan' : `${waitWeeksCell(weeks)} veckor`;
}

/** A probability for a figure on the screen or a table cell: "72 %", "–" when there is none. */
export function waitPercentValue(p: number | null): string {
  return p === null ? '–' : formatRisk(p);
}

/** The line under "Väntetid för den som anmäls": "Hur länge den som anmäls i mars 2021 får vänta på att skrivas in." */
export function waitCardIntro(monthText: string, simulated: boolean): string {
  return `Hur länge den som anmäls i ${monthText} får vänta på att skrivas in${simulated ? ', enligt simuleringen' : ''}.`;
}

/** The names of the wait figures and a one-sentence explanation of each, for the threshold T. */
export function waitFigureTexts(thresholdWeeks: number): Record<'median' | 'p90' | 'over' | 'mean', { label: string; explanation: string }> {
  const t = weeksInText(thresholdWeeks);
  return {
    median: {
      label: 'Väntetid, median',
      explanation: 'Hälften av dem som anmäls under månaden skrivs in inom så här många veckor (0 om högst hälften behöver vänta).',
    },
    p90: {
      label: 'Väntetid för nio av tio',
      explanation: 'Nio av tio av dem som anmäls under månaden skrivs in inom så här många veckor (90:e percentilen).',
    },
    over: {
      label: `Risk att vänta mer än ${t}`,
      explanation: `Sannolikheten att den som anmäls under månaden får vänta längre än ${t} på att skrivas in.`,
    },
    mean: {
      label: 'Väntetid, medel',
      explanation: 'Den genomsnittliga väntetiden i veckor för dem som anmäls under månaden, räknat med dem som inte behöver vänta.',
    },
  };
}

/** The note under the CLI table: what the wait columns mean, with the column name of P(wait > T). */
export function waitColumnsNote(overHeader: string, thresholdWeeks: number): string {
  return (
    'Väntan: väntetiden i veckor för dem som anmäls under månaden, i genomsnitt, för hälften (median) och för nio av tio (90:e percentilen); ' +
    `”${overHeader}” är risken att behöva vänta längre än ${weeksInText(thresholdWeeks)}.`
  );
}

/**
 * "Av dem som anmäls i april 2021 skrivs hälften in inom 1,2 veckor och nio av tio inom
 * 6,8 veckor; risken att behöva vänta mer än två veckor är 38 procent."
 * `when` names the month ("i april 2021" or "om sex månader").
 */
export function monthWaitSentence(wait: MonthWait, when: string): string {
  const half =
    wait.p50Weeks === null ? null : wait.p50Weeks === 0 ? 'behöver minst hälften inte vänta' : `skrivs hälften in inom ${weeksInText(round1(wait.p50Weeks))}`;
  const nine = wait.p90Weeks === null ? null : wait.p90Weeks === 0 ? 'nio av tio utan att vänta' : `nio av tio inom ${weeksInText(round1(wait.p90Weeks))}`;
  const over =
    wait.probabilityOfWaitOver === null
      ? ''
      : `; risken att behöva vänta mer än ${weeksInText(wait.thresholdWeeks)} är ${probabilityText(wait.probabilityOfWaitOver)}`;
  if (half === null || nine === null) {
    return `Av dem som anmäls ${when} kan inte alla räkna med att skrivas in, eftersom det saknas platser${over}.`;
  }
  if (wait.p90Weeks === 0) return `Av dem som anmäls ${when} skrivs nio av tio in utan att vänta${over}.`;
  const joined = wait.p50Weeks === 0 ? `${half}, och nio av tio skrivs in inom ${weeksInText(round1(wait.p90Weeks!))}` : `${half} och ${nine}`;
  return `Av dem som anmäls ${when} ${joined}${over}.`;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The month-by-month table of the figures computed but not shown in the charts. */
export interface MonthFiguresTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: string[][];
}

interface TableInput {
  months: readonly {
    month: number;
    expectedWaitWeeks: number | null;
    probabilityOfWaiting: number;
    enrolledP10: number;
    enrolledP50: number;
    enrolledP90: number;
  }[];
  waits: readonly MonthWait[];
  /** Simulation only: the 95 % confidence intervals (report.ts); null for the exact model. */
  intervals: readonly { probabilityOfWaiting: [number, number] | null; expectedWaitWeeks: [number, number] | null }[] | null;
  /** "apr 2021" for a month; the month's number without a calendar. */
  monthLabel: (month: number) => string;
}

function percentCell(p: number | null): string {
  return p === null ? '–' : formatRisk(p);
}

/**
 * Per month: the wait of someone referred (mean, median, nine in ten, the risk of waiting more than
 * T), the probability of waiting and, for a simulation, the 95 % confidence intervals of the
 * probability and the mean wait; and the enrolled at month end (median with the 10th and 90th
 * percentiles).
 */
export function monthFiguresTable(input: TableInput): MonthFiguresTable {
  const threshold = input.waits[0]?.thresholdWeeks ?? 2;
  const t = waitFigureTexts(threshold);
  const simulated = input.intervals !== null;
  const columns = [
    { label: 'Månad' },
    { label: 'Risk att behöva vänta', numeric: true },
    ...(simulated ? [{ label: 'Risk, 95 % konfidensintervall', numeric: true }] : []),
    { label: 'Väntetid, medel (veckor)', numeric: true },
    ...(simulated ? [{ label: 'Medel, 95 % konfidensintervall', numeric: true }] : []),
    { label: 'Väntetid, median (veckor)', numeric: true },
    { label: 'Väntetid för nio av tio (veckor)', numeric: true },
    { label: t.over.label, numeric: true },
    { label: 'Inskrivna, median (10–90 %)', numeric: true },
  ];
  const rows = input.months.map((m, i) => {
    const w = input.waits[i];
    const ci = input.intervals?.[i];
    const range = (r: [number, number] | null | undefined, f: (x: number) => string) => (r ? `${f(r[0])}–${f(r[1])}` : '–');
    return [
      input.monthLabel(m.month),
      percentCell(m.probabilityOfWaiting),
      ...(simulated ? [range(ci?.probabilityOfWaiting, (x) => formatRisk(x))] : []),
      waitWeeksCell(m.expectedWaitWeeks),
      ...(simulated ? [range(ci?.expectedWaitWeeks, (x) => formatNumber(x, { decimals: 1 }))] : []),
      waitWeeksCell(w?.p50Weeks ?? null),
      waitWeeksCell(w?.p90Weeks ?? null),
      percentCell(w?.probabilityOfWaitOver ?? null),
      `${formatNumber(m.enrolledP50)} (${formatNumber(m.enrolledP10)}–${formatNumber(m.enrolledP90)})`,
    ];
  });
  const caption = simulated
    ? 'Väntetid och inskrivna månad för månad, med 95 % konfidensintervall för simuleringens risk och medelväntetid'
    : 'Väntetid och inskrivna månad för månad';
  return { caption, columns, rows };
}

/** Under the service-level fields on "Prognos". */
export const SERVICE_LEVEL_HINT =
  'Servicenivån används i rekommendationen och i ”Vad krävs?” när andelen är större än 0 %; servicetiden är också gränsen i risken att vänta längre än så.';

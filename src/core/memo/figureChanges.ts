// "Uppdatera siffror": what changes when a memo's snapshot is replaced by freshly computed figures,
// as the memo prints each figure before and after (masked per its options; "saknas" for no value),
// the figures the memo cites first, where the forecasts start, and the tables and charts the memo
// shows. Whether the figures are out of date at all is sourceFingerprints.ts's question.
import { capitalizeFirst, countWithNoun, formatKronor } from '../format/index.ts';
import { monthSpanText } from '../statistics/monthly.ts';
import { MEMO_FIGURES } from './figureCatalogue.ts';
import { MEMO_CHART_LABELS, MEMO_TABLE_LABELS, type MemoChartKind, type MemoContent, type MemoFigures, type MemoSeries, type RichText } from './model.ts';
import { figurePrinter } from './resolve.ts';
import { NO_VALUE_TEXT } from './textFormat.ts';
import { forecastStartBasisText } from './forecastStartNote.ts';

export interface FigureChange {
  key: string;
  name: string;
  before: string;
  after: string;
}

/** Keys of the figure chips in a memo's sections, in order of first appearance. */
export function citedFigureKeys(content: Pick<MemoContent, 'sections'>): string[] {
  const keys: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; attrs?: { key?: unknown }; content?: unknown };
    if (n.type === 'figure' && typeof n.attrs?.key === 'string' && !keys.includes(n.attrs.key)) keys.push(n.attrs.key);
    if (Array.isArray(n.content)) n.content.forEach(visit);
  };
  for (const section of Object.values(content.sections) as (RichText | null)[]) if (section) visit(section);
  return keys;
}

/** The key of the change of where the forecasts start (no catalogue figure has it). */
export const FORECAST_START_CHANGE_KEY = 'prognosensStartlage';

/**
 * What would change: where the forecasts start, when that changes, then every catalogue figure
 * whose printed text would change, cited ones first, then in catalogue order.
 */
export function figureChanges(content: MemoContent, newFigures: MemoFigures): FigureChange[] {
  const before = figurePrinter(content);
  const after = figurePrinter({ ...content, figures: newFigures });
  // "saknas" for a figure without a value (not the table dash).
  const printed = (figures: MemoFigures, printer: ReturnType<typeof figurePrinter>, key: string) =>
    (figures.values[key]?.value ?? null) === null ? NO_VALUE_TEXT : printer.text(key);
  const cited = citedFigureKeys(content);
  const order = [...cited.filter((k) => MEMO_FIGURES.some((d) => d.key === k)), ...MEMO_FIGURES.map((d) => d.key).filter((k) => !cited.includes(k))];
  const changes: FigureChange[] = [];
  // Not a catalogue figure, but the memo's tables and charts say it, and its texts may.
  const start = (figures: MemoFigures) => (figures.forecastStart ? forecastStartBasisText(figures.forecastStart) : NO_VALUE_TEXT);
  if (start(content.figures) !== start(newFigures)) {
    changes.push({ key: FORECAST_START_CHANGE_KEY, name: 'Prognosens startläge', before: start(content.figures), after: start(newFigures) });
  }
  for (const key of order) {
    const def = MEMO_FIGURES.find((d) => d.key === key)!;
    const b = printed(content.figures, before, key);
    const a = printed(newFigures, after, key);
    if (a !== b) changes.push({ key, name: def.name, before: b, after: a });
  }
  return [...changes, ...tableChanges(content, newFigures.series)];
}

/** The prefix of the keys of table and chart changes: "tabell_scenarios". */
export const TABLE_CHANGE_KEY_PREFIX = 'tabell_';

const noun = (singular: string, plural: string, gender: 'common' | 'neuter' = 'common') => ({ singular, plural, gender });

/** What a table or chart holds, in a few words, and the series it is drawn from. */
const TABLE_SUMMARIES = {
  staffing: {
    charts: [] as MemoChartKind[],
    data: (s: MemoSeries) => s.staff,
    text: (s: MemoSeries) => {
      if (s.staff.length === 0) return 'inga tjänster';
      const total = s.staff.reduce((sum, r) => sum + r.annualCost, 0);
      return `${countWithNoun(s.staff.length, noun('tjänst', 'tjänster'))}, ${formatKronor(total, { style: 'text' })}`;
    },
  },
  statistics: {
    charts: [] as MemoChartKind[],
    data: (s: MemoSeries) => s.statistics,
    text: (s: MemoSeries) =>
      s.statistics.length === 0
        ? 'inga månader'
        : `${countWithNoun(s.statistics.length, noun('månad', 'månader'))}, ${monthSpanText(s.statistics[0]!.month, s.statistics.at(-1)!.month)}`,
  },
  scenarios: {
    charts: ['scenarioCost'] as MemoChartKind[],
    data: (s: MemoSeries) => s.scenarios,
    text: (s: MemoSeries) => {
      // The first row is the plan itself.
      const names = s.scenarios.slice(1).map((r) => `”${r.name}”`);
      if (names.length === 0) return 'inga scenarier';
      return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
    },
  },
  forecast: {
    charts: ['forecastFan', 'queueRisk'] as MemoChartKind[],
    data: (s: MemoSeries) => [
      s.forecastMonths,
      s.queueP50,
      s.queueP90,
      s.probabilityOfWaiting,
      s.expectedEnrolled,
      s.queueMean ?? [],
      s.expectedWaitWeeks ?? [],
    ],
    text: (s: MemoSeries) => (s.forecastMonths.length === 0 ? 'ingen prognos' : `${s.forecastMonths[0]}–${s.forecastMonths.at(-1)}`),
  },
} as const;

const CHANGED_VALUES_TEXT = 'samma omfattning, ändrade värden';

/**
 * The tables and charts the memo shows whose contents change: what they hold before and after
 * ("”En lots till” och ”Ökat tryck”"), or, where that reads the same, that their values change.
 */
function tableChanges(content: MemoContent, after: MemoSeries): FigureChange[] {
  const before = content.figures.series;
  const changes: FigureChange[] = [];
  for (const [kind, summary] of Object.entries(TABLE_SUMMARIES) as [keyof typeof TABLE_SUMMARIES, (typeof TABLE_SUMMARIES)[keyof typeof TABLE_SUMMARIES]][]) {
    const table = content.options.tables.includes(kind);
    const chart = summary.charts.find((c) => content.options.charts.includes(c));
    if (!table && chart === undefined) continue;
    if (JSON.stringify(summary.data(before)) === JSON.stringify(summary.data(after))) continue;
    const name = table ? `Tabellen ”${MEMO_TABLE_LABELS[kind]}”` : `Diagrammet ”${MEMO_CHART_LABELS[chart!]}”`;
    const b = summary.text(before);
    const a = summary.text(after);
    changes.push({ key: `${TABLE_CHANGE_KEY_PREFIX}${kind}`, name, before: b, after: a === b ? CHANGED_VALUES_TEXT : a });
  }
  return changes;
}

/** The line above the list of changes: "En uppgift ändras …" or "Fem uppgifter ändras …". */
export function figureChangesIntro(count: number): string {
  return `${capitalizeFirst(countWithNoun(count, noun('uppgift', 'uppgifter')))} ändras när siffrorna räknas om från den aktuella planen och statistiken. Texterna ändras inte, bara siffrorna i dem.`;
}

// "Uppdatera siffror": what changes when a memo's snapshot is replaced by freshly computed figures,
// as the memo prints each figure before and after (masked per its options; "saknas" for no value),
// the figures the memo cites first, and where the forecasts start. And whether a memo's figures are older than its plan.
import { MEMO_FIGURES } from './figureCatalogue.ts';
import type { MemoContent, MemoFigures, RichText } from './model.ts';
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
  return changes;
}

/** True when the plan was saved after the memo's figures were computed (or the snapshot has no time). */
export function figuresOutdated(content: Pick<MemoContent, 'figures'>, planUpdatedAt: string): boolean {
  const snap = Date.parse(content.figures.planUpdatedAt);
  const plan = Date.parse(planUpdatedAt);
  if (Number.isNaN(plan)) return false;
  if (Number.isNaN(snap)) return true;
  return plan > snap;
}

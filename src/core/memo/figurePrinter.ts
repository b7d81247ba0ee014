// How a memo prints each figure it cites: in running text and in a table, masked where the memo's
// options say so. Used by resolve.ts for the text and by tables.ts for the tables.
import { figureByKey } from './figureCatalogue.ts';
import { memoMasking, type MemoMasking } from './masking.ts';
import type { MemoContent } from './model.ts';
import { figureTableText, figureText } from './textFormat.ts';

/** Printed for a chip whose figure is no longer in the catalogue. */
export const UNKNOWN_FIGURE_TEXT = '[siffra saknas]';

export interface FigurePrinter {
  text(key: string): string;
  table(key: string): string;
  masking: MemoMasking;
}

/** How this memo prints each figure (masked per its options). */
export function figurePrinter(content: Pick<MemoContent, 'figures' | 'options'>): FigurePrinter {
  const masking = memoMasking(content.figures, content.options);
  const value = (key: string) => content.figures.values[key]?.value ?? null;
  const mask = (key: string) => {
    const reason = masking.get(key);
    return reason ? { reason, below: content.options.maskBelow } : null;
  };
  return {
    masking,
    text: (key) => {
      const def = figureByKey(key);
      return def ? figureText(def, value(key), mask(key)) : UNKNOWN_FIGURE_TEXT;
    },
    table: (key) => {
      const def = figureByKey(key);
      return def ? figureTableText(def, value(key), mask(key)) : UNKNOWN_FIGURE_TEXT;
    },
  };
}

// A Tiptap extension that writes Swedish quotation marks in the memo: a typed " becomes ” and a
// typed ' becomes ’ (Backspace right after gives the straight mark back), and the same in pasted
// text. The marks themselves come from core (core/memo/typography.ts).
import { Extension, textInputRule, textPasteRule } from '@tiptap/core';
import { SWEDISH_QUOTE_MARKS } from '../../core/memo/typography.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const SwedishQuotes = Extension.create({
  name: 'swedishQuotes',
  addInputRules() {
    return SWEDISH_QUOTE_MARKS.map((mark) => textInputRule({ find: new RegExp(`${escapeRegExp(mark.straight)}$`), replace: mark.swedish }));
  },
  addPasteRules() {
    return SWEDISH_QUOTE_MARKS.map((mark) => textPasteRule({ find: new RegExp(escapeRegExp(mark.straight), 'g'), replace: mark.swedish }));
  },
});

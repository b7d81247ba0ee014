// Swedish quotation marks for text typed or pasted into a memo: Swedish uses the same closing mark
// on both sides (”så här” and ’så här’), and ’ is also the apostrophe. The app's own texts are
// written with these marks already; this is for what the user types.

/** Each straight mark and the Swedish mark it becomes. */
export const SWEDISH_QUOTE_MARKS = [
  { straight: '"', swedish: '\u201d' },
  { straight: "'", swedish: '\u2019' },
] as const;

/** The text with its straight quotation marks and apostrophes made Swedish: "ja" → ”ja”. */
export function swedishQuotes(text: string): string {
  return SWEDISH_QUOTE_MARKS.reduce((t, mark) => t.replaceAll(mark.straight, mark.swedish), text);
}

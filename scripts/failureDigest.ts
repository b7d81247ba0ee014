// `npm test` prints a failed end-to-end run's own account of its failures again beside its closing table.

import { stripVTControlCharacters as plain } from 'node:util';

/** Whether a Playwright run reported a test that passed only on its retry. */
export function hasFlaky(lines: readonly string[]): boolean {
  return lines.some((l) => /^\s+\d+ flaky\b/.test(plain(l)));
}

/**
 * What a failed Playwright run said of its failures: the first error reports (from "  1) …", as many as fit in
 * `maxLines`) and the closing summary (from "  N failed" to the end). They are printed again beside the closing
 * table, since the unit tests' lines bury them and a CI log is often read from its end. Without either, the last
 * 20 lines: a run that stopped before it tested anything says why at its end.
 */
export function failureDigest(lines: readonly string[], maxLines = 80): string[] {
  const firstError = lines.findIndex((l) => /^\s+1\) /.test(plain(l)));
  const from = Math.max(0, firstError);
  const summaryAfter = lines.slice(from).findIndex((l) => /^\s+\d+ (failed|flaky|interrupted)\b/.test(plain(l)));
  const summary = summaryAfter < 0 ? -1 : from + summaryAfter;
  const tail = summary >= 0 ? lines.slice(summary) : lines.slice(-20);
  const room = Math.max(0, maxLines - tail.length);
  const errors = firstError >= 0 ? lines.slice(firstError, summary >= 0 ? summary : undefined).slice(0, room) : [];
  return [...errors, ...tail];
}

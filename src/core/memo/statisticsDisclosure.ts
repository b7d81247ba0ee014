// Whether a masked column of the monthly statistics table still gives a hidden count away through
// its shown year total. A reader knows more than the total: a count marked "<3" is 1 or 2 (zero is
// never hidden), and a count hidden only to protect it ("..") is not small and, by the masking
// rule, comes before every shown count of the column in the order smallest first, zeros last,
// earlier months first. With those bounds a total can pin the hidden counts down even when the
// equations alone cannot: ten "<3" and one ".." beside a shown 3 with a total of 26 leave only
// 2 for each "<3". The check asks, for every "<3" and every value it might have, whether the other
// hidden counts can make up the rest of the total within their bounds.
import type { MaskReason } from './textFormat.ts';

/** One cell of a summed column: its count (null: not reported) and why it is hidden, if it is. */
export interface ColumnCell {
  value: number | null;
  hidden?: MaskReason | undefined;
}

/** The order in which the masking rule picks the next count to hide: smallest first, zeros last, then by month. */
export function hidingOrder(a: { value: number; index: number }, b: { value: number; index: number }): number {
  const key = (v: number) => (v === 0 ? Number.POSITIVE_INFINITY : v);
  return key(a.value) - key(b.value) || a.index - b.index;
}

/** The values a hidden cell can have as far as a reader can tell, as inclusive ranges. */
function readerRanges(cells: readonly ColumnCell[], index: number, below: number, rest: number): [number, number][] {
  if (cells[index]!.hidden === 'below') return [[1, below - 1]];
  // A count hidden to protect another is 0 or at least `below`, and comes before every shown count.
  const shown = cells.flatMap((c, i) => (c.hidden || c.value === null ? [] : [{ value: c.value, index: i }]));
  const before = (value: number) => shown.every((s) => hidingOrder({ value, index }, s) < 0);
  const ranges: [number, number][] = [];
  if (before(0)) ranges.push([0, 0]);
  const nonZeroShown = shown.filter((s) => s.value > 0);
  const top = Math.min(rest, ...nonZeroShown.map((s) => (index < s.index ? s.value : s.value - 1)));
  if (top >= below) ranges.push([below, top]);
  return ranges;
}

/** The sums 0…limit that cells with these ranges can make together. */
function reachableSums(rangesPerCell: readonly [number, number][][], limit: number): boolean[] {
  let reach = Array.from({ length: limit + 1 }, (_, s) => s === 0);
  for (const ranges of rangesPerCell) {
    // prefix[s] = how many sums below s are reachable, so a range is looked up in one step.
    const prefix = [0];
    for (let s = 0; s <= limit; s++) prefix.push(prefix[s]! + (reach[s] ? 1 : 0));
    reach = reach.map((_, s) => ranges.some(([lo, hi]) => s - lo >= 0 && prefix[s - lo + 1]! - prefix[Math.max(0, s - hi)]! > 0));
  }
  return reach;
}

/**
 * True when the shown total lets a reader narrow down a count marked "<below" beyond "1 to
 * below − 1": some value it could have cannot be completed by the other hidden counts.
 */
export function totalDisclosesHidden(cells: readonly ColumnCell[], total: number, below: number): boolean {
  const rest = total - cells.reduce((s, c) => s + (c.hidden || c.value === null ? 0 : c.value), 0);
  const hidden = cells.flatMap((c, i) => (c.hidden ? [i] : []));
  return hidden.some((i) => {
    if (cells[i]!.hidden !== 'below') return false;
    const others = hidden.filter((j) => j !== i).map((j) => readerRanges(cells, j, below, rest));
    const reach = reachableSums(others, rest);
    for (let v = 1; v < below; v++) if (rest - v < 0 || !reach[rest - v]) return true;
    return false;
  });
}

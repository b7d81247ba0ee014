// Which placeholders of a Word template Lotsplan knows: the names are made once in core
// (src/core/memo/placeholders.ts, with the figure catalogue); å, ä and ö may be written a, a and o.
import { MEMO_FIGURES } from '../../core/memo/figureCatalogue.ts';
import { lookupPlaceholder } from '../../core/memo/placeholders.ts';

/** The template's placeholder names split into those Lotsplan fills and those it does not know. */
export function classifyPlaceholders(names: readonly string[]): { known: string[]; unknown: string[] } {
  const result = { known: [] as string[], unknown: [] as string[] };
  for (const name of names) (lookupPlaceholder(name, MEMO_FIGURES) ? result.known : result.unknown).push(name);
  return result;
}

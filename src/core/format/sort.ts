// Swedish alphabetical order, for lists of names (districts, units, scenarios).

// Made on first use, not when the module loads: the Swedish collation data costs some ten
// milliseconds, which every CLI command that imports this module would otherwise pay at start.
let collator: Intl.Collator | null = null;

/**
 * Compares names in Swedish alphabetical order: å, ä, ö after z; digits by value ("Lots 2"
 * before "Lots 10"). Use as a sort comparator.
 */
export function compareSwedish(a: string, b: string): number {
  collator ??= new Intl.Collator('sv', { numeric: true });
  return collator.compare(a, b);
}

/** A sorted copy of the names, in Swedish order. */
export function sortSwedish(names: readonly string[]): string[] {
  return [...names].sort(compareSwedish);
}

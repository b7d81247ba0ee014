// Swedish alphabetical order, for lists of names (districts, units, scenarios).

const collator = new Intl.Collator('sv', { numeric: true });

/**
 * Compares names in Swedish alphabetical order: å, ä, ö after z; digits by value ("Lots 2"
 * before "Lots 10"). Use as a sort comparator.
 */
export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy of the names, in Swedish order. */
export function sortSwedish(names: readonly string[]): string[] {
  return [...names].sort(compareSwedish);
}

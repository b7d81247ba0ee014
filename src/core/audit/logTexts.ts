// The counts the Ändringslogg page and `lotsplan log` write about the log itself, as running text
// writes them: "Tolv ändringar med valda filter, nyast först.", "En ändring.", "Visar två av tio
// ändringar.", "27 rader ur ändringsloggen har skrivits till logg.xlsx."
import { capitalizeFirst, countInText, countWithNoun, formatNumber, LARGEST_NUMBER_IN_WORDS } from '../format/index.ts';

const CHANGES = { singular: 'ändring', plural: 'ändringar', gender: 'common' } as const;
const ROWS = { singular: 'rad', plural: 'rader', gender: 'common' } as const;

/** The line over the Ändringslogg's table: how many changes the filters give. */
export function auditLogFilteredText(total: number): string {
  const changes = capitalizeFirst(countWithNoun(total, CHANGES));
  return total > 1 ? `${changes} med valda filter, nyast först.` : `${changes} med valda filter.`;
}

/**
 * The last line of `lotsplan log`: "Tio ändringar.", or "Visar två av tio ändringar." when the
 * limit left some out. The two numbers of "Visar … av …" are written alike: both in words when the
 * total is at most twelve, both in digits otherwise ("Visar 50 av 300 ändringar.").
 */
export function auditLogShownText(shown: number, total: number): string {
  if (shown >= total) return `${capitalizeFirst(countWithNoun(total, CHANGES))}.`;
  const inWords = total <= LARGEST_NUMBER_IN_WORDS;
  const n = (x: number) => (inWords ? countInText(x) : formatNumber(x));
  return `Visar ${n(shown)} av ${n(total)} ändringar.`;
}

/** After an export of the log: "Tolv rader ur ändringsloggen har skrivits till logg.xlsx." */
export function auditLogExportedText(rows: number, file: string): string {
  return `${capitalizeFirst(countWithNoun(rows, ROWS))} ur ändringsloggen har skrivits till ${file}.`;
}

/**
 * Where a logged change belongs, from the parts the entry has: "Rinkeby-Kista, SIG vuxna 2020",
 * "Rinkeby-Kista" for a change to a whole district, null for one that concerns the whole database.
 */
export function auditEntryPlaceText(district: string | null, unit: string | null, year: number | null): string | null {
  if (!district) return null;
  const unitYear = [unit, year === null ? null : String(year)].filter((part): part is string => part !== null && part !== '').join(' ');
  return unitYear === '' ? district : `${district}, ${unitYear}`;
}

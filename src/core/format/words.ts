// Numbers in running Swedish text: up to twelve in words ("fyra lotsar", "tre kvinnor"),
// larger in digits with grouping ("27 inskrivna", "200 000").
import { formatNumber } from './number.ts';

/** Grammatical gender of the counted noun: en lots (common), ett år (neuter). */
export type WordGender = 'common' | 'neuter';

const WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'] as const;

/** Largest number written in words in running text. */
export const LARGEST_NUMBER_IN_WORDS = 12;

/** The Swedish word for an integer 0–12: numberWord(1, 'neuter') → "ett". Throws outside 0–12. */
export function numberWord(n: number, gender: WordGender = 'common'): string {
  if (!Number.isInteger(n) || n < 0 || n > LARGEST_NUMBER_IN_WORDS) {
    throw new RangeError(`numberWord handles the integers 0–12, got ${n}`);
  }
  if (n === 1) return gender === 'neuter' ? 'ett' : 'en';
  return WORDS[n] as string;
}

/**
 * A count as written in running text: words for the integers 0–12, grouped digits otherwise
 * (countInText(4) → "fyra", countInText(27) → "27", countInText(200000) → "200 000").
 */
export function countInText(n: number, options?: { gender?: WordGender }): string {
  if (Number.isInteger(n) && n >= 0 && n <= LARGEST_NUMBER_IN_WORDS) return numberWord(n, options?.gender);
  return formatNumber(n);
}

/** Upper-cases the first letter, for a count that starts a sentence: "Tre personer …". */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** A counted noun: its singular and plural forms and its gender ("en lots", "ett avslut"). */
export interface CountNoun {
  singular: string;
  plural: string;
  gender: WordGender;
}

/**
 * A count with its noun as running text writes it: "en lots", "fyra lotsar", "ett avslut",
 * "27 personer", "0,5 lotsar" (a fraction in digits, up to two decimals, with the plural) and
 * "inga lotsar" for zero (a memo never writes "0 lotsar" or "noll lotsar").
 */
export function countWithNoun(n: number, noun: CountNoun): string {
  if (n === 0) return `inga ${noun.plural}`;
  if (n === 1) return `${numberWord(1, noun.gender)} ${noun.singular}`;
  const number = Number.isInteger(n) ? countInText(n, { gender: noun.gender }) : formatNumber(n, { maxDecimals: 2 });
  return `${number} ${noun.plural}`;
}

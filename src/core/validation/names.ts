// The one rule for names that enter Lotsplan: districts, units and the labels of rows.
//
// A name is stored normalised: Unicode NFC, no space at either end, every run of white space one
// ordinary space. A name is refused, with a Swedish message, when it holds a character a reader
// cannot see or that changes how the text around it is shown: control characters, bidirectional
// overrides and isolates (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C),
// zero-width characters (U+200B–U+200D, U+2060, U+FEFF, U+180E) and lone UTF-16 surrogates (which
// would otherwise be stored as U+FFFD). Two names are the same name when their keys are equal:
// the key ignores case and Unicode form (NFKC), so "Rinkeby-Kista", "rinkeby-kista" and the
// decomposed "Ha\u0308sselby-Va\u0308llingby" never become two districts.
import * as z from 'zod';

export const NAME_MAX_LENGTH = 200;

/** NFC, trimmed, white space collapsed to single spaces. Apply only to a name without a problem. */
export function normalizeName(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The comparison key: the same for names that differ only in case, Unicode form, spacing or
 * invisible characters (which the schemas refuse, but a file written before this rule may hold).
 */
export function nameKey(name: string): string {
  // Upper then lower case folds the letters that have no one-to-one lower case (ẞ, ᾀ …). One round
  // is not always enough (ẞ → ß, and only a second round gives ss, as ß itself folds), so the fold
  // is repeated until nothing changes: then a key is its own key. Each round can only shorten the
  // distance to the fixed point; four rounds are far more than any letter needs.
  let folded = name.replace(INVISIBLE, '').normalize('NFKC');
  for (let round = 0; round < 4; round++) {
    const next = folded.toUpperCase().toLowerCase().normalize('NFKC');
    if (next === folded) break;
    folded = next;
  }
  return folded.replace(/\s+/gu, ' ').trim();
}

/** Whether two names denote the same district, unit or row. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E]/u;
const CONTROL = /\p{Cc}/u;
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u180E]/gu;

/** The first character of `s` that passes `test`, with its position (1-based, in characters). */
function positionOf(s: string, test: (c: string) => boolean): { char: string; position: number } | null {
  let position = 0;
  for (const char of s) {
    position++;
    if (test(char)) return { char, position };
  }
  return null;
}

/**
 * Why the name cannot be used, as a Swedish phrase without the field (for "Fältet district: …"),
 * or null when it can. Checked on the name as given, before normalisation.
 */
export function nameProblem(raw: string): string | null {
  const lone = positionOf(raw, (c) => c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff);
  if (lone) {
    return `innehåller ett ofullständigt tecken (${codePoint(lone.char)}, en ensam surrogathalva i UTF-16) på plats ${lone.position}; filen eller texten är felaktigt kodad`;
  }
  const control = positionOf(raw, (c) => CONTROL.test(c));
  if (control)
    return `innehåller ett styrtecken (${codePoint(control.char)}) på plats ${control.position}; ett namn får bara innehålla synliga tecken och mellanslag`;
  const bidi = positionOf(raw, (c) => BIDI.test(c));
  if (bidi) {
    return `innehåller ett osynligt tecken som ändrar textens riktning (${codePoint(bidi.char)}) på plats ${bidi.position}; ta bort det och skriv namnet igen`;
  }
  const zeroWidth = positionOf(raw, (c) => ZERO_WIDTH.test(c));
  if (zeroWidth) {
    return `innehåller ett osynligt tecken utan bredd (${codePoint(zeroWidth.char)}) på plats ${zeroWidth.position}; ta bort det och skriv namnet igen`;
  }
  return null;
}

/**
 * The zod schema of a name: refused with a Swedish message when it has a problem, otherwise
 * normalised, then at least `min` and at most `max` characters (UTF-16 code units, as before).
 */
export function nameSchema(options: { min?: number; max?: number } = {}) {
  const { min = 1, max = NAME_MAX_LENGTH } = options;
  let schema = z
    .string()
    .check((ctx) => {
      const problem = nameProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, abort: true });
    })
    .overwrite(normalizeName);
  if (min > 0) schema = schema.min(min);
  return schema.max(max);
}

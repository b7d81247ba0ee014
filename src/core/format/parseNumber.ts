// Reads a number as Swedish users type it. Rules:
// - Optional sign directly before the digits: "-" (hyphen-minus), "−" (U+2212, what Lotsplan
//   itself writes), "–" (en dash, what Word makes of a typed minus) or "+".
// - Decimal comma: "1,5", "38 500,50". At least one digit on each side of the comma.
// - Thousands may be grouped with one space, non-breaking space (U+00A0), narrow non-breaking
//   space (U+202F) or thin space (U+2009): "38 500". When grouped, the first group has 1–3 digits
//   and every following group exactly 3 ("12 34 5" is refused). Decimals are not grouped.
// - A decimal point is accepted only when the text cannot mean anything else: no comma, no
//   spaces, exactly one point, and not exactly three digits after it. "1.5" and "38.50" are
//   read as 1,5 and 38,5; "1.500" is refused because it may mean 1 500 (German/Swedish
//   thousands point) or 1,5 (English decimal point).
// - Surrounding whitespace is ignored. Anything else (letters, exponents, "NaN", "Infinity",
//   several commas or points) is refused with a Swedish message. -0 is read as 0.
// - A field may say what kind of number it takes (NumberKind). Its messages then give an example
//   that fits ("till exempel 3" for people, "38 500" for a salary), and a trailing unit that
//   matches it is read and dropped: "40 000 kr", "39,15 %", "2 mån". A unit of another kind is refused.
import { formatNumber } from './number.ts';

export type ParseNumberResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * What a number field takes: 'count' (people, referrals: whole numbers), 'kronor' (salaries,
 * amounts), 'percent' (a value in percent, "39,15"), 'months', 'fte' (sysselsättningsgrad),
 * 'perMonth' (referrals a month, "2,5"), 'decimal' (any other number, the default).
 */
export type NumberKind = 'count' | 'perMonth' | 'kronor' | 'percent' | 'months' | 'fte' | 'decimal';

interface KindRule {
  /** The second sentence of a message: what to write, with an example. */
  example: () => string;
  /** Trailing units accepted and dropped, lower case. */
  units: readonly string[];
}

const KINDS: Record<NumberKind, KindRule> = {
  count: { example: () => 'Skriv antalet som ett heltal, till exempel 3.', units: [] },
  perMonth: { example: () => 'Skriv antalet per månad, till exempel 2,5.', units: [] },
  kronor: { example: () => `Skriv beloppet i kronor, till exempel ${formatNumber(38500)}.`, units: ['kr', 'kr.', 'kronor', ':-'] },
  percent: { example: () => 'Skriv värdet i procent, till exempel 39,15.', units: ['%', 'procent'] },
  months: { example: () => 'Skriv antalet månader, till exempel 2.', units: ['mån', 'mån.', 'månad', 'månader'] },
  fte: { example: () => 'Skriv sysselsättningsgraden, till exempel 1,0 för heltid eller 0,5 för halvtid.', units: [] },
  decimal: { example: () => `Skriv till exempel ${formatNumber(38500)} eller 1,5.`, units: [] },
};

/**
 * The kind of a field that does not say it: from the unit shown beside it ("%", "mån", "kr"), else
 * from its name ("Månadslön, rad 2" → kronor, "Sysselsättningsgrad, rad 1" → fte); 'decimal' otherwise.
 */
export function numberKindOf(field: { unit?: string | undefined; label?: string | undefined }): NumberKind {
  const u = field.unit?.trim().toLocaleLowerCase('sv') ?? '';
  for (const kind of ['kronor', 'percent', 'months'] as const) if (u !== '' && KINDS[kind].units.includes(u)) return kind;
  const label = field.label?.toLocaleLowerCase('sv') ?? '';
  if (/lön|belopp|kronor/.test(label)) return 'kronor';
  if (label.startsWith('sysselsättningsgrad')) return 'fte';
  if (/procent/.test(label)) return 'percent';
  if (/månader/.test(label)) return 'months';
  return 'decimal';
}

const SPACES = '\u0020\u00a0\u202f\u2009';
const SIGN = /^([-\u2212\u2013+]?)(.*)$/s;
const GROUPED = new RegExp(`^\\d{1,3}(?:[${SPACES}]\\d{3})+$`);
const PLAIN_DIGITS = /^\d+$/;
const DOT_DECIMAL = /^(\d+)\.(\d+)$/;

// Examples are formatted when a message needs them, not when the module loads: the first
// Intl.NumberFormat costs tens of milliseconds, which every CLI command would pay at start even
// when it formats nothing.

function quoted(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `”${shown}”`;
}

function fail(message: string): ParseNumberResult {
  return { ok: false, message };
}

function notANumber(text: string, kind: NumberKind): ParseNumberResult {
  return fail(`${quoted(text)} är inte ett tal. ${KINDS[kind].example()}`);
}

/** The text without a trailing unit of the field's kind ("40 000 kr" → "40 000"), or unchanged. */
function withoutUnit(text: string, kind: NumberKind): string {
  const lower = text.toLocaleLowerCase('sv');
  for (const unit of KINDS[kind].units) {
    if (!lower.endsWith(unit)) continue;
    const rest = text.slice(0, text.length - unit.length);
    const number = rest.replace(new RegExp(`[${SPACES}]+$`), '');
    // "2mån" and "2 mån", but not the unit alone.
    if (/\d$/.test(number)) return number;
  }
  return text;
}

function finish(text: string, negative: boolean, intDigits: string, fracDigits: string): ParseNumberResult {
  const value = Number(`${intDigits}${fracDigits === '' ? '' : `.${fracDigits}`}`);
  if (!Number.isFinite(value)) return fail(`${quoted(text)} är för stort för att räknas med.`);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/**
 * Parses a Swedish-written number; never throws. See the rules at the top of this file; `kind`
 * picks the example in the messages and the unit that may follow the number.
 */
export function parseSwedishNumber(text: string, kind: NumberKind = 'decimal'): ParseNumberResult {
  const original = text.trim();
  if (original === '') return fail(`Inget tal är ifyllt. ${KINDS[kind].example()}`);
  const trimmed = withoutUnit(original, kind);
  const [, sign = '', body = ''] = SIGN.exec(trimmed) ?? [];
  const negative = sign !== '' && sign !== '+';

  const dot = DOT_DECIMAL.exec(body);
  if (dot) {
    const [, intDigits = '', fracDigits = ''] = dot;
    if (fracDigits.length === 3) {
      const minus = negative ? '\u2212' : '';
      const asThousands = `${minus}${formatNumber(Number(`${intDigits}${fracDigits}`))}`;
      const asDecimal = `${minus}${formatNumber(Number(`${intDigits}.${fracDigits}`), { maxDecimals: 3 })}`;
      return fail(
        `${quoted(original)} kan betyda både ${asThousands} och ${asDecimal}. ` +
          `Skriv tusental med mellanslag (${asThousands}) och decimaler med komma (${asDecimal}).`,
      );
    }
    return finish(original, negative, intDigits, fracDigits);
  }

  const commaParts = body.split(',');
  if (commaParts.length > 2) return notANumber(original, kind);
  const [intText = '', fracText] = commaParts;
  if (fracText !== undefined && !PLAIN_DIGITS.test(fracText)) return notANumber(original, kind);

  let intDigits: string;
  if (PLAIN_DIGITS.test(intText)) {
    intDigits = intText;
  } else if (GROUPED.test(intText)) {
    intDigits = intText.replace(new RegExp(`[${SPACES}]`, 'g'), '');
  } else if (/^[\d\s\u00a0\u202f\u2009]+$/.test(intText) && /\d/.test(intText)) {
    return fail(
      `${quoted(original)} har fel gruppering av siffrorna. ` + `Skriv tusental i grupper om tre med mellanslag, till exempel ${formatNumber(38500)}.`,
    );
  } else {
    return notANumber(original, kind);
  }
  return finish(original, negative, intDigits, fracText ?? '');
}

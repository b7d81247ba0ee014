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
import { formatNumber } from './number.ts';

export type ParseNumberResult = { ok: true; value: number } | { ok: false; message: string };

const SPACES = '\u0020\u00a0\u202f\u2009';
const SIGN = /^([-\u2212\u2013+]?)(.*)$/s;
const GROUPED = new RegExp(`^\\d{1,3}(?:[${SPACES}]\\d{3})+$`);
const PLAIN_DIGITS = /^\d+$/;
const DOT_DECIMAL = /^(\d+)\.(\d+)$/;

// Formatted when a message needs it, not when the module loads: the first Intl.NumberFormat
// costs tens of milliseconds, which every CLI command would pay at start even when it formats nothing.
const example = () => `Skriv till exempel ${formatNumber(38500)} eller 1,5.`;

function quoted(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `”${shown}”`;
}

function fail(message: string): ParseNumberResult {
  return { ok: false, message };
}

function notANumber(text: string): ParseNumberResult {
  return fail(`${quoted(text)} är inte ett tal. ${example()}`);
}

function finish(text: string, negative: boolean, intDigits: string, fracDigits: string): ParseNumberResult {
  const value = Number(`${intDigits}${fracDigits === '' ? '' : `.${fracDigits}`}`);
  if (!Number.isFinite(value)) return fail(`${quoted(text)} är för stort för att räknas med.`);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** Parses a Swedish-written number; never throws. See the rules at the top of this file. */
export function parseSwedishNumber(text: string): ParseNumberResult {
  const trimmed = text.trim();
  if (trimmed === '') return fail(`Inget tal är ifyllt. ${example()}`);
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
        `${quoted(text.trim())} kan betyda både ${asThousands} och ${asDecimal}. ` +
          `Skriv tusental med mellanslag (${asThousands}) och decimaler med komma (${asDecimal}).`,
      );
    }
    return finish(trimmed, negative, intDigits, fracDigits);
  }

  const commaParts = body.split(',');
  if (commaParts.length > 2) return notANumber(trimmed);
  const [intText = '', fracText] = commaParts;
  if (fracText !== undefined && !PLAIN_DIGITS.test(fracText)) return notANumber(trimmed);

  let intDigits: string;
  if (PLAIN_DIGITS.test(intText)) {
    intDigits = intText;
  } else if (GROUPED.test(intText)) {
    intDigits = intText.replace(new RegExp(`[${SPACES}]`, 'g'), '');
  } else if (/^[\d\s\u00a0\u202f\u2009]+$/.test(intText) && /\d/.test(intText)) {
    return fail(
      `${quoted(trimmed)} har fel gruppering av siffrorna. ` + `Skriv tusental i grupper om tre med mellanslag, till exempel ${formatNumber(38500)}.`,
    );
  } else {
    return notANumber(trimmed);
  }
  return finish(trimmed, negative, intDigits, fracText ?? '');
}

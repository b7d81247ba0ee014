// Swedish number formatting: the one implementation used by UI, CLI and memos.
// sv-SE writes 1 234 567,89 with U+00A0 (non-breaking space) between groups of thousands, a
// decimal comma and U+2212 (minus sign) for negatives. This is what Intl.NumberFormat('sv-SE')
// yields with full ICU data, but we do not depend on the locale data: the digits are rounded here
// as Intl.NumberFormat('en-US') rounds them (tests/core/plainDecimal.test.ts compares the two), and the
// Swedish punctuation is added. Not through Intl itself: the first Intl.NumberFormat of a process
// costs some twenty milliseconds, a tenth of a CLI command's start.

export const GROUP_SEPARATOR = '\u00a0';
export const DECIMAL_SEPARATOR = ',';
export const MINUS_SIGN = '\u2212';

export interface DecimalOptions {
  /** Exactly this many decimals (overrides minDecimals and maxDecimals). */
  decimals?: number;
  /** At least this many decimals; default 0. */
  minDecimals?: number;
  /** At most this many decimals; default 3 (as Intl's default), never fewer than minDecimals. */
  maxDecimals?: number;
}

/**
 * `n` with at least `min` and at most `max` decimals, "-" for negatives and "." for the point,
 * no grouping: what Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: min,
 * maximumFractionDigits: max }) writes. Half away from zero, on the shortest decimal form of the
 * double (String(n), as ICU rounds): 1.005 → 1.01.
 */
export function plainDecimal(n: number, min: number, max: number): string {
  const shortest = String(Math.abs(n));
  const e = shortest.indexOf('e');
  const mantissa = e < 0 ? shortest : shortest.slice(0, e);
  const exponent = e < 0 ? 0 : Number(shortest.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const allDigits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const digits = allDigits.replace(/^0+/, '');
  // Where the decimal point falls among `digits` (negative: that many zeros come before them).
  const point = (dot < 0 ? mantissa.length : dot) + exponent - (allDigits.length - digits.length);
  let whole = '0';
  let fraction = '';
  if (digits !== '' && point <= 0) fraction = '0'.repeat(-point) + digits;
  else if (digits !== '' && point >= digits.length) whole = digits + '0'.repeat(point - digits.length);
  else if (digits !== '') {
    whole = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  if (fraction.length > max) {
    const roundUp = fraction.charCodeAt(max) >= 53; // '5' or more
    fraction = fraction.slice(0, max);
    if (roundUp) {
      const rounded = incrementDigits(whole + fraction);
      whole = rounded.slice(0, rounded.length - max);
      fraction = rounded.slice(rounded.length - max);
    }
  }
  fraction = fraction.replace(/0+$/, '').padEnd(min, '0');
  whole = whole.replace(/^0+(?=\d)/, '');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** Adds one to a string of decimal digits: "0999" → "1000", "99" → "100". */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - i - 1)}`;
}

function checkDecimals(d: number, what: string): number {
  if (!Number.isInteger(d) || d < 0 || d > 20) {
    throw new RangeError(`${what} must be an integer from 0 to 20, got ${d}`);
  }
  return d;
}

/** Resolves DecimalOptions to [min, max] with the given defaults. */
export function resolveDecimals(options: DecimalOptions | undefined, defaultMin = 0, defaultMax = 3): [number, number] {
  if (options?.decimals !== undefined) {
    const d = checkDecimals(options.decimals, 'decimals');
    return [d, d];
  }
  const min = checkDecimals(options?.minDecimals ?? defaultMin, 'minDecimals');
  const max = checkDecimals(Math.max(min, options?.maxDecimals ?? Math.max(min, defaultMax)), 'maxDecimals');
  return [min, max];
}

/** Groups a string of digits in threes from the right: "1234567" → "1 234 567" (U+00A0). */
export function groupDigits(digits: string): string {
  // sv-SE groups four-digit numbers too ("1 234"), as Intl does.
  if (digits.length <= 3) return digits;
  const head = digits.length % 3;
  const groups: string[] = [];
  if (head > 0) groups.push(digits.slice(0, head));
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(GROUP_SEPARATOR);
}

/**
 * A number in Swedish notation: formatNumber(-1234.5, { decimals: 2 }) → "−1 234,50".
 * Rounds half away from zero. A value that rounds to zero is shown without a sign ("0", not
 * "−0"). Non-finite values are a programming error and throw a RangeError.
 */
export function formatNumber(n: number, options?: DecimalOptions): string {
  if (!Number.isFinite(n)) throw new RangeError(`formatNumber needs a finite number, got ${n}`);
  const [min, max] = resolveDecimals(options);
  const plain = plainDecimal(n, min, max);
  const negative = plain.startsWith('-');
  const unsigned = negative ? plain.slice(1) : plain;
  const [intPart = '0', fracPart] = unsigned.split('.');
  const isZero = /^[0.]*$/.test(unsigned);
  const sign = negative && !isZero ? MINUS_SIGN : '';
  const frac = fracPart === undefined ? '' : `${DECIMAL_SEPARATOR}${fracPart}`;
  return `${sign}${groupDigits(intPart)}${frac}`;
}

/** Sysselsättningsgrad: one decimal, or two when needed ("1,0", "0,5", "0,25"). */
export function formatFte(n: number): string {
  return formatNumber(n, { minDecimals: 1, maxDecimals: 2 });
}

/**
 * Lotsar as a number of full-time lotsar (årsarbetare), the one way every screen writes it:
 * "4", "4,5", "0,75", never "4,0". A single position's sysselsättningsgrad is formatFte ("1,0").
 */
export function formatLotsar(n: number): string {
  return formatNumber(n, { maxDecimals: 2 });
}

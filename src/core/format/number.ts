// Swedish number formatting: the one implementation used by UI, CLI and memos.
// sv-SE writes 1 234 567,89 with U+00A0 (non-breaking space) between groups of thousands, a
// decimal comma and U+2212 (minus sign) for negatives. This is what Intl.NumberFormat('sv-SE')
// yields with full ICU data, but we do not depend on the locale data: digits and rounding come
// from the always-present 'en-US' formatter and the Swedish punctuation is added here.

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

const formatters = new Map<string, Intl.NumberFormat>();

function plainFormatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = formatters.get(key);
  if (!f) {
    // Half away from zero, on the shortest decimal form of the double (1,005 → 1,01).
    f = new Intl.NumberFormat('en-US', {
      useGrouping: false,
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formatters.set(key, f);
  }
  return f;
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
  const plain = plainFormatter(min, max).format(n);
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

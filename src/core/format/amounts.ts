// Amounts of money in Swedish notation: "200 000 kr" in tables, "200 000 kronor" and "4,5 mnkr"
// in running text. Amounts in the model are unrounded kronor; rounding happens only here.
import { formatNumber } from './number.ts';

export type AmountStyle = 'table' | 'text';

const ONE_MILLION = 1_000_000;

/** Whole kronor: "200 000 kr" (table, default) or "200 000 kronor" (text). */
export function formatKronor(n: number, options?: { style?: AmountStyle }): string {
  const unit = options?.style === 'text' ? 'kronor' : 'kr';
  return `${formatNumber(n, { decimals: 0 })}\u00a0${unit}`;
}

/**
 * Million kronor: "4,5 mnkr". Without `decimals` the rule is: an amount that is an exact multiple
 * of 10 000 kronor is shown exactly with as few decimals as needed (4 000 000 → "4 mnkr",
 * 4 500 000 → "4,5 mnkr", 4 250 000 → "4,25 mnkr"); any other amount is rounded to one decimal
 * (16 192 000 → "16,2 mnkr"). Meant for amounts of a million or more, but works for any amount.
 */
export function formatMnkr(n: number, options?: { decimals?: number }): string {
  const millions = n / ONE_MILLION;
  let text: string;
  if (options?.decimals !== undefined) {
    text = formatNumber(millions, { decimals: options.decimals });
  } else if (Number.isInteger(n) && n % 10_000 === 0) {
    text = formatNumber(millions, { minDecimals: 0, maxDecimals: 2 });
  } else {
    text = formatNumber(millions, { decimals: 1 });
  }
  return `${text}\u00a0mnkr`;
}

/**
 * An amount for running text: "4,5 mnkr" from one million kronor (after rounding to whole
 * kronor), otherwise "200 000 kronor".
 */
export function formatAmountForText(n: number): string {
  // Rounded to whole kronor first, so 999 999,6 kronor is "1 mnkr" (not "1,0 mnkr").
  const kronor = Math.sign(n) * Math.round(Math.abs(n)) + 0; // half away from zero, as formatNumber
  return Math.abs(kronor) >= ONE_MILLION ? formatMnkr(kronor) : formatKronor(kronor, { style: 'text' });
}

/**
 * An approximate amount for a sentence that compares alternatives ("kostar 482 000 kronor i år").
 * Rounding rule: under 1 000 kronor to whole kronor; under a million to the nearest thousand
 * kronor (482 155 → "482 000 kronor"); from a million (after that rounding) as mnkr with one
 * decimal (1 286 000 → "1,3 mnkr"), or exactly when the amount is a multiple of 10 000 kronor
 * (see formatMnkr). Tables and explanations show whole kronor instead (formatKronor).
 */
export function formatApproxAmountForText(n: number): string {
  if (Math.abs(n) < 999.5) return formatKronor(n, { style: 'text' });
  const thousands = Math.round(n / 1000) * 1000;
  if (Math.abs(thousands) >= ONE_MILLION) return formatMnkr(thousands);
  return formatKronor(thousands, { style: 'text' });
}

/** A key-figure card's amount: from a million in mnkr with the exact kronor beneath, else kronor. */
export function formatAmountWithExact(n: number): { value: string; detail: string | null } {
  return Math.abs(n) >= ONE_MILLION ? { value: formatMnkr(n), detail: formatKronor(n) } : { value: formatKronor(n), detail: null };
}

/** Thousand kronor, rounded to whole thousands, without the unit (for a table headed "tkr"): 482 155 → "482". */
export function formatThousandKronor(n: number): string {
  return formatNumber(Math.round(n / 1000));
}

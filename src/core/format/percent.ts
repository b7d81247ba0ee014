// Percentages in Swedish notation: "9,5 %" in tables (non-breaking space before the sign) and
// "9,5 procent" in running text.
import { formatNumber, type DecimalOptions } from './number.ts';

export type PercentStyle = 'table' | 'text';

export interface PercentOptions extends DecimalOptions {
  /** 'table' (default) → "9,5 %", 'text' → "9,5 procent". */
  style?: PercentStyle;
}

/**
 * Formats a RATIO as a percentage: formatPercent(0.095) → "9,5 %". The input is a share of one
 * (0.095 = 9,5 procent), not a number of percent; for a value already in percent (such as
 * poPercent 39.15) use formatPercentValue. Default: one decimal.
 */
export function formatPercent(ratio: number, options?: PercentOptions): string {
  return formatPercentValue(ratio * 100, options);
}

/** Formats a value that is already in percent: formatPercentValue(39.15, { decimals: 2 }) → "39,15 %". */
export function formatPercentValue(percent: number, options?: PercentOptions): string {
  const { style, ...decimals } = options ?? {};
  const hasDecimals = decimals.decimals !== undefined || decimals.minDecimals !== undefined || decimals.maxDecimals !== undefined;
  const number = formatNumber(percent, hasDecimals ? decimals : { decimals: 1 });
  return style === 'text' ? `${number} procent` : `${number}\u00a0%`;
}

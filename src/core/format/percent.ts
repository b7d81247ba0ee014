// Percentages in Swedish notation: "9,5 %" in tables (non-breaking space before the sign) and
// "9,5 procent" in running text.
import { formatNumber, plainDecimal, type DecimalOptions } from './number.ts';

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

/**
 * Beläggningsgrad (utilization), the one way every screen, table and explanation writes it: whole
 * percent, "96 %" (text: "96 procent").
 */
export function formatUtilization(ratio: number, style: PercentStyle = 'table'): string {
  return formatPercent(ratio, { style, decimals: 0 });
}

/** The risk target Lotsplan uses unless a forecast says otherwise: 10 %. */
export const DEFAULT_RISK_TARGET = 0.1;

/** A risk target as written in a label or a sentence: exact to a tenth, "10 %", "12,5 %". */
export function formatRiskTarget(target: number, style: PercentStyle = 'table'): string {
  return formatPercent(target, { style, maxDecimals: 1 });
}

export interface RiskOptions {
  style?: PercentStyle;
  /** The target the risk is read against (default DEFAULT_RISK_TARGET). */
  target?: number;
}

/**
 * A probability (the risk of having to wait, of waiting longer than a limit), the one way every
 * screen writes it: one decimal under 10 % ("9,8 %"), whole percent from 10 % ("79 %"), never a
 * misleading 0 % or 100 % ("under 0,1 %", "över 99,9 %"), and never rounded onto or across the
 * target it is read against: with the target 10 %, 9,96 % is "under 10 %" and 10,3 % is "10,3 %",
 * so a figure that is shown as the target is the target.
 */
export function formatRisk(p: number, options?: RiskOptions): string {
  const style = options?.style ?? 'table';
  const target = options?.target ?? DEFAULT_RISK_TARGET;
  const unit = style === 'text' ? ' procent' : '\u00a0%';
  if (p > 0 && p < 0.001) return `under 0,1${unit}`;
  if (p < 1 && p >= 0.9995) return `över 99,9${unit}`;
  const percent = p * 100;
  const goal = Math.round(target * 1e8) / 1e6;
  // Whether the rounded figure says the same as, or the opposite of, the value against the target.
  const misleads = (decimals: number) => {
    const shown = Number(plainDecimal(percent, decimals, decimals));
    return (p < target && shown >= goal) || (p > target && shown <= goal);
  };
  let decimals = p < 0.1 ? 1 : 0;
  if (misleads(decimals) && decimals === 0) decimals = 1;
  if (misleads(decimals)) return `${p < target ? 'under' : 'över'} ${formatRiskTarget(target, style)}`;
  return formatPercentValue(percent, decimals === 1 ? { style, maxDecimals: 1 } : { style, decimals: 0 });
}

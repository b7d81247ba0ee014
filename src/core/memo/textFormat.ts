// How one catalogue figure prints in a memo: in running text ("fyra lotsar", "4,5 mnkr",
// "38 procent", "cirka sju deltagare" is written by the draft around "sju deltagare") and in a table
// ("4,0", "4 500 000 kr", "38 %"). Masked counts print "färre än tre …" / "<3" (see masking.ts).
// The number style itself lives in src/core/format; this file only picks the right function.
import {
  countInText,
  countWithNoun,
  formatAmountForText,
  formatApproxAmountForText,
  formatFte,
  formatKronor,
  formatNumber,
  formatPercent,
  monthName,
} from '../format/index.ts';
import { probabilityText } from '../forecast/describe.ts';
import { monthOfFigureValue, type MemoFigureDefinition } from './figureCatalogue.ts';

/** Printed for a figure without a value (in figureChanges and the template list). */
export const NO_VALUE_TEXT = 'saknas';
/** Printed in a table for a figure without a value. */
export const NO_VALUE_TABLE = '–';

/** Why a count is not shown: below the threshold, or because it would give a hidden one away. */
export type MaskReason = 'below' | 'derived';

/** A probability in a table: "38 %", "<1 %", ">99 %". */
function probabilityTable(p: number): string {
  if (p > 0 && p < 0.005) return '<1\u00a0%';
  if (p < 1 && p >= 0.995) return '>99\u00a0%';
  return formatPercent(p, { decimals: 0 });
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f + 0;
}

/** "mars 2021" for 202103; null for a value that is no month. */
function monthText(value: number): string | null {
  const m = monthOfFigureValue(value);
  return m ? `${monthName(m.month)} ${m.year}` : null;
}

/** The figure in running text: "fyra lotsar", "27 personer inskrivna", "4,5 mnkr", "38 procent". */
export function figureText(def: MemoFigureDefinition, value: number | null, mask?: { reason: MaskReason; below: number } | null): string {
  if (mask) return maskedText(def, mask.reason, mask.below);
  if (value === null || !Number.isFinite(value)) return NO_VALUE_TEXT;
  const f = def.format;
  switch (f.kind) {
    case 'count':
    case 'fte':
      return countWithNoun(round(value, 2), f.noun);
    case 'amount':
      return f.approximate ? formatApproxAmountForText(value) : formatAmountForText(value);
    case 'percent':
      return formatPercent(value, { style: 'text', decimals: f.decimals });
    case 'probability':
      return probabilityText(value);
    case 'decimal': {
      const r = round(value, f.textDecimals);
      if (f.noun === null) return Number.isInteger(r) ? countInText(r) : formatNumber(r, { decimals: f.textDecimals });
      if (Number.isInteger(r)) return countWithNoun(r, f.noun);
      return `${formatNumber(r, { decimals: f.textDecimals })} ${f.noun.plural}`;
    }
    case 'month':
      return monthText(value) ?? NO_VALUE_TEXT;
  }
}

/** The figure in a table cell: "4,0", "27", "4 500 000 kr", "38 %", "<3". */
export function figureTableText(def: MemoFigureDefinition, value: number | null, mask?: { reason: MaskReason; below: number } | null): string {
  if (mask) return maskedTableText(mask.reason, mask.below);
  if (value === null || !Number.isFinite(value)) return NO_VALUE_TABLE;
  const f = def.format;
  switch (f.kind) {
    case 'count':
      return formatNumber(value, { maxDecimals: 2 });
    case 'fte':
      return formatFte(value);
    case 'amount':
      return formatKronor(value);
    case 'percent':
      return formatPercent(value, { decimals: f.decimals });
    case 'probability':
      return probabilityTable(value);
    case 'decimal':
      return formatNumber(value, { decimals: f.decimals });
    case 'month':
      return monthText(value) ?? NO_VALUE_TABLE;
  }
}

/** "färre än tre kvinnor"; a count hidden so as not to give another away: "ett ej redovisat antal män". */
export function maskedText(def: MemoFigureDefinition, reason: MaskReason, below: number): string {
  const f = def.format;
  const plural = f.kind === 'count' || f.kind === 'fte' || (f.kind === 'decimal' && f.noun) ? ` ${f.noun!.plural}` : '';
  if (reason === 'below' && (f.kind === 'count' || f.kind === 'fte')) return `färre än ${countInText(below)}${plural}`;
  if (f.kind === 'count' || f.kind === 'fte' || plural !== '') return `ett ej redovisat antal${plural}`;
  if (f.kind === 'amount') return 'ett ej redovisat belopp';
  return 'ej redovisat';
}

/** "<3" for a count below the threshold; ".." for one hidden so as not to give another away. */
export function maskedTableText(reason: MaskReason, below: number): string {
  return reason === 'below' ? `<${below}` : '..';
}

// One key figure as it is shown in a table (UI, CLI): counts grouped, amounts in whole kronor,
// utilization in whole percent, lotsar as "4" or "4,5", a dash for a figure that is missing. The
// rules per kind are those of src/core/format (formatLotsar, formatUtilization, formatRisk), so the
// Översikt cards, the Scenarier and Hela staden tables and the CLI write a figure alike.
import { formatKronor, formatLotsar, formatNumber, formatUtilization } from '../format/index.ts';
import type { KeyFigures } from './keyFigures.ts';

/** How a key figure is shown. */
export type FigureKind = 'text' | 'year' | 'fte' | 'count' | 'decimal' | 'kronor' | 'percent';

export const FIGURE_KINDS: Record<keyof KeyFigures, FigureKind> = {
  district: 'text',
  unit: 'text',
  year: 'year',
  lotsarFte: 'fte',
  caseloadPerLots: 'decimal',
  capacity: 'count',
  enrolled: 'count',
  men: 'count',
  women: 'count',
  otherGender: 'count',
  queue: 'count',
  touched: 'count',
  participantsPerLots: 'decimal',
  staffCost: 'kronor',
  lotsStaffCost: 'kronor',
  otherCost: 'kronor',
  totalCost: 'kronor',
  funding: 'kronor',
  balance: 'kronor',
  costPerParticipant: 'kronor',
  costPerLots: 'kronor',
  offeredLoad: 'decimal',
  utilization: 'percent',
};

/** Shown for a figure that cannot be computed (null); the tooltip (explainKeyFigures) says why. */
export const MISSING_FIGURE = '–';

/**
 * Deltagare per lots, the one way it is written everywhere (Översikt, tables, CLI, explanations,
 * memo tables): inskrivna ÷ lotsar with one decimal, "6,8" for 27 ÷ 4 and "7,0" for 28 ÷ 4.
 */
export function formatParticipantsPerLots(value: number): string {
  return formatNumber(value, { decimals: 1 });
}

/** Table text for one key figure: formatFigure('staffCost', 3459825.6) → "3 459 826 kr". */
export function formatFigure<K extends keyof KeyFigures>(key: K, value: KeyFigures[K] | null | undefined): string {
  if (value === null || value === undefined) return MISSING_FIGURE;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return MISSING_FIGURE;
  switch (FIGURE_KINDS[key]) {
    case 'year':
      return String(value);
    case 'fte':
      return formatLotsar(value);
    case 'count':
      return formatNumber(value, { maxDecimals: 2 });
    case 'decimal':
      if (key === 'participantsPerLots') return formatParticipantsPerLots(value);
      return formatNumber(value, { maxDecimals: key === 'offeredLoad' ? 1 : 2, minDecimals: key === 'offeredLoad' ? 1 : 0 });
    case 'kronor':
      return formatKronor(value);
    case 'percent':
      return formatUtilization(value);
    default:
      return formatNumber(value);
  }
}

/**
 * A difference between two values of a key figure, always signed ("+482 155 kr", "−1,0",
 * "0 kr"); a difference in utilization is in percentage points ("+3,6 procentenheter").
 */
export function formatFigureDelta<K extends keyof KeyFigures>(key: K, delta: number | null | undefined): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return MISSING_FIGURE;
  const magnitude =
    FIGURE_KINDS[key] === 'percent'
      ? `${formatNumber(Math.abs(delta) * 100, { maxDecimals: 1, minDecimals: 1 })} procentenheter`
      : formatFigure(key, Math.abs(delta) as KeyFigures[K]);
  if (magnitude.replace(/[^1-9]/g, '') === '') return magnitude;
  return `${delta > 0 ? '+' : '\u2212'}${magnitude}`;
}

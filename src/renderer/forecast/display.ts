// How the "Prognos" screen writes its figures, with the shared Swedish formatters.
import { formatNumber, formatPercent } from '../../core/format/index.ts';

/** A probability for a panel or an axis: "79 %", "9,8 %", never a misleading 0 % or 100 %. */
export function probabilityFigure(p: number): string {
  if (p > 0 && p < 0.001) return 'under 0,1\u00a0%';
  if (p < 1 && p >= 0.9995) return 'över 99,9\u00a0%';
  return formatPercent(p, p < 0.1 ? { maxDecimals: 1 } : { decimals: 0 });
}

/** "4 lotsar", "1 lots", "4,5 lotsar" */
export function lotsarFigure(n: number): string {
  return `${formatNumber(n, { maxDecimals: 2 })} ${n === 1 ? 'lots' : 'lotsar'}`;
}

/** "28 platser", "1 plats" */
export function slotsFigure(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'plats' : 'platser'}`;
}

/** "0,6 veckor", "1 vecka" */
export function weeksFigure(w: number): string {
  return `${formatNumber(w, { maxDecimals: 1 })} ${w === 1 ? 'vecka' : 'veckor'}`;
}

/** "21,3 personer" */
export function peopleFigure(n: number): string {
  return `${formatNumber(n, { maxDecimals: 1 })} ${n === 1 ? 'person' : 'personer'}`;
}

// How forecast figures are written in panels, table cells, choice lists and on axes (the Prognos
// and Scenarier screens), beside the running-text forms of describe.ts: digits (but a month ahead in
// words up to twelve, as the reading's choices say it), a non-breaking space before %, and a
// probability never shown as a misleading 0 % or 100 %. Also the long run's sentence and warning,
// and the status line's model and horizon.
import { countInText, formatLotsar, formatNumber, formatRisk } from '../format/index.ts';
import type { SteadyState } from './erlang.ts';
import type { ForecastModel } from './forecast.ts';

/**
 * A probability for a panel or an axis: "79 %", "9,8 %", never a misleading 0 % or 100 % and never
 * rounded onto the target (formatRisk, the rule every screen uses).
 */
export function probabilityFigure(p: number, target?: number): string {
  return formatRisk(p, target === undefined ? undefined : { target });
}

/** "4 lotsar", "1 lots", "4,5 lotsar" */
export function lotsarFigure(n: number): string {
  return `${formatLotsar(n)} ${n === 1 ? 'lots' : 'lotsar'}`;
}

/** "28 platser", "1 plats" */
export function slotsFigure(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'plats' : 'platser'}`;
}

/** "0,6 veckor", "1 vecka" */
export function weeksFigure(w: number): string {
  return `${formatNumber(w, { maxDecimals: 1 })} ${w === 1 ? 'vecka' : 'veckor'}`;
}

/** "1 månad", "6 månader", for a panel's figure */
export function monthsFigure(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'månad' : 'månader'}`;
}

/** "Om en månad", "Om sex månader", "Om 18 månader": a month ahead of the forecast's start, in words up to twelve. */
export function inMonthsLabel(n: number): string {
  return `Om ${n === 1 ? 'en månad' : `${countInText(n)} månader`}`;
}

/** "24 månader framåt", "1 månad framåt": how far a forecast reaches, beside its model. */
export function horizonLabel(months: number): string {
  return `${monthsFigure(months)} framåt`;
}

/** "Exakt beräkning" or "Simulering, 2 000 körningar": how the forecast on the screen was made. */
export function forecastModelLabel(model: ForecastModel, runs: number): string {
  return model === 'exact' ? 'Exakt beräkning' : `Simulering, ${formatNumber(runs)} körningar`;
}

/** "21,3 personer" */
export function peopleFigure(n: number): string {
  return `${formatNumber(n, { maxDecimals: 1 })} ${n === 1 ? 'person' : 'personer'}`;
}

/** Above this long-run risk of having to wait, the long run's figure is marked as a warning. */
export const LONG_RUN_WARNING_PROBABILITY = 0.5;

/** Whether the long run's risk of having to wait is high enough to be marked as a warning. */
export function isLongRunRiskHigh(probabilityOfWaiting: number): boolean {
  return probabilityOfWaiting > LONG_RUN_WARNING_PROBABILITY;
}

/** "2 anmälningar per månad × 12 månader = 24 behöver plats samtidigt, 28 platser." */
export function offeredLoadSentence(s: Pick<SteadyState, 'arrivalsPerMonth' | 'meanStayMonths' | 'offeredLoad' | 'capacity'>): string {
  return `${formatNumber(s.arrivalsPerMonth, { maxDecimals: 2 })} anmälningar per månad × ${formatNumber(s.meanStayMonths, { maxDecimals: 2 })} månader = ${formatNumber(s.offeredLoad, { maxDecimals: 1 })} behöver plats samtidigt, ${slotsFigure(s.capacity)}.`;
}

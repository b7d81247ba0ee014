// The "Visa som tabell" tables of the Prognos charts, from the very rows the charts draw.
import { chartTable, type ChartTableModel } from '../components/chartTable.ts';
import type { FanRow, ProbabilityRow } from './chartRows.ts';
import { formatNumber } from '../../core/format/index.ts';
import { probabilityFigure } from '../../core/forecast/panelFigures.ts';

/** As the charts' axis and tooltip write a count of people: at most one decimal. */
export const peopleCount = (n: number): string => formatNumber(n, { maxDecimals: 1 });

/** Enrolled or queue by month: the P10–P90 band, the median, the mean and (for enrolled) the slots. */
export function fanTable(caption: string, rows: readonly FanRow[], withCapacity: boolean): ChartTableModel {
  return chartTable(
    caption,
    [
      { label: 'Slutet av månaden' },
      { label: 'Åtta av tio utfall (P10–P90)', numeric: true },
      { label: 'Median', numeric: true },
      { label: 'Medelvärde', numeric: true },
      ...(withCapacity ? [{ label: 'Platser', numeric: true }] : []),
    ],
    rows.map((r) => [
      r.month,
      `${peopleCount(r.band[0])}–${peopleCount(r.band[1])}`,
      peopleCount(r.median),
      peopleCount(r.mean),
      ...(withCapacity ? [typeof r.capacity === 'number' ? peopleCount(r.capacity) : '–'] : []),
    ]),
  );
}

/** The probability of waiting by month, one column per drawn line; a month a line lacks shows –. */
export function probabilityTable(caption: string, rows: readonly ProbabilityRow[], series: readonly { name: string; label: string }[]): ChartTableModel {
  return chartTable(
    caption,
    [{ label: 'Slutet av månaden' }, ...series.map((s) => ({ label: s.label, numeric: true }))],
    rows.map((r) => [
      r.month,
      ...series.map((s) => {
        const p = r[s.name];
        return typeof p === 'number' ? probabilityFigure(p) : '–';
      }),
    ]),
  );
}

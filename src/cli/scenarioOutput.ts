// How scenario figures are written by the CLI: JSON with the baseline's fields plus `months`
// (month, lotsarFte, capacity, staffCost), and Swedish tables.
import type { CallOutput } from '../api/contracts/index.ts';
import { FIGURE_LABELS } from '../core/figures/figureLabels.ts';
import { formatFigure } from '../core/figures/formatFigure.ts';
import type { KeyFigures } from '../core/figures/keyFigures.ts';
import { formatFte, formatKronor, formatNumber } from '../core/format/index.ts';

type Months = CallOutput<'getStaffingPlan'>['months'];

export function jsonMonths(months: Months) {
  return months.map(({ month, lotsarFte, capacity, staffCost }) => ({ month, lotsarFte, capacity, staffCost }));
}

export function monthTable(months: Months): string {
  const rows = months.map((m) => [m.monthName, formatFte(m.lotsarFte), formatNumber(m.capacity), formatKronor(m.staffCost)]);
  const head = ['Månad', 'Lotsar', 'Platser', 'Personalkostnad'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}

export function figuresTable(title: string, figures: KeyFigures): string {
  const rows = (Object.keys(FIGURE_LABELS) as (keyof KeyFigures)[])
    .filter((key) => !['district', 'unit', 'year'].includes(key))
    .map((key) => [FIGURE_LABELS[key], formatFigure(key, figures[key])] as const);
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${title}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

/** The comparison as a table: one row per compared figure, one column per scenario. */
export function comparisonTable(result: CallOutput<'compareScenarios'>): string {
  const columns = [{ name: 'Sparad plan', figures: result.baseline.figures }, ...result.scenarios.map((s) => ({ name: s.scenario.name, figures: s.figures }))];
  const rows = result.compared.map(({ key, label }) => [
    label,
    ...columns.map((c) => formatFigure(key as keyof KeyFigures, c.figures[key as keyof KeyFigures])),
  ]);
  const head = ['', ...columns.map((c) => c.name)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  const sentences = result.scenarios.map((s) => `  ${s.sentence}`);
  return `${[line(head), ...rows.map(line), '', ...sentences].join('\n')}\n`;
}

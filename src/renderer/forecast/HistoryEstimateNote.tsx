// What λ and L would be according to the unit's own monthly figures (Little's law, estimated in
// src/core/forecast/estimate.ts), shown next to the inputs so the user sees what the forecast
// rests on. There is no monthly statistics table yet: `statistics` is null until a
// getMonthlyStatistics call exists, and the note then says so.
import { Text } from '@mantine/core';
import { estimateFromHistory, type MonthlyFigures } from '../../core/forecast/estimate.ts';
import { formatNumber } from '../../core/format/index.ts';

interface Props {
  /** The unit's monthly figures, or null when the database has none for the unit. */
  statistics: readonly MonthlyFigures[] | null;
}

const one = (n: number) => formatNumber(n, { maxDecimals: 1 });
const two = (n: number) => formatNumber(n, { maxDecimals: 2 });

export function HistoryEstimateNote({ statistics }: Props) {
  let text: string;
  if (statistics === null || statistics.length === 0) {
    text = 'Skattning från månadsstatistik: ingen månadsstatistik finns ännu för enheten.';
  } else {
    const estimate = estimateFromHistory(statistics);
    if (!estimate.ok) {
      text = `Skattning från månadsstatistik: ${estimate.message}`;
    } else {
      const e = estimate.value;
      const a = e.arrivalsPerMonth;
      const l = e.meanStayMonths;
      text =
        `Skattning från ${formatNumber(e.monthsUsed)} månaders statistik: ${two(a.estimate)} nya inskrivningar per månad ` +
        `(troligen mellan ${two(a.low)} och ${two(a.high)}) och ${one(l.estimate)} månaders vistelse ` +
        `(troligen mellan ${one(l.low)} och ${one(l.high)}).`;
    }
  }
  return (
    <Text size="xs" c="dimmed" lh={1.45} data-testid="history-estimate" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)', paddingLeft: 8 }}>
      {text}
    </Text>
  );
}

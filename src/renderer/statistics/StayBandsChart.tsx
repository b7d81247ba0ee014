// Discharges by length of stay over the estimate's months: the shape the forecast can use
// ("Enhetens historik" on Prognos).
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { capitalizeFirst, formatNumber } from '../../core/format/index.ts';
import { dischargesInMonthsText, monthsCountText, STAY_BAND_AXIS_LABEL, STAY_BAND_LABELS, STAY_BAND_RANGES } from '../../core/statistics/monthly.ts';
import { ChartWithTable } from '../components/ChartWithTable.tsx';
import { chartTable } from '../components/chartTable.ts';
import type { StatisticsView } from './useStatistics.ts';

export function StayBandsChart({ stayBands }: { stayBands: StatisticsView['stayBands'] }) {
  if (!stayBands) {
    return (
      <Text size="sm" c="dimmed">
        Inga avslut är räknade efter vistelsetid under månaderna i skattningen. Kryssa i ”Avsluten räknas efter vistelsetid” när en månad läggs till eller
        ändras.
      </Text>
    );
  }
  // The axis shows the ranges ("0–3") under one unit label, so that six labels fit side by side.
  const data = stayBands.bands.map((b, i) => ({ band: STAY_BAND_RANGES[i] ?? `${b.fromMonths}–${b.toMonths}`, Avslut: b.count }));
  const table = chartTable(
    `Avslut efter vistelsetid under ${monthsCountText(stayBands.monthsUsed)}`,
    [{ label: 'Vistelsetid' }, { label: 'Avslut', numeric: true }],
    data.map((d, i) => [STAY_BAND_LABELS[i] ?? d.band, formatNumber(d.Avslut)]),
  );
  return (
    <div>
      <ChartWithTable label="Diagram: avslut efter vistelsetid" table={table}>
        <BarChart
          h={220}
          data={data}
          dataKey="band"
          series={[{ name: 'Avslut', color: 'stad.6' }]}
          valueFormatter={(v) => formatNumber(v)}
          tickLine="y"
          xAxisProps={{ interval: 0, tick: { fontSize: 11 } }}
          xAxisLabel={STAY_BAND_AXIS_LABEL}
        />
      </ChartWithTable>
      <Text size="xs" c="dimmed" mt={6}>
        {capitalizeFirst(dischargesInMonthsText(stayBands.total, stayBands.monthsUsed))}. Den sista gruppen tar även vistelser över 36 månader.
      </Text>
    </div>
  );
}

// A fan chart: the band where eight in ten outcomes fall (P10–P90), the median and the mean, and
// for the enrolled also the number of slots.
import { CompositeChart } from '@mantine/charts';
import { ChartWithTable } from '../components/ChartWithTable.tsx';
import { ChartTooltipBox, seriesOrder } from './ChartTooltipBox.tsx';
import type { FanRow } from './chartRows.ts';
import { fanTable, peopleCount } from './chartTables.ts';

interface Props {
  rows: FanRow[];
  /** Mantine colour name of the band and lines. */
  color: 'stad' | 'orange';
  /** Draws the slots as a line (the rows must have `capacity`). */
  withCapacity: boolean;
  ariaLabel: string;
  /** Caption of the "Visa som tabell" table. */
  tableCaption: string;
}

const people = peopleCount;

export function FanChart({ rows, color, withCapacity, ariaLabel, tableCaption }: Props) {
  const series = [
    { name: 'band', label: 'Åtta av tio utfall (P10–P90)', type: 'area' as const, color: `${color}.2` },
    { name: 'median', label: 'Median', type: 'line' as const, color: `${color}.8` },
    { name: 'mean', label: 'Medelvärde', type: 'line' as const, color: `${color}.5`, strokeDasharray: '6 4' },
    ...(withCapacity ? [{ name: 'capacity', label: 'Platser', type: 'line' as const, color: 'gray.7', strokeDasharray: '2 3' }] : []),
  ];
  return (
    <ChartWithTable label={ariaLabel} table={fanTable(tableCaption, rows, withCapacity)}>
      <CompositeChart
        h={260}
        data={rows}
        dataKey="month"
        series={series}
        curveType="linear"
        withDots={false}
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 44, itemSorter: (item) => seriesOrder(series, item.value) }}
        areaProps={{ strokeWidth: 0, fillOpacity: 0.7 }}
        strokeWidth={2}
        yAxisLabel="Personer"
        yAxisProps={{ domain: [0, 'auto'], allowDecimals: false, width: 48 }}
        xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 28 }}
        valueFormatter={people}
        tooltipProps={{
          content: ({ label, payload }) => {
            const row = payload?.[0]?.payload as FanRow | undefined;
            if (!row) return null;
            const lines = [
              { label: 'Åtta av tio utfall', value: `${people(row.band[0])}–${people(row.band[1])}`, color: `${color}.3` },
              { label: 'Median', value: people(row.median), color: `${color}.8` },
              { label: 'Medelvärde', value: people(row.mean), color: `${color}.5` },
              ...(withCapacity && typeof row.capacity === 'number' ? [{ label: 'Platser', value: people(row.capacity), color: 'gray.7' }] : []),
            ];
            return <ChartTooltipBox title={`Slutet av ${String(label)}`} lines={lines} />;
          },
        }}
      />
    </ChartWithTable>
  );
}

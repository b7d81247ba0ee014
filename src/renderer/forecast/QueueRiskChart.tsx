// The month's risk of waiting (RISK_MEASURES.month), for the forecast and each compared staffing,
// against the target.
import { RISK_MEASURES } from '../../core/forecast/riskMeasures.ts';
import { LineChart } from '@mantine/charts';
import { ChartTooltipBox, seriesOrder } from './ChartTooltipBox.tsx';
import { ChartWithTable } from '../components/ChartWithTable.tsx';
import { alternativeKey, scenarioKey, type ProbabilityRow } from './chartRows.ts';
import { probabilityTable } from './chartTables.ts';
import { lotsarFigure, probabilityFigure } from '../../core/forecast/panelFigures.ts';
import { formatRiskTarget } from '../../core/format/index.ts';

/** Colours of the forecast (first) and the compared staffings. */
export const ALTERNATIVE_COLORS = ['stad.8', 'teal.6', 'orange.6', 'grape.6'] as const;
/** Colours of the overlaid scenarios (dashed lines). */
export const SCENARIO_COLORS = ['violet.6', 'cyan.8', 'pink.6'] as const;

interface Props {
  rows: ProbabilityRow[];
  /** Lots FTE of the forecast, then of each comparison. */
  lotsar: number[];
  targetProbability: number;
  /** Names of the overlaid scenarios, in order. */
  scenarios?: readonly string[];
}

export function alternativeLabel(lotsar: number, index: number): string {
  return index === 0 ? `${lotsarFigure(lotsar)} (prognosen)` : lotsarFigure(lotsar);
}

export function QueueRiskChart({ rows, lotsar, targetProbability, scenarios = [] }: Props) {
  const series = [
    ...lotsar.map((n, i) => ({
      name: alternativeKey(i),
      label: alternativeLabel(n, i),
      color: ALTERNATIVE_COLORS[i] ?? 'gray.6',
    })),
    ...scenarios.map((name, i) => ({
      name: scenarioKey(i),
      label: `Scenario: ${name}`,
      color: SCENARIO_COLORS[i] ?? 'gray.6',
      strokeDasharray: '6 3',
    })),
  ];
  const caption = `${RISK_MEASURES.month.name} (mål: högst ${formatRiskTarget(targetProbability)})`;
  return (
    <ChartWithTable label={`Diagram: ${RISK_MEASURES.month.name.toLocaleLowerCase('sv')}`} table={probabilityTable(caption, rows, series)}>
      <LineChart
        h={series.length > 4 ? 310 : 280}
        data={rows}
        dataKey="month"
        series={series}
        curveType="monotone"
        withDots={false}
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: series.length > 4 ? 70 : 44, itemSorter: (item) => seriesOrder(series, item.value) }}
        strokeWidth={2.25}
        valueFormatter={(p) => probabilityFigure(p, targetProbability)}
        yAxisLabel="Risk att behöva vänta"
        yAxisProps={{ domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1], width: 56 }}
        xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 28 }}
        referenceLines={[
          {
            y: targetProbability,
            color: 'red.7',
            label: `Mål: högst ${formatRiskTarget(targetProbability)}`,
            labelPosition: 'insideTopLeft',
            strokeDasharray: '5 4',
          },
        ]}
        tooltipProps={{
          content: ({ label, payload }) => {
            const row = payload?.[0]?.payload as ProbabilityRow | undefined;
            if (!row) return null;
            const lines = series.flatMap((s) => {
              const p = row[s.name];
              return typeof p === 'number' ? [{ label: s.label, value: probabilityFigure(p, targetProbability), color: s.color }] : [];
            });
            return <ChartTooltipBox title={String(label)} lines={lines} />;
          },
        }}
      />
    </ChartWithTable>
  );
}

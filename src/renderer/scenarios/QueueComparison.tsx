// The queue forecasts of the compared scenarios beside the plan's: the risk of having to wait six
// and twelve months ahead, the queue, the wait, the long run and the answers, with deltas; and the
// Swedish sentences per forecast. Every figure and sentence comes from core through the API.
import { Stack, Table, Text } from '@mantine/core';
import { queueComparisonIntro, queueFigureCell, queueFigureDeltaCell, type ComparedQueueFigure } from '../../core/scenarios/forecast.ts';
import type { Comparison } from './useScenarios.ts';

export function QueueComparison({ comparison }: { comparison: Comparison }) {
  const num = { fontVariantNumeric: 'tabular-nums' } as const;
  const base = comparison.baseline;
  const start = base.forecast?.start ?? comparison.scenarios.find((s) => s.forecast)?.forecast?.start;
  const columns = [
    { id: 'plan', name: 'Sparad plan', forecast: base.forecast, message: base.forecastMessage, figures: base.queueFigures, deltas: null },
    ...comparison.scenarios.map((s) => ({
      id: String(s.scenario.id),
      name: s.scenario.name,
      forecast: s.forecast,
      message: s.forecastMessage,
      figures: s.queueFigures,
      deltas: s.queueDeltas,
    })),
  ];
  return (
    <Stack gap="md" data-testid="queue-comparison">
      {start && (
        <Text size="sm" c="dimmed">
          {queueComparisonIntro(start)}
        </Text>
      )}
      <Table.ScrollContainer minWidth={720} role="region" aria-label="Köprognos för scenarierna, tabell">
        <Table verticalSpacing={6} aria-label="Köprognos för scenarierna">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nyckeltal</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.id} ta="right">
                  {c.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.comparedQueue.map(({ key, label }) => {
              const k = key as ComparedQueueFigure;
              return (
                <Table.Tr key={key} data-testid={`queue-row-${key}`}>
                  <Table.Th scope="row" fw={400}>
                    {label}
                  </Table.Th>
                  {columns.map((c) => {
                    const delta = c.deltas ? queueFigureDeltaCell(k, c.deltas[k], c.forecast, base.forecast) : null;
                    return (
                      <Table.Td key={c.id} ta="right" style={num}>
                        <div>{c.figures ? queueFigureCell(k, c.figures[k], c.forecast) : '–'}</div>
                        {delta && (
                          <Text size="xs" c="dimmed">
                            {delta}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {columns.map((c) => (
        <Text key={c.id} size="sm" data-testid="scenario-kö-mening">
          <Text span fw={600}>
            {c.name}:{' '}
          </Text>
          {c.forecast ? `${c.forecast.sentence} ${c.forecast.hiringSentence}` : c.message}
        </Text>
      ))}
    </Stack>
  );
}

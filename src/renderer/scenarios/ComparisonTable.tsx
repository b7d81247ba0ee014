// Scenarios side by side with the saved plan: each figure, and its difference against the plan.
import { Stack, Table, Text } from '@mantine/core';
import { formatFigure, formatFigureDelta } from '../../core/figures/formatFigure.ts';
import type { KeyFigures } from '../../core/figures/keyFigures.ts';
import type { Comparison } from './useScenarios.ts';

export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const num = { fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={720} role="region" aria-label="Jämförelse av scenarier, tabell">
        <Table verticalSpacing={6} aria-label="Jämförelse av scenarier">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nyckeltal</Table.Th>
              <Table.Th ta="right">Sparad plan</Table.Th>
              {comparison.scenarios.map((s) => (
                <Table.Th key={s.scenario.id} ta="right">
                  {s.scenario.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.compared.map(({ key, label }) => {
              const k = key as keyof KeyFigures;
              return (
                <Table.Tr key={key}>
                  <Table.Th scope="row" fw={400}>
                    {label}
                  </Table.Th>
                  <Table.Td ta="right" style={num}>
                    {formatFigure(k, comparison.baseline.figures[k] as never)}
                  </Table.Td>
                  {comparison.scenarios.map((s) => {
                    const delta = (s.deltas as Record<string, number | null>)[key] ?? null;
                    return (
                      <Table.Td key={s.scenario.id} ta="right" style={num}>
                        <div>{formatFigure(k, s.figures[k] as never)}</div>
                        {delta !== null && Math.abs(delta) > 1e-9 && (
                          <Text size="xs" c="dimmed">
                            {formatFigureDelta(k, delta)}
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
      {comparison.scenarios.map((s) => (
        <Text key={s.scenario.id} size="sm" data-testid="scenario-mening">
          {/* Sentences that do not name the scenario themselves get its name first. */}
          {!s.sentence.startsWith(`${s.scenario.name}:`) && (
            <Text span fw={600}>
              {s.scenario.name}:{' '}
            </Text>
          )}
          {s.sentence}
          {s.warnings.length > 0 && (
            <Text span c="orange">
              {' '}
              {s.warnings.join(' ')}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}

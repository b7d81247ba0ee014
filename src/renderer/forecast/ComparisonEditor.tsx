// Other staffings to compare the forecast with, drawn as extra lines in the risk chart and
// mentioned in the reading.
import { ActionIcon, Button, ColorSwatch, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Dispatch } from 'react';
import { MAX_COMPARISONS, type ComparisonRow, type FormAction } from './forecastForm.ts';
import { ALTERNATIVE_COLORS } from './QueueRiskChart.tsx';
import { slotsFigure } from '../../core/forecast/panelFigures.ts';

interface Props {
  comparisons: ComparisonRow[];
  errors: Record<number, string>;
  /** Slots of each comparison as last computed (by position), when known. */
  capacities: (number | undefined)[];
  /** The staffing a new comparison starts from. */
  suggestion: number;
  dispatch: Dispatch<FormAction>;
}

export function ComparisonEditor({ comparisons, errors, capacities, suggestion, dispatch }: Props) {
  return (
    <Stack gap="sm">
      {comparisons.length === 0 && (
        <Text size="sm" c="dimmed">
          Inga jämförelser. Lägg till en annan bemanning för att se hur risken att behöva vänta ändras.
        </Text>
      )}
      {comparisons.map((c, index) => {
        const error = errors[c.id];
        const capacity = capacities[index];
        const n = index + 1;
        return (
          <Stack key={c.id} gap={4} data-testid="comparison-row">
            <Group gap={8} wrap="nowrap" align="center">
              <ColorSwatch color={`var(--mantine-color-${ALTERNATIVE_COLORS[n]!.replace('.', '-')})`} size={12} withShadow={false} />
              <TextInput
                aria-label={`Jämförelse ${n}: lotsar`}
                value={c.lotsarText}
                onChange={(e) => dispatch({ type: 'updateComparison', id: c.id, lotsarText: e.currentTarget.value })}
                error={error !== undefined}
                inputMode="decimal"
                size="xs"
                w={64}
                styles={{ input: { textAlign: 'right', fontSize: 'var(--mantine-font-size-sm)' } }}
              />
              <Text size="sm" c="var(--mantine-color-text)" style={{ flex: 1 }}>
                lotsar{capacity !== undefined && error === undefined ? ` · ${slotsFigure(capacity)}` : ''}
              </Text>
              <ActionIcon variant="subtle" color="gray" onClick={() => dispatch({ type: 'removeComparison', id: c.id })} aria-label={`Ta bort jämförelse ${n}`}>
                <IconTrash size={16} stroke={1.6} />
              </ActionIcon>
            </Group>
            {error !== undefined && (
              <Text size="xs" c="red" role="alert">
                {error}
              </Text>
            )}
          </Stack>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={comparisons.length >= MAX_COMPARISONS}
          onClick={() => dispatch({ type: 'addComparison', lotsar: suggestion })}
        >
          Lägg till jämförelse
        </Button>
      </Group>
    </Stack>
  );
}

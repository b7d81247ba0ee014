// "Säsongsvariation": twelve factors for the referrals, January to December, with mean 1. Off
// (the preset "Ingen") by default; the check of the mean is the engine's.
import { Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { Dispatch } from 'react';
import { MONTH_NAMES } from '../../core/format/index.ts';
import { SHORT_MONTH_NAMES } from '../../core/forecast/calendar.ts';
import type { FormAction, SeasonState } from './forecastForm.ts';

interface Props {
  season: SeasonState;
  errors: Record<number, string>;
  error: string | null;
  dispatch: Dispatch<FormAction>;
}

export function SeasonEditor({ season, errors, error, dispatch }: Props) {
  const messages = [...Object.values(errors), ...(error ? [error] : [])];
  return (
    <Stack gap={6} data-testid="season-editor">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500} c="var(--mantine-color-text)" id="sasongsvariation">
          Säsongsvariation
        </Text>
        <SegmentedControl
          aria-labelledby="sasongsvariation"
          size="xs"
          value={season.enabled ? 'own' : 'none'}
          onChange={(v) => dispatch({ type: 'seasonEnabled', enabled: v === 'own' })}
          data={[
            { value: 'none', label: 'Ingen' },
            { value: 'own', label: 'Egen' },
          ]}
        />
      </Group>
      {season.enabled && (
        <Stack gap={6}>
          <Text size="xs" c="dimmed" lh={1.45}>
            En faktor per kalendermånad: 1,2 betyder 20 procent fler anmälningar än en genomsnittlig månad. Medelvärdet av de tolv ska vara 1, så att årets
            antal inte ändras.
          </Text>
          <SimpleGrid cols={6} spacing={6} verticalSpacing={4}>
            {season.texts.map((text, i) => (
              <TextInput
                key={SHORT_MONTH_NAMES[i]}
                label={SHORT_MONTH_NAMES[i]}
                aria-label={`Säsongsfaktor ${MONTH_NAMES[i]}`}
                value={text}
                onChange={(e) => dispatch({ type: 'seasonText', index: i, text: e.currentTarget.value })}
                error={errors[i] !== undefined || error !== null}
                inputMode="decimal"
                size="xs"
                styles={{ label: { fontSize: 11, color: 'var(--mantine-color-dimmed)' }, input: { textAlign: 'right', paddingInline: 6 } }}
              />
            ))}
          </SimpleGrid>
          {messages.map((m) => (
            <Text key={m} size="xs" c="red" role="alert">
              {m}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

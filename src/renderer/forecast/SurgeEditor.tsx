// Temporary changes in referrals: "+6 anmälningar per månad från mars till augusti".
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, type Dispatch } from 'react';
import { forecastMonthLabel, type ForecastStart } from '../../core/forecast/calendar.ts';
import { MAX_SURGES, type FormAction, type SurgeRow } from './forecastForm.ts';

interface Props {
  surges: SurgeRow[];
  errors: Record<number, string>;
  horizon: number;
  start: ForecastStart;
  dispatch: Dispatch<FormAction>;
}

/** A new surge: six more per month from the third to the eighth month, within the horizon. */
const NEW_SURGE = { extraText: '6', fromMonth: 3, toMonth: 8 };

export function SurgeEditor({ surges, errors, horizon, start, dispatch }: Props) {
  const months = useMemo(
    () => Array.from({ length: horizon }, (_, i) => ({ value: String(i + 1), label: forecastMonthLabel(start, i + 1) })),
    [horizon, start],
  );
  return (
    <Stack gap="sm">
      {surges.length === 0 && (
        <Text size="sm" c="dimmed">
          Inga tillfälliga ökningar. Lägg till en om anmälningarna väntas öka under en period, till exempel efter en informationsinsats.
        </Text>
      )}
      {surges.map((s, index) => {
        const error = errors[s.id];
        const n = index + 1;
        return (
          <Stack key={s.id} gap={6} data-testid="surge-row">
            <Group gap={8} wrap="nowrap" align="center">
              <TextInput
                aria-label={`Ökning ${n}: extra anmälningar per månad`}
                value={s.extraText}
                onChange={(e) => dispatch({ type: 'updateSurge', id: s.id, change: { extraText: e.currentTarget.value } })}
                error={error !== undefined}
                inputMode="decimal"
                size="xs"
                w={64}
                styles={{ input: { textAlign: 'right', fontSize: 'var(--mantine-font-size-sm)' } }}
              />
              <Text size="sm" c="var(--mantine-color-text)" style={{ flex: 1 }}>
                anmälningar till per månad
              </Text>
              <ActionIcon variant="subtle" color="gray" onClick={() => dispatch({ type: 'removeSurge', id: s.id })} aria-label={`Ta bort ökning ${n}`}>
                <IconTrash size={16} stroke={1.6} />
              </ActionIcon>
            </Group>
            <Group gap={8} wrap="nowrap" align="center">
              <Text size="sm" c="var(--mantine-color-text)">
                från
              </Text>
              <Select
                aria-label={`Ökning ${n}: första månaden`}
                data={months}
                value={String(Math.min(s.fromMonth, horizon))}
                onChange={(v) => v !== null && dispatch({ type: 'updateSurge', id: s.id, change: { fromMonth: Number(v) } })}
                allowDeselect={false}
                size="xs"
                w={108}
                comboboxProps={{ shadow: 'md' }}
              />
              <Text size="sm" c="var(--mantine-color-text)">
                till
              </Text>
              <Select
                aria-label={`Ökning ${n}: sista månaden`}
                data={months}
                value={String(Math.min(s.toMonth, horizon))}
                onChange={(v) => v !== null && dispatch({ type: 'updateSurge', id: s.id, change: { toMonth: Number(v) } })}
                allowDeselect={false}
                size="xs"
                w={108}
                comboboxProps={{ shadow: 'md' }}
              />
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
          disabled={surges.length >= MAX_SURGES}
          onClick={() =>
            dispatch({
              type: 'addSurge',
              surge: { ...NEW_SURGE, fromMonth: Math.min(NEW_SURGE.fromMonth, horizon), toMonth: Math.min(NEW_SURGE.toMonth, horizon) },
            })
          }
        >
          Lägg till ökning
        </Button>
      </Group>
    </Stack>
  );
}

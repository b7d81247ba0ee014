// The forecast in plain Swedish (describeForecast), read for a chosen month.
import { Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { forecastMonthLabel, type ForecastStart } from '../../core/forecast/calendar.ts';
import { inMonthsLabel } from '../../core/forecast/panelFigures.ts';

interface Props {
  reading: string;
  readingMonth: number;
  horizon: number;
  start: ForecastStart;
  onMonth(month: number): void;
}

export function ReadingCard({ reading, readingMonth, horizon, start, onMonth }: Props) {
  const months = useMemo(
    () =>
      Array.from({ length: horizon }, (_, i) => ({
        value: String(i + 1),
        label: `${inMonthsLabel(i + 1)} (${forecastMonthLabel(start, i + 1)})`,
      })),
    [horizon, start],
  );
  return (
    <Card data-testid="forecast-reading-card" style={{ borderLeft: '4px solid var(--mantine-color-stad-7)' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h3">
            Sammanfattning
          </Title>
          <Text size="sm" c="dimmed">
            Prognosen i ord, för tjänsteutlåtandet.
          </Text>
        </Stack>
        <Select
          aria-label="Läs av prognosen"
          data={months}
          value={String(readingMonth)}
          onChange={(v) => v !== null && onMonth(Number(v))}
          allowDeselect={false}
          size="xs"
          w={230}
          comboboxProps={{ shadow: 'md' }}
          maxDropdownHeight={280}
        />
      </Group>
      <Text size="md" lh={1.65} c="var(--mantine-color-text)" data-testid="forecast-reading" maw={760}>
        {reading}
      </Text>
    </Card>
  );
}

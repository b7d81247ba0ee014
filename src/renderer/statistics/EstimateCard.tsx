// What the statistics say about the forecast's assumptions: λ and L with their intervals for the
// latest months, the method in one sentence, and the caveats. Every figure comes from the API, and
// its words from core (estimateMetrics).
import { Alert, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeHistoryEstimate, ESTIMATE_METHOD_TEXT, estimateMetrics } from '../../core/statistics/describe.ts';
import { Metric } from '../components/Metric.tsx';
import type { StatisticsView } from './useStatistics.ts';

interface Props {
  view: StatisticsView;
  window: number;
  onWindow: (months: number) => void;
}

export const ESTIMATE_WINDOWS = [6, 12, 24, 36] as const;

export function EstimateCard({ view, window, onWindow }: Props) {
  const e = view.estimate.ok ? view.estimate.value : null;
  return (
    <Stack gap="md" data-testid="estimate-card">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          Senaste
        </Text>
        <SegmentedControl
          size="xs"
          value={String(window)}
          onChange={(v) => onWindow(Number(v))}
          data={ESTIMATE_WINDOWS.map((n) => ({ value: String(n), label: `${n} mån` }))}
          aria-label="Antal månader i skattningen"
        />
      </Group>
      {e ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {estimateMetrics(e).map((m) => (
            <Metric
              key={m.key}
              label={m.label}
              value={m.value}
              detail={m.detail}
              {...(m.key === 'arrivals' || m.key === 'stay' ? { testId: `estimate-${m.key}`, large: true } : {})}
            />
          ))}
        </SimpleGrid>
      ) : null}
      <Text size="sm" data-testid="estimate-sentence">
        {describeHistoryEstimate(view.estimate, view.missingMonths)}
      </Text>
      <Text size="xs" c="dimmed">
        {ESTIMATE_METHOD_TEXT}
      </Text>
      {e?.caveats.map((c) => (
        <Alert key={c} color="yellow" icon={<IconAlertTriangle size={16} />} p="xs">
          <Text size="sm">{c}</Text>
        </Alert>
      ))}
    </Stack>
  );
}

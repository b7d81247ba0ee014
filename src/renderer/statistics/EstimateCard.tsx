// What the statistics say about the forecast's assumptions: λ and L with their intervals for the
// latest months, the method in one sentence, and the caveats. Every figure comes from the API.
import { Alert, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatNumber } from '../../core/format/index.ts';
import { describeHistoryEstimate, ESTIMATE_METHOD_TEXT } from '../../core/statistics/describe.ts';
import { Metric } from '../components/Metric.tsx';
import type { StatisticsView } from './useStatistics.ts';

interface Props {
  view: StatisticsView;
  window: number;
  onWindow: (months: number) => void;
}

export const ESTIMATE_WINDOWS = [6, 12, 24, 36] as const;
const one = (n: number) => formatNumber(n, { minDecimals: 1, maxDecimals: 1 });
const two = (n: number) => formatNumber(n, { maxDecimals: 2 });

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
          <Metric
            label={e.arrivalsSource === 'referrals' ? 'Anmälningar per månad' : 'Nya inskrivningar per månad'}
            value={two(e.arrivalsPerMonth.estimate)}
            detail={`Troligen mellan ${one(e.arrivalsPerMonth.low)} och ${one(e.arrivalsPerMonth.high)}`}
            testId="estimate-arrivals"
            large
          />
          <Metric
            label="Genomsnittlig vistelsetid"
            value={`${one(e.meanStayMonths.estimate)} mån`}
            detail={`Troligen mellan ${one(e.meanStayMonths.low)} och ${one(e.meanStayMonths.high)} månader`}
            testId="estimate-stay"
            large
          />
          <Metric label="Inskrivna i genomsnitt" value={one(e.meanEnrolled)} detail="Vid månadernas slut" />
          <Metric
            label="Avslut per månad"
            value={two(e.throughputPerMonth.estimate)}
            detail={`Troligen mellan ${one(e.throughputPerMonth.low)} och ${one(e.throughputPerMonth.high)}`}
          />
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

// What λ and L are according to the unit's own monthly statistics (estimated in core, delivered
// by getMonthlyStatistics), shown next to the inputs so the user sees what the forecast rests on,
// with a button that puts the estimate into the fields.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { describeHistoryEstimate } from '../../core/statistics/describe.ts';
import { forecastInputsFromEstimate } from '../../core/statistics/summary.ts';
import { describeError } from '../api/errors.ts';
import { ROUTES } from '../routes.ts';
import type { StatisticsView } from '../statistics/useStatistics.ts';

interface Props {
  /** The unit's statistics; undefined while loading. */
  statistics: StatisticsView | undefined;
  /** Why the statistics could not be fetched, if they could not. */
  error: Error | null;
  /** Puts the estimate into the fields for arrivals and mean stay. */
  onUse: (arrivalsPerMonth: number, meanStayMonths: number) => void;
  /** The selection's query string, so the link keeps the chosen unit. */
  search: string;
}

export function HistoryEstimateNote({ statistics, error, onUse, search }: Props) {
  const text = error
    ? `Månadsstatistiken kunde inte hämtas: ${describeError(error).message}`
    : statistics === undefined
      ? 'Hämtar enhetens månadsstatistik …'
      : statistics.months.length === 0
        ? 'Skattning från månadsstatistik: ingen månadsstatistik finns ännu för enheten.'
        : describeHistoryEstimate(statistics.estimate, statistics.missingMonths);
  const estimate = statistics?.estimate.ok ? statistics.estimate.value : null;
  return (
    <Stack gap={6} data-testid="history-estimate" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)', paddingLeft: 8 }}>
      <Text size="xs" c="dimmed" lh={1.45}>
        {text}
      </Text>
      {estimate?.caveats.map((c) => (
        <Text key={c} size="xs" c="orange" lh={1.45}>
          {c}
        </Text>
      ))}
      <Group gap="sm">
        {estimate && (
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              const values = forecastInputsFromEstimate(estimate);
              onUse(values.arrivalsPerMonth, values.meanStayMonths);
            }}
          >
            Använd skattningen
          </Button>
        )}
        <Anchor component={Link} to={{ pathname: ROUTES.statistics, search }} size="xs">
          Månadsstatistik
        </Anchor>
      </Group>
    </Stack>
  );
}

// "Vad krävs?": how many lotsar to add, by when (given the lead time) and what it costs, so that
// the risk of having to wait stays within the target. The answer and its sentence come from core.
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatKronor, formatNumber } from '../../core/format/index.ts';
import { type HiringAnswer, hiringFigures } from '../../core/scenarios/forecast.ts';
import { Metric } from '../components/Metric.tsx';

interface Props {
  hiring: HiringAnswer;
  /** Why the answer is not the long-run recommendation (from core); null without a recommendation. */
  comparison: string | null;
}

export function HiringPanel({ hiring, comparison }: Props) {
  const plan = hiring.plan;
  return (
    <Card data-testid="hiring-plan">
      <Stack gap={2} mb="md">
        <Title order={2} size="h3">
          Vad krävs?
        </Title>
        <Text size="sm" c="dimmed">
          Det minsta antalet lotsar till och den senaste månaden de kan börja, för att risken att behöva vänta ska hålla målet varje månad från det att en lots
          som rekryteras nu kan börja.
        </Text>
      </Stack>
      {plan && (
        <Group gap="xl" mb="md" wrap="wrap">
          <Metric label="Ytterligare lotsar" value={formatNumber(plan.addLotsar, { maxDecimals: 1 })} />
          {hiringFigures(plan).map((f) => (
            <Metric key={f.label} label={f.label} value={f.value} />
          ))}
          {plan.costFullYear !== null && <Metric label="Kostnad för ett helt år" value={formatKronor(plan.costFullYear)} />}
        </Group>
      )}
      <Text size="sm" data-testid="hiring-sentence">
        {hiring.sentence}
      </Text>
      {comparison && (
        <Text size="sm" c="dimmed" mt="xs" data-testid="hiring-vs-recommendation">
          {comparison}
        </Text>
      )}
    </Card>
  );
}

// The long run: Erlang C for the last month's arrivals and slots, or a clear statement that the
// queue grows without bound.
import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { SteadyState } from '../../core/forecast/erlang.ts';
import { formatUtilization } from '../../core/format/index.ts';
import { Metric } from '../components/Metric.tsx';
import { RISK_MEASURES } from '../../core/forecast/riskMeasures.ts';
import { isLongRunRiskHigh, offeredLoadSentence, peopleFigure, probabilityFigure, weeksFigure } from '../../core/forecast/panelFigures.ts';

interface Props {
  steadyState: SteadyState;
  /** True for fixed or lognormal stays, where the mean wait is an approximation. */
  approximateWait: boolean;
  /** True when arrivals follow a seasonal profile (left out of the long run). */
  seasonal?: boolean;
}

export function SteadyStatePanel({ steadyState: s, approximateWait, seasonal = false }: Props) {
  const load = offeredLoadSentence(s);
  return (
    <Card h="100%" data-testid="steady-state">
      <Stack gap={2} mb="md">
        <Title order={2} size="h3">
          På lång sikt
        </Title>
        <Text size="sm" c="dimmed">
          {seasonal
            ? 'Jämviktsläget om anmälningarna och bemanningen i prognosens sista månad håller i sig (Erlang C), med årets genomsnittliga anmälningar i stället för den månadens säsongsfaktor.'
            : 'Jämviktsläget om anmälningarna och bemanningen i prognosens sista månad håller i sig (Erlang C).'}
        </Text>
      </Stack>
      {s.exists ? (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg" verticalSpacing="md">
          <Metric
            label={RISK_MEASURES.longRun.name}
            value={probabilityFigure(s.probabilityOfWaiting)}
            tone={isLongRunRiskHigh(s.probabilityOfWaiting) ? 'warning' : 'neutral'}
            detail="för den som anmäls"
            testId="steady-probability"
          />
          <Metric
            label="Väntetid i genomsnitt"
            value={s.meanWaitWeeks === null ? '–' : weeksFigure(s.meanWaitWeeks)}
            detail={approximateWait ? 'uppskattad för den valda vistelsetiden' : 'för alla som anmäls'}
            testId="steady-wait"
          />
          <Metric
            label="Beläggningsgrad"
            value={s.utilization === null ? '–' : formatUtilization(s.utilization)}
            detail="belastning i förhållande till platser"
            testId="steady-utilization"
          />
          <Metric label="Kö i genomsnitt" value={s.meanQueue === null ? '–' : peopleFigure(s.meanQueue)} detail="väntar på plats" testId="steady-queue" />
        </SimpleGrid>
      ) : (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title="Ingen jämvikt: kön växer utan gräns" data-testid="steady-none">
          <Text size="sm">Fler behöver plats samtidigt än det finns platser, så kön fortsätter att växa så länge läget består.</Text>
        </Alert>
      )}
      <Text size="xs" c="dimmed" mt="md" lh={1.5}>
        {load}
      </Text>
    </Card>
  );
}

// The smallest number of full-time lotsar that meets both targets in the long run, and what the
// difference from the forecast's staffing costs per year.
import { RISK_MEASURES } from '../../core/forecast/riskMeasures.ts';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { MAX_RECOMMENDED_LOTSAR, type Recommendation } from '../../core/forecast/recommend.ts';
import type { RecommendationCost } from '../../core/forecast/recommendationCost.ts';
import { recommendationCostShown, recommendationFootnote } from '../../core/forecast/recommendationText.ts';
import { formatNumber } from '../../core/format/index.ts';
import { Metric } from '../components/Metric.tsx';
import { lotsarFigure, probabilityFigure, slotsFigure, weeksFigure } from '../../core/forecast/panelFigures.ts';

interface Props {
  recommendation: Recommendation | null;
  cost: RecommendationCost | null;
  /** Lots FTE of the forecast. */
  lotsar: number;
  targetProbability: number;
  targetWaitWeeks: number;
  exampleSalaries: boolean;
}

export function RecommendationPanel(props: Props) {
  const { recommendation: r, cost, lotsar } = props;
  const shown = r && cost ? recommendationCostShown(cost, lotsar) : null;
  return (
    <Card h="100%" data-testid="recommendation">
      <Stack gap={2} mb="md">
        <Title order={2} size="h3">
          Rekommenderad bemanning
        </Title>
        <Text size="sm" c="dimmed">
          Minsta antal lotsar på heltid som når målen på lång sikt.
        </Text>
      </Stack>
      {r ? (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg" verticalSpacing="md">
          <Metric label="Lotsar" value={lotsarFigure(r.lotsar)} detail={slotsFigure(r.capacity)} testId="recommended-lotsar" />
          <Metric
            label={RISK_MEASURES.longRun.name}
            value={probabilityFigure(r.probabilityOfWaiting, props.targetProbability)}
            detail="för den som anmäls"
            testId="recommended-risk"
          />
          <Metric label="Väntetid i genomsnitt" value={weeksFigure(r.meanWaitWeeks)} detail="för alla som anmäls" testId="recommended-wait" />
          {shown ? (
            <Metric label={shown.label} value={shown.value} detail={shown.detail} testId="recommended-cost" />
          ) : (
            <Metric label="Merkostnad per år" value="–" detail="planen saknar lotsar att hämta en lön från" testId="recommended-cost" />
          )}
        </SimpleGrid>
      ) : (
        <Text size="sm">Ingen bemanning upp till {formatNumber(MAX_RECOMMENDED_LOTSAR)} lotsar når målen med de här antagandena.</Text>
      )}
      <Text size="xs" c="dimmed" mt="md" lh={1.5}>
        {recommendationFootnote(r ? cost : null, props)}
      </Text>
    </Card>
  );
}

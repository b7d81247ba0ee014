// "Väntetid för den som anmäls": the wait of someone referred in the month read (median, nine in
// ten, the risk of waiting more than T and the mean), and a month-by-month table of the figures
// that the charts do not show (with the simulation's confidence intervals). Figures, labels,
// explanations and sentences all come from core (waitText.ts).
import { Card, Group, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { forecastMonthLabel, forecastMonthText, type ForecastStart } from '../../core/forecast/calendar.ts';
import type { ForecastResult } from '../../core/forecast/forecast.ts';
import { confidenceIntervals } from '../../core/forecast/report.ts';
import { monthFiguresTable, monthWaitSentence, waitCardIntro, waitFigureTexts, waitPercentValue, waitWeeksValue } from '../../core/forecast/waitText.ts';
import { ChartDataTable } from '../components/ChartWithTable.tsx';
import { Metric } from '../components/Metric.tsx';

interface Props {
  result: ForecastResult;
  readingMonth: number;
  start: ForecastStart;
}

export function WaitDistributionCard({ result, readingMonth, start }: Props) {
  const wait = result.waits[readingMonth - 1];
  const month = result.months[readingMonth - 1];
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const table = useMemo(
    () =>
      monthFiguresTable({
        months: result.months,
        waits: result.waits,
        intervals: confidenceIntervals(result),
        monthLabel: (m) => forecastMonthLabel(start, m),
      }),
    [result, start],
  );
  if (!wait || !month) return null;
  const texts = waitFigureTexts(wait.thresholdWeeks);
  return (
    <Card data-testid="wait-distribution">
      <Stack gap={2} mb="md">
        <Title order={2} size="h3">
          Väntetid för den som anmäls
        </Title>
        <Text size="sm" c="dimmed">
          {waitCardIntro(forecastMonthText(start, readingMonth), result.model !== 'exact')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg" mb="md">
        <Metric label={texts.median.label} value={waitWeeksValue(wait.p50Weeks)} detail={texts.median.explanation} testId="wait-median" />
        <Metric label={texts.p90.label} value={waitWeeksValue(wait.p90Weeks)} detail={texts.p90.explanation} testId="wait-p90" />
        <Metric label={texts.over.label} value={waitPercentValue(wait.probabilityOfWaitOver)} detail={texts.over.explanation} testId="wait-over" />
        <Metric label={texts.mean.label} value={waitWeeksValue(month.expectedWaitWeeks)} detail={texts.mean.explanation} testId="wait-mean" />
      </SimpleGrid>
      <Text size="sm" data-testid="wait-sentence" mb="sm">
        {monthWaitSentence(wait, `i ${forecastMonthText(start, readingMonth)}`)}
      </Text>
      <Group justify="flex-end">
        <Switch label="Visa månad för månad som tabell" checked={asTable} onChange={(e) => setAsTable(e.currentTarget.checked)} aria-controls={id} size="sm" />
      </Group>
      <div id={id}>{asTable && <ChartDataTable table={table} />}</div>
    </Card>
  );
}

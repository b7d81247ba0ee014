// "Förtur: väntetid för varje grupp": with urgent referrals, the wait of each class in the month
// read (mean and the risk of waiting more than T), the sentence for it and a month-by-month table.
// Figures, labels, explanations and sentences all come from core (priorityForecast.ts).
import { Card, Group, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { forecastMonthLabel, forecastMonthText, type ForecastStart } from '../../core/forecast/calendar.ts';
import { priorityFigureTexts, priorityMonthSentence, priorityTable, type PriorityForecast } from '../../core/forecast/priorityForecast.ts';
import { waitPercentValue, waitWeeksValue } from '../../core/forecast/waitText.ts';
import { ChartDataTable } from '../components/ChartWithTable.tsx';
import { Metric } from '../components/Metric.tsx';

interface Props {
  forecast: PriorityForecast;
  readingMonth: number;
  start: ForecastStart;
}

export function PriorityCard({ forecast, readingMonth, start }: Props) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const table = useMemo(() => priorityTable(forecast, (m) => forecastMonthLabel(start, m)), [forecast, start]);
  const month = forecast.months[readingMonth - 1];
  if (!month) return null;
  const when = `i ${forecastMonthText(start, readingMonth)}`;
  const texts = priorityFigureTexts(forecast, when);
  return (
    <Card data-testid="priority-classes">
      <Stack gap={2} mb="md">
        <Title order={2} size="h3">
          {texts.title}
        </Title>
        <Text size="sm" c="dimmed">
          {texts.lead}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg" mb="md">
        <Metric
          label={texts.urgentWait.label}
          value={waitWeeksValue(month.urgent.expectedWaitWeeks)}
          detail={texts.urgentWait.explanation}
          testId="priority-urgent-wait"
        />
        <Metric
          label={texts.ordinaryWait.label}
          value={waitWeeksValue(month.ordinary.expectedWaitWeeks)}
          detail={texts.ordinaryWait.explanation}
          testId="priority-ordinary-wait"
        />
        <Metric
          label={texts.urgentOver.label}
          value={waitPercentValue(month.urgent.probabilityOfWaitOver)}
          detail={texts.urgentOver.explanation}
          testId="priority-urgent-over"
        />
        <Metric
          label={texts.ordinaryOver.label}
          value={waitPercentValue(month.ordinary.probabilityOfWaitOver)}
          detail={texts.ordinaryOver.explanation}
          testId="priority-ordinary-over"
        />
      </SimpleGrid>
      <Text size="sm" data-testid="priority-sentence" mb="sm">
        {priorityMonthSentence(forecast, readingMonth, when)}
      </Text>
      <Group justify="flex-end">
        <Switch label="Visa månad för månad som tabell" checked={asTable} onChange={(e) => setAsTable(e.currentTarget.checked)} aria-controls={id} size="sm" />
      </Group>
      <div id={id}>{asTable && <ChartDataTable table={table} />}</div>
    </Card>
  );
}

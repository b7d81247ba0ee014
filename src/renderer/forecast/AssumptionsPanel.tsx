// The inputs of the forecast, grouped as a unit manager thinks about them: demand, staffing,
// the state at the start, the targets and the period.
import { Badge, Card, Divider, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { Dispatch, ReactNode } from 'react';
import type { StayDistributionName } from '../../core/forecast/options.ts';
import type { StatisticsView } from '../statistics/useStatistics.ts';
import { HistoryEstimateNote } from './HistoryEstimateNote.tsx';
import { SeasonEditor } from './SeasonEditor.tsx';
import { SliderField } from './SliderField.tsx';
import { dischargesInMonthsText } from '../../core/statistics/monthly.ts';
import { SERVICE_LEVEL_HINT } from '../../core/forecast/waitText.ts';
import { ABANDONMENT_HINT, ABSENCE_HINT, LEAD_TIME_HINT } from '../../core/forecast/flowsText.ts';
import { PRIORITY_SHARE_HINT } from '../../core/forecast/priorityForecast.ts';
import type { FormAction, ForecastFormState, NumberFieldKey, ReadForm } from './forecastForm.ts';

interface Props {
  form: ForecastFormState;
  read: ReadForm;
  dispatch: Dispatch<FormAction>;
  /** The unit's monthly statistics for the estimate beside the inputs; undefined while loading. */
  monthlyStatistics: StatisticsView | undefined;
  /** Why the statistics could not be fetched, if they could not. */
  monthlyStatisticsError: Error | null;
  /** The selection's query string, for the link to "Månadsstatistik". */
  search: string;
  /** A note under each field whose starting value comes from the basis scenario. */
  basisNotes?: Partial<Record<NumberFieldKey, string>>;
}

const DISTRIBUTIONS: { value: StayDistributionName; label: string; description: string }[] = [
  {
    value: 'exponential',
    label: 'Exponentiell',
    description: 'Vistelsetiderna varierar mycket. Prognosen beräknas exakt.',
  },
  {
    value: 'fixed',
    label: 'Fast',
    description: 'Alla stannar lika länge. Prognosen simuleras med 10 000 körningar.',
  },
  {
    value: 'lognormal',
    label: 'Lognormal',
    description: 'De flesta stannar ungefär lika länge, några mycket längre. Prognosen simuleras med 10 000 körningar.',
  },
  {
    value: 'empirical',
    label: 'Historik',
    description:
      'Vistelsetiderna fördelas som enhetens egna avslut efter vistelsetid, med den genomsnittliga vistelsetiden ovan. Prognosen simuleras med 10 000 körningar.',
  },
];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="md" component="section" aria-label={title}>
      <Text size="xs" fw={700} tt="uppercase" c="stad" style={{ letterSpacing: '0.06em' }}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

export function AssumptionsPanel({ form, read, dispatch, monthlyStatistics, monthlyStatisticsError, search, basisNotes = {} }: Props) {
  const field = (key: NumberFieldKey) => (
    <Stack gap={4}>
      <SliderField
        field={key}
        text={form.texts[key]}
        value={form.values[key]}
        error={read.fieldErrors[key]}
        onText={(text) => dispatch({ type: 'text', key, text })}
        onSlide={(value) => dispatch({ type: 'slide', key, value })}
      />
      {basisNotes[key] && (
        <Text size="xs" c="stad" data-testid={`basis-note-${key}`}>
          <Badge size="xs" variant="light" tt="none" mr={6}>
            Från scenariot
          </Badge>
          {basisNotes[key]}
        </Text>
      )}
    </Stack>
  );
  const distribution = DISTRIBUTIONS.find((d) => d.value === form.stayDistribution)!;
  return (
    <Card data-testid="forecast-inputs">
      <Stack gap={2} mb="lg">
        <Title order={2} size="h3">
          Antaganden
        </Title>
        <Text size="sm" c="dimmed">
          Skriv tal med decimalkomma, till exempel 2,25.
        </Text>
      </Stack>
      <Stack gap="lg">
        <Section title="Efterfrågan">
          {field('arrivalsPerMonth')}
          {field('meanStayMonths')}
          <HistoryEstimateNote
            statistics={monthlyStatistics}
            error={monthlyStatisticsError}
            search={search}
            onUse={(arrivals, stay) => {
              dispatch({ type: 'slide', key: 'arrivalsPerMonth', value: arrivals });
              dispatch({ type: 'slide', key: 'meanStayMonths', value: stay });
            }}
          />
          {field('trendPercent')}
          {field('abandonmentPercent')}
          <Text size="xs" c="dimmed">
            {ABANDONMENT_HINT}
          </Text>
          {field('priorityPercent')}
          <Text size="xs" c="dimmed">
            {PRIORITY_SHARE_HINT}
          </Text>
          <SeasonEditor season={form.season} errors={read.seasonErrors} error={read.seasonError} dispatch={dispatch} />
          <Stack gap={6}>
            <Text size="sm" fw={500} c="var(--mantine-color-text)" id="vistelsetidens-fordelning">
              Vistelsetidens fördelning
            </Text>
            <SegmentedControl
              aria-labelledby="vistelsetidens-fordelning"
              fullWidth
              size="xs"
              value={form.stayDistribution}
              onChange={(v) => dispatch({ type: 'distribution', value: v as StayDistributionName })}
              data={DISTRIBUTIONS.map((d) => ({ value: d.value, label: d.label, disabled: d.value === 'empirical' && !monthlyStatistics?.stayBands }))}
            />
            <Text size="xs" c="dimmed" lh={1.45} data-testid="distribution-description">
              {distribution.description}
              {form.stayDistribution === 'empirical' && monthlyStatistics?.stayBands
                ? ` Historiken: ${dischargesInMonthsText(monthlyStatistics.stayBands.total, monthlyStatistics.stayBands.monthsUsed)}.`
                : ''}
              {!monthlyStatistics?.stayBands ? ' (Historik kräver avslut räknade efter vistelsetid i månadsstatistiken.)' : ''}
            </Text>
          </Stack>
          {form.stayDistribution === 'lognormal' && field('staySpread')}
        </Section>
        <Divider color="gray.2" />
        <Section title="Bemanning">
          {field('lotsar')}
          {field('caseload')}
          {field('absencePercent')}
          <Text size="xs" c="dimmed">
            {ABSENCE_HINT}
          </Text>
          {field('leadTimeMonths')}
          <Text size="xs" c="dimmed">
            {LEAD_TIME_HINT}
          </Text>
        </Section>
        <Divider color="gray.2" />
        <Section title="Startläge">
          {field('enrolled')}
          {field('queue')}
        </Section>
        <Divider color="gray.2" />
        <Section title="Mål">
          {field('targetRiskPercent')}
          {field('targetWaitWeeks')}
          {field('targetServicePercent')}
          {field('targetServiceWeeks')}
          <Text size="xs" c="dimmed">
            {SERVICE_LEVEL_HINT}
          </Text>
        </Section>
        <Divider color="gray.2" />
        <Section title="Period">{field('horizon')}</Section>
      </Stack>
    </Card>
  );
}

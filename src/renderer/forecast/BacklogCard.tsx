// "Få ner kön till ett datum": how many lotsar to add for how many months so that the expected
// queue is down to a chosen number by the end of a chosen month, and what it costs. The answer and
// its sentence come from core (forecast/backlog.ts), computed when asked for.
import { Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { backlogInputFor, backlogPlan, type BacklogAnswer } from '../../core/forecast/backlog.ts';
import { forecastMonthLabel, type ForecastStart } from '../../core/forecast/calendar.ts';
import type { ForecastOptions } from '../../core/forecast/options.ts';
import type { ForecastResult } from '../../core/forecast/forecast.ts';
import { formatKronor, formatNumber } from '../../core/format/index.ts';
import { monthsFigure } from '../../core/forecast/panelFigures.ts';
import { Metric } from '../components/Metric.tsx';

interface Props {
  options: ForecastOptions;
  result: ForecastResult;
  start: ForecastStart;
  /** The plan's positions and PO-pålägg, for the cost. */
  plan: { staff: { role: string; monthlySalary: number }[]; poPercent: number };
  /** Told the target when it is worked out, and null when it is changed (a saved forecast keeps it). */
  onTarget?(target: BacklogTarget | null): void;
}

/** At most targetQueue waiting at the end of forecast month byMonth. */
export interface BacklogTarget {
  targetQueue: number;
  byMonth: number;
}

export function BacklogCard({ options, result, start, plan, onTarget }: Props) {
  const [target, setTarget] = useState<number | string>(1);
  const [by, setBy] = useState<string>(String(Math.min(6, options.horizon)));
  const [answer, setAnswer] = useState<BacklogAnswer | null>(null);
  const months = useMemo(
    () => Array.from({ length: options.horizon }, (_, i) => ({ value: String(i + 1), label: forecastMonthLabel(start, i + 1) })),
    [options.horizon, start],
  );
  const targetValid = typeof target === 'number' && target >= 0;
  const compute = () => {
    if (!targetValid) return;
    onTarget?.({ targetQueue: target, byMonth: Math.min(Number(by), options.horizon) });
    setAnswer(
      // The forecast's own lotsar at work, flows and lead time (core backlogInputFor).
      backlogPlan(
        backlogInputFor(options, result, {
          targetQueue: target,
          byMonth: Math.min(Number(by), options.horizon),
          start,
          staff: plan.staff,
          poPercent: plan.poPercent,
        }),
      ),
    );
  };
  const p = answer?.plan;
  return (
    <Card data-testid="backlog-card">
      <Stack gap={2} mb="md">
        <Title order={2} size="h3">
          Få ner kön till ett datum
        </Title>
        <Text size="sm" c="dimmed">
          Hur många lotsar till som behövs, och under hur få månader, för att kön i genomsnitt ska vara nere i högst ett visst antal i slutet av en vald månad.
        </Text>
      </Stack>
      <Group align="flex-end" gap="md" wrap="wrap" mb="md">
        <NumberInput
          label="Högst antal i kö"
          value={target}
          onChange={(v) => {
            setTarget(v);
            setAnswer(null);
            onTarget?.(null);
          }}
          min={0}
          max={10_000}
          allowDecimal={false}
          w={160}
          error={targetValid ? undefined : 'Ange ett antal, 0 eller fler.'}
          data-testid="backlog-target"
        />
        <Select
          label="I slutet av"
          data={months}
          value={by}
          onChange={(v) => {
            if (v !== null) setBy(v);
            setAnswer(null);
            onTarget?.(null);
          }}
          allowDeselect={false}
          w={160}
          comboboxProps={{ shadow: 'md' }}
          maxDropdownHeight={280}
          data-testid="backlog-by"
        />
        <Button onClick={compute} disabled={!targetValid} data-testid="backlog-compute">
          Räkna ut
        </Button>
      </Group>
      {p && (
        <Group gap="xl" mb="md" wrap="wrap">
          <Metric label="Ytterligare lotsar" value={formatNumber(p.addLotsar, { maxDecimals: 1 })} testId="backlog-add" />
          <Metric label="Under" value={monthsFigure(p.months)} />
          <Metric label="Från" value={forecastMonthLabel(start, p.fromMonth)} />
          {p.cost !== null && <Metric label="Kostnad med PO-pålägg" value={formatKronor(p.cost)} />}
        </Group>
      )}
      {answer && (
        <Text size="sm" data-testid="backlog-sentence" role="status">
          {answer.sentence}
        </Text>
      )}
    </Card>
  );
}

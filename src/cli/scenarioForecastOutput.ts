// How the CLI writes the forecast of a plan or scenario: a Swedish month table with the risk of
// having to wait, the queue and the wait, the long run, the recommendation and the hiring answer;
// and the same in JSON (`lotsplan forecast --json` shape plus start and hiringPlan).
import type { CallOutput } from '../api/contracts/index.ts';
import { forecastMonthLabel } from '../core/forecast/calendar.ts';
import { formatKronor, formatLotsar, formatNumber, formatRisk, formatRiskTarget } from '../core/format/index.ts';
import { startPeopleText } from '../core/statistics/forecastStart.ts';
import { lotsarText } from '../core/forecast/describe.ts';
import { type ComparedQueueFigure, queueFigureCell } from '../core/scenarios/forecast.ts';

type Forecast = NonNullable<CallOutput<'getScenarioForecast'>['forecast']>;

export function forecastMonthTable(f: Forecast): string {
  const start = { year: f.start.year, month: f.start.month };
  const head = ['Månad', 'Lotsar', 'Platser', 'Risk att behöva vänta', 'Kö vid månadens slut', 'Väntat antal i kö', 'Kö, P90', 'Väntetid (v)'];
  const rows = f.months.map((m) => [
    forecastMonthLabel(start, m.month),
    formatLotsar(m.lotsar),
    formatNumber(m.capacity),
    formatRisk(m.probabilityOfWaiting, { target: f.targetProbability }),
    formatRisk(m.probabilityOfQueue, { target: f.targetProbability }),
    formatNumber(m.expectedQueue, { decimals: 1 }),
    formatNumber(m.queueP90),
    m.expectedWaitWeeks === null ? '–' : formatNumber(m.expectedWaitWeeks, { decimals: 1 }),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}

export function forecastText(title: string, f: Forecast): string {
  const s = f.steadyState;
  const longRun =
    s.meanWaitWeeks === null
      ? 'På lång sikt: ingen jämvikt, kön växer så länge anmälningarna och platserna är som i sista månaden.'
      : `På lång sikt: risk att behöva vänta ${formatRisk(s.probabilityOfWaiting, { target: f.targetProbability })}, genomsnittlig väntetid ${formatNumber(s.meanWaitWeeks, { decimals: 1 })} veckor.`;
  const r = f.recommendation;
  const recommendation = r
    ? `Rekommendation för målen (högst ${formatRiskTarget(f.targetProbability)} risk, högst ${formatNumber(f.targetWaitWeeks, { maxDecimals: 1 })} veckors väntetid): ${lotsarText(r.lotsar)}, ${formatNumber(r.capacity)} platser` +
      (f.recommendationCost && f.recommendationCost.differenceLotsar !== 0
        ? `, ${formatKronor(f.recommendationCost.costPerYear)} per år jämfört med bemanningen i december.`
        : '.')
    : 'Ingen bemanning uppfyller målen.';
  return [
    title,
    `Start: ${forecastMonthLabel({ year: f.start.year, month: f.start.month }, 1)} med ${startPeopleText(f.start.enrolled, f.start.queue)} (${f.start.source === 'statistics' ? 'månadsstatistiken' : 'planen'}).`,
    f.model === 'exact' ? 'Exakt beräkning.' : 'Simulering; svaret på vad som krävs räknas exakt med exponentiell vistelsetid.',
    '',
    forecastMonthTable(f),
    f.sentence,
    longRun,
    recommendation,
    f.hiringSentence,
    '',
  ].join('\n');
}

/** The JSON of `lotsplan forecast --district … --json`; hiringPlan only when a target was given. */
export function forecastJson(f: Forecast, withHiringPlan: boolean) {
  const { hiringPlan, hiringReason, ...rest } = f;
  return {
    ...rest,
    ...(withHiringPlan ? { hiringPlan, ...(hiringPlan === null ? { hiringPlanReason: hiringReason } : {}) } : {}),
  };
}

function queueValue(key: ComparedQueueFigure, v: number | null): string {
  if (v === null) return '–';
  if (key.startsWith('risk') || key === 'longRunProbabilityOfWaiting') return formatRisk(v);
  return formatNumber(v, { maxDecimals: 1 });
}

/** The queue figures of the comparison: one row per figure, one column per forecast, then the sentences. */
export function queueComparisonTable(result: CallOutput<'compareScenarios'>): string {
  const columns = [
    { name: 'Sparad plan', figures: result.baseline.queueFigures, forecast: result.baseline.forecast, message: result.baseline.forecastMessage },
    ...result.scenarios.map((s) => ({ name: s.scenario.name, figures: s.queueFigures, forecast: s.forecast, message: s.forecastMessage })),
  ];
  const first = columns[0]!.forecast;
  const title = first
    ? `Köprognos från ${forecastMonthLabel({ year: first.start.year, month: first.start.month }, 1)} (${first.start.source === 'statistics' ? 'månadsstatistiken' : 'planen'})`
    : 'Köprognos';
  const rows = result.comparedQueue.map(({ key, label }) => [
    label,
    ...columns.map((c) => (c.figures ? queueFigureCell(key as ComparedQueueFigure, c.figures[key as keyof typeof c.figures], c.forecast, queueValue) : '–')),
  ]);
  const head = ['', ...columns.map((c) => c.name)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  const sentences = columns.map((c) => `  ${c.name}: ${c.forecast ? `${c.forecast.sentence} ${c.forecast.hiringSentence}` : c.message}`);
  return `\n${title}\n${[line(head), ...rows.map(line), '', ...sentences].join('\n')}\n`;
}

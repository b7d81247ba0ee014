// The memo's charts describe themselves in running text: the cost chart counts its alternatives
// in words up to twelve ("i två alternativ", "i ett alternativ", "i 14 alternativ").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChart, buildTable } from '../../../src/core/memo/tables.ts';
import { figurePrinter } from '../../../src/core/memo/figurePrinter.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { memoSeriesSchema, type MemoContent } from '../../../src/core/memo/model.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';
import { DEFAULTS, seedPlan, sourcesOf } from './support.ts';

const base = draftMemo('skrivelse', sourcesOf(seedPlan()), DEFAULTS, {
  skrivelse: { date: '2019-10-24', authors: 'Niklas Thorén m.fl. (V)', background: 'Bakgrund.', questions: [] },
});

function withScenarios(n: number): MemoContent {
  const scenarios = Array.from({ length: n }, (_, i) => ({
    name: `Alternativ ${i + 1}`,
    lotsarFte: 4,
    totalCost: 1_000_000 + i * 1000,
    balance: 0,
    costPerParticipant: null,
    utilization: null,
  }));
  return { ...base, figures: { ...base.figures, series: { ...base.figures.series, scenarios } } };
}

const description = (n: number) => buildChart('scenarioCost', withScenarios(n))!.description;

describe('the cost chart’s description', () => {
  it('counts the alternatives as running text does', () => {
    expect(description(1)).toMatch(/^Diagrammet jämför den totala kostnaden i ett alternativ, från /);
    expect(description(2)).toMatch(/^Diagrammet jämför den totala kostnaden i två alternativ, från /);
    expect(description(12)).toMatch(/^Diagrammet jämför den totala kostnaden i tolv alternativ, från /);
    expect(description(14)).toMatch(/^Diagrammet jämför den totala kostnaden i 14 alternativ, från /);
    expect(buildChart('scenarioCost', withScenarios(0))).toBeNull();
  });

  it('never writes a count of 1–12 alternatives in digits, and one is "ett alternativ" (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (n) => {
        const words = n === 1 ? 'ett' : n <= 12 ? countInText(n) : formatNumber(n);
        expect(description(n).startsWith(`Diagrammet jämför den totala kostnaden i ${words} alternativ, från `)).toBe(true);
        if (n <= 12) expect(description(n)).not.toMatch(/kostnaden i \d/);
      }),
    );
  });
});

describe('the forecast table and charts', () => {
  const series = base.figures.series;

  it('has a forecast of more than twelve months in the snapshot, of which the table and both charts show the first twelve', () => {
    expect(series.forecastMonths.length).toBeGreaterThan(12);
    const table = buildTable('forecast', base, figurePrinter(base))!.table;
    expect(table.rows.map((r) => r[0])).toEqual(series.forecastMonths.slice(0, 12).map((m) => m.replace(' ', '\u00a0')));
    for (const kind of ['forecastFan', 'queueRisk'] as const) {
      const chart = buildChart(kind, base)!;
      expect(chart.categories).toEqual(series.forecastMonths.slice(0, 12));
      for (const s of chart.series) expect(s.values).toHaveLength(12);
      expect(chart.description).toContain(`från ${series.forecastMonths[0]} till ${series.forecastMonths[11]}`);
    }
  });

  it('names its columns in full and shows the mean queue and the mean wait beside the 90th percentile and the risk', () => {
    const table = buildTable('forecast', base, figurePrinter(base))!.table;
    expect(table.columns.map((c) => c.heading)).toEqual([
      'Månad',
      'Inskrivna, medelvärde',
      'Kö, medelvärde',
      'Kö, 90:e percentilen',
      'Väntetid i veckor, medelvärde',
      'Risk att behöva vänta',
    ]);
    const last = table.rows[11]!;
    expect(last[2]).toBe(formatNumber(series.queueMean![11]!, { decimals: 1 }));
    expect(last[4]).toBe(formatNumber(series.expectedWaitWeeks![11]!, { decimals: 1 }));
    expect(table.footnote).toContain('Väntetiden och risken att behöva vänta gäller den som anmäls under månaden');
  });

  it('reads a snapshot stored before the mean queue and the wait were kept, and shows its median queue as before', () => {
    const { queueMean: _q, expectedWaitWeeks: _w, ...old } = series;
    expect(memoSeriesSchema.safeParse(old).success).toBe(true);
    const content: MemoContent = { ...base, figures: { ...base.figures, series: old } };
    const table = buildTable('forecast', content, figurePrinter(content))!.table;
    expect(table.columns.map((c) => c.heading)).toEqual(['Månad', 'Inskrivna, medelvärde', 'Kö, median', 'Kö, 90:e percentilen', 'Risk att behöva vänta']);
    expect(table.rows[0]![2]).toBe(formatNumber(old.queueP50[0]!, { decimals: 0 }));
    expect(table.footnote).toContain('Risken att behöva vänta gäller den som anmäls under månaden.');
  });
});

describe('the forecast fan', () => {
  const series = base.figures.series;
  /** The snapshot with a queue of its own over its first twelve months (the rest as drafted). */
  const withQueue = (queue: { mean: number[]; p50: number[]; p90: number[] }): MemoContent => ({
    ...base,
    figures: {
      ...base.figures,
      series: {
        ...series,
        queueMean: [...queue.mean, ...series.queueMean!.slice(12)],
        queueP50: [...queue.p50, ...series.queueP50.slice(12)],
        queueP90: [...queue.p90, ...series.queueP90.slice(12)],
      },
    },
  });
  // A unit that is nearly full: the median queue is 0 all year while the mean and the 90th percentile rise.
  const nearlyFull = withQueue({
    mean: [0.04, 0.31, 0.55, 0.74, 0.9, 1.02, 1.13, 1.22, 1.3, 1.36, 1.41, 1.44],
    p50: Array.from({ length: 12 }, () => 0),
    p90: [0, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 5],
  });

  it('draws the mean queue of the forecast table and its 90th percentile as lines, with their cells as the table prints them', () => {
    const chart = buildChart('forecastFan', nearlyFull)!;
    const table = buildTable('forecast', nearlyFull, figurePrinter(nearlyFull))!.table;
    expect(chart.title).toBe('Prognos för kön (medelvärde och 90:e percentil)');
    expect(chart.series.map((s) => s.name)).toEqual(['Kö, medelvärde', 'Kö, 90:e percentilen']);
    expect(table.columns[2]!.heading).toBe('Kö, medelvärde');
    // The mean with the table's one decimal, also in the chart's own numbers (Word's chart data).
    expect(chart.series[0]!.values).toEqual([0, 0.3, 0.6, 0.7, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.4, 1.4]);
    expect(chart.series[0]!.values.map((v) => formatNumber(v, { decimals: 1 }))).toEqual(table.rows.map((r) => r[2]));
    expect(chart.series[1]!.values.map((v) => formatNumber(v, { decimals: 0 }))).toEqual(table.rows.map((r) => r[3]));
  });

  it('has a band from the median up to the 90th percentile, named for what it spans', () => {
    const chart = buildChart('forecastFan', nearlyFull)!;
    expect(chart.band).toEqual({
      name: 'Mellan medianen och 90:e percentilen',
      lowerName: 'Kö, median',
      lower: Array.from({ length: 12 }, () => 0),
      upper: [0, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 5],
    });
    // The drafted snapshot too, over the table's twelve months.
    const drafted = buildChart('forecastFan', base)!;
    expect(drafted.band!.lower).toEqual(series.queueP50.slice(0, 12));
    expect(drafted.band!.upper).toEqual(series.queueP90.slice(0, 12));
  });

  it('describes the mean as the table rounds it, not the median', () => {
    const description = buildChart('forecastFan', nearlyFull)!.description;
    expect(description).toMatch(
      /^Diagrammet visar kön enligt prognosen per månad från jan 2021 till dec 2021: medelvärdet är som högst 1,4 och den 90:e percentilen som högst 5 personer\. Det skuggade fältet går från medianen upp till den 90:e percentilen\./,
    );
    expect(description).not.toContain('medianen är som högst');
    const one = withQueue({
      mean: Array.from({ length: 12 }, () => 0.05),
      p50: Array.from({ length: 12 }, () => 0),
      p90: [0, 0, 1, ...Array.from({ length: 9 }, () => 0)],
    });
    expect(buildChart('forecastFan', one)!.description).toContain('medelvärdet är som högst 0,1 och den 90:e percentilen som högst 1 person.');
  });

  it('draws a snapshot stored before the mean queue was kept as before: its median and 90th percentile, without a band of its own', () => {
    const { queueMean: _q, expectedWaitWeeks: _w, ...old } = series;
    const content: MemoContent = { ...base, figures: { ...base.figures, series: old } };
    const chart = buildChart('forecastFan', content)!;
    expect(chart.title).toBe('Prognos för kön (median och 90:e percentil)');
    expect(chart.series).toEqual([
      { name: 'Kö, median', values: old.queueP50.slice(0, 12) },
      { name: 'Kö, 90:e percentil', values: old.queueP90.slice(0, 12) },
    ]);
    expect(chart.band).toBeUndefined();
    expect(chart.description).toMatch(/: medianen är som högst \d+ och den 90:e percentilen som högst \d+ (person|personer)\./);
    expect(chart.description).not.toContain('medelvärdet');
  });
});

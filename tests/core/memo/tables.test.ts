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

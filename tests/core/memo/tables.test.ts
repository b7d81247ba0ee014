// The memo's charts describe themselves in running text: the cost chart counts its alternatives
// in words up to twelve ("i två alternativ", "i ett alternativ", "i 14 alternativ").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/core/memo/tables.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import type { MemoContent } from '../../../src/core/memo/model.ts';
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

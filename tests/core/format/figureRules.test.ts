// The one rule per kind of figure (formatLotsar, formatUtilization, formatRisk) and that the
// screens' formatters use it: Översikt, Scenarier, Hela staden, Prognos and the CLI write a figure alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFigureGroups } from '../../../src/core/figures/figureCards.ts';
import { formatFigure } from '../../../src/core/figures/formatFigure.ts';
import { probabilityFigure } from '../../../src/core/forecast/panelFigures.ts';
import { probabilityText } from '../../../src/core/forecast/describe.ts';
import { formatLotsar, formatRisk, formatRiskTarget, formatUtilization } from '../../../src/core/format/index.ts';
import { formatQueueFigure } from '../../../src/core/scenarios/forecast.ts';
import { computeKeyFigures } from '../../../src/core/figures/keyFigures.ts';
import { seed000Plan } from '../support/plans.ts';

const NB = '\u00a0';

/** The number a risk text shows, in percent, and whether it says "under" or "över". */
function read(text: string): { bound: 'under' | 'över' | null; value: number } {
  const m = /^(under |över )?([\d\u00a0]+(?:,\d+)?)(?:\u00a0%| procent)$/.exec(text);
  if (!m) throw new Error(`Not a risk text: ${text}`);
  return { bound: m[1] ? (m[1].trim() as 'under' | 'över') : null, value: Number(m[2]!.replace(/\u00a0/g, '').replace(',', '.')) };
}

describe('formatLotsar', () => {
  it('writes whole lotsar without a decimal and parts with one or two', () => {
    expect(formatLotsar(4)).toBe('4');
    expect(formatLotsar(4.5)).toBe('4,5');
    expect(formatLotsar(0.75)).toBe('0,75');
  });
});

describe('formatUtilization', () => {
  it('is whole percent, in a table and in text', () => {
    expect(formatUtilization(0.9643)).toBe(`96${NB}%`);
    expect(formatUtilization(0.9643, 'text')).toBe('96 procent');
  });
});

describe('formatRisk', () => {
  it('keeps one decimal under 10 % and whole percent above, as Prognos always did', () => {
    expect(formatRisk(0.0976)).toBe(`9,8${NB}%`);
    expect(formatRisk(0.7895)).toBe(`79${NB}%`);
    expect(formatRisk(0.0004)).toBe(`under 0,1${NB}%`);
    expect(formatRisk(0.9999)).toBe(`över 99,9${NB}%`);
    expect(formatRisk(0)).toBe(`0${NB}%`);
    expect(formatRisk(0.0976, { style: 'text' })).toBe('9,8 procent');
  });

  it('never rounds onto the target: just under is "under", just over keeps a decimal', () => {
    expect(formatRisk(0.0996)).toBe(`under 10${NB}%`);
    expect(formatRisk(0.103)).toBe(`10,3${NB}%`);
    expect(formatRisk(0.1002)).toBe(`över 10${NB}%`);
    expect(formatRisk(0.1)).toBe(`10${NB}%`);
    expect(formatRisk(0.146, { target: 0.15 })).toBe(`14,6${NB}%`);
    expect(formatRisk(0.1496, { target: 0.15 })).toBe(`under 15${NB}%`);
    expect(formatRiskTarget(0.125)).toBe(`12,5${NB}%`);
  });

  it('a risk below the target never reads as the target or above it, nor one above as within it (property)', () => {
    const target = fc.integer({ min: 10, max: 500 }).map((k) => k / 1000);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), target, fc.constantFrom<'table' | 'text'>('table', 'text'), (p, t, style) => {
        const shown = read(formatRisk(p, { target: t, style }));
        const goal = t * 100;
        if (p < t) expect(shown.bound === 'under' || shown.value < goal - 1e-9).toBe(true);
        if (p > t) expect(shown.bound === 'över' || shown.value > goal + 1e-9).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('is never more than half a unit of its last decimal from the value, unless it says under or över (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const text = formatRisk(p);
        const shown = read(text);
        if (shown.bound !== null) return;
        const decimals = text.includes(',') ? 1 : 0;
        expect(Math.abs(shown.value - p * 100)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      }),
    );
  });
});

describe('every screen uses the same rule', () => {
  it('a long-run risk of 9,8 % is 9,8 % on Prognos, in the Scenarier table and in running text', () => {
    expect(probabilityFigure(0.0976)).toBe(`9,8${NB}%`);
    expect(formatQueueFigure('longRunProbabilityOfWaiting', 0.0976)).toBe(`9,8${NB}%`);
    expect(formatQueueFigure('riskIn12Months', 0.0996)).toBe(`under 10${NB}%`);
    expect(formatQueueFigure('riskIn12Months', 0.0996, 0.2)).toBe(`10${NB}%`);
    expect(probabilityText(0.0976)).toBe('9,8 procent');
  });

  it('lotsar and utilization read the same on Översikt as in the Scenarier and Hela staden tables', () => {
    const f = computeKeyFigures(seed000Plan());
    const cards = buildFigureGroups(f).flatMap((g) => g.cards);
    const card = (key: string) => cards.find((c) => c.key === key)!.value;
    expect(formatFigure('lotsarFte', f.lotsarFte)).toBe('4');
    expect(card('lotsarFte')).toBe(formatFigure('lotsarFte', f.lotsarFte));
    expect(formatFigure('utilization', f.utilization)).toBe(`96${NB}%`);
    expect(card('utilization')).toBe(formatFigure('utilization', f.utilization));
    expect(formatFigure('lotsarFte', 4.5)).toBe('4,5');
  });
});

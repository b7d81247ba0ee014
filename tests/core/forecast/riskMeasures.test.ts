// The three measures of waiting have names that cannot be confused, one sentence each; the month
// check is worded in core; a summary never quotes a dip month as if it were the outlook.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeForecast, peakMonthRisk, probabilityText } from '../../../src/core/forecast/describe.ts';
import { RISK_MEASURES, targetCheckLines } from '../../../src/core/forecast/riskMeasures.ts';
import type { ForecastMonth } from '../../../src/core/forecast/types.ts';

const start = { year: 2021, month: 1 };

function months(risks: readonly number[]): ForecastMonth[] {
  return risks.map((p, i) => ({ month: i + 1, probabilityOfWaiting: p }) as ForecastMonth);
}

describe('RISK_MEASURES', () => {
  it('has three different names, none a prefix of another, each explained in one sentence', () => {
    const all = Object.values(RISK_MEASURES);
    const names = all.map((m) => m.name.toLocaleLowerCase('sv'));
    expect(new Set(names).size).toBe(3);
    for (const a of names) for (const b of names) if (a !== b) expect(b.startsWith(a)).toBe(false);
    for (const m of all) expect(m.explanation.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(RISK_MEASURES.month.name).toBe('Risk att behöva vänta, per månad');
    expect(RISK_MEASURES.longRun.name).toBe('Risk att behöva vänta på lång sikt');
    expect(RISK_MEASURES.monthEndQueue.name).toBe('Kö vid månadens slut');
  });
});

describe('targetCheckLines', () => {
  it('words the month check for the forecast, a comparison and a scenario, with Swedish quotation marks', () => {
    const lines = targetCheckLines({
      alternatives: [
        { lotsar: 4, firstMonthOverTarget: 1 },
        { lotsar: 5, firstMonthOverTarget: null },
      ],
      scenarios: [{ name: 'En lots till', firstMonthOverTarget: 14 }],
      targetProbability: 0.1,
      start,
    });
    expect(lines).toEqual([
      { lead: 'Med fyra lotsar (prognosen):', text: 'risken att behöva vänta överstiger målet (10\u00a0%) första gången i januari 2021.' },
      { lead: 'Med fem lotsar:', text: 'risken att behöva vänta håller sig inom målet (10\u00a0%) varje månad under hela perioden.' },
      { lead: 'I scenariot ”En lots till”:', text: 'risken att behöva vänta överstiger målet (10\u00a0%) första gången i februari 2022.' },
    ]);
  });
});

describe('the summary and the month it reads', () => {
  it('a dip month is never quoted alone: the highest month of the period is named with its month', () => {
    // A seasonal dip in month 6 (8 %) while the risk reaches 41 % in month 11.
    const risks = [0.3, 0.25, 0.2, 0.15, 0.1, 0.08, 0.12, 0.2, 0.3, 0.38, 0.41, 0.35];
    const text = describeForecast({ month: 6, alternatives: [{ lotsar: 4, months: months(risks) }], start });
    expect(text).toBe(
      'Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader 8 procent. Med fyra lotsar är risken som högst 41 procent under prognosperioden, i november 2021.',
    );
    // Without a calendar start the month is counted from now.
    expect(describeForecast({ month: 6, alternatives: [{ lotsar: 4, months: months(risks) }] })).toContain(
      'som högst 41 procent under prognosperioden, om elva månader.',
    );
  });

  it('no extra sentence when the month read is the highest', () => {
    const text = describeForecast({ month: 3, alternatives: [{ lotsar: 4, months: months([0.1, 0.2, 0.3, 0.2]) }] });
    expect(text).toBe('Med fyra lotsar är risken att behöva vänta för den som anmäls om tre månader 30 procent.');
  });

  it('for any series and any month read, the summary states the highest risk of the period (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 36 }), fc.nat(), (risks, pick) => {
        const month = (pick % risks.length) + 1;
        const text = describeForecast({ month, alternatives: [{ lotsar: 4, months: months(risks) }], start });
        const peak = peakMonthRisk(months(risks))!;
        expect(peak.probability).toBe(Math.max(...risks));
        expect(text).toContain(probabilityText(peak.probability));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastStartState, startPeopleText } from '../../../src/core/statistics/forecastStart.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';
import type { MonthlyStatistics } from '../../../src/core/statistics/monthly.ts';

const plan = { year: 2020, enrolled: 27, queue: 0 };
const month = (m: string, over: Partial<MonthlyStatistics> = {}): MonthlyStatistics => ({
  month: m,
  referrals: 2,
  newEnrolments: 2,
  discharges: 2,
  enrolledAtMonthEnd: 28,
  queueAtMonthEnd: 3,
  dischargesByStay: null,
  ...over,
});

describe('where a forecast starts', () => {
  it('starts from the plan when there are no statistics, or they end before its December', () => {
    for (const latest of [null, month('2020-11')]) {
      expect(forecastStartState(plan, latest)).toEqual({
        start: { year: 2021, month: 1 },
        enrolled: 27,
        queue: 0,
        source: 'plan',
        queueFromPlan: false,
        description: 'Startläge enligt planen för 2020: 27 inskrivna och ingen kö. Prognosen börjar i januari 2021.',
      });
    }
  });

  it('starts the month after the latest statistics from December of the plan year on', () => {
    expect(forecastStartState(plan, month('2020-12'))).toMatchObject({
      start: { year: 2021, month: 1 },
      enrolled: 28,
      queue: 3,
      source: 'statistics',
      queueFromPlan: false,
    });
    const later = forecastStartState(plan, month('2021-03', { enrolledAtMonthEnd: 1, queueAtMonthEnd: 0 }));
    expect(later.start).toEqual({ year: 2021, month: 4 });
    expect(later.description).toBe('Startläge enligt månadsstatistiken för mars 2021: en inskriven och ingen kö. Prognosen börjar i april 2021.');
  });

  it("keeps the plan's queue, and says so, when the month did not count it", () => {
    const s = forecastStartState({ ...plan, queue: 2 }, month('2021-01', { queueAtMonthEnd: null }));
    expect(s.queue).toBe(2);
    expect(s.queueFromPlan).toBe(true);
    expect(s.description).toBe(
      'Startläge enligt månadsstatistiken för januari 2021: 28 inskrivna och två i kö (kön är inte räknad den månaden, så planens kö används). Prognosen börjar i februari 2021.',
    );
  });
});

describe('startPeopleText', () => {
  it('writes the start in words up to twelve, the singular for one and "ingen kö" for none', () => {
    expect(startPeopleText(27, 0)).toBe('27 inskrivna och ingen kö');
    expect(startPeopleText(1, 3)).toBe('en inskriven och tre i kö');
    expect(startPeopleText(12, 14)).toBe('tolv inskrivna och 14 i kö');
    expect(startPeopleText(0, 0)).toBe('inga inskrivna och ingen kö');
    expect(startPeopleText(0, 5)).toBe('inga inskrivna och fem i kö');
  });

  it('is singular for one enrolled and never writes 1–12 in digits (property)', () => {
    const words = (n: number) => (n <= 12 ? countInText(n) : formatNumber(n));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (enrolled, queue) => {
        const text = startPeopleText(enrolled, queue);
        const people = enrolled === 1 ? 'en inskriven' : enrolled === 0 ? 'inga inskrivna' : `${words(enrolled)} inskrivna`;
        expect(text).toBe(`${people} och ${queue === 0 ? 'ingen kö' : `${words(queue)} i kö`}`);
        expect(text).not.toMatch(/\b1 inskrivna|\b0 i kö|noll inskrivna/);
      }),
    );
  });
});

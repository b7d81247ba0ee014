import { describe, expect, it } from 'vitest';
import {
  arrivalsByMonth,
  defaultReadingMonth,
  screenForecastOptions,
  suggestComparisonLotsar,
  type ForecastScreenValues,
} from '../../../src/core/forecast/screenOptions.ts';
import { calendarMonthOf, forecastMonthLabel, forecastMonthText, forecastStartForPlanYear } from '../../../src/core/forecast/calendar.ts';

const demo: ForecastScreenValues = {
  arrivalsPerMonth: 2.25,
  meanStayMonths: 12,
  lotsar: 4,
  caseload: 7,
  enrolled: 27,
  queue: 0,
  targetRiskPercent: 10,
  targetWaitWeeks: 2,
  horizon: 24,
  stayDistribution: 'exponential',
  staySpread: 0.5,
  surges: [],
};

describe('arrivalsByMonth', () => {
  it('is the base rate alone without surges', () => {
    expect(arrivalsByMonth(2.25, [], 24)).toEqual([2.25]);
  });

  it('adds "+6 per month from March to August" and returns to the base rate after', () => {
    const list = arrivalsByMonth(2.25, [{ extraArrivals: 6, fromMonth: 3, toMonth: 8 }], 24);
    expect(list).toEqual([2.25, 2.25, 8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 2.25]);
  });

  it('adds overlapping surges and decreases', () => {
    const list = arrivalsByMonth(
      2,
      [
        { extraArrivals: 1, fromMonth: 1, toMonth: 3 },
        { extraArrivals: 2, fromMonth: 3, toMonth: 4 },
        { extraArrivals: -1.5, fromMonth: 5, toMonth: 5 },
      ],
      12,
    );
    expect(list).toEqual([3, 3, 5, 4, 0.5, 2]);
  });

  it('never runs past the horizon', () => {
    expect(arrivalsByMonth(2, [{ extraArrivals: 1, fromMonth: 2, toMonth: 30 }], 4)).toEqual([2, 3, 3, 3]);
    expect(arrivalsByMonth(2, [{ extraArrivals: 1, fromMonth: 3, toMonth: 3 }], 3)).toEqual([2, 2, 3]);
  });
});

describe('screenForecastOptions', () => {
  it('maps the DOMAIN example to the options the CLI would use', () => {
    const r = screenForecastOptions(demo);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      arrivals: [2.25],
      stay: 12,
      lotsar: [4],
      caseload: 7,
      enrolled: 27,
      queue: 0,
      horizon: 24,
      targetProbability: 0.1,
      targetWaitWeeks: 2,
      stayDistribution: 'exponential',
      runs: 10_000,
      seed: 1,
    });
    expect(r.value.staySpread).toBeUndefined();
  });

  it('passes the spread only for lognormal stays', () => {
    const r = screenForecastOptions({ ...demo, stayDistribution: 'lognormal', staySpread: 0.8 });
    expect(r.ok && r.value.staySpread).toBe(0.8);
    const f = screenForecastOptions({ ...demo, stayDistribution: 'fixed', staySpread: 0.8 });
    expect(f.ok && f.value.staySpread).toBeUndefined();
  });

  it('reports the month where surges make arrivals negative', () => {
    const r = screenForecastOptions({ ...demo, surges: [{ extraArrivals: -3, fromMonth: 2, toMonth: 2 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.path).toEqual(['arrivals', 1]);
  });
});

describe('suggestComparisonLotsar and defaultReadingMonth', () => {
  it('suggests the recommendation first, then the next whole numbers of lotsar', () => {
    expect(suggestComparisonLotsar(4, null, [])).toBe(5);
    expect(suggestComparisonLotsar(4, 6, [5])).toBe(6);
    expect(suggestComparisonLotsar(4, 5, [5])).toBe(6);
    expect(suggestComparisonLotsar(4, 4, [])).toBe(5);
    expect(suggestComparisonLotsar(4.5, null, [5, 6])).toBe(7);
    expect(suggestComparisonLotsar(100, null, [])).toBe(100);
  });

  it('reads six months ahead, or the horizon when it is shorter', () => {
    expect(defaultReadingMonth(24)).toBe(6);
    expect(defaultReadingMonth(3)).toBe(3);
  });
});

describe('forecast calendar', () => {
  it('starts in January after the plan year', () => {
    const start = forecastStartForPlanYear(2020);
    expect(start).toEqual({ year: 2021, month: 1 });
    expect(forecastMonthLabel(start, 1)).toBe('jan 2021');
    expect(forecastMonthLabel(start, 3)).toBe('mar 2021');
    expect(forecastMonthLabel(start, 12)).toBe('dec 2021');
    expect(forecastMonthLabel(start, 13)).toBe('jan 2022');
    expect(forecastMonthLabel(start, 120)).toBe('dec 2030');
    expect(forecastMonthText(start, 6)).toBe('juni 2021');
  });

  it('counts from any starting month', () => {
    expect(calendarMonthOf({ year: 2025, month: 11 }, 1)).toEqual({ year: 2025, month: 11 });
    expect(calendarMonthOf({ year: 2025, month: 11 }, 3)).toEqual({ year: 2026, month: 1 });
    expect(() => calendarMonthOf({ year: 2025, month: 1 }, 0)).toThrow(RangeError);
  });
});

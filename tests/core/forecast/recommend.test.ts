import { describe, expect, it } from 'vitest';
import { firstMonthOverTarget, recommendLotsar } from '../../../src/core/forecast/recommend.ts';
import { erlangC } from '../../../src/core/forecast/erlang.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';

describe('staffing recommendation', () => {
  it('recommends five lotsar for the DOMAIN example (λ = 2,25, L = 12, seven per lots)', () => {
    const r = recommendLotsar({ arrivalsPerMonth: 2.25, meanStayMonths: 12, caseload: 7, targetProbability: 0.1, targetWaitWeeks: 2 });
    expect(r).not.toBeNull();
    expect(r!.lotsar).toBe(5);
    expect(r!.capacity).toBe(35);
    expect(r!.probabilityOfWaiting).toBeCloseTo(erlangC(35, 27), 14);
    expect(r!.probabilityOfWaiting).toBeLessThanOrEqual(0.1);
    expect(r!.meanWaitWeeks).toBeLessThanOrEqual(2);
    // Four lotsar (28 slots) do not meet the target.
    expect(erlangC(28, 27)).toBeGreaterThan(0.1);
  });

  it('is the smallest N meeting both targets', () => {
    for (const lambda of [0.5, 1, 2.25, 4, 9]) {
      for (const target of [0.05, 0.1, 0.3]) {
        const input = { arrivalsPerMonth: lambda, meanStayMonths: 12, caseload: 7, targetProbability: target, targetWaitWeeks: 2 };
        const r = recommendLotsar(input)!;
        expect(r.probabilityOfWaiting).toBeLessThanOrEqual(target);
        const fewer = recommendLotsar({ ...input, targetProbability: 1, targetWaitWeeks: 1e9 })!;
        expect(fewer.lotsar).toBeLessThanOrEqual(r.lotsar);
        if (r.lotsar > 0) {
          const c = Math.floor((r.lotsar - 1) * 7);
          const a = lambda * 12;
          const meets = a < c && erlangC(c, a) <= target && (erlangC(c, a) / (c / 12 - lambda)) * (52 / 12) <= 2;
          expect(meets).toBe(false);
        }
      }
    }
  });

  it('needs no lotsar without arrivals', () => {
    expect(recommendLotsar({ arrivalsPerMonth: 0, meanStayMonths: 12, caseload: 7, targetProbability: 0.1, targetWaitWeeks: 2 })).toMatchObject({
      lotsar: 0,
      capacity: 0,
    });
  });

  it('honours a strict wait target', () => {
    const loose = recommendLotsar({ arrivalsPerMonth: 2.25, meanStayMonths: 12, caseload: 7, targetProbability: 1, targetWaitWeeks: 52 })!;
    const strict = recommendLotsar({ arrivalsPerMonth: 2.25, meanStayMonths: 12, caseload: 7, targetProbability: 1, targetWaitWeeks: 0.1 })!;
    expect(strict.lotsar).toBeGreaterThan(loose.lotsar);
    expect(strict.meanWaitWeeks).toBeLessThanOrEqual(0.1);
  });
});

describe('first month over the target', () => {
  it('finds the month a surge pushes the risk of a queue over the target', () => {
    const parsed = parseForecastOptions({
      arrivals: [1, 1, 1, 1, 1, 1, 8],
      stay: 12,
      lotsar: 5,
      caseload: 7,
      enrolled: 12,
      horizon: 12,
      targetProbability: 0.1,
    });
    if (!parsed.ok) throw new Error('invalid');
    const result = runForecast(parsed.value);
    const first = result.firstMonthOverTarget!;
    expect(first).toBeGreaterThanOrEqual(7);
    expect(result.months[first - 1]!.probabilityOfWaiting).toBeGreaterThan(0.1);
    for (const m of result.months.slice(0, first - 1)) expect(m.probabilityOfWaiting).toBeLessThanOrEqual(0.1);
  });

  it('is null when the risk never exceeds the target', () => {
    expect(firstMonthOverTarget([], 0.1)).toBeNull();
    const parsed = parseForecastOptions({ arrivals: 1, stay: 12, lotsar: 5, caseload: 7, horizon: 6 });
    if (!parsed.ok) throw new Error('invalid');
    expect(runForecast(parsed.value).firstMonthOverTarget).toBeNull();
  });
});

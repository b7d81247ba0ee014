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

  it('answers null, and returns, when the caseload per lots is so small that no lots gives a slot', () => {
    for (const caseload of [1e-6, 1e-12, 1e-300]) {
      expect(recommendLotsar({ arrivalsPerMonth: 1, meanStayMonths: 6, caseload, targetProbability: 0.1, targetWaitWeeks: 2 })).toBeNull();
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

describe('service-level target', () => {
  it('is exact for exponential stays: P(wait > t) = C(c, a)·e^(−(C/L − λ)t)', async () => {
    const { probabilityOfWaitingLonger, steadyState } = await import('../../../src/core/forecast/erlang.ts');
    const s = steadyState(2.25, 12, 35);
    const t = 2; // weeks
    const rate = (35 / 12 - 2.25) / (52 / 12); // per week
    expect(probabilityOfWaitingLonger(s, t)).toBeCloseTo(erlangC(35, 27) * Math.exp(-rate * t), 12);
    expect(probabilityOfWaitingLonger(s, 0)).toBeCloseTo(s.probabilityOfWaiting, 12);
    expect(probabilityOfWaitingLonger(steadyState(2.25, 12, 27), 2)).toBe(1);
  });

  it('needs more lotsar for ”90 % inom två veckor” than the probability and mean-wait targets alone', () => {
    const base = { arrivalsPerMonth: 2.25, meanStayMonths: 12, caseload: 7, targetProbability: 0.5, targetWaitWeeks: 4 };
    const without = recommendLotsar(base)!;
    const withLevel = recommendLotsar({ ...base, serviceLevel: { share: 0.97, weeks: 2 } })!;
    expect(withLevel.lotsar).toBeGreaterThan(without.lotsar);
  });

  it('a higher service-level target never needs fewer lotsar (property over shares and weeks)', () => {
    for (const weeks of [0.5, 1, 2, 4, 8]) {
      let previous = 0;
      for (const share of [0.5, 0.7, 0.8, 0.9, 0.95, 0.99]) {
        const r = recommendLotsar({
          arrivalsPerMonth: 2.25,
          meanStayMonths: 12,
          caseload: 7,
          targetProbability: 1,
          targetWaitWeeks: 520,
          serviceLevel: { share, weeks },
        })!;
        expect(r.lotsar).toBeGreaterThanOrEqual(previous);
        previous = r.lotsar;
      }
    }
  });

  it('is reported by the forecast with the planned and the recommended staffing', () => {
    const parsed = parseForecastOptions({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, horizon: 3, targetServiceLevel: 0.9, targetServiceWeeks: 2 });
    if (!parsed.ok) throw new Error('invalid');
    const r = runForecast(parsed.value);
    expect(r.serviceLevel).toMatchObject({ targetShare: 0.9, weeks: 2 });
    expect(r.serviceLevel!.share).toBeLessThan(0.9);
    expect(r.serviceLevel!.recommendedShare!).toBeGreaterThanOrEqual(0.9);
  });
});

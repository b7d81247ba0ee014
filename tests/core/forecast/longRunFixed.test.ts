// The long run for stays that are not exponential: fixed stays exactly (M/D/c by
// Crommelin's relation and Spitzer's identity), other stays by interpolation; the output names the method.
import { describe, expect, it } from 'vitest';
import { erlangC, fixedStaySteadyState, longRunMethod, steadyState } from '../../../src/core/forecast/erlang.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';
import { simulate } from '../../../src/core/forecast/monteCarlo.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { toForecastReport } from '../../../src/core/forecast/report.ts';
import { recommendLotsar } from '../../../src/core/forecast/recommend.ts';

describe('fixed stays in the long run (M/D/c)', () => {
  it.each([0.1, 0.5, 0.8, 0.95])('one slot is M/D/1: P(wait) = ρ and Lq = ρ²/(2(1 − ρ)) (ρ = %s)', (rho) => {
    const r = fixedStaySteadyState(rho, 1, 1);
    expect(r.probabilityOfWaiting).toBeCloseTo(rho, 10);
    expect(r.meanQueue).toBeCloseTo((rho * rho) / (2 * (1 - rho)), 9);
  });

  it('agrees with a long simulation of fixed stays, not with Erlang C and half its wait', () => {
    const months = Array.from({ length: 240 }, () => ({ arrivals: 6, capacity: 8 }));
    const sim = simulate({ months, stayMonths: 1, stay: { kind: 'fixed' }, initialEnrolled: 6, initialQueue: 0, runs: 400, seed: 3 });
    const tail = sim.months.slice(12);
    const p = tail.reduce((s, m) => s + m.probabilityOfWaiting, 0) / tail.length;
    const w = tail.reduce((s, m) => s + m.expectedWaitWeeks!, 0) / tail.length;
    const fixed = steadyState(6, 1, 8, 0);
    const leeLongton = steadyState(6, 1, 8, 1).meanWaitWeeks! / 2;
    expect(Math.abs(p - fixed.probabilityOfWaiting)).toBeLessThan(0.006);
    expect(erlangC(8, 6) - p).toBeGreaterThan(0.015);
    expect(Math.abs(w - fixed.meanWaitWeeks!) / fixed.meanWaitWeeks!).toBeLessThan(0.04);
    expect(w).toBeGreaterThan(leeLongton * 1.03);
  });

  it('for the DOMAIN unit with five lotsar: P(wait) below Erlang C and a longer mean wait than half of M/M/c', () => {
    const fixed = steadyState(2.25, 12, 35, 0);
    const exponential = steadyState(2.25, 12, 35, 1);
    expect(fixed.probabilityOfWaiting).toBeLessThan(exponential.probabilityOfWaiting * 0.95);
    expect(fixed.meanWaitWeeks!).toBeGreaterThan((exponential.meanWaitWeeks! / 2) * 1.1);
    expect(fixed.meanQueue!).toBeCloseTo(2.25 * (fixed.meanWaitWeeks! / (52 / 12)), 12);
  });

  it('interpolates for other spreads: exponential and fixed at the ends, in between otherwise', () => {
    const at = (cv: number) => steadyState(2.25, 12, 35, cv);
    expect(longRunMethod(1)).toBe('erlang-c');
    expect(longRunMethod(0)).toBe('fixed-exact');
    expect(longRunMethod(0.5)).toBe('interpolation');
    expect(at(0.999999).probabilityOfWaiting).toBeCloseTo(at(1).probabilityOfWaiting, 5);
    expect(at(1e-6).meanWaitWeeks!).toBeCloseTo(at(0).meanWaitWeeks!, 5);
    const mid = at(0.6);
    expect(mid.probabilityOfWaiting).toBeGreaterThan(at(0).probabilityOfWaiting);
    expect(mid.probabilityOfWaiting).toBeLessThan(at(1).probabilityOfWaiting);
    expect(mid.meanWaitWeeks!).toBeGreaterThan(at(0).meanWaitWeeks!);
    expect(mid.meanWaitWeeks!).toBeLessThan(at(1).meanWaitWeeks!);
    // More spread never shortens the mean wait.
    expect(at(1.5).meanWaitWeeks!).toBeGreaterThan(at(1).meanWaitWeeks!);
  });

  it('the recommendation for fixed stays uses the exact long run, and the report names the method', () => {
    const r = recommendLotsar({ arrivalsPerMonth: 2.25, meanStayMonths: 12, caseload: 7, targetProbability: 0.09, targetWaitWeeks: 2, stayCv: 0 });
    // Erlang C with 35 slots is 9,8 % (six lotsar would be needed); fixed stays give 8,7 %.
    expect(r).toMatchObject({ lotsar: 5, capacity: 35 });
    expect(r!.probabilityOfWaiting).toBeCloseTo(fixedStaySteadyState(2.25, 12, 35).probabilityOfWaiting, 12);
    const parsed = parseForecastOptions({ arrivals: 2.25, stay: 12, lotsar: 5, caseload: 7, horizon: 2, stayDistribution: 'fixed', runs: 200 });
    if (!parsed.ok) throw new Error('invalid');
    expect(toForecastReport(runForecast(parsed.value)).longRunMethod).toBe('fixed-exact');
  });
});

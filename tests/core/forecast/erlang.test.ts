import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, steadyState } from '../../../src/core/forecast/erlang.ts';

/** Erlang C by the textbook direct sum, in log space so that large c does not overflow. */
function erlangCDirect(c: number, a: number): number {
  const logTerm = (k: number) => {
    let s = k * Math.log(a);
    for (let i = 2; i <= k; i++) s -= Math.log(i);
    return s;
  };
  const top = logTerm(c) + Math.log(c / (c - a));
  const logs = [...Array.from({ length: c }, (_, k) => logTerm(k)), top];
  const max = Math.max(...logs);
  const sum = logs.reduce((s, l) => s + Math.exp(l - max), 0);
  return Math.exp(top - max) / sum;
}

describe('Erlang C', () => {
  it('gives the textbook values', () => {
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 14); // a = 2 Erlang, 3 servers
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14); // M/M/2 at ρ = 0,5: 2ρ²/(1 + ρ)
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 14); // M/M/1: P(wait) = ρ
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 14); // Erlang B, 1 Erlang on 2 servers: (1/2)/(1 + 1 + 1/2)
  });

  it('gives about 79 procent for the DOMAIN example (λ = 2,25, L = 12, C = 28)', () => {
    const p = erlangC(28, 27);
    expect(p).toBeCloseTo(0.79, 2);
    expect(p).toBeCloseTo(erlangCDirect(28, 27), 12);
  });

  it('agrees with the direct sum over many loads and sizes', () => {
    for (const c of [1, 2, 5, 28, 35, 100, 200]) {
      for (const u of [0.1, 0.5, 0.8, 0.95, 0.999]) {
        const a = c * u;
        expect(erlangC(c, a)).toBeCloseTo(erlangCDirect(c, a), 11);
      }
    }
  });

  it('is 1 without a steady state and 0 without arrivals', () => {
    expect(erlangC(28, 28)).toBe(1);
    expect(erlangC(28, 30)).toBe(1);
    expect(erlangC(28, 0)).toBe(0);
  });
});

describe('steady state', () => {
  it('reports the DOMAIN example', () => {
    const s = steadyState(2.25, 12, 28);
    expect(s.exists).toBe(true);
    expect(s.offeredLoad).toBe(27);
    expect(s.utilization).toBeCloseTo(27 / 28, 14);
    expect(s.probabilityOfWaiting).toBeCloseTo(0.7895, 4);
    // Wq = P(wait)/(C/L − λ) months = 0,7895/(28/12 − 2,25) = 9,474 months, × 52/12 weeks.
    expect(s.meanWaitWeeks!).toBeCloseTo((s.probabilityOfWaiting / (28 / 12 - 2.25)) * (52 / 12), 10);
    // Lq = P(wait) · a/(C − a)
    expect(s.meanQueue!).toBeCloseTo((s.probabilityOfWaiting * 27) / (28 - 27), 10);
  });

  it('says plainly when there is no steady state', () => {
    const s = steadyState(2.25, 12, 21);
    expect(s).toMatchObject({ exists: false, probabilityOfWaiting: 1, meanWaitWeeks: null, meanQueue: null, offeredLoad: 27 });
    expect(steadyState(2.25, 12, 27).exists).toBe(false); // λL = C is not enough
    expect(steadyState(1, 12, 0)).toMatchObject({ exists: false, utilization: null });
  });

  it('has an empty unit without arrivals', () => {
    expect(steadyState(0, 12, 28)).toMatchObject({ exists: true, probabilityOfWaiting: 0, meanWaitWeeks: 0, meanQueue: 0 });
  });

  it('does not take Erlang C and half its wait for fixed stays (Lee–Longton judged them too favourably)', () => {
    const exponential = steadyState(2.25, 12, 30);
    const fixed = steadyState(2.25, 12, 30, 0);
    expect(fixed.probabilityOfWaiting).toBeLessThan(exponential.probabilityOfWaiting);
    expect(fixed.meanWaitWeeks!).toBeGreaterThan(exponential.meanWaitWeeks! / 2);
    expect(fixed.meanWaitWeeks!).toBeLessThan(exponential.meanWaitWeeks!);
    expect(fixed.meanQueue!).toBeCloseTo(2.25 * (fixed.meanWaitWeeks! / (52 / 12)), 12);
  });
});

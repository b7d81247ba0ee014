import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { erlangC } from '../../../src/core/forecast/erlang.ts';
import { simulate } from '../../../src/core/forecast/monteCarlo.ts';
import {
  monthWait,
  probabilityOfWaitOver,
  waitPercentile,
  PERCENTILE_RESOLUTION_WEEKS,
  type ArrivalView,
} from '../../../src/core/forecast/waitDistribution.ts';
import { WEEKS_PER_MONTH, type MonthInput } from '../../../src/core/forecast/types.ts';

const repeat = (n: number, m: MonthInput) => Array.from({ length: n }, () => ({ ...m }));

function views(months: MonthInput[], stay: number, enrolled: number, queue = 0): { views: ArrivalView[]; chain: ReturnType<typeof solveChain> } {
  const chain = solveChain({ months, stayMonths: stay, initialCount: enrolled + queue, initialEnrolled: enrolled, keepArrivalViews: true });
  return { views: chain.arrivalViews!, chain };
}

/** ∫₀^∞ P(W > t) dt in weeks by Simpson's rule up to where the tail is negligible. */
function meanFromTail(view: ArrivalView): number {
  let end = 1;
  while (probabilityOfWaitOver(view, end) > 1e-10) end *= 2;
  const n = 4000;
  const h = end / n;
  let sum = probabilityOfWaitOver(view, 0) + probabilityOfWaitOver(view, end);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * probabilityOfWaitOver(view, i * h);
  return (sum * h) / 3;
}

describe('wait distribution of the exact chain', () => {
  it('settles at the Erlang C tail P(wait)·e^(−(C/L − λ)t) in the long run', () => {
    // Load 5 on 10 slots: the chain has settled after 120 months (relaxation time about 7 months).
    const lambda = 5 / 6;
    const L = 6;
    const C = 10;
    const { views: v } = views(repeat(120, { arrivals: lambda, capacity: C }), L, 5);
    const last = v.at(-1)!;
    const pw = erlangC(C, lambda * L);
    for (const weeks of [0, 1, 2, 4, 8, 26]) {
      const t = weeks / WEEKS_PER_MONTH;
      expect(probabilityOfWaitOver(last, weeks)).toBeCloseTo(pw * Math.exp(-(C / L - lambda) * t), 6);
    }
    // P(wait) is below 10 %: the 90th percentile is 0. Above it, the percentile of an exponential
    // tail: t_p = ln(P(wait)/(1 − p)) / (C/L − λ).
    expect(pw).toBeLessThan(0.1);
    expect(waitPercentile(last, 0.9)).toBe(0);
    const p99 = (Math.log(pw / 0.01) / (C / L - lambda)) * WEEKS_PER_MONTH;
    expect(Math.abs(waitPercentile(last, 0.99)! - p99)).toBeLessThanOrEqual(PERCENTILE_RESOLUTION_WEEKS);
  });

  it('P(wait > 0) is the month’s probability of waiting, also around a cut and with more enrolled than slots', () => {
    const months = [...repeat(4, { arrivals: 2.25, capacity: 28 }), ...repeat(8, { arrivals: 2.25, capacity: 21 })];
    const { views: v, chain } = views(months, 12, 30, 3);
    chain.months.forEach((m, i) => {
      expect(probabilityOfWaitOver(v[i]!, 0)).toBeCloseTo(m.probabilityOfWaiting, 12);
    });
    expect(v.some((x) => x.excess.length > 0)).toBe(true);
  });

  it('has the month’s expected wait as its mean, in ordinary and excess states alike', () => {
    const months = [...repeat(3, { arrivals: 1.8, capacity: 28 }), ...repeat(5, { arrivals: 1.8, capacity: 21 })];
    const { views: v, chain } = views(months, 12, 27, 2);
    for (const i of [0, 2, 3, 4, 7]) {
      const expected = chain.months[i]!.expectedWaitWeeks!;
      expect(Math.abs(meanFromTail(v[i]!) - expected)).toBeLessThan(1e-4 * Math.max(1, expected));
    }
  });

  it('percentiles: 0 when at most the share may wait, else P(wait > p-th percentile) = 1 − p', () => {
    const { views: v } = views(repeat(6, { arrivals: 2.25, capacity: 28 }), 12, 28, 4);
    const w = monthWait(6, v[5]!, 2);
    const pWait = probabilityOfWaitOver(v[5]!, 0);
    expect(pWait).toBeGreaterThan(0.5);
    expect(w.p50Weeks!).toBeGreaterThan(0);
    expect(probabilityOfWaitOver(v[5]!, w.p50Weeks!)).toBeLessThanOrEqual(0.5 + 1e-12);
    expect(probabilityOfWaitOver(v[5]!, w.p50Weeks! - PERCENTILE_RESOLUTION_WEEKS)).toBeGreaterThan(0.5);
    expect(w.p90Weeks!).toBeGreaterThan(w.p50Weeks!);
    // A unit with room: nobody waits, every percentile is 0.
    const { views: roomy } = views(repeat(3, { arrivals: 1, capacity: 40 }), 6, 5);
    expect(monthWait(3, roomy[2]!, 2)).toMatchObject({ p50Weeks: 0, p90Weeks: 0 });
    expect(monthWait(3, roomy[2]!, 2).probabilityOfWaitOver).toBeLessThan(1e-6);
  });

  it('without slots the wait has no end: the percentiles are not reached', () => {
    const { views: v } = views(repeat(2, { arrivals: 1, capacity: 0 }), 6, 0, 2);
    const w = monthWait(2, v[1]!, 2);
    expect(w.probabilityOfWaitOver).toBeCloseTo(1, 12);
    expect(w.p90Weeks).toBeNull();
  });
});

const unit = fc.record({
  arrivals: fc.double({ min: 0.2, max: 6, noNaN: true }),
  stay: fc.double({ min: 1, max: 18, noNaN: true }),
  capacity: fc.integer({ min: 1, max: 40 }),
  enrolled: fc.integer({ min: 0, max: 45 }),
  queue: fc.integer({ min: 0, max: 10 }),
  month: fc.integer({ min: 1, max: 8 }),
});

describe('wait distribution properties', () => {
  it('P(wait > T) never rises with T, and the percentiles are ordered', () => {
    fc.assert(
      fc.property(unit, fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (u, a, b) => {
        const { views: v } = views(repeat(u.month, { arrivals: u.arrivals, capacity: u.capacity }), u.stay, u.enrolled, u.queue);
        const view = v[u.month - 1]!;
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        expect(probabilityOfWaitOver(view, t2)).toBeLessThanOrEqual(probabilityOfWaitOver(view, t1) + 1e-12);
        const w = monthWait(u.month, view, 2);
        expect(w.p50Weeks!).toBeLessThanOrEqual(w.p90Weeks!);
      }),
      { numRuns: 60 },
    );
  });

  it('P(wait > 0) equals probabilityOfWaiting', () => {
    fc.assert(
      fc.property(unit, fc.integer({ min: 0, max: 10 }), (u, cut) => {
        const months = [{ arrivals: u.arrivals, capacity: u.capacity }, ...repeat(u.month, { arrivals: u.arrivals, capacity: Math.max(1, u.capacity - cut) })];
        const { views: v, chain } = views(months, u.stay, u.enrolled, u.queue);
        chain.months.forEach((m, i) => {
          expect(Math.abs(probabilityOfWaitOver(v[i]!, 0) - m.probabilityOfWaiting)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('more slots never raise P(wait > T) nor a percentile', () => {
    fc.assert(
      fc.property(unit, fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 12, noNaN: true }), (u, more, weeks) => {
        const run = (c: number) => views(repeat(u.month, { arrivals: u.arrivals, capacity: c }), u.stay, u.enrolled, u.queue).views[u.month - 1]!;
        const few = run(u.capacity);
        const many = run(u.capacity + more);
        expect(probabilityOfWaitOver(many, weeks)).toBeLessThanOrEqual(probabilityOfWaitOver(few, weeks) + 1e-9);
        const wf = monthWait(u.month, few, weeks);
        const wm = monthWait(u.month, many, weeks);
        expect(wm.p90Weeks!).toBeLessThanOrEqual(wf.p90Weeks! + PERCENTILE_RESOLUTION_WEEKS);
      }),
      { numRuns: 60 },
    );
  });
});

describe('simulated waits agree with the exact distribution for exponential stays', () => {
  it('within sampling error, with more enrolled than slots at the start', () => {
    const months = repeat(8, { arrivals: 2.25, capacity: 21 });
    const runs = 20_000;
    const sim = simulate({
      months,
      stayMonths: 12,
      stay: { kind: 'exponential' },
      initialEnrolled: 25,
      initialQueue: 2,
      runs,
      seed: 11,
      waitThresholdWeeks: 4,
    });
    const { views: v } = views(months, 12, 25, 2);
    for (let i = 0; i < 8; i++) {
      const exact = monthWait(i + 1, v[i]!, 4);
      const mc = sim.waits[i]!;
      const se = sim.standardErrors[i]!;
      expect(Math.abs(mc.probabilityOfWaitOver! - exact.probabilityOfWaitOver!)).toBeLessThanOrEqual(4.5 * se.probabilityOfWaitOver!);
      expect(Math.abs(sim.months[i]!.probabilityOfWaiting - probabilityOfWaitOver(v[i]!, 0))).toBeLessThanOrEqual(4.5 * se.probabilityOfWaiting!);
      // The simulated percentiles: the exact tail at them is within sampling error of 1 − p.
      const tail90 = probabilityOfWaitOver(v[i]!, mc.p90Weeks!);
      expect(Math.abs(tail90 - 0.1)).toBeLessThan(0.012);
      if (mc.p50Weeks! > 0) expect(Math.abs(probabilityOfWaitOver(v[i]!, mc.p50Weeks!) - 0.5)).toBeLessThan(0.02);
    }
  });

  it('the standard errors of the ratios are those of the spread between runs', () => {
    const months = repeat(3, { arrivals: 2, capacity: 10 });
    const a = simulate({ months, stayMonths: 6, stay: { kind: 'exponential' }, initialEnrolled: 10, initialQueue: 0, runs: 4000, seed: 1 });
    const b = simulate({ months, stayMonths: 6, stay: { kind: 'exponential' }, initialEnrolled: 10, initialQueue: 0, runs: 16_000, seed: 2 });
    // Four times the runs: half the standard error (within 10 %).
    const ratio = b.standardErrors[2]!.probabilityOfWaiting! / a.standardErrors[2]!.probabilityOfWaiting!;
    expect(ratio).toBeGreaterThan(0.45);
    expect(ratio).toBeLessThan(0.55);
    expect(b.standardErrors[2]!.expectedWaitWeeks!).toBeGreaterThan(0);
  });
});

describe('wait distribution with abandonment (time on the list)', () => {
  it('has the mean time on the list of Erlang A’s positions, T_k = (1 + (C/L + (k − 1)θ)·T_(k−1)) / (C/L + kθ)', () => {
    const C = 10;
    const L = 6;
    const theta = 0.3;
    const waiting = new Float64Array([0.2, 0.15, 0.1, 0.05, 0.02]);
    const view: ArrivalView = { capacity: C, stayMonths: L, waiting, excess: [], abandonment: theta };
    let T = 0;
    let mean = 0;
    for (let k = 1; k <= waiting.length; k++) {
      T = (1 + (C / L + (k - 1) * theta) * T) / (C / L + k * theta);
      mean += waiting[k - 1]! * T;
    }
    expect(probabilityOfWaitOver(view, 0)).toBeCloseTo(0.52, 12);
    expect(Math.abs(meanFromTail(view) - mean * WEEKS_PER_MONTH)).toBeLessThan(1e-5);
    // Abandonment only shortens the time on the list.
    const without = { ...view, abandonment: 0 };
    for (const w of [1, 2, 4, 8]) expect(probabilityOfWaitOver(view, w)).toBeLessThan(probabilityOfWaitOver(without, w));
  });

  it('after a cut, adds the excess departures, and agrees with no abandonment as θ → 0', () => {
    const view: ArrivalView = {
      capacity: 8,
      stayMonths: 6,
      waiting: new Float64Array([0.1, 0.05]),
      excess: [new Float64Array([0.2, 0.1]), new Float64Array([0.05])],
      abandonment: 1e-9,
    };
    for (const w of [0.5, 2, 6]) expect(probabilityOfWaitOver(view, w)).toBeCloseTo(probabilityOfWaitOver({ ...view, abandonment: 0 }, w), 7);
  });
});

describe('wait distribution with abandonment, exact and simulated', () => {
  it('agree within sampling error on the time on the list', () => {
    const months = repeat(6, { arrivals: 2.25, capacity: 21 });
    const theta = 0.2;
    const chain = solveChain({ months, stayMonths: 12, initialCount: 24, initialEnrolled: 22, abandonment: theta, keepArrivalViews: true });
    const sim = simulate({
      months,
      stayMonths: 12,
      stay: { kind: 'exponential' },
      initialEnrolled: 22,
      initialQueue: 2,
      runs: 20_000,
      seed: 5,
      abandonment: theta,
      waitThresholdWeeks: 4,
    });
    for (let i = 0; i < 6; i++) {
      const view = chain.arrivalViews![i]!;
      expect(view.abandonment).toBe(theta);
      const exact = monthWait(i + 1, view, 4);
      // The mean of the distribution is the chain's expected time on the list.
      expect(Math.abs(meanFromTail(view) - chain.months[i]!.expectedWaitWeeks!)).toBeLessThan(1e-3 * Math.max(1, chain.months[i]!.expectedWaitWeeks!));
      const se = sim.standardErrors[i]!.probabilityOfWaitOver!;
      expect(Math.abs(sim.waits[i]!.probabilityOfWaitOver! - exact.probabilityOfWaitOver!)).toBeLessThanOrEqual(4.5 * se);
    }
  });
});

// Abandonment (people leaving the waiting list without being enrolled, rate θ per month of
// waiting): the exact chain against a dense matrix exponential of the chain on (enrolled, waiting)
// written from the rules, with cuts; the month's averages (probability of waiting, expected time on
// the list) against the exact integral of that chain over the month (Van Loan's block exponential)
// and a tagged applicant's absorbing chain solved densely; the simulation against the exact chain;
// and the long run against an independent Erlang A (the stationary law of a truncated generator
// solved as a linear system).
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { erlangASteadyState, steadyState } from '../../../src/core/forecast/erlang.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';
import { simulate } from '../../../src/core/forecast/monteCarlo.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { WEEKS_PER_MONTH } from '../../../src/core/forecast/types.ts';
import { solve, vecExpm, zeros, type Matrix } from './support/denseExpm.ts';
import { chainPairs, pairIndex, referencePairDistributions, type PairSpace } from './support/denseExpmEnrolledQueue.ts';

type Months = { arrivals: number; capacity: number }[];

interface Case {
  name: string;
  months: Months;
  stay: number;
  theta: number;
  e0: number;
  q0: number;
  space: PairSpace;
}

const CASES: Case[] = [
  {
    name: 'constant slots, a queue at the start',
    months: [
      { arrivals: 2, capacity: 4 },
      { arrivals: 2, capacity: 4 },
      { arrivals: 2.5, capacity: 4 },
    ],
    stay: 2,
    theta: 0.4,
    e0: 4,
    q0: 5,
    space: { maxEnrolled: 4, maxQueue: 34 },
  },
  {
    name: 'a cut from five to three slots',
    months: [
      { arrivals: 1.5, capacity: 5 },
      { arrivals: 1.5, capacity: 3 },
      { arrivals: 1.5, capacity: 3 },
      { arrivals: 1, capacity: 4 },
    ],
    stay: 3,
    theta: 0.25,
    e0: 5,
    q0: 2,
    space: { maxEnrolled: 5, maxQueue: 30 },
  },
  {
    name: 'no slots for a month (everyone waiting may leave), strong abandonment',
    months: [
      { arrivals: 1, capacity: 2 },
      { arrivals: 1, capacity: 0 },
      { arrivals: 1.2, capacity: 3 },
    ],
    stay: 2,
    theta: 1.5,
    e0: 2,
    q0: 1,
    space: { maxEnrolled: 3, maxQueue: 26 },
  },
];

/** The (enrolled, waiting) generator with abandonment, written again from the rules. */
function generator(space: PairSpace, lambda: number, C: number, L: number, theta: number): Matrix {
  const size = (space.maxEnrolled + 1) * (space.maxQueue + 1);
  const G = zeros(size);
  const add = (i: number, j: number, r: number) => {
    G[i]![j]! += r;
    G[i]![i]! -= r;
  };
  for (let e = 0; e <= space.maxEnrolled; e++) {
    for (let q = 0; q <= space.maxQueue; q++) {
      const i = pairIndex(space, e, q);
      if (e < C && q === 0) {
        if (e < space.maxEnrolled) add(i, pairIndex(space, e + 1, 0), lambda);
      } else if (q < space.maxQueue) add(i, pairIndex(space, e, q + 1), lambda);
      if (e > 0) add(i, q > 0 && e - 1 < C ? pairIndex(space, e, q - 1) : pairIndex(space, e - 1, q), e / L);
      if (q > 0) add(i, pairIndex(space, e, q - 1), q * theta);
    }
  }
  return G;
}

/**
 * A month from the distribution v: v · ∫₀¹ e^(Gt) dt (the month's average) and v · e^G (its end),
 * as the two halves of [v, 0] · exp([[G, I], [0, 0]]) (Van Loan).
 */
function monthFrom(v: Float64Array, G: Matrix): { average: Float64Array; end: Float64Array } {
  const n = G.length;
  const big = zeros(2 * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) big[i]![j] = G[i]![j]!;
    big[i]![n + i] = 1;
  }
  const start = new Float64Array(2 * n);
  start.set(v);
  const out = vecExpm(start, big);
  return { average: out.slice(n, 2 * n), end: out.slice(0, n) };
}

/**
 * Expected time on the list of an applicant who finds (e, q) with e ≥ C: the tagged applicant's
 * absorbing chain over (enrolled, place in line k = 1..q + 1), solved as a dense linear system.
 */
function timeOnList(space: PairSpace, C: number, L: number, theta: number): Map<number, number> {
  const states: [number, number][] = [];
  for (let e = Math.max(C, 0); e <= space.maxEnrolled; e++) for (let k = 1; k <= space.maxQueue + 1; k++) states.push([e, k]);
  const index = new Map(states.map(([e, k], i) => [`${e}|${k}`, i]));
  const n = states.length;
  const A = zeros(n);
  const rhs = zeros(n).map((row) => row.fill(0));
  states.forEach(([e, k], i) => {
    let out = 0;
    const to = (j: number | undefined, r: number) => {
      out += r;
      if (j !== undefined) A[i]![j]! -= r;
    };
    if (e > 0) {
      // A departure: with e − 1 < C the slot goes to the first in line (the tagged one when k = 1).
      if (e - 1 < C) to(k === 1 ? undefined : index.get(`${e}|${k - 1}`), e / L);
      else to(index.get(`${e - 1}|${k}`), e / L);
    }
    if (k > 1) to(index.get(`${e}|${k - 1}`), (k - 1) * theta);
    to(undefined, theta); // own patience
    A[i]![i]! += out;
    rhs[i]![0] = 1;
  });
  const t = solve(A, rhs);
  const out = new Map<number, number>();
  states.forEach(([e, k], i) => {
    out.set(pairIndex(space, e, k - 1), t[i]![0]!);
  });
  return out;
}

function fillSlots(space: PairSpace, v: Float64Array, C: number): Float64Array {
  const out = new Float64Array(v.length);
  for (let e = 0; e <= space.maxEnrolled; e++) {
    for (let q = 0; q <= space.maxQueue; q++) {
      const p = v[pairIndex(space, e, q)]!;
      if (p === 0) continue;
      const moved = e < C ? Math.min(q, C - e) : 0;
      out[pairIndex(space, e + moved, q - moved)]! += p;
    }
  }
  return out;
}

describe('abandonment in the exact chain', () => {
  for (const c of CASES) {
    it(`${c.name}: month-end distributions equal the dense matrix exponential to 1e-9`, () => {
      const reference = referencePairDistributions(c.months, c.stay, c.e0, c.q0, c.space, c.theta);
      const result = solveChain({
        months: c.months,
        stayMonths: c.stay,
        initialCount: c.e0 + c.q0,
        initialEnrolled: c.e0,
        abandonment: c.theta,
        keepDistributions: true,
      });
      expect(result.truncationMass).toBeLessThan(1e-12);
      result.months.forEach((month, m) => {
        const C = c.months[m]!.capacity;
        const ref = reference[m]!;
        for (let e = 0; e <= c.space.maxEnrolled; e++) expect(ref[pairIndex(c.space, e, c.space.maxQueue)]!).toBeLessThan(1e-13);
        const mine = chainPairs(result.distributions![m]!, result.excessDistributions![m]!, C, c.space);
        let maxDiff = 0;
        ref.forEach((p, i) => {
          maxDiff = Math.max(maxDiff, Math.abs(p - mine[i]!));
        });
        expect(maxDiff).toBeLessThan(1e-9);
        let queueMean = 0;
        ref.forEach((p, i) => {
          queueMean += (i % (c.space.maxQueue + 1)) * p;
        });
        expect(Math.abs(month.queueMean - queueMean)).toBeLessThan(1e-9);
      });
    });

    it(`${c.name}: the probability of waiting and the expected time on the list equal the month's exact average`, () => {
      const result = solveChain({ months: c.months, stayMonths: c.stay, initialCount: c.e0 + c.q0, initialEnrolled: c.e0, abandonment: c.theta });
      let v: Float64Array = new Float64Array((c.space.maxEnrolled + 1) * (c.space.maxQueue + 1));
      v[pairIndex(c.space, c.e0, c.q0)] = 1;
      c.months.forEach((m, i) => {
        v = fillSlots(c.space, v, m.capacity);
        const G = generator(c.space, m.arrivals, m.capacity, c.stay, c.theta);
        const { average, end } = monthFrom(v, G);
        const times = timeOnList(c.space, m.capacity, c.stay, c.theta);
        let pWait = 0;
        let wait = 0;
        for (let e = m.capacity; e <= c.space.maxEnrolled; e++) {
          for (let q = 0; q <= c.space.maxQueue; q++) {
            const p = average[pairIndex(c.space, e, q)]!;
            pWait += p;
            wait += p * times.get(pairIndex(c.space, e, q))!;
          }
        }
        const month = result.months[i]!;
        expect(Math.abs(month.probabilityOfWaiting - pWait)).toBeLessThan(1e-9);
        expect(Math.abs(month.expectedWaitWeeks! / WEEKS_PER_MONTH - wait)).toBeLessThan(1e-9);
        v = end;
      });
    });
  }

  it('θ = 0 gives exactly the chain without abandonment', () => {
    const months = [
      { arrivals: 2.25, capacity: 28 },
      { arrivals: 2.25, capacity: 21 },
      { arrivals: 2.25, capacity: 21 },
    ];
    const a = solveChain({ months, stayMonths: 12, initialCount: 27 });
    const b = solveChain({ months, stayMonths: 12, initialCount: 27, abandonment: 0 });
    expect(b).toEqual(a);
  });

  it('without slots and with abandonment, the wait ends (at the latest when patience does): 1/θ', () => {
    const r = solveChain({ months: [{ arrivals: 1, capacity: 0 }], stayMonths: 3, initialCount: 0, abandonment: 0.5 });
    expect(r.months[0]!.probabilityOfWaiting).toBeCloseTo(1, 14);
    expect(r.months[0]!.expectedWaitWeeks! / WEEKS_PER_MONTH).toBeCloseTo(2, 12);
  });

  it('rejects a negative rate', () => {
    expect(() => solveChain({ months: [{ arrivals: 1, capacity: 1 }], stayMonths: 1, initialCount: 0, abandonment: -0.1 })).toThrow(RangeError);
  });
});

/** Erlang A from the stationary law of the truncated generator, solved as πG = 0, Σπ = 1. */
function referenceErlangA(lambda: number, L: number, c: number, theta: number, N: number) {
  const G = zeros(N + 1);
  for (let n = 0; n <= N; n++) {
    const death = Math.min(n, c) / L + Math.max(0, n - c) * theta;
    if (n < N) {
      G[n]![n + 1] = lambda;
      G[n]![n]! -= lambda;
    }
    if (n > 0) {
      G[n]![n - 1] = death;
      G[n]![n]! -= death;
    }
  }
  // Transposed system with the last equation replaced by the normalization.
  const A = zeros(N + 1);
  for (let i = 0; i <= N; i++) for (let j = 0; j <= N; j++) A[i]![j] = G[j]![i]!;
  A[N]!.fill(1);
  const b = zeros(N + 1);
  b[N]![0] = 1;
  const pi = solve(A, b).map((row) => row[0]!);
  let pWait = 0;
  let queue = 0;
  pi.forEach((p, n) => {
    if (n >= c) pWait += p;
    queue += Math.max(0, n - c) * p;
  });
  return { probabilityOfWaiting: pWait, meanQueue: queue, meanWaitMonths: queue / lambda, abandoned: (theta * queue) / lambda };
}

describe('the long run with abandonment is Erlang A', () => {
  it.each([
    [2.25, 12, 28, 0.1],
    [2.25, 12, 21, 0.2], // overloaded: λL > C, still a steady state
    [0.5, 1, 1, 1],
    [16, 12, 200, 0.05],
    [3, 2, 0, 0.5], // no slots: everyone waits and leaves
  ])('λ = %d, L = %d, C = %d, θ = %d', (lambda, L, c, theta) => {
    const ref = referenceErlangA(lambda, L, c, theta, c + 400);
    const e = erlangASteadyState(lambda, L, c, theta);
    expect(e.probabilityOfWaiting).toBeCloseTo(ref.probabilityOfWaiting, 10);
    expect(e.meanQueue).toBeCloseTo(ref.meanQueue, 8);
    const s = steadyState(lambda, L, c, 1, theta);
    expect(s.exists).toBe(true);
    expect(s.meanWaitWeeks! / WEEKS_PER_MONTH).toBeCloseTo(ref.meanWaitMonths, 8);
    expect(s.probabilityOfAbandonment!).toBeCloseTo(ref.abandoned, 10);
  });

  it('the month-by-month forecast settles at Erlang A', () => {
    const parsed = parseForecastOptions({ arrivals: 2.25, stay: 6, lotsar: 2, caseload: 7, horizon: 120, abandonment: 0.3 });
    if (!parsed.ok) throw new Error('invalid');
    const result = runForecast(parsed.value);
    expect(result.longRunMethod).toBe('erlang-a');
    const last = result.months.at(-1)!;
    const ref = referenceErlangA(2.25, 6, 14, 0.3, 300);
    expect(last.probabilityOfWaiting).toBeCloseTo(ref.probabilityOfWaiting, 6);
    expect(last.queueMean).toBeCloseTo(ref.meanQueue, 6);
    expect(last.expectedWaitWeeks! / WEEKS_PER_MONTH).toBeCloseTo(ref.meanWaitMonths, 6);
    expect(result.steadyState.probabilityOfWaiting).toBeCloseTo(ref.probabilityOfWaiting, 10);
  });
});

describe('the simulation with patience times agrees with the exact chain', () => {
  it.each([
    ['a queue that abandonment keeps short', { arrivals: 2.25, stay: 12, lotsar: 3, caseload: 7, enrolled: 21, queue: 6, horizon: 8, abandonment: 0.2 }],
    ['a cut with abandonment', { arrivals: 1.8, stay: 12, lotsar: [4, 4, 3], caseload: 7, enrolled: 27, horizon: 6, abandonment: 0.5 }],
  ])('%s', (_name, raw) => {
    const parsed = parseForecastOptions(raw);
    if (!parsed.ok) throw new Error('invalid');
    const o = parsed.value;
    const exact = runForecast(o).months;
    const sim = simulate({
      months: exact.map((m) => ({ arrivals: m.arrivals, capacity: m.capacity })),
      stayMonths: o.stay,
      stay: { kind: 'exponential' },
      initialEnrolled: o.enrolled,
      initialQueue: o.queue,
      runs: 20_000,
      seed: 11,
      abandonment: o.abandonment,
    });
    exact.forEach((m, i) => {
      const s = sim.months[i]!;
      const se = sim.standardErrors[i]!;
      expect(Math.abs(m.queueMean - s.queueMean)).toBeLessThan(4.5 * se.queueMean + 1e-9);
      expect(Math.abs(m.enrolledMean - s.enrolledMean)).toBeLessThan(4.5 * se.enrolledMean + 1e-9);
      expect(Math.abs(m.probabilityOfQueue - s.probabilityOfQueue)).toBeLessThan(4.5 * se.probabilityOfQueue + 1e-9);
      // The month's share who had to wait and their mean time on the list: within a generous
      // sampling band (the referrals of a month are few, so these are ratios of small counts).
      expect(Math.abs(m.probabilityOfWaiting - s.probabilityOfWaiting)).toBeLessThan(0.02);
      // The exact wait keeps the month's slots for the whole wait; compare where they do not change.
      if (exact.slice(i).every((later) => later.capacity === m.capacity)) {
        expect(Math.abs(m.expectedWaitWeeks! - s.expectedWaitWeeks!)).toBeLessThan(0.05 * m.expectedWaitWeeks! + 0.05);
      }
    });
  });
});

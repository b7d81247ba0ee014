// Urgent referrals in the exact chain: the month-end distributions against a dense matrix
// exponential of the chain on (enrolled, urgent waiting, ordinary waiting) written from the rules;
// the month's averages and each class's expected wait and P(wait > T) against Van Loan's integral
// and a tagged referral's absorbing chain solved densely; a share of 0 against the chain without
// priority; work conservation (the total is that of the chain without priority, whatever the share);
// the urgent never wait longer on average; the long run against Cobham's formula.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { priorityLongRun } from '../../../src/core/forecast/erlang.ts';
import { solvePriorityChain, taggedMeanTimes, type PriorityDistribution } from '../../../src/core/forecast/priorityChain.ts';
import { WEEKS_PER_MONTH } from '../../../src/core/forecast/types.ts';
import { monthWait } from '../../../src/core/forecast/waitDistribution.ts';
import { expmVec, solve, vecExpm, zeros, type Matrix } from './support/denseExpm.ts';

interface Space {
  E: number;
  U: number;
  O: number;
}

const at = (s: Space, e: number, u: number, o: number) => (e * (s.U + 1) + u) * (s.O + 1) + o;
const sizeOf = (s: Space) => (s.E + 1) * (s.U + 1) * (s.O + 1);

/** The generator from the rules; a referral beyond the space is lost (the space is chosen so that this is negligible). */
function generator(s: Space, lambda: number, p: number, C: number, L: number, theta: number): Matrix {
  const G = zeros(sizeOf(s));
  const add = (i: number, j: number | null, r: number) => {
    if (r === 0) return;
    if (j !== null) G[i]![j]! += r;
    G[i]![i]! -= r;
  };
  for (let e = 0; e <= s.E; e++) {
    for (let u = 0; u <= s.U; u++) {
      for (let o = 0; o <= s.O; o++) {
        const i = at(s, e, u, o);
        const free = e < C && u === 0 && o === 0;
        // Urgent and ordinary referrals.
        add(i, free ? (e < s.E ? at(s, e + 1, 0, 0) : null) : u < s.U ? at(s, e, u + 1, o) : null, p * lambda);
        add(i, free ? (e < s.E ? at(s, e + 1, 0, 0) : null) : o < s.O ? at(s, e, u, o + 1) : null, (1 - p) * lambda);
        // A departure: the slot goes to the first urgent, else the first ordinary, when one is free.
        if (e > 0) {
          const slot = e - 1 < C;
          add(i, slot && u > 0 ? at(s, e, u - 1, o) : slot && o > 0 ? at(s, e, u, o - 1) : at(s, e - 1, u, o), e / L);
        }
        if (u > 0) add(i, at(s, e, u - 1, o), u * theta);
        if (o > 0) add(i, at(s, e, u, o - 1), o * theta);
      }
    }
  }
  return G;
}

/** At a change of capacity people waiting take free slots, urgent first. */
function fill(s: Space, v: Float64Array, C: number): Float64Array {
  const out = new Float64Array(v.length);
  for (let e = 0; e <= s.E; e++) {
    for (let u = 0; u <= s.U; u++) {
      for (let o = 0; o <= s.O; o++) {
        const mass = v[at(s, e, u, o)]!;
        if (mass === 0) continue;
        const toU = e < C ? Math.min(u, C - e) : 0;
        const toO = e + toU < C ? Math.min(o, C - e - toU) : 0;
        out[at(s, e + toU + toO, u - toU, o - toO)]! += mass;
      }
    }
  }
  return out;
}

/** The chain's month-end distribution in the reference's space. */
function asSpace(s: Space, d: PriorityDistribution): Float64Array {
  const v = new Float64Array(sizeOf(s));
  d.low.forEach((p, e) => {
    v[at(s, e, 0, 0)]! += p;
  });
  for (let x = 0; x <= d.X; x++) {
    for (let u = 0; u <= d.U; u++) {
      for (let o = 0; o <= d.O; o++) {
        const p = d.high[(x * (d.U + 1) + u) * (d.O + 1) + o]!;
        if (p !== 0) v[at(s, d.capacity + x, u, o)]! += p;
      }
    }
  }
  return v;
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
 * A tagged referral's absorbing chain over (enrolled e ≥ C, urgent ahead u, place among the
 * ordinary k), written from the rules: for an urgent referral, ordinary = false and u is its own
 * line (k unused); the expected time on the list (dense solve) and P(still waiting at t) (dense
 * exponential), by the state found at referral.
 */
function tagged(s: Space, C: number, L: number, theta: number, urgentRate: number, urgentClass: boolean, Uheld: number, K: number, t: number) {
  const states: [number, number, number][] = [];
  for (let e = C; e <= s.E; e++) for (let u = 0; u <= Uheld; u++) for (let k = 1; k <= K; k++) states.push([e, u, k]);
  const index = new Map(states.map(([e, u, k], i) => [`${e}|${u}|${k}`, i]));
  const n = states.length;
  const A = zeros(n);
  const G = zeros(n);
  states.forEach(([e, u, k], i) => {
    const to = (target: [number, number, number] | null, r: number) => {
      if (r === 0) return;
      A[i]![i]! += r;
      G[i]![i]! -= r;
      if (target) {
        const j = index.get(target.join('|'))!;
        A[i]![j]! -= r;
        G[i]![j]! += r;
      }
    };
    if (!urgentClass && u < Uheld) to([e, u + 1, k], urgentRate);
    if (e > C) to([e - 1, u, k], e / L);
    else if (!urgentClass && u > 0) to([e, u - 1, k], e / L);
    else to(k > 1 ? [e, u, k - 1] : null, e / L);
    if (!urgentClass && u > 0) to([e, u - 1, k], u * theta);
    if (k > 1) to([e, u, k - 1], (k - 1) * theta);
    to(null, theta);
  });
  const rhs = zeros(n).map((r) => r.fill(0));
  for (const row of rhs) row[0] = 1;
  const times = theta > 0 || urgentClass ? solve(A, rhs) : null;
  const scaled = G.map((row) => row.map((x) => x * t));
  // P(still waiting at t) from each state: the row sums of e^(Gt), that is e^(Gt) · 1.
  const survival = expmVec(scaled, new Float64Array(n).fill(1));
  return {
    time: (e: number, u: number, k: number) => (times ? times[index.get(`${e}|${u}|${k}`)!]![0]! : Number.NaN),
    survival: (e: number, u: number, k: number) => survival[index.get(`${e}|${u}|${k}`)!]!,
  };
}

interface Case {
  name: string;
  months: { arrivals: number; capacity: number }[];
  stay: number;
  share: number;
  theta: number;
  e0: number;
  q0: number;
  space: Space;
}

const CASES: Case[] = [
  {
    name: 'constant slots, a queue at the start',
    months: [
      { arrivals: 0.8, capacity: 2 },
      { arrivals: 0.8, capacity: 2 },
    ],
    stay: 1.5,
    share: 0.35,
    theta: 0,
    e0: 2,
    q0: 2,
    space: { E: 2, U: 10, O: 14 },
  },
  {
    name: 'a cut from three to two slots, then back, with abandonment',
    months: [
      { arrivals: 0.45, capacity: 3 },
      { arrivals: 0.45, capacity: 2 },
      { arrivals: 0.45, capacity: 3 },
    ],
    stay: 1.5,
    share: 0.4,
    theta: 0.3,
    e0: 3,
    q0: 0,
    space: { E: 3, U: 9, O: 11 },
  },
];

const THRESHOLD_WEEKS = 2;

describe('urgent referrals in the exact chain', () => {
  for (const c of CASES) {
    it(`${c.name}: month-end distributions equal the dense matrix exponential to 1e-9`, () => {
      const result = solvePriorityChain({
        months: c.months,
        stayMonths: c.stay,
        share: c.share,
        initialEnrolled: c.e0,
        initialQueue: c.q0,
        abandonment: c.theta,
        keepDistributions: true,
      });
      expect(result.truncationMass).toBeLessThan(1e-11);
      let v: Float64Array = new Float64Array(sizeOf(c.space));
      v[at(c.space, c.e0, 0, c.q0)] = 1;
      c.months.forEach((m, i) => {
        v = fill(c.space, v, m.capacity);
        v = vecExpm(v, generator(c.space, m.arrivals, c.share, m.capacity, c.stay, c.theta));
        // The reference's own truncation is negligible, else the comparison would say nothing.
        expect(1 - v.reduce((a, b) => a + b, 0)).toBeLessThan(1e-10);
        const mine = asSpace(c.space, result.distributions![i]!);
        let maxDiff = 0;
        let urgentQueue = 0;
        let ordinaryQueue = 0;
        v.forEach((p, j) => {
          maxDiff = Math.max(maxDiff, Math.abs(p - mine[j]!));
          urgentQueue += (Math.floor(j / (c.space.O + 1)) % (c.space.U + 1)) * p;
          ordinaryQueue += (j % (c.space.O + 1)) * p;
        });
        expect(maxDiff).toBeLessThan(1e-9);
        expect(Math.abs(result.months[i]!.urgent.queueMean - urgentQueue)).toBeLessThan(1e-9);
        expect(Math.abs(result.months[i]!.ordinary.queueMean - ordinaryQueue)).toBeLessThan(1e-9);
      });
    });
  }

  // Van Loan doubles the space: a smaller one for the month's averages.
  const small: Case = {
    name: 'a cut from two slots to one, with and without abandonment',
    months: [
      { arrivals: 0.4, capacity: 2 },
      { arrivals: 0.4, capacity: 1 },
    ],
    stay: 1,
    share: 0.3,
    theta: 0,
    e0: 2,
    q0: 1,
    space: { E: 2, U: 8, O: 11 },
  };
  for (const theta of [0, 0.5]) {
    it(`${small.name} (θ = ${theta}): each class's probability of waiting, expected wait and P(wait > T) equal the month's exact average`, () => {
      const result = solvePriorityChain({
        months: small.months,
        stayMonths: small.stay,
        share: small.share,
        initialEnrolled: small.e0,
        initialQueue: small.q0,
        abandonment: theta,
        waitThresholdWeeks: THRESHOLD_WEEKS,
      });
      const s = small.space;
      let v: Float64Array = new Float64Array(sizeOf(s));
      v[at(s, small.e0, 0, small.q0)] = 1;
      small.months.forEach((m, i) => {
        v = fill(s, v, m.capacity);
        const G = generator(s, m.arrivals, small.share, m.capacity, small.stay, theta);
        const { average, end } = monthFrom(v, G);
        const t = THRESHOLD_WEEKS / WEEKS_PER_MONTH;
        const urgent = tagged(s, m.capacity, small.stay, theta, 0, true, 0, s.U + 1, t);
        const ordinary = tagged(s, m.capacity, small.stay, theta, small.share * m.arrivals, false, s.U + 6, s.O + 1, t);
        let pWait = 0;
        let urgentWait = 0;
        let ordinaryWait = 0;
        let urgentOver = 0;
        let ordinaryOver = 0;
        const mu = m.capacity / small.stay;
        const urgentRate = small.share * m.arrivals;
        for (let e = m.capacity; e <= s.E; e++) {
          let drain = 0;
          for (let j = m.capacity + 1; j <= e; j++) drain += small.stay / j;
          for (let u = 0; u <= s.U; u++) {
            for (let o = 0; o <= s.O; o++) {
              const p = average[at(s, e, u, o)]!;
              pWait += p;
              urgentWait += p * urgent.time(e, 0, u + 1);
              // Without abandonment the ordinary wait is a first passage with no bound on the urgent
              // line: by the busy periods the urgent referrals add.
              ordinaryWait += p * (theta > 0 ? ordinary.time(e, u, o + 1) : ((drain + (u + o + 1) / mu) * mu) / (mu - urgentRate));
              urgentOver += p * urgent.survival(e, 0, u + 1);
              ordinaryOver += p * ordinary.survival(e, u, o + 1);
            }
          }
        }
        const month = result.months[i]!;
        for (const cls of [month.urgent, month.ordinary]) expect(Math.abs(cls.probabilityOfWaiting - pWait)).toBeLessThan(1e-9);
        expect(Math.abs(month.urgent.expectedWaitWeeks! / WEEKS_PER_MONTH - urgentWait)).toBeLessThan(1e-9);
        expect(Math.abs(month.ordinary.expectedWaitWeeks! / WEEKS_PER_MONTH - ordinaryWait)).toBeLessThan(1e-9);
        expect(Math.abs(month.urgent.probabilityOfWaitOver - urgentOver)).toBeLessThan(1e-9);
        expect(Math.abs(month.ordinary.probabilityOfWaitOver - ordinaryOver)).toBeLessThan(1e-9);
        v = end;
      });
    });
  }

  it('without abandonment the ordinary busy-period formula equals the tagged chain solved densely with a long urgent line', () => {
    const C = 2;
    const L = 1;
    const urgentRate = 0.5;
    const held = 80;
    const states: [number, number][] = [];
    for (let u = 0; u <= held; u++) for (let k = 1; k <= 3; k++) states.push([u, k]);
    const index = new Map(states.map(([u, k], i) => [`${u}|${k}`, i]));
    const A = zeros(states.length);
    const rhs = zeros(states.length).map((r) => r.fill(0));
    states.forEach(([u, k], i) => {
      rhs[i]![0] = 1;
      const to = (j: string | null, r: number) => {
        A[i]![i]! += r;
        if (j) A[i]![index.get(j)!]! -= r;
      };
      if (u < held) to(`${u + 1}|${k}`, urgentRate);
      if (u > 0) to(`${u - 1}|${k}`, C / L);
      else to(k > 1 ? `0|${k - 1}` : null, C / L);
    });
    const t = solve(A, rhs);
    const times = taggedMeanTimes(C, L, 0, urgentRate, 0, 2, 3)!;
    for (const [u, k] of [
      [0, 1],
      [1, 3],
      [2, 2],
    ] as const) {
      expect(Math.abs(t[index.get(`${u}|${k}`)!]![0]! - times[0]![u]![k - 1]!)).toBeLessThan(1e-9);
    }
  });

  it('a share of 0 gives exactly the figures without priority, for both classes', () => {
    const months = [
      { arrivals: 2.25, capacity: 28 },
      { arrivals: 2.25, capacity: 28 },
      { arrivals: 2.5, capacity: 21 },
      { arrivals: 2.5, capacity: 21 },
    ];
    for (const theta of [0, 0.1]) {
      const without = solveChain({ months, stayMonths: 12, initialCount: 30, initialEnrolled: 27, abandonment: theta, keepArrivalViews: true });
      const r = solvePriorityChain({ months, stayMonths: 12, share: 0, initialEnrolled: 27, initialQueue: 3, abandonment: theta });
      r.months.forEach((m, i) => {
        const w = without.months[i]!;
        const over = monthWait(i + 1, without.arrivalViews![i]!, 2).probabilityOfWaitOver!;
        expect(m.urgent.queueMean).toBe(0);
        expect(m.queueMean).toBeCloseTo(w.queueMean, 9);
        expect(m.enrolledMean).toBeCloseTo(w.enrolledMean, 9);
        expect(m.ordinary.queueMean).toBeCloseTo(w.queueMean, 9);
        expect(m.ordinary.probabilityOfWaiting).toBeCloseTo(w.probabilityOfWaiting, 10);
        expect(m.ordinary.expectedWaitWeeks!).toBeCloseTo(w.expectedWaitWeeks!, 9);
        expect(m.ordinary.probabilityOfWaitOver).toBeCloseTo(over, 10);
      });
    }
  });

  it('property: the total does not depend on the priority (work-conserving), and the urgent never wait longer on average', () => {
    fc.assert(
      fc.property(
        fc.record({
          arrivals: fc.double({ min: 0.2, max: 3, noNaN: true }),
          slots: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }),
          stay: fc.double({ min: 0.5, max: 4, noNaN: true }),
          share: fc.double({ min: 0, max: 0.95, noNaN: true }),
          theta: fc.constantFrom(0, 0.2, 1),
          e0: fc.integer({ min: 0, max: 5 }),
          q0: fc.integer({ min: 0, max: 4 }),
        }),
        (o) => {
          const months = o.slots.map((capacity) => ({ arrivals: o.arrivals, capacity }));
          const base = solveChain({ months, stayMonths: o.stay, initialCount: o.e0 + o.q0, initialEnrolled: o.e0, abandonment: o.theta });
          const r = solvePriorityChain({ months, stayMonths: o.stay, share: o.share, initialEnrolled: o.e0, initialQueue: o.q0, abandonment: o.theta });
          r.months.forEach((m, i) => {
            const b = base.months[i]!;
            expect(Math.abs(m.queueMean - b.queueMean)).toBeLessThan(1e-8);
            expect(Math.abs(m.enrolledMean - b.enrolledMean)).toBeLessThan(1e-8);
            expect(Math.abs(m.urgent.probabilityOfWaiting - b.probabilityOfWaiting)).toBeLessThan(1e-9);
            const urgentWait = m.urgent.expectedWaitWeeks;
            const ordinaryWait = m.ordinary.expectedWaitWeeks;
            if (urgentWait !== null && ordinaryWait !== null) expect(urgentWait).toBeLessThanOrEqual(ordinaryWait + 1e-9);
            if (urgentWait === null) expect(ordinaryWait).toBeNull();
            expect(m.urgent.probabilityOfWaitOver).toBeLessThanOrEqual(m.ordinary.probabilityOfWaitOver + 1e-9);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('in the long run each class approaches Cobham’s non-preemptive priority formula', () => {
    const lambda = 1;
    const L = 4;
    const c = 8;
    const share = 0.3;
    const months = Array.from({ length: 120 }, () => ({ arrivals: lambda, capacity: c }));
    const r = solvePriorityChain({ months, stayMonths: L, share, initialEnrolled: 6, initialQueue: 0 });
    const last = r.months[r.months.length - 1]!;
    const cobham = priorityLongRun(lambda, L, c, share)!;
    expect(last.urgent.probabilityOfWaiting).toBeCloseTo(cobham.probabilityOfWaiting, 6);
    expect(last.urgent.expectedWaitWeeks!).toBeCloseTo(cobham.priorityMeanWaitWeeks, 5);
    expect(last.ordinary.expectedWaitWeeks!).toBeCloseTo(cobham.ordinaryMeanWaitWeeks, 5);
  });

  it('without slots and without abandonment nobody is enrolled: no expected wait', () => {
    const r = solvePriorityChain({ months: [{ arrivals: 1, capacity: 0 }], stayMonths: 2, share: 0.5, initialEnrolled: 0, initialQueue: 0 });
    expect(r.months[0]!.urgent.expectedWaitWeeks).toBeNull();
    expect(r.months[0]!.ordinary.expectedWaitWeeks).toBeNull();
    expect(r.months[0]!.urgent.probabilityOfWaiting).toBeCloseTo(1, 12);
  });

  it('when urgent referrals alone fill the slots, the ordinary wait has no end (without abandonment)', () => {
    const r = solvePriorityChain({ months: [{ arrivals: 4, capacity: 2 }], stayMonths: 1, share: 0.75, initialEnrolled: 2, initialQueue: 1 });
    expect(r.months[0]!.urgent.expectedWaitWeeks).not.toBeNull();
    expect(r.months[0]!.ordinary.expectedWaitWeeks).toBeNull();
  });

  it('rejects a share of 1 or more', () => {
    expect(() => solvePriorityChain({ months: [{ arrivals: 1, capacity: 1 }], stayMonths: 1, share: 1, initialEnrolled: 0, initialQueue: 0 })).toThrow(
      RangeError,
    );
  });
});

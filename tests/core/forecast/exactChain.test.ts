import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { poissonWeights } from '../../../src/core/forecast/poissonWeights.ts';
import { referenceDistributions } from './support/denseExpm.ts';

type Months = { arrivals: number; capacity: number }[];

const repeat = (n: number, m: { arrivals: number; capacity: number }): Months => Array.from({ length: n }, () => ({ ...m }));

const SCENARIOS: { name: string; months: Months; stay: number; n0: number }[] = [
  { name: 'C = 3, light load, from empty', months: repeat(6, { arrivals: 0.8, capacity: 3 }), stay: 2, n0: 0 },
  { name: 'C = 4, overloaded, with a queue at start', months: repeat(8, { arrivals: 2.5, capacity: 4 }), stay: 2, n0: 7 },
  {
    // Capacity only rises here; cuts (where the ordinary chain alone would evict) are checked in
    // capacityCut.test.ts against the chain on (enrolled, waiting).
    name: 'C = 5 → 8, arrivals changing every month',
    months: [
      { arrivals: 1, capacity: 5 },
      { arrivals: 3, capacity: 5 },
      { arrivals: 0.5, capacity: 6 },
      { arrivals: 4, capacity: 8 },
      { arrivals: 0, capacity: 8 },
      { arrivals: 2, capacity: 8 },
      { arrivals: 2, capacity: 9 },
    ],
    stay: 3.5,
    n0: 4,
  },
  { name: 'C = 6, long stays, near full', months: repeat(12, { arrivals: 0.9, capacity: 6 }), stay: 6, n0: 6 },
  { name: 'C = 8, short stays, many arrivals', months: repeat(5, { arrivals: 6, capacity: 8 }), stay: 1, n0: 2 },
];

describe('exact chain (uniformization) against a dense matrix exponential', () => {
  for (const s of SCENARIOS) {
    it(s.name, () => {
      const N = s.n0 + 60 + Math.ceil(s.months.reduce((t, m) => t + m.arrivals, 0) * 2);
      const reference = referenceDistributions(s.months, s.stay, s.n0, N);
      const result = solveChain({ months: s.months, stayMonths: s.stay, initialCount: s.n0, keepDistributions: true });
      expect(result.truncationMass).toBeLessThan(1e-12);
      result.distributions!.forEach((dist, m) => {
        const ref = reference[m]!;
        // The reference's boundary at N must hold no mass of any consequence.
        expect(ref[N]!).toBeLessThan(1e-12);
        let maxDiff = 0;
        for (let n = 0; n <= N; n++) maxDiff = Math.max(maxDiff, Math.abs((dist[n] ?? 0) - ref[n]!));
        expect(maxDiff).toBeLessThan(1e-6);
        expect(maxDiff).toBeLessThan(1e-10); // in practice far better than required

        // Summaries computed from the reference distribution.
        const C = s.months[m]!.capacity;
        let queueMean = 0;
        let enrolledMean = 0;
        let pQueue = 0;
        let cumulative = 0;
        let p50 = -1;
        let p90 = -1;
        for (let n = 0; n <= N; n++) {
          const p = ref[n]!;
          queueMean += Math.max(0, n - C) * p;
          enrolledMean += Math.min(n, C) * p;
          if (n > C) pQueue += p;
          cumulative += p;
          if (p50 < 0 && n >= C && cumulative >= 0.5 - 1e-9) p50 = n - C;
          if (p90 < 0 && n >= C && cumulative >= 0.9 - 1e-9) p90 = n - C;
        }
        const month = result.months[m]!;
        expect(month.queueMean).toBeCloseTo(queueMean, 6);
        expect(month.enrolledMean).toBeCloseTo(enrolledMean, 6);
        expect(month.probabilityOfQueue).toBeCloseTo(pQueue, 6);
        expect(month.queueP50).toBe(p50);
        expect(month.queueP90).toBe(p90);
      });
    });
  }

  it('keeps the total probability within 1e-9 of one and reports a truncation below 1e-12 for a large unit', () => {
    const months = repeat(120, { arrivals: 16, capacity: 200 });
    const result = solveChain({ months, stayMonths: 12, initialCount: 150, keepDistributions: true });
    expect(result.truncationMass).toBeLessThan(1e-12);
    for (const d of result.distributions!) {
      const total = d.reduce((a, b) => a + b, 0);
      expect(Math.abs(total - 1)).toBeLessThan(1e-9);
    }
  });

  it('leaves the state unchanged in a month with neither arrivals nor slots', () => {
    const result = solveChain({ months: [{ arrivals: 0, capacity: 0 }], stayMonths: 12, initialCount: 5 });
    expect(result.months[0]).toMatchObject({ queueMean: 5, probabilityOfQueue: 1, enrolledMean: 0, expectedWaitWeeks: null });
  });
});

describe('expected wait of an applicant referred during a month', () => {
  it('is the time-average over the month of (n − C + 1)⁺ · L/C, in weeks', () => {
    // Reference: average the distribution over the month with Simpson's rule on a dense solution.
    const months = [{ arrivals: 3, capacity: 4 }];
    const stay = 2;
    const n0 = 6;
    const N = 50;
    const intervals = 40;
    const queuePosition = (t: number): number => {
      if (t === 0) return n0 - 4 + 1;
      // Running the chain for time t is running it one month with arrivals × t and stay ÷ t.
      const d = referenceDistributions([{ arrivals: 3 * t, capacity: 4 }], stay / t, n0, N)[0]!;
      let s = 0;
      for (let n = 4; n <= N; n++) s += (n - 4 + 1) * d[n]!;
      return s;
    };
    let total = 0;
    for (let i = 0; i <= intervals; i++) {
      const weight = i === 0 || i === intervals ? 1 : i % 2 === 1 ? 4 : 2;
      total += weight * queuePosition(i / intervals);
    }
    total /= 3 * intervals;
    const expectedWeeks = ((total * stay) / 4) * (52 / 12);
    const result = solveChain({ months, stayMonths: stay, initialCount: n0 });
    expect(result.months[0]!.expectedWaitWeeks!).toBeCloseTo(expectedWeeks, 4);
  });
});

describe('Poisson weights', () => {
  it('match the Poisson probabilities and leave out less than asked', () => {
    for (const q of [0.3, 4.58, 33.2, 250]) {
      const pw = poissonWeights(q, 1e-14);
      expect(pw.truncatedMass).toBeLessThan(1e-14);
      let logFactorial = 0;
      for (let k = 1; k <= pw.right; k++) {
        logFactorial += Math.log(k);
        if (k < pw.left) continue;
        const exact = Math.exp(-q + k * Math.log(q) - logFactorial);
        expect(Math.abs(pw.weights[k - pw.left]! - exact)).toBeLessThan(1e-13);
      }
      expect(pw.survival[0]!).toBeCloseTo(1 - Math.exp(-q), 12);
    }
  });
});

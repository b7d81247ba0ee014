import { describe, expect, it } from 'vitest';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { simulate, type SimulationInput } from '../../../src/core/forecast/monteCarlo.ts';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { createStaySampler } from '../../../src/core/forecast/stayDistributions.ts';

const repeat = (n: number, m: { arrivals: number; capacity: number }) => Array.from({ length: n }, () => ({ ...m }));

function expectAgreement(input: SimulationInput): void {
  const sim = simulate(input);
  const exact = solveChain({ months: input.months, stayMonths: input.stayMonths, initialCount: input.initialEnrolled + input.initialQueue });
  sim.months.forEach((m, i) => {
    const e = exact.months[i]!;
    const se = sim.standardErrors[i]!;
    // Within four standard errors (plus a hair for a standard error of zero).
    expect(Math.abs(m.enrolledMean - e.enrolledMean)).toBeLessThanOrEqual(4 * se.enrolledMean + 1e-9);
    expect(Math.abs(m.queueMean - e.queueMean)).toBeLessThanOrEqual(4 * se.queueMean + 1e-9);
    const pSe = Math.sqrt((e.probabilityOfQueue * (1 - e.probabilityOfQueue)) / input.runs);
    expect(Math.abs(m.probabilityOfQueue - e.probabilityOfQueue)).toBeLessThanOrEqual(4 * pSe + 1e-9);
    // The exact wait holds the month's slots for the whole wait, so compare only where they do not change.
    const slotsStay = input.months.slice(i).every((x) => x.capacity === e.capacity);
    if (slotsStay && e.expectedWaitWeeks !== null && e.expectedWaitWeeks > 0.5) {
      expect(Math.abs(m.expectedWaitWeeks! - e.expectedWaitWeeks) / e.expectedWaitWeeks).toBeLessThan(0.05);
    }
  });
}

describe('Monte Carlo with exponential stays agrees with the exact chain', () => {
  it('for the DOMAIN unit (28 slots, 27 enrolled, λ = 2,25, L = 12)', () => {
    expectAgreement({
      months: repeat(12, { arrivals: 2.25, capacity: 28 }),
      stayMonths: 12,
      stay: { kind: 'exponential' },
      initialEnrolled: 27,
      initialQueue: 0,
      runs: 10_000,
      seed: 2020,
    });
  });

  it('with a queue at the start, a surge and slots added', () => {
    expectAgreement({
      months: [...repeat(3, { arrivals: 1.5, capacity: 10 }), ...repeat(3, { arrivals: 4, capacity: 10 }), ...repeat(4, { arrivals: 2, capacity: 14 })],
      stayMonths: 6,
      stay: { kind: 'exponential' },
      initialEnrolled: 8,
      initialQueue: 5,
      runs: 10_000,
      seed: 7,
    });
  });
});

describe('Monte Carlo is reproducible', () => {
  const input: SimulationInput = {
    months: repeat(6, { arrivals: 2.25, capacity: 28 }),
    stayMonths: 12,
    stay: { kind: 'lognormal', cv: 0.6 },
    initialEnrolled: 20,
    initialQueue: 0,
    runs: 500,
    seed: 42,
  };

  it('gives identical output for the same seed', () => {
    expect(simulate(input)).toEqual(simulate(input));
  });

  it('gives different output for a different seed', () => {
    expect(simulate({ ...input, seed: 43 }).months).not.toEqual(simulate(input).months);
  });
});

describe('Monte Carlo with other stays', () => {
  it('fixed stays without a queue give Poisson(λ·min(t, L)) enrolled (M/D/∞)', () => {
    const runs = 10_000;
    const sim = simulate({
      months: repeat(10, { arrivals: 1, capacity: 40 }),
      stayMonths: 6,
      stay: { kind: 'fixed' },
      initialEnrolled: 0,
      initialQueue: 0,
      runs,
      seed: 3,
    });
    sim.months.forEach((m) => {
      const mean = Math.min(m.month, 6);
      expect(Math.abs(m.enrolledMean - mean)).toBeLessThan(4 * Math.sqrt(mean / runs));
      expect(m.probabilityOfQueue).toBe(0);
    });
  });

  it('fixed stays of people enrolled at the start end within L months', () => {
    const sim = simulate({
      months: repeat(8, { arrivals: 0, capacity: 10 }),
      stayMonths: 6,
      stay: { kind: 'fixed' },
      initialEnrolled: 10,
      initialQueue: 0,
      runs: 2_000,
      seed: 5,
    });
    // Remaining stays are uniform on (0, 6): after m months about 10·(1 − m/6) remain.
    expect(sim.months[2]!.enrolledMean).toBeCloseTo(5, 0);
    expect(sim.months[5]!.enrolledMean).toBe(0);
    expect(sim.months[7]!.enrolledMean).toBe(0);
  });

  it('lognormal stays have the given mean and coefficient of variation', () => {
    const sampler = createStaySampler({ kind: 'lognormal', cv: 0.5 }, 12);
    const rng = xoroshiro128plus(9);
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const x = sampler.next(rng);
      sum += x;
      sq += x * x;
    }
    const mean = sum / n;
    const sd = Math.sqrt(sq / n - mean * mean);
    expect(mean).toBeCloseTo(12, 1);
    expect(sd / mean).toBeCloseTo(0.5, 2);
  });

  it('keeps enrolled people when slots are removed and enrols nobody until below capacity', () => {
    const sim = simulate({
      months: [
        { arrivals: 0, capacity: 20 },
        { arrivals: 3, capacity: 5 },
      ],
      stayMonths: 24,
      stay: { kind: 'fixed' },
      initialEnrolled: 20,
      initialQueue: 0,
      runs: 1_000,
      seed: 1,
    });
    expect(sim.months[1]!.enrolledMean).toBeGreaterThan(5);
    expect(sim.months[1]!.queueMean).toBeGreaterThan(2);
  });

  it('reports no expected wait for a month whose referrals can never be enrolled', () => {
    const sim = simulate({
      months: repeat(3, { arrivals: 2, capacity: 0 }),
      stayMonths: 6,
      stay: { kind: 'fixed' },
      initialEnrolled: 0,
      initialQueue: 0,
      runs: 200,
      seed: 1,
    });
    expect(sim.months.map((m) => m.expectedWaitWeeks)).toEqual([null, null, null]);
  });
});

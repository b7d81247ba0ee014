// Urgent referrals in the simulation: with exponential stays and constant slots (where the exact
// chain's assumption that the month's slots hold for the whole wait is true), each class's figures
// agree with the exact chain within sampling error; a share of 0 agrees with the simulation
// without priority; the total queue does not depend on the priority; the same seed gives the same
// figures; waits without end are null.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/forecast/monteCarlo.ts';
import { solvePriorityChain } from '../../../src/core/forecast/priorityChain.ts';
import { simulatePriority, type Estimate } from '../../../src/core/forecast/priorityMonteCarlo.ts';

/** Within five standard errors (and a small absolute margin for estimates near 0 or 1). */
function expectNear(estimate: Estimate, exact: number | null) {
  expect(exact).not.toBeNull();
  expect(estimate.value).not.toBeNull();
  const se = estimate.standardError ?? 0;
  expect(Math.abs(estimate.value! - exact!)).toBeLessThanOrEqual(5 * se + 1e-3);
}

const months = Array.from({ length: 8 }, () => ({ arrivals: 2.4, capacity: 10 }));

describe('urgent referrals in the simulation', () => {
  for (const theta of [0, 0.3]) {
    it(`agrees with the exact chain within sampling error, class by class (θ = ${theta})`, () => {
      const common = { months, stayMonths: 4, share: 0.25, initialEnrolled: 10, initialQueue: 2, abandonment: theta };
      const exact = solvePriorityChain(common);
      const sim = simulatePriority({ ...common, stay: { kind: 'exponential' }, runs: 8000, seed: 7 });
      sim.months.forEach((m, i) => {
        const e = exact.months[i]!;
        for (const c of ['urgent', 'ordinary'] as const) {
          expectNear(m[c].queueMean, e[c].queueMean);
          expectNear(m[c].probabilityOfWaiting, e[c].probabilityOfWaiting);
          expectNear(m[c].expectedWaitWeeks, e[c].expectedWaitWeeks);
          expectNear(m[c].probabilityOfWaitOver, e[c].probabilityOfWaitOver);
          expect(m[c].expectedWaitWeeks.standardError!).toBeGreaterThan(0);
        }
      });
    });
  }

  it('a share of 0 agrees with the simulation without priority', () => {
    const common = { months, stayMonths: 4, stay: { kind: 'lognormal', cv: 0.6 } as const, initialEnrolled: 10, initialQueue: 2, runs: 6000, abandonment: 0.1 };
    const without = simulate({ ...common, seed: 3 });
    const sim = simulatePriority({ ...common, share: 0, seed: 11 });
    sim.months.forEach((m, i) => {
      const w = without.months[i]!;
      const se = without.standardErrors[i]!;
      expect(m.urgent.referrals).toBe(0);
      expect(m.urgent.queueMean.value).toBe(0);
      expect(Math.abs(m.ordinary.queueMean.value! - w.queueMean)).toBeLessThan(5 * Math.hypot(se.queueMean, m.ordinary.queueMean.standardError!) + 1e-3);
      expect(Math.abs(m.ordinary.expectedWaitWeeks.value! - w.expectedWaitWeeks!)).toBeLessThan(
        5 * Math.hypot(se.expectedWaitWeeks!, m.ordinary.expectedWaitWeeks.standardError!) + 1e-3,
      );
    });
  });

  it('the total queue does not depend on the priority, and the urgent wait less (fixed stays)', () => {
    // The share only decides who is enrolled at each departure (work conservation); the draws of
    // the classes change the random streams, so the totals agree within sampling error.
    const common = { months, stayMonths: 4, stay: { kind: 'fixed' } as const, initialEnrolled: 10, initialQueue: 2, runs: 500, seed: 5 };
    const none = simulatePriority({ ...common, share: 0 });
    const some = simulatePriority({ ...common, share: 0.4 });
    some.months.forEach((m, i) => {
      const n = none.months[i]!;
      const se = Math.hypot(n.ordinary.queueMean.standardError!, m.ordinary.queueMean.standardError!, m.urgent.queueMean.standardError!);
      expect(Math.abs(m.queueMean - n.queueMean)).toBeLessThan(5 * se + 1e-3);
      expect(m.urgent.expectedWaitWeeks.value!).toBeLessThanOrEqual(m.ordinary.expectedWaitWeeks.value!);
    });
  });

  it('the same seed gives the same figures', () => {
    const input = {
      months,
      stayMonths: 4,
      stay: { kind: 'exponential' } as const,
      share: 0.3,
      initialEnrolled: 9,
      initialQueue: 0,
      runs: 300,
      seed: 42,
      abandonment: 0.2,
    };
    expect(simulatePriority(input)).toEqual(simulatePriority(input));
  });

  it('when urgent referrals alone fill the slots, the ordinary waits have no end (without abandonment)', () => {
    const r = simulatePriority({
      months: [{ arrivals: 6, capacity: 2 }],
      stayMonths: 1,
      stay: { kind: 'exponential' },
      share: 0.5,
      initialEnrolled: 2,
      initialQueue: 0,
      runs: 200,
      seed: 1,
    });
    expect(r.months[0]!.ordinary.expectedWaitWeeks.value).toBeNull();
    expect(r.months[0]!.urgent.expectedWaitWeeks.value).not.toBeNull();
  });
});

// The exact chain with urgent referrals leaves out, each month, the states with more waiting in all
// (u + o) than the most at the start plus the month's referrals but for a Poisson tail, and holds
// its uniformization rate to the rate of leaving of that many. What is left out is counted in
// truncationMass. The total in the unit is the same birth–death chain whatever the share (work
// conservation), so with a loose tolerance, where the cut-off bites, the law of the total stays
// within what both chains count as left out of that of the chain without priority.
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { solvePriorityChain, type PriorityDistribution } from '../../../src/core/forecast/priorityChain.ts';

const months = [
  { arrivals: 2, capacity: 3 },
  { arrivals: 2, capacity: 3 },
  { arrivals: 2, capacity: 2 },
  { arrivals: 1.5, capacity: 2 },
];
const stay = 2;

/** P(N = n) of the total in the unit (enrolled + waiting). */
function totalOfPriority(d: PriorityDistribution): number[] {
  const total: number[] = [];
  const add = (n: number, p: number) => {
    total[n] = (total[n] ?? 0) + p;
  };
  d.low.forEach((p, e) => {
    add(e, p);
  });
  for (let x = 0; x <= d.X; x++) {
    for (let u = 0; u <= d.U; u++) {
      for (let o = 0; o <= d.O; o++) add(d.capacity + x + u + o, d.high[(x * (d.U + 1) + u) * (d.O + 1) + o]!);
    }
  }
  return total;
}

function totalOfChain(dist: Float64Array, excess: Float64Array[], C: number): number[] {
  const total: number[] = [];
  const add = (n: number, p: number) => {
    total[n] = (total[n] ?? 0) + p;
  };
  dist.forEach((p, n) => {
    add(n, p);
  });
  excess.forEach((row, i) => {
    row.forEach((p, q) => {
      add(C + i + 1 + q, p);
    });
  });
  return total;
}

describe('the cut-off of the total waiting in the chain with urgent referrals', () => {
  for (const theta of [0, 0.5]) {
    it(`θ = ${theta}: the law of the total stays within what is counted as left out`, () => {
      for (const tolerance of [1e-4, 1e-12]) {
        const priority = solvePriorityChain({
          months,
          stayMonths: stay,
          share: 0.3,
          initialEnrolled: 3,
          initialQueue: 2,
          abandonment: theta,
          tolerance,
          keepDistributions: true,
        });
        const plain = solveChain({ months, stayMonths: stay, initialCount: 5, initialEnrolled: 3, abandonment: theta, keepDistributions: true });
        expect(priority.truncationMass).toBeLessThanOrEqual(tolerance);
        months.forEach((m, i) => {
          const a = totalOfPriority(priority.distributions![i]!);
          const b = totalOfChain(plain.distributions![i]!, plain.excessDistributions![i]!, m.capacity);
          let distance = 0;
          for (let n = 0; n < Math.max(a.length, b.length); n++) distance += Math.abs((a[n] ?? 0) - (b[n] ?? 0));
          expect(distance).toBeLessThanOrEqual(2 * (priority.truncationMass + plain.truncationMass) + 1e-12);
        });
      }
    });
  }
});

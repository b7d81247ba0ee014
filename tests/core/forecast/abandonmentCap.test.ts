// With abandonment the exact chain holds the rate of leaving at θ·Q̄ for queues longer than a cap
// Q̄, chosen each month as the smallest for which the chance that the queue passes it within the
// month (its length at the start plus the month's arrivals) is within a share of the tolerance;
// that chance is counted in truncationMass. With a loose tolerance the cap lies where the
// distribution still has mass: the month-end distribution then differs from a dense matrix
// exponential of the true chain by no more than what is counted, and the cap does bite.
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { chainPairs, referencePairDistributions, type PairSpace } from './support/denseExpmEnrolledQueue.ts';

const months = [
  { arrivals: 3, capacity: 4 },
  { arrivals: 3, capacity: 4 },
  { arrivals: 3, capacity: 2 },
  { arrivals: 2, capacity: 2 },
];
const stay = 2;
const theta = 0.5;
const space: PairSpace = { maxEnrolled: 4, maxQueue: 40 };

describe('the cap on the rate of leaving the queue', () => {
  const reference = referencePairDistributions(months, stay, 4, 3, space, theta);
  const run = (tolerance: number) =>
    solveChain({ months, stayMonths: stay, initialCount: 7, initialEnrolled: 4, abandonment: theta, tolerance, keepDistributions: true });

  it('changes each month-end distribution by no more than the mass counted as left out', () => {
    for (const tolerance of [1e-3, 1e-6, 1e-12]) {
      const result = run(tolerance);
      expect(result.truncationMass).toBeLessThanOrEqual(tolerance);
      months.forEach((m, i) => {
        const v = chainPairs(result.distributions![i]!, result.excessDistributions![i]!, m.capacity, space);
        let total = 0;
        for (let j = 0; j < v.length; j++) total += Math.abs(v[j]! - reference[i]![j]!);
        // Distance in total variation: what was left out, once as missing and once as misplaced.
        expect(total).toBeLessThanOrEqual(2 * result.truncationMass + 1e-12);
      });
    }
  });

  it('bites with a loose tolerance: the figures move, and the counted mass covers the move', () => {
    const loose = run(1e-3);
    const tight = run(1e-12);
    const moved = Math.max(...loose.months.map((m, i) => Math.abs(m.queueMean - tight.months[i]!.queueMean)));
    expect(moved).toBeGreaterThan(1e-9);
    expect(loose.truncationMass).toBeGreaterThan(1e-9);
  });
});

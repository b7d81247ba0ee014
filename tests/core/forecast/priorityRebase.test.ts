// A rise in capacity between months in the exact chain with urgent referrals: the people waiting
// take the new slots at the start of the month, the urgent before the ordinary. With no arrivals
// and a very long stay in the second month nothing else moves, so its month-end queues are those
// of the first month's distribution with the free slots filled by hand.
import { describe, expect, it } from 'vitest';
import { solvePriorityChain, type PriorityDistribution } from '../../../src/core/forecast/priorityChain.ts';

/** Visits every state of a month-end distribution with its probability. */
function states(d: PriorityDistribution, visit: (enrolled: number, urgent: number, ordinary: number, p: number) => void): void {
  d.low.forEach((p, e) => {
    if (p !== 0) visit(e, 0, 0, p);
  });
  for (let x = 0; x <= d.X; x++)
    for (let u = 0; u <= d.U; u++)
      for (let o = 0; o <= d.O; o++) {
        const p = d.high[(x * (d.U + 1) + u) * (d.O + 1) + o]!;
        if (p !== 0) visit(d.capacity + x, u, o, p);
      }
}

describe('priority chain, capacity rising between months', () => {
  it('the waiting take the new slots urgent first', () => {
    const newCapacity = 3;
    const result = solvePriorityChain({
      months: [
        { arrivals: 3, capacity: 1 },
        { arrivals: 0, capacity: newCapacity },
      ],
      stayMonths: 1e6,
      share: 0.5,
      initialEnrolled: 1,
      initialQueue: 0,
      keepDistributions: true,
    });
    let urgent = 0;
    let ordinary = 0;
    states(result.distributions![0]!, (e, u, o, p) => {
      const free = Math.max(0, newCapacity - e);
      const urgentIn = Math.min(u, free);
      urgent += p * (u - urgentIn);
      ordinary += p * Math.max(0, o - (free - urgentIn));
    });
    const second = result.months[1]!;
    // Both classes wait after the first month, and the urgent come through the rise with fewer.
    expect(result.months[0]!.urgent.queueMean).toBeGreaterThan(0.5);
    expect(urgent).toBeLessThan(ordinary);
    expect(second.urgent.queueMean).toBeCloseTo(urgent, 4);
    expect(second.ordinary.queueMean).toBeCloseTo(ordinary, 4);
  });
});

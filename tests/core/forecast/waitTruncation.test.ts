// The wait distribution with abandonment leaves out the queue places whose whole tail is below
// 1e-15: what that loses is bounded by the tail left out, and a tail above it is kept.
import { describe, expect, it } from 'vitest';
import { probabilityOfWaitOver, waitPercentile, type ArrivalView } from '../../../src/core/forecast/waitDistribution.ts';

const base = [0.3, 0.2, 0.1, 0.05, 0.02];
function viewWith(tail: readonly number[], excess: Float64Array[] = []): ArrivalView {
  return { capacity: 28, stayMonths: 12, waiting: Float64Array.from([...base, ...tail]), excess, abandonment: 0.1 };
}
const WEEKS = [0, 1, 2, 4, 8, 16, 52];

describe('truncation of the tagged chain with abandonment', () => {
  it('a tail of places below 1e-15 in all changes no P(wait > t) by more than its mass', () => {
    const plain = viewWith([]);
    const tail = Array.from({ length: 200 }, () => 4e-18); // 8e-16 in all
    const withTail = viewWith(tail);
    for (const w of WEEKS) {
      const d = probabilityOfWaitOver(withTail, w) - probabilityOfWaitOver(plain, w);
      expect(Math.abs(d)).toBeLessThanOrEqual(8e-16 + 1e-15);
    }
    expect(waitPercentile(withTail, 0.9)).toBe(waitPercentile(plain, 0.9));
  });

  it('a tail above 1e-15 is kept: it raises P(wait > t), by no more than its mass', () => {
    const plain = viewWith([]);
    const tail = Array.from({ length: 100 }, () => 1e-12); // 1e-10 in all, far back in the queue
    const withTail = viewWith(tail);
    // At two weeks those far back are all still waiting: the whole tail shows.
    const d = probabilityOfWaitOver(withTail, 2) - probabilityOfWaitOver(plain, 2);
    expect(d).toBeGreaterThan(0.9e-10);
    expect(d).toBeLessThanOrEqual(1e-10 + 1e-13);
  });

  it('counts the excess rows in the tail as well', () => {
    const plain = viewWith([]);
    const excessTail = new Float64Array(60);
    excessTail[59] = 1e-11; // one applicant far back behind an excess
    const withExcess = viewWith([], [excessTail]);
    const d = probabilityOfWaitOver(withExcess, 2) - probabilityOfWaitOver(plain, 2);
    expect(d).toBeGreaterThan(0.9e-11);
    expect(d).toBeLessThanOrEqual(1e-11 + 1e-13);
  });
});

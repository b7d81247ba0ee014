// Urgent referrals in the long run: Cobham's closed form for M/M/c with two non-preemptive priority
// classes against the stationary law of the chain over (number in the unit, urgent waiting),
// written from the rules and solved as a dense linear system; the mean waits by Little's law.
import { describe, expect, it } from 'vitest';
import { erlangC, priorityLongRun, steadyState } from '../../../src/core/forecast/erlang.ts';
import { WEEKS_PER_MONTH } from '../../../src/core/forecast/types.ts';
import { solve, zeros } from './support/denseExpm.ts';

function reference(lambda: number, L: number, c: number, share: number, maxQueue: number) {
  const states: [number, number][] = [];
  for (let n = 0; n <= c + maxQueue; n++) for (let p = 0; p <= Math.max(0, n - c); p++) states.push([n, p]);
  const index = new Map(states.map(([n, p], i) => [`${n}|${p}`, i]));
  const size = states.length;
  const G = zeros(size);
  const add = (i: number, j: number | undefined, r: number) => {
    if (j === undefined || r === 0) return;
    G[i]![j]! += r;
    G[i]![i]! -= r;
  };
  const lp = share * lambda;
  const lo = lambda - lp;
  states.forEach(([n, p], i) => {
    if (n < c + maxQueue) {
      add(i, index.get(`${n + 1}|${n >= c ? p + 1 : 0}`), lp); // urgent: waits (first among the waiting) when all slots are taken
      add(i, index.get(`${n + 1}|${p}`), lo);
    }
    // A stay ends: the first urgent one waiting takes the slot, else the first other one.
    if (n > 0) add(i, index.get(`${n - 1}|${p > 0 ? p - 1 : 0}`), Math.min(n, c) / L);
  });
  const A = zeros(size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) A[i]![j] = G[j]![i]!;
  A[size - 1]!.fill(1);
  const b = zeros(size);
  b[size - 1]![0] = 1;
  const pi = solve(A, b).map((r) => r[0]!);
  let wait = 0;
  let urgent = 0;
  let others = 0;
  states.forEach(([n, p], i) => {
    if (n >= c) wait += pi[i]!;
    urgent += p * pi[i]!;
    others += (Math.max(0, n - c) - p) * pi[i]!;
  });
  return { probabilityOfWaiting: wait, priorityWait: urgent / lp, ordinaryWait: others / lo };
}

describe('urgent referrals in the long run', () => {
  it.each([
    [1, 1, 2, 0.2],
    [1.5, 2, 6, 0.1],
    [0.5, 1, 1, 0.5],
  ])('λ = %d, L = %d, C = %d, share %d: Cobham equals the two-class chain', (lambda, L, c, share) => {
    const ref = reference(lambda, L, c, share, 40); // ρ = 0,5: the truncated tail is below 1e-11
    const r = priorityLongRun(lambda, L, c, share)!;
    expect(r.probabilityOfWaiting).toBeCloseTo(ref.probabilityOfWaiting, 7);
    expect(r.priorityMeanWaitWeeks / WEEKS_PER_MONTH).toBeCloseTo(ref.priorityWait, 7);
    expect(r.ordinaryMeanWaitWeeks / WEEKS_PER_MONTH).toBeCloseTo(ref.ordinaryWait, 7);
  });

  it('keeps the mean wait over both classes that of Erlang C, and puts the urgent ones first', () => {
    const r = priorityLongRun(2.25, 12, 30, 0.1)!;
    const all = steadyState(2.25, 12, 30);
    expect(r.probabilityOfWaiting).toBeCloseTo(erlangC(30, 27), 12);
    expect(0.1 * r.priorityMeanWaitWeeks + 0.9 * r.ordinaryMeanWaitWeeks).toBeCloseTo(all.meanWaitWeeks!, 9);
    expect(r.priorityMeanWaitWeeks).toBeLessThan(r.ordinaryMeanWaitWeeks);
  });

  it('is not computed without a priority share, without a steady state, or with other stays or abandonment', () => {
    expect(priorityLongRun(2.25, 12, 30, 0)).toBeNull();
    expect(priorityLongRun(2.25, 12, 27, 0.1)).toBeNull();
    expect(priorityLongRun(2.25, 12, 30, 0.1, 0.5)).toBeNull();
    expect(priorityLongRun(2.25, 12, 30, 0.1, 1, 0.1)).toBeNull();
  });
});

// Steady state of the M/M/C queue (Erlang C), for one month's arrivals λ, mean stay L and C slots.
// Erlang C is computed from the Erlang B recursion B(0) = 1, B(c) = a·B(c−1) / (c + a·B(c−1)),
// which never overflows, then C(c, a) = c·B / (c − a·(1 − B)) for a < c.
//
// Other stay distributions (M/G/C) use the Lee–Longton approximation: the probability of waiting
// is taken from Erlang C, and the mean wait is the Erlang C mean wait times (1 + cv²)/2, where cv
// is the coefficient of variation of the stay (1 for exponential, 0 for fixed stays).
import { WEEKS_PER_MONTH } from './types.ts';

export interface SteadyState {
  arrivalsPerMonth: number;
  meanStayMonths: number;
  capacity: number;
  /** a = λ·L, the mean number who would be enrolled with unlimited slots. */
  offeredLoad: number;
  /** a / C; null when there are no slots. */
  utilization: number | null;
  /** False when λ·L ≥ C (and λ > 0): the queue then grows without bound. */
  exists: boolean;
  /** Probability that an applicant must wait (1 without a steady state). */
  probabilityOfWaiting: number;
  /** Mean wait of all applicants in weeks (null without a steady state). */
  meanWaitWeeks: number | null;
  /** Mean number waiting (null without a steady state). */
  meanQueue: number | null;
}

/** Erlang B: the blocking probability of c servers with offered load a (a ≥ 0, c a whole number ≥ 0). */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C: the probability of waiting with c servers and offered load a; 1 when a ≥ c. */
export function erlangC(c: number, a: number): number {
  if (a <= 0) return 0;
  if (a >= c) return 1;
  const b = erlangB(c, a);
  return (c * b) / (c - a * (1 - b));
}

export function steadyState(arrivalsPerMonth: number, meanStayMonths: number, capacity: number, stayCv = 1): SteadyState {
  const lambda = arrivalsPerMonth;
  const L = meanStayMonths;
  const C = capacity;
  const a = lambda * L;
  const base = {
    arrivalsPerMonth: lambda,
    meanStayMonths: L,
    capacity: C,
    offeredLoad: a,
    utilization: C > 0 ? a / C : a > 0 ? null : 0,
  };
  if (lambda <= 0) {
    return { ...base, exists: true, probabilityOfWaiting: 0, meanWaitWeeks: 0, meanQueue: 0 };
  }
  if (a >= C) {
    return { ...base, exists: false, probabilityOfWaiting: 1, meanWaitWeeks: null, meanQueue: null };
  }
  const pWait = erlangC(C, a);
  const factor = (1 + stayCv * stayCv) / 2;
  const waitMonths = (pWait / (C / L - lambda)) * factor;
  return {
    ...base,
    exists: true,
    probabilityOfWaiting: pWait,
    meanWaitWeeks: waitMonths * WEEKS_PER_MONTH,
    meanQueue: lambda * waitMonths, // Little's law: Lq = λ·Wq (= C(c, a)·a/(c − a) for exponential stays)
  };
}

// Steady state of the M/M/C queue (Erlang C), for one month's arrivals λ, mean stay L and C slots.
// Erlang C is computed from the Erlang B recursion B(0) = 1, B(c) = a·B(c−1) / (c + a·B(c−1)),
// which never overflows, then C(c, a) = c·B / (c − a·(1 − B)) for a < c.
//
// Fixed stays (M/D/C) are solved exactly (Crommelin): with stays of exactly L, the number in the
// unit satisfies N(t + L) = max(N(t) − C, 0) + A(t, t + L] for every t, so the number waiting
// W = max(N − C, 0) follows Lindley's recursion W' = max(W + A − C, 0) with A ~ Poisson(λL), and
// its stationary law is that of the maximum of the random walk S_n = Σ (A_i − C). Spitzer's identity
// gives it: E[z^W] = exp(Σ_n (1/n) E[z^(S_n⁺) − 1]) and E[W] = Σ_n E[S_n⁺]/n, with S_n + nC
// Poisson(nλL). Then P(wait) = P(N ≥ C) with N = W + A (PASTA), and the mean wait is E[W]/λ.
//
// Other stays (M/G/C, cv the coefficient of variation of the stay) interpolate between the exact
// exponential and fixed cases (Kimura's system interpolation): mean wait
// (1 + cv²) / (2cv²/W_M + (1 − cv²)/W_D), probability of waiting cv²·P_M + (1 − cv²)·P_D for
// cv ≤ 1 and Erlang C above. The Lee–Longton rule used before (Erlang C for P(wait), half the mean
// wait for fixed stays) judged fixed stays too favourably on the wait.
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

/**
 * The long-run probability that someone referred waits longer than `weeks`: P(wait)·e^(−t·P(wait)/W),
 * with W the mean wait. For exponential stays this is exact (the wait of those who wait is
 * exponential with rate C/L − λ); for other stays it is an exponential tail with the right
 * probability of waiting and mean.
 */
export function probabilityOfWaitingLonger(s: SteadyState, weeks: number): number {
  if (!s.exists || s.meanWaitWeeks === null) return 1;
  if (s.probabilityOfWaiting <= 0 || s.meanWaitWeeks <= 0) return 0;
  return s.probabilityOfWaiting * Math.exp((-weeks * s.probabilityOfWaiting) / s.meanWaitWeeks);
}

/** How the long run is computed for a stay's coefficient of variation. */
export type LongRunMethod = 'erlang-c' | 'fixed-exact' | 'interpolation';

export function longRunMethod(stayCv: number): LongRunMethod {
  if (stayCv === 1) return 'erlang-c';
  if (stayCv === 0) return 'fixed-exact';
  return 'interpolation';
}

/** The method in Swedish, for the output. */
export const LONG_RUN_METHOD_TEXT: Record<LongRunMethod, string> = {
  'erlang-c': 'Erlang C, exakt för exponentiell vistelsetid',
  'fixed-exact': 'exakt för fast vistelsetid (M/D/c)',
  interpolation: 'Kimuras interpolation mellan exponentiell och fast vistelsetid',
};

const LOG_FACTORIAL_TABLE: number[] = (() => {
  const t = [0];
  for (let k = 1; k <= 256; k++) t.push(t[k - 1]! + Math.log(k));
  return t;
})();

function logFactorial(n: number): number {
  if (n <= 256) return LOG_FACTORIAL_TABLE[n]!;
  // Stirling's series; the error is far below 1e-15 relative for n > 256.
  const x = n + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3) + 1 / (1260 * x ** 5);
}

/** Most terms of Spitzer's series summed before giving up (only near full utilization). */
const MAX_SPITZER_TERMS = 200_000;

/**
 * The exact steady state of C slots with fixed stays of L months and λ referrals a month
 * (λL < C): the probability of waiting and the mean number waiting.
 */
export function fixedStaySteadyState(lambda: number, L: number, C: number): { probabilityOfWaiting: number; meanQueue: number } {
  const a = lambda * L;
  if (a <= 0) return { probabilityOfWaiting: 0, meanQueue: 0 };
  if (a >= C) return { probabilityOfWaiting: 1, meanQueue: Number.POSITIVE_INFINITY };
  // g[k] = Σ_n P(S_n = k)/n (k = 1..C − 1), g0 = −Σ_n P(S_n > 0)/n, meanW = Σ_n E[S_n⁺]/n.
  const g = new Float64Array(Math.max(1, C));
  let g0 = 0;
  let meanW = 0;
  const logA = Math.log(a);
  for (let n = 1; n <= MAX_SPITZER_TERMS; n++) {
    const mu = n * a;
    const m = n * C;
    // P(A_n = m + k) for k = 1, 2, … by the ratio μ/(m + k), until the tail is negligible.
    let p = Math.exp(-mu + (m + 1) * Math.log(mu) - logFactorial(m + 1));
    if (!Number.isFinite(p)) p = Math.exp(-mu + (m + 1) * (logA + Math.log(n)) - logFactorial(m + 1));
    let tail = 0;
    let excess = 0;
    for (let k = 1; ; k++) {
      if (k < C) g[k] = g[k]! + p / n;
      tail += p;
      excess += k * p;
      if (k >= C && p < 1e-16 * Math.max(tail, 1e-300)) break;
      if (k > 100_000) break;
      p *= mu / (m + k + 1);
    }
    g0 -= tail / n;
    meanW += excess / n;
    if (tail < 1e-14 * n && excess < 1e-14 * n) break;
  }
  // Coefficients of E[z^W] = exp(g0 + Σ g_k z^k): w_0 = e^g0, w_k = (1/k) Σ_j j·g_j·w_(k−j).
  const w = new Float64Array(Math.max(1, C));
  w[0] = Math.exp(g0);
  for (let k = 1; k < C; k++) {
    let sum = 0;
    for (let j = 1; j <= k; j++) sum += j * g[j]! * w[k - j]!;
    w[k] = sum / k;
  }
  // P(N ≤ C − 1) with N = W + A, A ~ Poisson(a).
  const poisson = new Float64Array(Math.max(1, C));
  poisson[0] = Math.exp(-a);
  for (let j = 1; j < C; j++) poisson[j] = (poisson[j - 1]! * a) / j;
  let belowC = 0;
  let cdf = 0;
  const cdfs = new Float64Array(Math.max(1, C));
  for (let j = 0; j < C; j++) {
    cdf += poisson[j]!;
    cdfs[j] = cdf;
  }
  for (let v = 0; v < C; v++) belowC += w[v]! * cdfs[C - 1 - v]!;
  return { probabilityOfWaiting: Math.min(1, Math.max(0, 1 - belowC)), meanQueue: meanW };
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
  const pExponential = erlangC(C, a);
  const waitExponential = pExponential / (C / L - lambda);
  let pWait = pExponential;
  let waitMonths = waitExponential;
  const method = longRunMethod(stayCv);
  if (method !== 'erlang-c') {
    const fixed = fixedStaySteadyState(lambda, L, C);
    const waitFixed = fixed.meanQueue / lambda;
    const cv2 = stayCv * stayCv;
    if (method === 'fixed-exact') {
      pWait = fixed.probabilityOfWaiting;
      waitMonths = waitFixed;
    } else {
      pWait = cv2 <= 1 ? cv2 * pExponential + (1 - cv2) * fixed.probabilityOfWaiting : pExponential;
      const denominator = (2 * cv2) / waitExponential + (1 - cv2) / waitFixed;
      waitMonths = waitFixed > 0 && denominator > 0 ? (1 + cv2) / denominator : waitExponential * ((1 + cv2) / 2);
    }
  }
  return {
    ...base,
    exists: true,
    probabilityOfWaiting: pWait,
    meanWaitWeeks: waitMonths * WEEKS_PER_MONTH,
    meanQueue: lambda * waitMonths, // Little's law: Lq = λ·Wq (= C(c, a)·a/(c − a) for exponential stays)
  };
}

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
//
// Abandonment (people who leave the waiting list without being enrolled, at rate θ per month of
// waiting each: exponential patience) gives Erlang A, M/M/c+M: the number in the unit is a
// birth–death chain with birth rate λ and death rate min(n, c)/L + (n − c)⁺·θ. Its stationary law
// is π_n ∝ aⁿ/n! for n ≤ c and π_(c+j) = π_c · Πₖ₌₁..ⱼ λ/(c/L + kθ) above; the part up to c is
// 1/B(c, a) times π_c (Erlang B), the tail is summed until negligible. It always has a steady state.
// P(wait) = P(N ≥ c) (PASTA), the mean wait (time on the list, until enrolled or leaving, of all
// referred) is L_q/λ (Little) and the share who leave without being enrolled is θ·L_q/λ. For other
// stays with abandonment the long run is Erlang A too (an approximation, named in the output).
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
  /** θ: the rate per month of waiting at which people leave the list without being enrolled. */
  abandonmentPerMonth: number;
  /** The share of those referred who leave the list without being enrolled (0 when θ = 0; null without a steady state). */
  probabilityOfAbandonment: number | null;
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

/** How the long run is computed for a stay's coefficient of variation (and abandonment). */
export type LongRunMethod = 'erlang-c' | 'fixed-exact' | 'interpolation' | 'erlang-a' | 'erlang-a-approximation';

export function longRunMethod(stayCv: number, abandonmentPerMonth = 0): LongRunMethod {
  if (abandonmentPerMonth > 0) return stayCv === 1 ? 'erlang-a' : 'erlang-a-approximation';
  if (stayCv === 1) return 'erlang-c';
  if (stayCv === 0) return 'fixed-exact';
  return 'interpolation';
}

/** The method in Swedish, for the output. */
export const LONG_RUN_METHOD_TEXT: Record<LongRunMethod, string> = {
  'erlang-c': 'Erlang C, exakt för exponentiell vistelsetid',
  'fixed-exact': 'exakt för fast vistelsetid (M/D/c)',
  interpolation: 'Kimuras interpolation mellan exponentiell och fast vistelsetid',
  'erlang-a': 'Erlang A med avhopp från kön, exakt för exponentiell vistelsetid',
  'erlang-a-approximation': 'Erlang A med avhopp från kön, som om vistelsetiden vore exponentiell (en approximation)',
};

/** Tail terms of Erlang A are summed until a term is this small relative to the sum. */
const ERLANG_A_TAIL_EPSILON = 1e-17;

/**
 * The steady state of Erlang A (M/M/c+M): λ referrals a month, mean stay L, c slots and θ > 0
 * abandonments per month of waiting. Returns P(N ≥ c) and the mean number waiting.
 */
export function erlangASteadyState(lambda: number, L: number, c: number, theta: number): { probabilityOfWaiting: number; meanQueue: number } {
  if (lambda <= 0) return { probabilityOfWaiting: 0, meanQueue: 0 };
  const a = lambda * L;
  // Tail relative to π_c: t_j = Πₖ₌₁..ⱼ λ/(c/L + kθ); T = Σ t_j, M = Σ j·t_j. The terms can pass
  // e^709 (few slots, slow abandonment), so they are summed scaled by e^(−scale), the largest so far.
  let logT = 0;
  let scale = 0;
  let tail = 0; // T·e^(−scale)
  let moment = 0; // M·e^(−scale)
  for (let j = 1; j < 100_000_000; j++) {
    const ratio = lambda / (c / L + j * theta);
    logT += Math.log(ratio);
    if (logT > scale) {
      const shrink = Math.exp(scale - logT);
      tail *= shrink;
      moment *= shrink;
      scale = logT;
    }
    const t = Math.exp(logT - scale);
    tail += t;
    moment += j * t;
    if (ratio < 1 && t < ERLANG_A_TAIL_EPSILON * tail && j * t < ERLANG_A_TAIL_EPSILON * moment) break;
  }
  // Σₙ₌₀..c πₙ / π_c = 1/B(c, a) (Erlang B), scaled the same way; 1/B may overflow (then nobody waits).
  const below = Math.exp(-scale - Math.log(erlangB(c, a)));
  const unit = Math.exp(-scale); // π_c itself, scaled
  const total = below + tail;
  if (!Number.isFinite(total)) return { probabilityOfWaiting: 0, meanQueue: 0 };
  return { probabilityOfWaiting: Math.min(1, (unit + tail) / total), meanQueue: moment / total };
}

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

export function steadyState(arrivalsPerMonth: number, meanStayMonths: number, capacity: number, stayCv = 1, abandonmentPerMonth = 0): SteadyState {
  const lambda = arrivalsPerMonth;
  const L = meanStayMonths;
  const C = capacity;
  const a = lambda * L;
  const theta = abandonmentPerMonth;
  const base = {
    arrivalsPerMonth: lambda,
    meanStayMonths: L,
    capacity: C,
    offeredLoad: a,
    utilization: C > 0 ? a / C : a > 0 ? null : 0,
    abandonmentPerMonth: theta,
  };
  if (lambda <= 0) {
    return { ...base, exists: true, probabilityOfWaiting: 0, meanWaitWeeks: 0, meanQueue: 0, probabilityOfAbandonment: 0 };
  }
  if (theta > 0) {
    const e = erlangASteadyState(lambda, L, C, theta);
    const waitMonths = e.meanQueue / lambda;
    return {
      ...base,
      exists: true,
      probabilityOfWaiting: e.probabilityOfWaiting,
      meanWaitWeeks: waitMonths * WEEKS_PER_MONTH,
      meanQueue: e.meanQueue,
      probabilityOfAbandonment: Math.min(1, theta * waitMonths),
    };
  }
  if (a >= C) {
    return { ...base, exists: false, probabilityOfWaiting: 1, meanWaitWeeks: null, meanQueue: null, probabilityOfAbandonment: null };
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
    probabilityOfAbandonment: 0,
  };
}

/** The long run of urgent referrals (a priority class) and the others, each with its own waits. */
export interface PriorityLongRun {
  /** The share of referrals with priority. */
  share: number;
  /** Both classes must wait when every slot is taken (non-preemptive): the same P(wait). */
  probabilityOfWaiting: number;
  /** Mean wait in weeks of a referral with priority, and of one without. */
  priorityMeanWaitWeeks: number;
  ordinaryMeanWaitWeeks: number;
}

/**
 * Two classes with the same stays, the urgent ones first in line, nobody enrolled displaced
 * (M/M/c with non-preemptive priority, Cobham): with ρ = λL/c and σ₁ = share·ρ,
 * W₁ = W₀/(1 − σ₁) and W₂ = W₀/((1 − σ₁)(1 − ρ)), W₀ = C(c, a)·L/c. Exponential stays without
 * abandonment only; null otherwise (or without a steady state).
 */
export function priorityLongRun(lambda: number, L: number, c: number, share: number, stayCv = 1, abandonmentPerMonth = 0): PriorityLongRun | null {
  if (share <= 0 || stayCv !== 1 || abandonmentPerMonth > 0) return null;
  const a = lambda * L;
  if (lambda <= 0) return { share, probabilityOfWaiting: 0, priorityMeanWaitWeeks: 0, ordinaryMeanWaitWeeks: 0 };
  if (a >= c) return null;
  const rho = a / c;
  const sigma1 = share * rho;
  const p = erlangC(c, a);
  const w0 = (p * L) / c;
  return {
    share,
    probabilityOfWaiting: p,
    priorityMeanWaitWeeks: (w0 / (1 - sigma1)) * WEEKS_PER_MONTH,
    ordinaryMeanWaitWeeks: (w0 / ((1 - sigma1) * (1 - rho))) * WEEKS_PER_MONTH,
  };
}

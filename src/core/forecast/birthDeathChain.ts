// The exact forecast for exponential stays: the number in the unit n (enrolled = min(n, C),
// waiting = max(0, n − C)) is a birth–death chain with birth rate λ and death rate min(n, C)/L.
// λ and C are constant within a month. Each month is solved by uniformization:
//   p(t) = Σ_k Poisson(k; Λt) · p(0) Pᵏ,  P = I + Q/Λ,  Λ = λ + C/L,
// with Pᵏ applied as vector–tridiagonal products (no matrices are built). The state space is
// truncated adaptively: the support grows by one state per step, and a step drops the outermost
// states only while the dropped mass stays below its share of the tolerance. The Poisson tails left
// out and the mass dropped are added up and reported as `truncationMass`.
//
// Expected wait of an applicant referred during month m. Referrals are Poisson, so an applicant
// sees the time-average of the state distribution over the month (PASTA), which uniformization
// gives exactly: ∫₀¹ p(t) dt = Σ_k P(N > k)/Λ · p(0) Pᵏ. An applicant who finds n ≥ C in the unit
// is number n − C + 1 in the queue; with C slots each freeing at rate 1/L the expected wait is
// (n − C + 1) · L/C months. The same average of P(N ≥ C) is the probability that someone referred
// during the month must wait (`probabilityOfWaiting`). The approximation: the slots of the month of referral are assumed to
// stay the same for the whole wait (later changes of capacity are not followed).
import { poissonWeights, type PoissonWeights } from './poissonWeights.ts';
import { percentile } from './quantiles.ts';
import { WEEKS_PER_MONTH, type ForecastMonth, type MonthInput } from './types.ts';

export interface ChainInput {
  months: readonly MonthInput[];
  stayMonths: number;
  /** Number in the unit at time 0 (enrolled + waiting). */
  initialCount: number;
  /** Upper bound of the total probability left out; default 1e-12. */
  tolerance?: number;
  /** Keep the month-end distributions (for tests and charts); default false. */
  keepDistributions?: boolean;
}

export interface ChainResult {
  months: ForecastMonth[];
  /** Upper bound of the probability mass left out by all truncations together. */
  truncationMass: number;
  /** When asked for: distributions[m][n] = P(n in the unit at the end of month m + 1). */
  distributions?: Float64Array[];
}

export const DEFAULT_TOLERANCE = 1e-12;

interface Buffer {
  data: Float64Array;
  lo: number;
  hi: number;
}

export function solveChain(input: ChainInput): ChainResult {
  const { months, stayMonths: L } = input;
  const n0 = input.initialCount;
  if (!(L > 0)) throw new RangeError(`stayMonths must be > 0, got ${L}`);
  if (!Number.isInteger(n0) || n0 < 0) throw new RangeError(`initialCount must be a whole number ≥ 0, got ${n0}`);
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  const horizon = months.length;

  // Poisson weights per month (months with the same rate share them).
  const poissonTolerance = tolerance / 2 / Math.max(1, horizon);
  const cache = new Map<number, PoissonWeights>();
  const weights: PoissonWeights[] = [];
  let totalSteps = 0;
  let truncationMass = 0;
  for (const m of months) {
    const rate = m.arrivals + m.capacity / L;
    let pw = cache.get(rate);
    if (!pw) {
      pw = poissonWeights(rate, poissonTolerance);
      cache.set(rate, pw);
    }
    weights.push(pw);
    totalSteps += pw.right + 1;
    truncationMass += pw.truncatedMass;
  }
  // Each step may drop this much at each end of the support.
  const dropPerStep = tolerance / 4 / Math.max(1, totalSteps);

  let size = Math.max(64, n0 + 64);
  let cur: Buffer = { data: new Float64Array(size), lo: n0, hi: n0 };
  let nxt: Buffer = { data: new Float64Array(size), lo: n0, hi: n0 };
  let acc: Buffer = { data: new Float64Array(size), lo: n0, hi: n0 };
  let start: Buffer = { data: new Float64Array(size), lo: n0, hi: n0 };
  start.data[n0] = 1;

  const grow = (needed: number) => {
    if (needed < size) return;
    let newSize = size;
    while (newSize <= needed) newSize *= 2;
    for (const b of [cur, nxt, acc, start]) {
      const d = new Float64Array(newSize);
      d.set(b.data);
      b.data = d;
    }
    size = newSize;
  };

  const out: ForecastMonth[] = [];
  const distributions: Float64Array[] = [];

  for (let mi = 0; mi < horizon; mi++) {
    const { arrivals: lambda, capacity: C } = months[mi]!;
    const pw = weights[mi]!;
    const rate = pw.rate;
    let waitSum = 0; // Σ_k ω_k · E_k[(n − C + 1)⁺]
    let waitMass = 0; // Σ_k ω_k · P_k(n ≥ C): the time average of P(N ≥ C) over the month

    if (rate === 0) {
      // Nobody arrives and nobody can leave: the state stays as it is.
      copyInto(start, acc);
      let s = 0;
      let sw = 0;
      for (let n = Math.max(start.lo, C); n <= start.hi; n++) {
        s += (n - C + 1) * start.data[n]!;
        sw += start.data[n]!;
      }
      waitSum = s;
      waitMass = sw;
    } else {
      const b = lambda / rate;
      const dUnit = 1 / (L * rate);
      const dFull = C * dUnit;
      const { left, right, survival } = pw;
      const w = pw.weights;
      copyInto(start, cur);
      clear(acc);
      acc.lo = cur.lo;
      acc.hi = cur.hi;
      for (let k = 0; k <= right; k++) {
        const lo = cur.lo;
        const hi = cur.hi;
        const wk = k >= left ? w[k - left]! : 0;
        const omega = survival[k]! / rate;
        if (k === right) {
          // Last term: accumulate only.
          const c = cur.data;
          const a = acc.data;
          let s = 0;
          let sw = 0;
          for (let n = lo; n <= hi; n++) {
            a[n] = a[n]! + wk * c[n]!;
            if (n >= C) {
              s += (n - C + 1) * c[n]!;
              sw += c[n]!;
            }
          }
          waitSum += omega * s;
          waitMass += omega * sw;
          if (lo < acc.lo) acc.lo = lo;
          if (hi > acc.hi) acc.hi = hi;
          break;
        }

        // One fused pass over the support grown by one state at each end: next = cur · P, the
        // month-end accumulation acc += w_k · cur, and the queue positions an arrival would see.
        grow(hi + 3);
        const cd = cur.data;
        const nd = nxt.data;
        const a = acc.data;
        const nlo = lo > 0 ? lo - 1 : 0;
        const nhi = hi + 1;
        // Clear what is left in nxt outside the new support.
        for (let n = nxt.lo; n < nlo && n <= nxt.hi; n++) nd[n] = 0;
        for (let n = Math.max(nxt.lo, nhi + 1); n <= nxt.hi; n++) nd[n] = 0;
        let s = 0;
        let sw = 0;
        let n = nlo;
        if (n === 0) {
          const c0 = cd[0]!;
          nd[0] = c0 * (1 - b) + cd[1]! * (C > 0 ? dUnit : 0);
          a[0] = a[0]! + wk * c0;
          if (C === 0) {
            s += c0;
            sw += c0;
          }
          n = 1;
        }
        const below = Math.min(nhi + 1, C); // n < C: death rate n/L
        for (; n < below; n++) {
          const cn = cd[n]!;
          nd[n] = cn * (1 - b - n * dUnit) + cd[n - 1]! * b + cd[n + 1]! * ((n + 1) * dUnit);
          a[n] = a[n]! + wk * cn;
        }
        if (n <= nhi) {
          // n ≥ C: death rate C/L. (At n = C − 1 the pull from n + 1 = C used C·dUnit already.)
          const stay = 1 - b - dFull;
          let position = n - C + 1;
          for (; n <= nhi; n++) {
            const cn = cd[n]!;
            nd[n] = cn * stay + cd[n - 1]! * b + cd[n + 1]! * dFull;
            a[n] = a[n]! + wk * cn;
            s += position * cn;
            sw += cn;
            position++;
          }
        }
        waitSum += omega * s;
        waitMass += omega * sw;
        if (nlo < acc.lo) acc.lo = nlo;
        if (nhi > acc.hi) acc.hi = nhi;
        nxt.lo = nlo;
        nxt.hi = nhi;
        truncationMass += trim(nxt, dropPerStep);
        const t = cur;
        cur = nxt;
        nxt = t;
      }
    }

    // acc is the month-end distribution; it becomes the start of the next month.
    out.push(summarize(mi + 1, lambda, C, acc, waitSum, waitMass, L));
    if (input.keepDistributions) distributions.push(acc.data.slice(0, acc.hi + 1));
    const t = start;
    start = acc;
    acc = t;
  }

  return input.keepDistributions ? { months: out, truncationMass, distributions } : { months: out, truncationMass };
}

function copyInto(from: Buffer, to: Buffer): void {
  clear(to);
  to.data.set(from.data.subarray(from.lo, from.hi + 1), from.lo);
  to.lo = from.lo;
  to.hi = from.hi;
}

function clear(b: Buffer): void {
  b.data.fill(0, b.lo, b.hi + 1);
}

/** Drops the outermost states while their mass stays within the allowance; returns the mass dropped. */
function trim(b: Buffer, allowance: number): number {
  const d = b.data;
  let dropped = 0;
  while (b.hi > b.lo && dropped + d[b.hi]! <= allowance) {
    dropped += d[b.hi]!;
    d[b.hi] = 0;
    b.hi--;
  }
  let droppedLow = 0;
  while (b.lo < b.hi && droppedLow + d[b.lo]! <= allowance) {
    droppedLow += d[b.lo]!;
    d[b.lo] = 0;
    b.lo++;
  }
  return dropped + droppedLow;
}

function summarize(month: number, arrivals: number, C: number, dist: Buffer, waitSum: number, waitMass: number, L: number): ForecastMonth {
  const d = dist.data;
  let total = 0;
  let enrolledMean = 0;
  let queueMean = 0;
  let queueMass = 0;
  for (let n = dist.lo; n <= dist.hi; n++) {
    const p = d[n]!;
    total += p;
    if (n > C) {
      enrolledMean += C * p;
      queueMean += (n - C) * p;
      queueMass += p;
    } else {
      enrolledMean += n * p;
    }
  }
  const masses = d.subarray(dist.lo, dist.hi + 1);
  const at = (p: number) => percentile(masses, dist.lo, masses.length, total, p);
  const [p10, p50, p90] = [at(0.1), at(0.5), at(0.9)];
  return {
    month,
    capacity: C,
    arrivals,
    enrolledMean,
    enrolledP10: Math.min(p10, C),
    enrolledP50: Math.min(p50, C),
    enrolledP90: Math.min(p90, C),
    queueMean,
    queueP10: Math.max(0, p10 - C),
    queueP50: Math.max(0, p50 - C),
    queueP90: Math.max(0, p90 - C),
    probabilityOfQueue: Math.min(1, Math.max(0, queueMass)),
    probabilityOfWaiting: Math.min(1, Math.max(0, waitMass)),
    expectedWaitWeeks: C > 0 ? ((waitSum * L) / C) * WEEKS_PER_MONTH : null,
  };
}

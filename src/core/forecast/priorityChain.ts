// The exact forecast with urgent referrals: a share p of the referrals (for example people released
// from prison) goes ahead of everyone waiting without priority, non-preemptively (nobody enrolled is
// pushed out; the urgent referral takes the next free slot). Within each class the queue is first
// come, first served. Stays are exponential with mean L, the same for both classes.
//
// State: e enrolled, u urgent and o ordinary waiting. People wait only when every slot is taken, so
// with C slots the states are e = 0..C − 1 (nobody waiting) and (x, u, o) with e = C + x, x ≥ 0 the
// number enrolled above capacity after a cut (who finish their stays; nobody is enrolled until the
// number enrolled is below capacity). Rates, with λ referrals per month and θ abandonment:
//   urgent referral pλ: enrolled if e < C, else u + 1;  ordinary (1 − p)λ: likewise, else o + 1;
//   departure e/L: with x > 0, x − 1; with x = 0 the slot goes to the first urgent (u − 1), else to
//   the first ordinary (o − 1), else e − 1;  leaving the list: uθ (u − 1) and oθ (o − 1).
// At a change of capacity people waiting take free slots at once, urgent first. Those waiting at
// the start are counted as ordinary (the start gives only their number).
//
// Work conservation: the departure and abandonment rates depend only on e and on u + o, so the
// total number in the unit is the same birth–death chain as without priority (birthDeathChain.ts),
// whatever the share; the priority only decides who waits.
//
// Each month is solved by uniformization, p(t) = Σ_k Poisson(k; Λt) p(0) Pᵏ with P = I + Q/Λ, in a
// box u ≤ Ū, o ≤ Ō: Ū is the largest urgent queue at the start of the month plus the most urgent
// referrals the month can bring but for a Poisson tail (Ō likewise), so a referral that would leave
// the box is dropped and its mass, no more than those tails, is counted in truncationMass. At the
// end of each month the outermost queue lengths (and excess rows) whose mass is within a small allowance are dropped
// as well (counted too). The Poisson tails of the uniformization are counted in the same way.
//
// The month's per-class figures. Referrals are Poisson, so someone referred during the month finds
// the month's time-averaged state (PASTA): ∫₀¹ p(t) dt = Σ_k P(Poisson(Λ) > k)/Λ · p(0)Pᵏ.
// - Must wait: every slot taken (e ≥ C), the same event for both classes.
// - Urgent wait: one who finds (x, u, ·) waits for the excess to drain and u + 1 departures at
//   C/L; later urgent referrals queue behind and ordinary ones do not matter.
// - Ordinary wait: one who finds (x, u, o) also waits for the urgent referrals that arrive meanwhile.
//   Without abandonment, each departure needed at full capacity takes 1/μ (μ = C/L) and every urgent
//   referral arriving in the meantime adds a busy period of mean 1/(μ − pλ), so the expected wait is
//   (Σⱼ₌₁..ₓ L/(C + j) + (u + o + 1)/μ) · μ/(μ − pλ); when pλ ≥ μ it has no end and is left out
//   (null). With abandonment the wait is the time on the list (until enrolled or leaving), the
//   expected absorption time of the tagged referral's chain (x, u, k), k its place among the ordinary
//   ones, solved as a tridiagonal system in u for each (x, k); the urgent queue there is held below
//   a bound Ū' far above where its mass lies.
// - P(wait > T): the survival of the same tagged chains at T, by uniformization backwards.
// As in the chain without priority, the month's slots and referral rate are assumed to hold for the
// whole wait (later changes are not followed); the simulation (priorityMonteCarlo.ts) follows them.
import { poissonWeights } from './poissonWeights.ts';
import { WEEKS_PER_MONTH, type MonthInput } from './types.ts';

export interface PriorityChainInput {
  months: readonly MonthInput[];
  stayMonths: number;
  /** The share p of referrals with priority, 0 ≤ p < 1. */
  share: number;
  initialEnrolled: number;
  /** Waiting at time 0, all counted as ordinary. */
  initialQueue: number;
  /** θ: everyone waiting leaves the list at this rate per month; default 0. */
  abandonment?: number;
  /** The T of P(wait > T), in weeks; default 2. */
  waitThresholdWeeks?: number;
  /** Upper bound of the total probability left out; default 1e-12. */
  tolerance?: number;
  /** Keep the month-end distributions (for tests); default false. */
  keepDistributions?: boolean;
}

/** One class's figures in one month. */
export interface PriorityClassMonth {
  /** Mean number of the class waiting at the end of the month. */
  queueMean: number;
  /** P(at least one of the class waiting) at the end of the month. */
  probabilityOfQueue: number;
  /** Time average over the month of P(every slot taken): the chance that one referred must wait. */
  probabilityOfWaiting: number;
  /** Expected wait in weeks of one referred during the month; null when it has no end. */
  expectedWaitWeeks: number | null;
  /** P(wait > T) for one referred during the month (T = thresholdWeeks). */
  probabilityOfWaitOver: number;
}

export interface PriorityMonth {
  month: number;
  capacity: number;
  arrivals: number;
  thresholdWeeks: number;
  urgent: PriorityClassMonth;
  ordinary: PriorityClassMonth;
  /** Both classes together (the same as the chain without priority). */
  enrolledMean: number;
  queueMean: number;
}

/** A month-end distribution: low[e] for e < C, high[(x·(U + 1) + u)·(O + 1) + o] for e = C + x. */
export interface PriorityDistribution {
  capacity: number;
  X: number;
  U: number;
  O: number;
  low: Float64Array;
  high: Float64Array;
}

export interface PriorityChainResult {
  months: PriorityMonth[];
  truncationMass: number;
  distributions?: PriorityDistribution[];
}

export const PRIORITY_DEFAULT_TOLERANCE = 1e-12;

function emptyDistribution(C: number, X: number, U: number, O: number): PriorityDistribution {
  return { capacity: C, X, U, O, low: new Float64Array(C), high: new Float64Array((X + 1) * (U + 1) * (O + 1)) };
}

/** Adds p to the state with e enrolled, u urgent and o ordinary waiting (e ≥ C or u = o = 0). */
function addState(d: PriorityDistribution, e: number, u: number, o: number, p: number): number {
  const C = d.capacity;
  if (e < C) {
    d.low[e]! += p;
    return 0;
  }
  const x = e - C;
  if (x > d.X || u > d.U || o > d.O) return p;
  d.high[(x * (d.U + 1) + u) * (d.O + 1) + o]! += p;
  return 0;
}

/** Visits every state with mass: (e, u, o, p). */
function forEachState(d: PriorityDistribution, visit: (e: number, u: number, o: number, p: number) => void): void {
  for (let e = 0; e < d.low.length; e++) if (d.low[e] !== 0) visit(e, 0, 0, d.low[e]!);
  const { X, U, O } = d;
  for (let x = 0; x <= X; x++) {
    for (let u = 0; u <= U; u++) {
      const base = (x * (U + 1) + u) * (O + 1);
      for (let o = 0; o <= O; o++) {
        const p = d.high[base + o]!;
        if (p !== 0) visit(d.capacity + x, u, o, p);
      }
    }
  }
}

function massOf(d: PriorityDistribution): number {
  let sum = 0;
  for (const p of d.low) sum += p;
  for (const p of d.high) sum += p;
  return sum;
}

/** The largest e, u, o and u + o with mass. */
function extent(d: PriorityDistribution): { e: number; u: number; o: number; queue: number } {
  let e = 0;
  let u = 0;
  let o = 0;
  let queue = 0;
  forEachState(d, (ee, uu, oo) => {
    e = Math.max(e, ee);
    u = Math.max(u, uu);
    o = Math.max(o, oo);
    queue = Math.max(queue, uu + oo);
  });
  return { e, u, o, queue };
}

/**
 * Into the layout of the next month (C slots, queues up to U and O): people waiting take free slots,
 * urgent first. Returns the new distribution and the mass that did not fit (none with the bounds used).
 */
function rebase(d: PriorityDistribution, C: number, U: number, O: number): { next: PriorityDistribution; lost: number } {
  const { e: eMax } = extent(d);
  const next = emptyDistribution(C, Math.max(0, eMax - C), U, O);
  let lost = 0;
  forEachState(d, (e, u, o, p) => {
    let ee = e;
    let uu = u;
    let oo = o;
    while (ee < C && uu > 0) {
      ee++;
      uu--;
    }
    while (ee < C && oo > 0) {
      ee++;
      oo--;
    }
    lost += addState(next, ee, uu, oo, p);
  });
  return { next, lost };
}

/** Drops the highest excess, urgent and ordinary queue lengths while their mass stays within the allowance (each). */
function trimQueues(d: PriorityDistribution, allowance: number): { trimmed: PriorityDistribution; dropped: number } {
  const { U, O, X } = d;
  const xMass = new Float64Array(X + 1);
  const uMass = new Float64Array(U + 1);
  const oMass = new Float64Array(O + 1);
  for (let x = 0; x <= X; x++) {
    for (let u = 0; u <= U; u++) {
      const base = (x * (U + 1) + u) * (O + 1);
      for (let o = 0; o <= O; o++) {
        const p = d.high[base + o]!;
        xMass[x]! += p;
        uMass[u]! += p;
        oMass[o]! += p;
      }
    }
  }
  const highest = (mass: Float64Array) => {
    let top = mass.length - 1;
    let sum = 0;
    while (top > 0 && sum + mass[top]! <= allowance) sum += mass[top--]!;
    return top;
  };
  const newX = highest(xMass);
  const newU = highest(uMass);
  const newO = highest(oMass);
  if (newX === X && newU === U && newO === O) return { trimmed: d, dropped: 0 };
  const out = emptyDistribution(d.capacity, newX, newU, newO);
  let kept = 0;
  let before = 0;
  forEachState(d, (e, u, o, p) => {
    before += p;
    if (e >= d.capacity && (e - d.capacity > newX || u > newU || o > newO)) return;
    kept += p;
    addState(out, e, u, o, p);
  });
  // The sums overlap where several are long; count what was really removed.
  return { trimmed: out, dropped: Math.max(0, before - kept) };
}

/**
 * One uniformization step: next = cur · P with P = I + Q/Λ, over the month's layout and the states
 * with at most maxQueue waiting in all (u + o ≤ maxQueue); a referral that would leave the box or
 * pass maxQueue is dropped.
 */
function step(
  cur: PriorityDistribution,
  next: PriorityDistribution,
  a: { urgent: number; ordinary: number },
  L: number,
  theta: number,
  Lambda: number,
  maxQueue: number,
): void {
  const C = cur.capacity;
  const { X, U, O } = cur;
  next.low.fill(0);
  next.high.fill(0);
  const lo = cur.low;
  const nl = next.low;
  const nh = next.high;
  const arrivals = a.urgent + a.ordinary;
  const idx = (x: number, u: number, o: number) => (x * (U + 1) + u) * (O + 1) + o;
  for (let e = 0; e < C; e++) {
    const p = lo[e]!;
    if (p === 0) continue;
    const death = e / L;
    nl[e]! += p * (1 - (arrivals + death) / Lambda);
    if (e + 1 < C) nl[e + 1]! += (p * arrivals) / Lambda;
    else nh[idx(0, 0, 0)]! += (p * arrivals) / Lambda;
    if (e > 0) nl[e - 1]! += (p * death) / Lambda;
  }
  const ch = cur.high;
  for (let x = 0; x <= X; x++) {
    const death = (C + x) / L;
    for (let u = 0; u <= Math.min(U, maxQueue); u++) {
      const base = idx(x, u, 0);
      const oTop = Math.min(O, maxQueue - u);
      for (let o = 0; o <= oTop; o++) {
        const p = ch[base + o]!;
        if (p === 0) continue;
        const out = arrivals + death + (u + o) * theta;
        nh[base + o]! += p * (1 - out / Lambda);
        if (u < U && u + 1 + o <= maxQueue) nh[base + O + 1 + o]! += (p * a.urgent) / Lambda;
        if (o < oTop) nh[base + o + 1]! += (p * a.ordinary) / Lambda;
        if (death > 0) {
          const d = (p * death) / Lambda;
          if (x > 0) nh[idx(x - 1, u, o)]! += d;
          else if (u > 0) nh[base - (O + 1) + o]! += d;
          else if (o > 0) nh[base + o - 1]! += d;
          else nl[C - 1]! += d;
        }
        if (u > 0 && theta > 0) nh[base - (O + 1) + o]! += (p * u * theta) / Lambda;
        if (o > 0 && theta > 0) nh[base + o - 1]! += (p * o * theta) / Lambda;
      }
    }
  }
}

/** The smallest k with P(Poisson(mean) > k) ≤ epsilon. */
export function poissonQuantile(mean: number, epsilon: number): number {
  if (mean <= 0) return 0;
  let p = Math.exp(-mean);
  let cdf = p;
  let k = 0;
  if (p === 0) {
    // Large means: from the weights walked from the mode.
    const pw = poissonWeights(mean, epsilon);
    return pw.right;
  }
  while (1 - cdf > epsilon && k < 100_000) {
    k++;
    p = (p * mean) / k;
    cdf += p;
    if (p < 1e-300) break;
  }
  return k;
}

/**
 * Expected time on the list in months of a tagged referral that finds x enrolled above capacity, u
 * urgent ahead and is k-th among the ordinary (k = 1..K), while urgent ones arrive at rate `urgentRate`
 * ahead of it: times[x][u][k − 1]. For the urgent class itself call with urgentRate 0 and U 0, k
 * then being its place among the urgent. Null entries are waits without end.
 */
export function taggedMeanTimes(C: number, L: number, theta: number, urgentRate: number, X: number, U: number, K: number): Float64Array[][] | null {
  const mu = C / L;
  const out: Float64Array[][] = [];
  if (theta === 0) {
    if (!(mu > urgentRate)) return null;
    const factor = mu / (mu - urgentRate);
    let harmonic = 0;
    for (let x = 0; x <= X; x++) {
      if (x > 0) harmonic += L / (C + x);
      const rows: Float64Array[] = [];
      for (let u = 0; u <= U; u++) {
        const row = new Float64Array(K);
        for (let k = 1; k <= K; k++) row[k - 1] = (harmonic + (u + k) / mu) * factor;
        rows.push(row);
      }
      out.push(rows);
    }
    return out;
  }
  // Tridiagonal in u for each (x, k), from T(x − 1, ·, k) and T(x, ·, k − 1).
  const sub = new Float64Array(U + 1);
  const diag = new Float64Array(U + 1);
  const sup = new Float64Array(U + 1);
  const rhs = new Float64Array(U + 1);
  for (let x = 0; x <= X; x++) {
    const rows: Float64Array[] = Array.from({ length: U + 1 }, () => new Float64Array(K));
    const d = (C + x) / L;
    for (let k = 1; k <= K; k++) {
      for (let u = 0; u <= U; u++) {
        const up = u < U ? urgentRate : 0;
        const rate = up + u * theta + k * theta + d;
        let r = 1;
        let down = u * theta;
        const previousK = k > 1 ? rows[u]![k - 2]! : 0;
        r += (k - 1) * theta * previousK;
        if (x > 0) r += d * out[x - 1]![u]![k - 1]!;
        else if (u > 0) down += d;
        else r += d * previousK; // the slot goes to the ordinary line: one place up, or enrolled
        sub[u] = -down;
        diag[u] = rate;
        sup[u] = -up;
        rhs[u] = r;
      }
      const t = solveTridiagonal(sub, diag, sup, rhs);
      for (let u = 0; u <= U; u++) rows[u]![k - 1] = t[u]!;
    }
    out.push(rows);
  }
  return out;
}

function solveTridiagonal(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array): Float64Array {
  const n = b.length;
  const cp = new Float64Array(n);
  const dp = new Float64Array(n);
  cp[0] = c[0]! / b[0]!;
  dp[0] = d[0]! / b[0]!;
  for (let i = 1; i < n; i++) {
    const m = b[i]! - a[i]! * cp[i - 1]!;
    cp[i] = c[i]! / m;
    dp[i] = (d[i]! - a[i]! * dp[i - 1]!) / m;
  }
  const x = new Float64Array(n);
  x[n - 1] = dp[n - 1]!;
  for (let i = n - 2; i >= 0; i--) x[i] = dp[i]! - cp[i]! * x[i + 1]!;
  return x;
}

/**
 * P(still on the list after t months) of the same tagged referral: survival[x][u][k − 1], by
 * uniformizing its chain backwards (survival = Σ_j Poisson(j; Λt) Pʲ 1 over the states still waiting).
 */
export function taggedSurvival(
  C: number,
  L: number,
  theta: number,
  urgentRate: number,
  X: number,
  U: number,
  K: number,
  t: number,
  epsilon: number,
): Float64Array[][] {
  const d0 = C / L;
  const Lambda = urgentRate + U * theta + (K + 1) * theta + (C + X) / L;
  const size = (X + 1) * (U + 1) * K;
  const at = (x: number, u: number, k: number) => (x * (U + 1) + u) * K + (k - 1);
  let v = new Float64Array(size).fill(1);
  let w = new Float64Array(size);
  const result = new Float64Array(size);
  const pw = Lambda > 0 && t > 0 ? poissonWeights(Lambda * t, epsilon) : null;
  const right = pw ? pw.right : 0;
  for (let j = 0; j <= right; j++) {
    const weight = pw ? (j >= pw.left ? pw.weights[j - pw.left]! : 0) : 1;
    if (weight !== 0) for (let i = 0; i < size; i++) result[i]! += weight * v[i]!;
    if (j === right) break;
    const strideU = K;
    const strideX = (U + 1) * K;
    for (let x = 0; x <= X; x++) {
      const d = x === 0 ? d0 : (C + x) / L;
      for (let u = 0; u <= U; u++) {
        const up = u < U ? urgentRate : 0;
        const base = x * strideX + u * strideU;
        for (let k = 1; k <= K; k++) {
          const i = base + k - 1;
          let s = 0;
          if (up > 0) s += up * v[i + strideU]!;
          if (u > 0) s += u * theta * v[i - strideU]!;
          if (k > 1) s += (k - 1) * theta * v[i - 1]!;
          if (d > 0) {
            // The departure: the excess drains, else the first urgent, else the ordinary line moves up.
            if (x > 0) s += d * v[i - strideX]!;
            else if (u > 0) s += d * v[i - strideU]!;
            else if (k > 1) s += d * v[i - 1]!;
          }
          const out = up + u * theta + k * theta + d;
          w[i] = v[i]! * (1 - out / Lambda) + s / Lambda;
        }
      }
    }
    const tmp = v;
    v = w;
    w = tmp;
  }
  const out: Float64Array[][] = [];
  for (let x = 0; x <= X; x++) {
    const rows: Float64Array[] = [];
    for (let u = 0; u <= U; u++) rows.push(result.slice(at(x, u, 1), at(x, u, 1) + K));
    out.push(rows);
  }
  return out;
}

export function solvePriorityChain(input: PriorityChainInput): PriorityChainResult {
  const { months, stayMonths: L, share: p } = input;
  if (!(L > 0)) throw new RangeError(`stayMonths must be > 0, got ${L}`);
  if (!(p >= 0 && p < 1)) throw new RangeError(`share must be in [0, 1), got ${p}`);
  const theta = input.abandonment ?? 0;
  if (!(theta >= 0) || !Number.isFinite(theta)) throw new RangeError(`abandonment must be ≥ 0, got ${theta}`);
  const e0 = input.initialEnrolled;
  const q0 = input.initialQueue;
  if (!Number.isInteger(e0) || e0 < 0 || !Number.isInteger(q0) || q0 < 0) throw new RangeError('initialEnrolled and initialQueue must be whole numbers ≥ 0');
  const tolerance = input.tolerance ?? PRIORITY_DEFAULT_TOLERANCE;
  const horizon = months.length;
  const budget = tolerance / 8 / Math.max(1, horizon); // per month and per use below
  const thresholdWeeks = input.waitThresholdWeeks ?? 2;
  const thresholdMonths = thresholdWeeks / WEEKS_PER_MONTH;

  let truncationMass = 0;
  // The start: e0 enrolled and q0 waiting (ordinary) in a layout of capacity e0.
  let dist = emptyDistribution(e0, 0, 0, q0);
  addState(dist, e0, 0, q0, 1);
  const out: PriorityMonth[] = [];
  const distributions: PriorityDistribution[] = [];
  const tagged = taggedMemo();

  for (let mi = 0; mi < horizon; mi++) {
    const { arrivals: lambda, capacity: C } = months[mi]!;
    const a = { urgent: p * lambda, ordinary: (1 - p) * lambda };
    const ext = extent(dist);
    const U = ext.u + poissonQuantile(a.urgent, budget);
    const O = ext.o + poissonQuantile(a.ordinary, budget);
    // Those waiting in all, u + o, are at most the most at the start plus the month's referrals:
    // states with more are reached only with the chance of a Poisson tail (the box's corner of long
    // urgent and long ordinary queues together holds no mass worth keeping). They are left out, a
    // referral into them is dropped and counted with the box's, and no rate of leaving the list
    // is above θ·maxQueue.
    const maxQueue = Math.min(U + O, ext.queue + poissonQuantile(lambda, budget));
    const rebased = rebase(dist, C, U, O);
    truncationMass += rebased.lost;
    const start = rebased.next;
    const { X } = start;
    const Lambda = lambda + (C + X) / L + theta * maxQueue;
    const pw = poissonWeights(Lambda, budget);
    truncationMass += pw.truncatedMass;
    const monthEnd = emptyDistribution(C, X, U, O);
    const view = emptyDistribution(C, X, U, O); // time average over the month
    let cur = start;
    let nxt = emptyDistribution(C, X, U, O);
    let omegaSum = 0;
    for (let k = 0; k <= pw.right; k++) {
      const wk = k >= pw.left ? pw.weights[k - pw.left]! : 0;
      const omega = Lambda > 0 ? pw.survival[k]! / Lambda : k === 0 ? 1 : 0;
      omegaSum += omega;
      if (wk !== 0) {
        for (let i = 0; i < C; i++) monthEnd.low[i]! += wk * cur.low[i]!;
        for (let i = 0; i < cur.high.length; i++) monthEnd.high[i]! += wk * cur.high[i]!;
      }
      if (omega !== 0) for (let i = 0; i < cur.high.length; i++) view.high[i]! += omega * cur.high[i]!;
      if (k === pw.right) break;
      step(cur, nxt, a, L, theta, Lambda, maxQueue);
      const t = cur;
      cur = nxt;
      nxt = t;
    }
    if (omegaSum > 0) for (let i = 0; i < view.high.length; i++) view.high[i]! /= omegaSum;
    // What the box dropped: computed from below, so the mass missing at the month's end bounds the error.
    truncationMass += Math.max(0, massOf(start) - massOf(monthEnd));

    out.push(summarizeMonth(mi + 1, lambda, C, L, theta, p, monthEnd, view, thresholdWeeks, thresholdMonths, budget, tagged));
    if (input.keepDistributions) distributions.push(monthEnd);
    const trimmed = trimQueues(monthEnd, budget);
    truncationMass += trimmed.dropped;
    dist = trimmed.trimmed;
  }
  return input.keepDistributions ? { months: out, truncationMass, distributions } : { months: out, truncationMass };
}

interface TaggedMemo {
  meanTimes: typeof taggedMeanTimes;
  survival: typeof taggedSurvival;
}

/**
 * The tagged chains of one forecast, kept by their arguments: once the queues have settled, month
 * after month asks for the same slots, excess and bounds, and the chains are the costliest part of
 * a month's figures. Only the same arguments give back what was kept (nobody changes it).
 */
function taggedMemo(): TaggedMemo {
  const times = new Map<string, Float64Array[][] | null>();
  const survivals = new Map<string, Float64Array[][]>();
  return {
    meanTimes: (...args) => {
      const key = args.join(':');
      if (times.has(key)) return times.get(key)!;
      const value = taggedMeanTimes(...args);
      times.set(key, value);
      return value;
    },
    survival: (...args) => {
      const key = args.join(':');
      const known = survivals.get(key);
      if (known) return known;
      const value = taggedSurvival(...args);
      survivals.set(key, value);
      return value;
    },
  };
}

function summarizeMonth(
  month: number,
  lambda: number,
  C: number,
  L: number,
  theta: number,
  p: number,
  end: PriorityDistribution,
  view: PriorityDistribution,
  thresholdWeeks: number,
  thresholdMonths: number,
  epsilon: number,
  tagged: TaggedMemo,
): PriorityMonth {
  let enrolledMean = 0;
  let urgentQueue = 0;
  let ordinaryQueue = 0;
  let urgentAny = 0;
  let ordinaryAny = 0;
  forEachState(end, (e, u, o, mass) => {
    enrolledMean += e * mass;
    urgentQueue += u * mass;
    ordinaryQueue += o * mass;
    if (u > 0) urgentAny += mass;
    if (o > 0) ordinaryAny += mass;
  });
  const { X, U, O } = view;
  let mustWait = 0;
  for (let i = 0; i < view.high.length; i++) mustWait += view.high[i]!;
  // The tagged chains: the urgent one by its place among the urgent (u + 1 ≤ U + 1); the ordinary
  // one with the urgent queue held below a bound far above the month's (see the top of the file).
  const urgentRate = p * lambda;
  // The urgent queue seen by a waiting ordinary referral is at most the one found plus an M/M/∞
  // of the urgent referrals leaving at rate θ (Poisson with mean pλ/θ at any time); without
  // abandonment, over the T of P(wait > T) at most the referrals in T. Held a margin above that.
  const heldForMeans = theta > 0 ? U + 20 + poissonQuantile(urgentRate / theta, epsilon) : U;
  const heldForSurvival = U + 20 + poissonQuantile(urgentRate * thresholdMonths, epsilon);
  const urgentTimes = tagged.meanTimes(C, L, theta, 0, X, 0, U + 1);
  const ordinaryTimes = p > 0 ? tagged.meanTimes(C, L, theta, urgentRate, X, heldForMeans, O + 1) : tagged.meanTimes(C, L, theta, 0, X, 0, U + O + 1);
  const urgentSurvival = tagged.survival(C, L, theta, 0, X, 0, U + 1, thresholdMonths, epsilon);
  const ordinarySurvival =
    p > 0
      ? tagged.survival(C, L, theta, urgentRate, X, heldForSurvival, O + 1, thresholdMonths, epsilon)
      : tagged.survival(C, L, theta, 0, X, 0, U + O + 1, thresholdMonths, epsilon);
  let urgentWait = 0;
  let ordinaryWait = 0;
  let urgentOver = 0;
  let ordinaryOver = 0;
  for (let x = 0; x <= X; x++) {
    for (let u = 0; u <= U; u++) {
      const base = (x * (U + 1) + u) * (O + 1);
      for (let o = 0; o <= O; o++) {
        const mass = view.high[base + o]!;
        if (mass === 0) continue;
        if (urgentTimes) urgentWait += mass * urgentTimes[x]![0]![u]!;
        urgentOver += mass * urgentSurvival[x]![0]![u]!;
        // Without priority (p = 0) an ordinary referral is simply (u + o + 1)-th in line.
        if (ordinaryTimes) ordinaryWait += mass * (p > 0 ? ordinaryTimes[x]![u]![o]! : ordinaryTimes[x]![0]![u + o]!);
        ordinaryOver += mass * (p > 0 ? ordinarySurvival[x]![u]![o]! : ordinarySurvival[x]![0]![u + o]!);
      }
    }
  }
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const waitOf = (times: Float64Array[][] | null, sum: number) => (mustWait === 0 ? 0 : times ? sum * WEEKS_PER_MONTH : null);
  return {
    month,
    capacity: C,
    arrivals: lambda,
    thresholdWeeks,
    enrolledMean,
    queueMean: urgentQueue + ordinaryQueue,
    urgent: {
      queueMean: urgentQueue,
      probabilityOfQueue: clamp(urgentAny),
      probabilityOfWaiting: clamp(mustWait),
      expectedWaitWeeks: waitOf(urgentTimes, urgentWait),
      probabilityOfWaitOver: clamp(urgentOver),
    },
    ordinary: {
      queueMean: ordinaryQueue,
      probabilityOfQueue: clamp(ordinaryAny),
      probabilityOfWaiting: clamp(mustWait),
      expectedWaitWeeks: waitOf(ordinaryTimes, ordinaryWait),
      probabilityOfWaitOver: clamp(ordinaryOver),
    },
  };
}

// The wait of someone referred during a month, as a distribution: P(wait > t) and its percentiles.
//
// Exact model. Referrals are Poisson, so an applicant finds the unit in the month's time-averaged
// state distribution (PASTA), which the uniformized chain gives (its `arrivalViews`): the same
// average whose P(N ≥ C) is the month's probabilityOfWaiting. Service is first come first served:
// - an applicant who finds n = C + q (q ≥ 0 waiting, all C slots taken) is enrolled after q + 1
//   departures, each at rate C/L, so the wait is Erlang(q + 1, C/L) and
//   P(wait > t) = P(Poisson(C·t/L) ≤ q);
// - after a cut, one who finds x enrolled above capacity and q waiting waits for the x departures
//   of the excess (rates (C + x)/L, …, (C + 1)/L, which free no slot) and then q + 1 at rate C/L:
//   a hypoexponential wait, whose tail is computed by uniformizing that pure-death chain.
// The approximation, the same as for the month's expected wait: the slots of the month of referral
// are assumed to stay the same for the whole wait (a later addition of slots, which would shorten
// it, or a later cut, which would lengthen it, is not followed). With this, the mean of the
// distribution is exactly the month's expectedWaitWeeks.
//
// Monte Carlo: the simulation counts each month's waits over the threshold and keeps a histogram
// of the waits (see monteCarlo.ts); the figures come from those simulated waits, capacity changes
// after referral included.
import { poissonWeights } from './poissonWeights.ts';
import { WEEKS_PER_MONTH } from './types.ts';

/** What an applicant referred during one month finds: the time average of the state over the month. */
export interface ArrivalView {
  capacity: number;
  stayMonths: number;
  /** waiting[q] = time-averaged P(all slots taken and q waiting), q ≥ 0 (ordinary states n = C + q). */
  waiting: Float64Array;
  /** excess[x − 1][q] = time-averaged P(C + x enrolled and q waiting) after a cut; 0 beyond a row's end. */
  excess: Float64Array[];
  /**
   * θ: people waiting leave the list at this rate per month each (default 0). The wait is then the
   * time on the list, until enrolled or leaving, as the month's expected wait with abandonment.
   */
  abandonment?: number;
}

/** The wait figures of one month. */
export interface MonthWait {
  month: number;
  /** The threshold T in weeks of `probabilityOfWaitOver`. */
  thresholdWeeks: number;
  /** P(wait > T) for someone referred during the month; null in a simulation without referrals that month. */
  probabilityOfWaitOver: number | null;
  /** Median wait in weeks (0 when at most half must wait); null when it is not reached (no slots). */
  p50Weeks: number | null;
  /** 90th percentile of the wait in weeks; null when it is not reached (no slots). */
  p90Weeks: number | null;
}

/** Percentiles are found to this many weeks. */
export const PERCENTILE_RESOLUTION_WEEKS = 0.01;

const LOG_FACTORIALS: number[] = (() => {
  const t = [0];
  for (let k = 1; k <= 256; k++) t.push(t[k - 1]! + Math.log(k));
  return t;
})();

function logFactorial(n: number): number {
  if (n <= 256) return LOG_FACTORIALS[n]!;
  // Stirling's series; far below 1e-15 relative for n > 256.
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** Suffix sums of the ordinary waiting states: tail[i] = Σ_{q ≥ i} waiting[q] (one per view). */
const ordinaryTails = new WeakMap<ArrivalView, Float64Array>();

function ordinaryTailOf(view: ArrivalView): Float64Array {
  let tail = ordinaryTails.get(view);
  if (!tail) {
    const w = view.waiting;
    let last = w.length - 1;
    while (last >= 0 && w[last] === 0) last--;
    tail = new Float64Array(last + 1);
    let sum = 0;
    for (let q = last; q >= 0; q--) {
      sum += w[q]!;
      tail[q] = sum;
    }
    ordinaryTails.set(view, tail);
  }
  return tail;
}

/**
 * Σ_i Poisson(i; μ) · tail[i]: P(wait > t) over the ordinary states, as P(Poisson(μ) ≤ q) summed
 * over q is the same as the Poisson weights against the suffix sums. The weights are walked from
 * the mode (one exp) until they are negligible.
 */
function ordinaryTail(tail: Float64Array, mu: number): number {
  const n = tail.length;
  if (n === 0) return 0;
  if (mu <= 0) return tail[0]!;
  const mode = Math.min(n - 1, Math.floor(mu));
  const pMode = Math.exp(-mu + mode * Math.log(mu) - logFactorial(mode));
  let sum = pMode * tail[mode]!;
  let p = pMode;
  for (let i = mode; i > 0; i--) {
    p = (p * i) / mu;
    sum += p * tail[i - 1]!;
    if (p < 1e-17) break;
  }
  p = pMode;
  for (let i = mode + 1; i < n; i++) {
    p = (p * mu) / i;
    sum += p * tail[i]!;
    if (p < 1e-17 && i > mu) break;
  }
  return sum;
}

/**
 * The excess part's tagged chain, uniformized at Λ = (C + X)/L: alive[k] = P(not yet enrolled
 * after k steps), which does not depend on t, so it is computed once per view and extended as
 * longer waits are asked for; P(wait > t) = Σ_k Poisson(k; Λt) · alive[k].
 *
 * While the excess drains (x > 0) the number waiting ahead does not change, so the chain is kept
 * as the drain of each starting excess x₀ (the probability of each x still left) and one vector of
 * the waiting positions j of those whose drain is over: when a drain from x₀ ends, the queue row
 * of x₀ joins that vector. A step then costs the length of the vector plus, while any drain is
 * under way, X² and the rows joining, instead of X times the length.
 */
interface ExcessChain {
  rate: number;
  alive: number[];
  /** drain[x₀ − 1][x] = P(x of the excess left | it started at x₀), x = 1..x₀. */
  drain: Float64Array[];
  /** Mass of each starting excess: rowMass[x₀ − 1] = Σ_q excess[x₀ − 1][q]. */
  rowMass: Float64Array;
  /** positions[j] = mass of those past the drain with j departures still to wait for (j ≥ 1). */
  positions: Float64Array;
  spare: Float64Array;
  /** True while some drain still has mass. */
  draining: boolean;
  /**
   * The queue distribution of each starting excess, cut to the span that holds mass: rows[x₀ − 1][i]
   * is P(queue = rowStart[x₀ − 1] + i). Most of every row is exactly zero (the queue that goes with
   * an excess sits in a narrow band), and adding a zero changes nothing, so only the span is added.
   */
  rows: Float64Array[];
  rowStart: Int32Array;
}

const excessChains = new WeakMap<ArrivalView, ExcessChain | null>();

/** The drain of a starting excess that holds nothing. */
const NO_DRAIN = new Float64Array(0);

/** Below this total mass the excess states are left out of the wait distribution. */
const NEGLIGIBLE_EXCESS = 1e-12;

function excessChainOf(view: ArrivalView): ExcessChain | null {
  if (excessChains.has(view)) return excessChains.get(view)!;
  const { capacity: C, stayMonths: L, excess } = view;
  const X = excess.length;
  // Queue lengths whose whole tail (over all rows) is below 1e-15 are left out: negligible next to
  // the chain's own truncation.
  let qMax = -1;
  let width = 0;
  for (const row of excess) width = Math.max(width, row.length);
  let tailMass = 0;
  for (let q = width - 1; q >= 0; q--) {
    for (const row of excess) tailMass += row[q] ?? 0;
    if (tailMass > 1e-15) {
      qMax = q;
      break;
    }
  }
  let chain: ExcessChain | null = null;
  let excessMass = 0;
  for (const row of excess) for (let q = 0; q <= qMax; q++) excessMass += row[q] ?? 0;
  // An excess whose whole mass is below the chain's own tolerance changes no figure: left out
  // (its contribution to any P(wait > t) lies between 0 and that mass).
  if (X > 0 && qMax >= 0 && excessMass >= NEGLIGIBLE_EXCESS) {
    const J = qMax + 1;
    const rowMass = new Float64Array(X);
    const drain: Float64Array[] = [];
    for (let x0 = 1; x0 <= X; x0++) {
      const row = excess[x0 - 1]!;
      let m = 0;
      for (let q = 0; q <= qMax; q++) m += row[q] ?? 0;
      rowMass[x0 - 1] = m;
      // A row without mass never drains (extendExcessChain skips it): no room kept for it.
      if (m === 0) {
        drain.push(NO_DRAIN);
        continue;
      }
      const d = new Float64Array(x0 + 1);
      d[x0] = 1;
      drain.push(d);
    }
    chain = {
      rate: (C + X) / L,
      alive: [excessMass],
      drain,
      rowMass,
      positions: new Float64Array(J + 2),
      spare: new Float64Array(J + 2),
      draining: true,
      ...nonZeroSpans(excess, J),
    };
  }
  excessChains.set(view, chain);
  return chain;
}

/** Each row's first J entries cut to the span between its first and last entry that is not zero. */
function nonZeroSpans(excess: readonly Float64Array[], J: number): { rows: Float64Array[]; rowStart: Int32Array } {
  const rowStart = new Int32Array(excess.length);
  const rows = excess.map((full, i) => {
    const row = full.subarray(0, J);
    let lo = 0;
    while (lo < row.length && row[lo] === 0) lo++;
    let hi = row.length;
    while (hi > lo && row[hi - 1] === 0) hi--;
    rowStart[i] = lo;
    return row.subarray(lo, hi);
  });
  return { rows, rowStart };
}

/** Extends alive[] to index k. */
function extendExcessChain(chain: ExcessChain, C: number, L: number, k: number): void {
  const r = C / L / chain.rate; // an ordinary departure in one step
  // The chance that one of x in excess leaves in one step, once per call rather than in the loop.
  const moves = new Float64Array(chain.drain.length + 1);
  for (let x = 1; x < moves.length; x++) moves[x] = (C + x) / L / chain.rate;
  while (chain.alive.length <= k) {
    if (chain.alive[chain.alive.length - 1]! < 1e-16) {
      // Everyone has been enrolled (to the precision kept).
      chain.alive.push(0);
      continue;
    }
    const cur = chain.positions;
    const nxt = chain.spare;
    const J = cur.length - 2;
    let alive = 0;
    for (let j = 1; j <= J; j++) {
      const v = cur[j]! * (1 - r) + cur[j + 1]! * r;
      nxt[j] = v;
      alive += v;
    }
    if (chain.draining) {
      let stillDraining = 0;
      for (let x0 = 1; x0 <= chain.drain.length; x0++) {
        const mass = chain.rowMass[x0 - 1]!;
        // A starting excess that holds nothing adds nothing (its row is all zero): most of them
        // after a large cut, whose mass sits in a band of rows.
        if (mass === 0) continue;
        const d = chain.drain[x0 - 1]!;
        let ended = 0;
        let left = 0;
        // d is updated in place from x = 1 up, so a mass moved down is not moved twice; d[x − 1] is
        // final once x is done, so the mass left is summed in the same pass, in the same order.
        for (let x = 1; x <= x0; x++) {
          const v = d[x]!;
          if (v !== 0) {
            const moved = v * moves[x]!;
            d[x] = v - moved;
            if (x > 1) d[x - 1] = d[x - 1]! + moved;
            else ended = moved;
          }
          if (x > 1) left += d[x - 1]!;
        }
        left += d[x0]!;
        stillDraining += mass * left;
        if (ended > 0 && mass > 0) {
          const row = chain.rows[x0 - 1]!;
          const at = chain.rowStart[x0 - 1]! + 1;
          for (let i = 0; i < row.length; i++) {
            const add = ended * row[i]!;
            nxt[at + i] = nxt[at + i]! + add;
            alive += add;
          }
        }
      }
      alive += stillDraining;
      if (stillDraining < 1e-17) chain.draining = false;
    }
    chain.alive.push(alive);
    chain.positions = nxt;
    chain.spare = cur;
  }
}

/** P(wait > t months) for the excess part. */
function excessTail(view: ArrivalView, tMonths: number): number {
  const chain = excessChainOf(view);
  if (!chain) return 0;
  const mass = chain.alive[0]!;
  // Nobody is ever enrolled without slots; at t = 0 everyone who finds an excess must wait.
  if (view.capacity === 0 || tMonths <= 0) return mass;
  const pw = poissonWeights(chain.rate * tMonths, 1e-13);
  extendExcessChain(chain, view.capacity, view.stayMonths, pw.right);
  let tail = 0;
  for (let k = pw.left; k <= pw.right; k++) tail += pw.weights[k - pw.left]! * chain.alive[k]!;
  return Math.min(mass, Math.max(0, tail));
}

/** P(wait > t) in weeks for someone referred in the month the view describes (t ≥ 0). */
export function probabilityOfWaitOver(view: ArrivalView, weeks: number): number {
  const { capacity: C, stayMonths: L } = view;
  const t = weeks / WEEKS_PER_MONTH;
  if ((view.abandonment ?? 0) > 0) return abandonmentTail(view, t);
  const tail = ordinaryTailOf(view);
  const ordinary = tail.length === 0 ? 0 : C === 0 || t <= 0 ? tail[0]! : ordinaryTail(tail, (C * t) / L);
  return Math.min(1, Math.max(0, ordinary + excessTail(view, t)));
}

/**
 * With abandonment (θ > 0) the time on the list of one who finds x enrolled above capacity and
 * q waiting ahead is the absorption time of a chain on (x, j), j = q + 1 the place in the queue:
 * a departure of the excess (rate (C + x)/L) lowers x, one ahead leaving ((j − 1)θ) lowers j, and
 * with x = 0 a departure (C/L) moves the person up (enrolment from j = 1); the person's own
 * patience (θ) ends the time on the list. Uniformized at Λ = (C + X)/L + Jθ, with alive[k] kept
 * per view as for the excess above.
 */
interface AbandonmentChain {
  rate: number;
  alive: number[];
  /** state[x][j], x = 0..X, j = 1..J (and j = J + 1, always 0). */
  state: Float64Array[];
  spare: Float64Array[];
  /** ahead[j] = (j − 1)·θ/Λ: one of those ahead leaves in a step. */
  ahead: Float64Array;
  /** θ/Λ: the person's own patience ends the time on the list in a step. */
  own: number;
  /** depart[x] = (C + x)/L/Λ (x > 0), C/L/Λ (x = 0): a departure in a step. */
  depart: Float64Array;
}

const abandonmentChains = new WeakMap<ArrivalView, AbandonmentChain>();

function abandonmentChainOf(view: ArrivalView): AbandonmentChain {
  let chain = abandonmentChains.get(view);
  if (chain) return chain;
  const { capacity: C, stayMonths: L, waiting, excess } = view;
  const theta = view.abandonment ?? 0;
  const X = excess.length;
  // Places in the queue whose whole tail (over all rows) is below 1e-15 are left out, as for the
  // excess above: negligible next to the chain's own truncation, and each place left out lowers
  // the rate of the uniformization by θ.
  let width = waiting.length;
  for (const row of excess) width = Math.max(width, row.length);
  let J = 0;
  let tailMass = 0;
  for (let q = width - 1; q >= 0; q--) {
    tailMass += waiting[q] ?? 0;
    for (const row of excess) tailMass += row[q] ?? 0;
    if (tailMass > 1e-15) {
      J = q + 1;
      break;
    }
  }
  const state = Array.from({ length: X + 1 }, () => new Float64Array(J + 2));
  let alive = 0;
  for (let q = 0; q < J && q < waiting.length; q++) {
    state[0]![q + 1] = waiting[q]!;
    alive += waiting[q]!;
  }
  for (let x = 1; x <= X; x++) {
    const row = excess[x - 1]!;
    for (let q = 0; q < J && q < row.length; q++) {
      state[x]![q + 1] = row[q]!;
      alive += row[q]!;
    }
  }
  const rate = (C + X) / L + (J + 1) * theta;
  const ahead = new Float64Array(J + 2);
  for (let j = 1; j <= J + 1; j++) ahead[j] = ((j - 1) * theta) / rate;
  chain = {
    rate,
    alive: [alive],
    state,
    spare: Array.from({ length: X + 1 }, () => new Float64Array(J + 2)),
    ahead,
    own: theta / rate,
    depart: Float64Array.from({ length: X + 2 }, (_, x) => (x > 0 ? C + x : C) / L / rate),
  };
  abandonmentChains.set(view, chain);
  return chain;
}

/**
 * One step of the tagged chain, written as what each state receives: (x, j) keeps what neither a
 * departure, one ahead leaving nor the person's own patience moves, and takes from (x, j + 1) one
 * ahead leaving (and with x = 0 a departure, moving the person up), and from (x + 1, j) a
 * departure of the excess. Row j = J + 1 is always 0. Returns the mass still on the list.
 */
function abandonmentStep(cur: Float64Array[], nxt: Float64Array[], ahead: Float64Array, depart: Float64Array, own: number): number {
  const X = cur.length - 1;
  let alive = 0;
  for (let x = 0; x <= X; x++) {
    const c = cur[x]!;
    const n = nxt[x]!;
    const J = c.length - 2;
    const d = depart[x]!;
    const stay = 1 - d - own;
    const down = x === 0 ? d : 0;
    if (x < X) {
      const above = cur[x + 1]!;
      const dAbove = depart[x + 1]!;
      for (let j = 1; j <= J; j++) {
        const v = c[j]! * (stay - ahead[j]!) + c[j + 1]! * (ahead[j + 1]! + down) + above[j]! * dAbove;
        n[j] = v;
        alive += v;
      }
    } else {
      for (let j = 1; j <= J; j++) {
        const v = c[j]! * (stay - ahead[j]!) + c[j + 1]! * (ahead[j + 1]! + down);
        n[j] = v;
        alive += v;
      }
    }
  }
  return alive;
}

/** Extends alive[] to index k. */
function extendAbandonmentChain(chain: AbandonmentChain, k: number): void {
  while (chain.alive.length <= k) {
    if (chain.alive[chain.alive.length - 1]! < 1e-16) {
      chain.alive.push(0);
      continue;
    }
    chain.alive.push(abandonmentStep(chain.state, chain.spare, chain.ahead, chain.depart, chain.own));
    const t = chain.state;
    chain.state = chain.spare;
    chain.spare = t;
  }
}

function abandonmentTail(view: ArrivalView, tMonths: number): number {
  const chain = abandonmentChainOf(view);
  const mass = chain.alive[0]!;
  if (tMonths <= 0 || mass === 0) return Math.min(1, mass);
  // Σ_k Poisson(k; Λt) · alive[k], the weights walked from the mode (one exp, no arrays) until
  // they are negligible; alive[] is extended as the walk needs it.
  const mu = chain.rate * tMonths;
  const mode = Math.floor(mu);
  extendAbandonmentChain(chain, mode);
  const pMode = Math.exp(-mu + mode * Math.log(mu) - logFactorial(mode));
  let tail = pMode * chain.alive[mode]!;
  let p = pMode;
  for (let k = mode; k > 0; k--) {
    p = (p * k) / mu;
    tail += p * chain.alive[k - 1]!;
    if (p < 1e-17) break;
  }
  p = pMode;
  for (let k = mode + 1; ; k++) {
    p = (p * mu) / k;
    if (p < 1e-17) break;
    extendAbandonmentChain(chain, k);
    const a = chain.alive[k]!;
    if (a === 0) break;
    tail += p * a;
  }
  return Math.min(1, Math.max(0, tail));
}

/**
 * The smallest wait w (weeks) with P(wait > w) ≤ 1 − p, to PERCENTILE_RESOLUTION_WEEKS; 0 when
 * no more than 1 − p must wait at all; null when the share waiting for ever (no slots) is above 1 − p.
 * The tail is smooth and falling, so the root is bracketed and found by the Illinois method.
 */
export function waitPercentile(view: ArrivalView, p: number): number | null {
  const allowed = 1 - p;
  const g = (w: number) => probabilityOfWaitOver(view, w) - allowed;
  if (g(0) <= 1e-12) return 0;
  if (view.capacity === 0) return null;
  let lo = 0;
  let glo = g(0);
  let hi = Math.max(PERCENTILE_RESOLUTION_WEEKS, (view.stayMonths / view.capacity) * WEEKS_PER_MONTH);
  let ghi = g(hi);
  for (let i = 0; i < 200 && ghi > 0; i++) {
    lo = hi;
    glo = ghi;
    hi *= 2;
    ghi = g(hi);
  }
  if (ghi > 0) return null;
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > PERCENTILE_RESOLUTION_WEEKS; i++) {
    // Regula falsi, halving the stale end's value (Illinois); a bisection step when it stalls.
    let mid = hi - (ghi * (hi - lo)) / (ghi - glo);
    if (!(mid > lo && mid < hi)) mid = (lo + hi) / 2;
    const gm = g(mid);
    if (gm > 0) {
      lo = mid;
      glo = gm;
      if (side === -1) ghi /= 2;
      side = -1;
    } else {
      hi = mid;
      ghi = gm;
      if (side === 1) glo /= 2;
      side = 1;
    }
    if (gm === 0) break;
  }
  return hi;
}

/** The month's wait figures from its view. */
export function monthWait(month: number, view: ArrivalView, thresholdWeeks: number): MonthWait {
  return {
    month,
    thresholdWeeks,
    probabilityOfWaitOver: probabilityOfWaitOver(view, thresholdWeeks),
    p50Weeks: waitPercentile(view, 0.5),
    p90Weeks: waitPercentile(view, 0.9),
  };
}

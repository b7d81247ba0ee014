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
//
// A cut never evicts. When capacity falls below the number enrolled (a lots leaves, a vacancy, or
// more enrolled at the start than there are slots), those enrolled keep their places and finish
// their stays; nobody is enrolled until the number enrolled is below capacity. While that excess
// drains the state is two-dimensional: x ≥ 1 enrolled above capacity and q waiting, with arrivals
// q → q + 1 at rate λ and departures x → x − 1 at rate (C + x)/L; from x = 1 a departure leads to
// the ordinary state n = C + q. The excess only shrinks within a month, so the month is uniformized
// at Λ = λ + (C + X)/L with X the largest excess at its start. Someone referred in state (x, q)
// waits for x + q + 1 departures: L·(Σⱼ₌₁..ₓ 1/(C + j) + (q + 1)/C) months on average.
//
// Abandonment (θ > 0): each person waiting leaves the list at rate θ (exponential patience), a
// death rate (n − C)·θ on the queue of the ordinary states and q·θ in the excess states. The rate
// grows with the queue, so the month is uniformized at Λ = λ + (C + X)/L + θ·Q̄ with Q̄ = the
// longest queue at the start of the month plus the most arrivals the month can bring but for a
// Poisson tail (counted in truncationMass): in states with a longer queue the abandonment rate is
// held at θ·Q̄, and the true chain reaches them only with that tail's probability. The allowances
// for dropped mass are then set month by month. The expected wait is the mean time on the list of
// someone referred, until enrolled or leaving (Erlang A's mean wait, L_q/λ in the long run): one
// who finds q waiting ahead (all slots taken) is at position k = q + 1, which ends at rate
// C/L + kθ (a departure or one ahead leaving moves the person up, at rate C/L + (k − 1)θ; the
// person's own patience, θ, ends the wait), so T_k = (1 + (C/L + (k − 1)θ)·T_(k−1)) / (C/L + kθ),
// T_0 = 0; after a cut, T(x, k) adds the x departures of the excess (rates (C + x)/L) in the
// same way. With θ = 0 every figure is computed as without abandonment.
import { poissonWeights, type PoissonWeights } from './poissonWeights.ts';
import { percentile } from './quantiles.ts';
import type { ArrivalView } from './waitDistribution.ts';
import { WEEKS_PER_MONTH, type ForecastMonth, type MonthInput } from './types.ts';

export interface ChainInput {
  months: readonly MonthInput[];
  stayMonths: number;
  /** Number in the unit at time 0 (enrolled + waiting). */
  initialCount: number;
  /**
   * Of initialCount, how many are enrolled at time 0 (the rest wait). Default min(initialCount, C)
   * of the first month. People waiting take free slots at once; those enrolled above the first
   * month's capacity keep their places.
   */
  initialEnrolled?: number;
  /** Upper bound of the total probability left out; default 1e-12. */
  tolerance?: number;
  /** Keep the month-end distributions (for tests and charts); default false. */
  keepDistributions?: boolean;
  /** θ: people leave the waiting list at this rate per month of waiting each; default 0. */
  abandonment?: number;
  /** Keep each month's time-averaged waiting states (for the wait distribution); default false. */
  keepArrivalViews?: boolean;
}

export interface ChainResult {
  months: ForecastMonth[];
  /** Upper bound of the probability mass left out by all truncations together. */
  truncationMass: number;
  /**
   * When asked for: distributions[m][n] = P(n in the unit at the end of month m + 1, with
   * min(n, C) enrolled and the rest waiting).
   */
  distributions?: Float64Array[];
  /**
   * When asked for: excessDistributions[m][x − 1][q] = P(C + x enrolled and q waiting at the end of
   * month m + 1): enrolled above capacity after a cut (empty when nobody is).
   */
  excessDistributions?: Float64Array[][];
  /** When asked for: what someone referred during each month finds (waitDistribution.ts). */
  arrivalViews?: ArrivalView[];
}

/** The two-dimensional part: rows[x − 1][q] for x = 1..X enrolled above capacity, q = 0..qhi waiting. */
interface Excess {
  rows: Float64Array[];
  X: number;
  /**
   * Rows below xlo (1-based) hold no mass. The mass of a cut starts in its top rows and moves down
   * one row per step at most, so a step need not visit the rows below: without this bound a start
   * with a large excess cost the square of it in every step.
   */
  xlo: number;
  /** Support of the queue: q in qlo..qhi (within a month the queue of an excess state only grows). */
  qlo: number;
  qhi: number;
}

function noExcess(): Excess {
  return { rows: [], X: 0, xlo: 1, qlo: 0, qhi: 0 };
}

/**
 * The excess buffer `ex` made ready for X rows of at least qLength places, all zero: rows are kept
 * (and only the first qLength places cleared; nothing reads beyond them) when large enough.
 */
function reuseExcess(ex: Excess, X: number, qLength: number): Excess {
  const width = ex.rows.length > 0 ? ex.rows[0]!.length : 0;
  if (X > 0 && (ex.rows.length < X || width < qLength)) {
    const newWidth = Math.max(qLength, Math.ceil(width * 1.5));
    ex.rows = Array.from({ length: Math.max(X, ex.rows.length) }, () => new Float64Array(newWidth));
  } else {
    for (let x = 0; x < X; x++) ex.rows[x]!.fill(0, 0, qLength);
  }
  ex.X = X;
  ex.xlo = 1;
  ex.qlo = 0;
  ex.qhi = 0;
  return ex;
}

export const DEFAULT_TOLERANCE = 1e-12;

/**
 * The solver's buffers, kept from one call to the next (a call runs to its end before the next
 * starts, and nothing returned points into them), so that a forecast asked for again and again
 * allocates little and the engine's collector seldom pauses it. Each call clears what it reads.
 */
const scratch = {
  data: [] as Float64Array[],
  excess: [noExcess(), noExcess(), noExcess(), noExcess(), noExcess()],
  leave: new Float64Array(64),
  queueTail: new Float64Array(64),
  waitingAverage: new Float64Array(64),
};

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
  const horizon = months.length;
  const firstCapacity = horizon > 0 ? months[0]!.capacity : 0;
  const e0 = input.initialEnrolled ?? Math.min(n0, firstCapacity);
  if (!Number.isInteger(e0) || e0 < 0 || e0 > n0) {
    throw new RangeError(`initialEnrolled must be a whole number in 0..initialCount, got ${e0}`);
  }
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  const theta = input.abandonment ?? 0;
  if (!(theta >= 0) || !Number.isFinite(theta)) throw new RangeError(`abandonment must be ≥ 0, got ${theta}`);
  const abandons = theta > 0;
  /** With abandonment, the share of the tolerance each month may use (see the allowances below). */
  const monthBudget = tolerance / 8 / Math.max(1, horizon);

  // Poisson weights per rate (months with the same rate share them). The steps are bounded
  // beforehand with the largest excess each month could start with (the most ever enrolled above
  // its capacity), so the allowance per step is known before the first month is solved.
  const poissonTolerance = tolerance / 2 / Math.max(1, horizon);
  const weightsFor = (rate: number): PoissonWeights => rememberedWeights(rate, poissonTolerance);
  let totalSteps = 0;
  let truncationMass = 0;
  trimmedMass[0] = 0;
  let mostEnrolled = e0;
  let mayHaveExcess = false;
  for (const m of months) {
    const bound = Math.max(0, mostEnrolled - m.capacity);
    if (bound > 0) mayHaveExcess = true;
    if (!abandons) totalSteps += weightsFor(m.arrivals + (m.capacity + bound) / L).right + 1;
    mostEnrolled = Math.max(mostEnrolled, m.capacity);
  }
  // Each step may drop this much at each end of the support (half the tolerance over all steps,
  // the Poisson tails having the other half); with an excess, a third of that goes to the excess
  // (its top queue lengths and top rows, in each step and at each change of capacity).
  // With abandonment the steps of a month are known only at its start: each month may then drop
  // monthBudget (tolerance/8 over the horizon) from the ordinary states, monthBudget/3 from the excess at
  // its change of capacity and monthBudget/3 in its steps, and lose monthBudget to the cap on the queue.
  let dropPerStep = tolerance / (mayHaveExcess ? 6 : 4) / Math.max(1, totalSteps);
  let excessDrop = abandons ? monthBudget / 3 : tolerance / 18 / (Math.max(1, totalSteps) + horizon);

  let size = Math.max(64, n0 + 64);
  if (scratch.data.length === 4 && scratch.data[0]!.length >= size) {
    size = scratch.data[0]!.length;
    for (const d of scratch.data) d.fill(0);
  } else scratch.data = [0, 1, 2, 3].map(() => new Float64Array(size));
  let cur: Buffer = { data: scratch.data[0]!, lo: n0, hi: n0 };
  let nxt: Buffer = { data: scratch.data[1]!, lo: n0, hi: n0 };
  let acc: Buffer = { data: scratch.data[2]!, lo: n0, hi: n0 };
  let start: Buffer = { data: scratch.data[3]!, lo: n0, hi: n0 };
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

  /**
   * Moves the state at a change of capacity from `from` to `to` slots: the ordinary states whose
   * enrolled exceed the new capacity become excess, and excess that now fits becomes ordinary
   * (people waiting take the free slots at once). `start` is changed in place.
   */
  const rebase = (ex: Excess, from: number, to: number): Excess => {
    const d = start.data;
    let X = 0;
    let qMax = 0;
    // The new excess from the ordinary states n with min(n, from) > to.
    const firstMoved = Math.max(start.lo, to + 1);
    if (from > to) {
      for (let n = firstMoved; n <= start.hi; n++) {
        if (d[n] === 0) continue;
        X = Math.max(X, Math.min(n, from) - to);
        qMax = Math.max(qMax, n - from);
      }
    }
    for (let x = 1; x <= ex.X; x++) {
      if (from + x > to) {
        X = Math.max(X, from + x - to);
        qMax = Math.max(qMax, ex.qhi);
      }
    }
    const out = X > 0 ? reuseExcess(rebasePool, X, qMax + 2) : noExcess();
    out.qhi = X > 0 ? qMax : 0;
    if (from > to && firstMoved <= start.hi) {
      for (let n = firstMoved; n <= start.hi; n++) {
        const p = d[n]!;
        if (p === 0) continue;
        out.rows[Math.min(n, from) - to - 1]![Math.max(0, n - from)]! += p;
        d[n] = 0;
      }
      if (start.lo > to) {
        start.lo = to;
        start.hi = to;
      } else {
        start.hi = Math.min(start.hi, to);
      }
    }
    for (let x = 1; x <= ex.X; x++) {
      const row = ex.rows[x - 1]!;
      const enrolled = from + x;
      if (enrolled > to) {
        const target = out.rows[enrolled - to - 1]!;
        for (let q = 0; q <= ex.qhi; q++) target[q]! += row[q]!;
      } else {
        grow(enrolled + ex.qhi + 3);
        const sd = start.data;
        for (let q = 0; q <= ex.qhi; q++) {
          const p = row[q]!;
          if (p === 0) continue;
          sd[enrolled + q]! += p;
          if (enrolled + q < start.lo) start.lo = enrolled + q;
          if (enrolled + q > start.hi) start.hi = enrolled + q;
        }
      }
    }
    topRowMass[0] = 0;
    return trimExcess(out, excessDrop);
  };

  const excessPool = scratch.excess;
  const excessAveragePool = scratch.excess[3]!;
  const rebasePool = scratch.excess[4]!;
  let leaveBuffer = scratch.leave;
  let queueTail = scratch.queueTail;
  let waitingAverage = scratch.waitingAverage;
  let lastWaitingLength = 0;
  const out: ForecastMonth[] = [];
  const distributions: Float64Array[] = [];
  const excessDistributions: Float64Array[][] = [];
  const arrivalViews: ArrivalView[] = [];
  // The start: e0 enrolled and n0 − e0 waiting is the ordinary state n0 for capacity e0.
  let excess = rebase(noExcess(), e0, firstCapacity);

  for (let mi = 0; mi < horizon; mi++) {
    const { arrivals: lambda, capacity: C } = months[mi]!;
    if (abandons) excessDrop = monthBudget / 3;
    if (mi > 0) excess = rebase(excess, months[mi - 1]!.capacity, C);
    const X0 = excess.X;
    // With abandonment: the cap Q̄ on the queue's abandonment rate (see the top of the file).
    let queueCap = 0;
    if (abandons) {
      const qMax = Math.max(0, start.hi - C, X0 > 0 ? excess.qhi : 0);
      if (lambda > 0) {
        // The queue within the month is at most its length at the start plus the month's arrivals:
        // the smallest cap whose chance of being passed, Σₐ P(A = a)·P(queue at the start > Q̄ − a),
        // is within the month's allowance (the longest queue plus the most arrivals but for a
        // Poisson tail always is). That chance is counted as left out.
        if (queueTail.length < qMax + 2) queueTail = new Float64Array(Math.ceil((qMax + 2) * 1.5));
        fillQueueTail(queueTail, start.data, start.lo, start.hi, C, excess.rows, X0, X0 > 0 ? excess.qlo : 0, X0 > 0 ? excess.qhi : -1, qMax);
        queueCap = smallestQueueCap(queueTail, qMax, rememberedWeights(lambda, monthBudget * 1e-3), monthBudget);
        truncationMass += capPassed[0]!;
      } else queueCap = qMax + 1;
    }
    const pw = weightsFor(lambda + (C + X0) / L + theta * queueCap);
    truncationMass += pw.truncatedMass;
    if (abandons) {
      dropPerStep = monthBudget / 2 / (pw.right + 1);
      excessDrop = monthBudget / 3 / (pw.right + 1);
    }
    // With abandonment: expected time on the list by the queue ahead (ordinary states,
    // waitAhead[q] = T_(q+1)) and, after a cut, by excess and queue (excessWaitAhead[x − 1][q]).
    const tableLength = abandons ? Math.max(start.hi - C, X0 > 0 ? excess.qhi : 0, 0) + pw.right + 4 : 0;
    const waitAhead = abandons ? rememberedTimeOnList(C, L, theta, tableLength) : EMPTY;
    const excessWaitAhead = abandons && X0 > 0 ? rememberedExcessTimeOnList(C, L, theta, X0, waitAhead) : [];
    const rate = pw.rate;
    let waitSum = 0; // Σ_k ω_k · E_k[(n − C + 1)⁺] over the ordinary states
    let waitMass = 0; // Σ_k ω_k · P_k(must wait): the time average of P(N ≥ C) over the month
    let excessWait = 0; // Σ_k ω_k · E_k[Σⱼ₌₁..ₓ 1/(C + j) + (q + 1)/C] over the excess states
    // Excess buffers for the month: room for the queue to grow one place per step.
    const qLength = excess.qhi + pw.right + 3;
    // The three buffers are reused from month to month (last month's exAcc was read by rebase).
    let exCur = reuseExcess(excessPool[0]!, X0, qLength);
    let exNxt = reuseExcess(excessPool[1]!, X0, qLength);
    const exAcc = reuseExcess(excessPool[2]!, X0, qLength);
    const harmonic = new Float64Array(X0 + 1); // harmonic[x] = Σⱼ₌₁..ₓ 1/(C + j)
    for (let x = 1; x <= X0; x++) {
      exCur.rows[x - 1]!.set(excess.rows[x - 1]!.subarray(0, excess.qhi + 1));
      harmonic[x] = harmonic[x - 1]! + 1 / (C + x);
    }
    exCur.qhi = excess.qhi;
    exCur.qlo = excess.qlo;
    exCur.xlo = lowestRowWithMass(exCur);
    topRowMass[0] = 0; // a lower bound of the top excess row's mass (0: not known)
    // The month's arrival view: the time average (weights ω_k) of the states in which one must wait.
    const view: ArrivalView | null = input.keepArrivalViews
      ? {
          capacity: C,
          stayMonths: L,
          waiting: new Float64Array(Math.max(1, Math.max(start.hi, C + excess.qhi) + pw.right + 3 - C)),
          excess: Array.from({ length: X0 }, () => new Float64Array(qLength)),
          ...(abandons ? { abandonment: theta } : {}),
        }
      : null;
    // The time averages of the waiting states, from which the month's waits are added up at its
    // end: the view's own arrays, or buffers reused from month to month when no view is kept.
    const waitingLength = Math.max(1, Math.max(start.hi, C + excess.qhi) + pw.right + 3 - C);
    let averageWaiting: Float64Array;
    let averageExcess: Float64Array[];
    if (view) {
      averageWaiting = view.waiting;
      averageExcess = view.excess;
    } else {
      if (waitingAverage.length < waitingLength) waitingAverage = new Float64Array(Math.max(waitingLength, Math.ceil(waitingAverage.length * 1.5)));
      else waitingAverage.fill(0, 0, Math.min(waitingAverage.length, Math.max(waitingLength, lastWaitingLength)));
      lastWaitingLength = waitingLength;
      averageWaiting = waitingAverage;
      averageExcess = reuseExcess(excessAveragePool, X0, qLength).rows;
    }
    const addToView = (weight: number, ordinary: Buffer, ex: Excess) => {
      if (!view) return;
      const vw = view.waiting;
      for (let n = Math.max(ordinary.lo, C); n <= ordinary.hi; n++) vw[n - C] = vw[n - C]! + weight * ordinary.data[n]!;
      for (let x = 1; x <= ex.X; x++) {
        const row = ex.rows[x - 1]!;
        const vr = view.excess[x - 1]!;
        for (let q = ex.qlo; q <= ex.qhi; q++) vr[q] = vr[q]! + weight * row[q]!;
      }
    };

    if (rate === 0 || pw.right === 0) {
      // Nobody arrives and nobody can leave (or the rate is so small that no jump within the
      // tolerance is kept): the state stays as it is.
      copyInto(start, acc);
      addToView(1, start, exCur);
      let s = 0;
      let sw = 0;
      for (let n = Math.max(start.lo, C); n <= start.hi; n++) {
        s += (abandons ? waitAhead[n - C]! : n - C + 1) * start.data[n]!;
        sw += start.data[n]!;
      }
      for (let x = 1; x <= X0; x++) {
        const row = exCur.rows[x - 1]!;
        exAcc.rows[x - 1]!.set(row.subarray(0, qLength));
        for (let q = 0; q <= exCur.qhi; q++) {
          sw += row[q]!;
          excessWait += row[q]! * (abandons ? excessWaitAhead[x - 1]![q]! : harmonic[x]! + (C > 0 ? (q + 1) / C : 0));
        }
      }
      exAcc.qhi = exCur.qhi;
      waitSum = s;
      waitMass = sw;
    } else {
      const b = lambda / rate;
      const dUnit = 1 / (L * rate);
      // With abandonment: leave[q] = min(q, Q̄)·θ/Λ, the chance per step that one of q waiting leaves.
      let leave = EMPTY;
      if (abandons) {
        const tUnit = theta / rate;
        if (leaveBuffer.length < tableLength + 2) leaveBuffer = new Float64Array(Math.ceil((tableLength + 2) * 1.5));
        leave = leaveBuffer;
        for (let q = 0; q < tableLength + 2; q++) leave[q] = Math.min(q, queueCap) * tUnit;
      }
      coefficients[B] = b;
      coefficients[D_UNIT] = dUnit;
      const { left, right, survival } = pw;
      const w = pw.weights;
      // Σ_k ω_k is the share of the month the averages cover: 1 but for the Poisson tail left out,
      // which divided by a small rate can matter. The averages are taken over the covered part.
      let omegaSum = 0;
      copyInto(start, cur);
      clear(acc);
      acc.lo = cur.lo;
      acc.hi = cur.hi;
      for (let k = 0; k <= right; k++) {
        const lo = cur.lo;
        const hi = cur.hi;
        const wk = k >= left ? w[k - left]! : 0;
        const omega = survival[k]! / rate;
        omegaSum += omega;
        coefficients[WK] = wk;
        coefficients[OMEGA] = omega;
        const last = k === right;

        // The excess, one kernel call per row: accumulate, add up the waits (everyone referred now
        // must wait), add to the arrival view and, unless this is the last term, step: arrivals join
        // the queue, departures lower the excess (and with abandonment people leave the queue).
        if (exCur.X > 0) {
          const X = exCur.X;
          const qlo = exCur.qlo;
          const qhi = exCur.qhi;
          if (abandons && !last) {
            // The step reads one place beyond the support at each end: make sure nothing is left there.
            for (let x = Math.max(0, exCur.xlo - 2); x < X; x++) {
              const row = exCur.rows[x]!;
              if (qlo > 0) row[qlo - 1] = 0;
              row[qhi + 1] = 0;
              if (qhi + 2 < row.length) row[qhi + 2] = 0;
            }
          }
          // The rows from xlo (and, when stepping, the one below it, which the row above feeds).
          for (let x = Math.max(1, last ? exCur.xlo : exCur.xlo - 1); x <= X; x++) {
            const c = exCur.rows[x - 1]!;
            const a = exAcc.rows[x - 1]!;
            const vr = averageExcess[x - 1]!;
            if (last) {
              accumulateRow(c, a, vr, qlo, qhi);
              continue;
            }
            // The top row has nothing above it: its own row stands in, times 0.
            const above = x < X ? exCur.rows[x]! : c;
            const nr = exNxt.rows[x - 1]!;
            coefficients[STAY] = 1 - b - (C + x) * dUnit;
            coefficients[D_ABOVE] = x < X ? (C + x + 1) * dUnit : 0;
            if (abandons) excessRowAbandon(c, a, nr, above, vr, leave, qlo, qhi);
            else excessRow(c, a, nr, above, vr, qlo, qhi);
          }
          if (qhi > exAcc.qhi) exAcc.qhi = qhi;
        }

        if (last) {
          // Last term: accumulate only.
          accumulateOrdinary(cur.data, acc.data, averageWaiting, lo, hi, C);
          if (lo < acc.lo) acc.lo = lo;
          if (hi > acc.hi) acc.hi = hi;
          break;
        }

        // One fused pass over the support grown by one state at each end: next = cur · P, the
        // month-end accumulation acc += w_k · cur, the arrival view and the queue positions an
        // arrival would see.
        grow(Math.max(hi, exCur.X > 0 ? C + exCur.qhi : 0) + 3);
        const nd = nxt.data;
        const nlo = lo > 0 ? lo - 1 : 0;
        const nhi = hi + 1;
        // Clear what is left in nxt outside the new support.
        for (let n = nxt.lo; n < nlo && n <= nxt.hi; n++) nd[n] = 0;
        for (let n = Math.max(nxt.lo, nhi + 1); n <= nxt.hi; n++) nd[n] = 0;
        if (abandons) stepOrdinaryAbandon(cur.data, nd, acc.data, averageWaiting, nlo, nhi, C, leave);
        else stepOrdinary(cur.data, nd, acc.data, averageWaiting, nlo, nhi, C);
        if (nlo < acc.lo) acc.lo = nlo;
        if (nhi > acc.hi) acc.hi = nhi;
        nxt.lo = nlo;
        nxt.hi = nhi;

        if (exCur.X > 0) {
          // From x = 1 a departure leaves the ordinary state C + q.
          const qlo = exCur.qlo;
          const qhi = exCur.qhi;
          const row1 = exCur.rows[0]!;
          const f = (C + 1) * dUnit;
          if (C + qlo < nxt.lo) nxt.lo = C + qlo;
          if (C + qhi > nxt.hi) nxt.hi = C + qhi;
          for (let q = qlo; q <= qhi; q++) nd[C + q] = nd[C + q]! + row1[q]! * f;
          exNxt.X = exCur.X;
          exNxt.xlo = Math.max(1, exCur.xlo - 1);
          exNxt.qlo = abandons && qlo > 0 ? qlo - 1 : qlo;
          exNxt.qhi = qhi + 1;
          // A step keeps all of the top row's mass but its departures, share (C + X)·dUnit; the
          // trim of queue lengths takes at most twice the allowance. While that lower bound stays
          // above the allowance the row cannot be dropped and its mass need not be added up.
          topRowMass[0] = topRowMass[0]! * (1 - (C + exCur.X) * dUnit) * (1 - 1e-9) - 2 * excessDrop;
          trimExcess(exNxt, excessDrop);
          const te = exCur;
          exCur = exNxt;
          exNxt = te;
        }

        trim(nxt, dropPerStep);
        const t = cur;
        cur = nxt;
        nxt = t;
      }
      // The waits from the time averages: with abandonment the time on the list by the queue ahead;
      // without, the queue position q + 1 (in units of L/C) and, after a cut, the excess's departures.
      for (let q = 0; q < waitingLength; q++) {
        const v = averageWaiting[q]!;
        waitMass += v;
        waitSum += (abandons ? waitAhead[q]! : q + 1) * v;
      }
      for (let x = 1; x <= X0; x++) {
        const vr = averageExcess[x - 1]!;
        const table = abandons ? excessWaitAhead[x - 1]! : EMPTY;
        for (let q = 0; q < qLength; q++) {
          const v = vr[q]!;
          if (v === 0) continue;
          waitMass += v;
          excessWait += v * (abandons ? table[q]! : harmonic[x]! + (C > 0 ? (q + 1) / C : 0));
        }
      }
      if (omegaSum > 0) {
        waitSum /= omegaSum;
        waitMass /= omegaSum;
        excessWait /= omegaSum;
        if (view) {
          for (let i = 0; i < view.waiting.length; i++) view.waiting[i]! /= omegaSum;
          for (const r of view.excess) for (let i = 0; i < r.length; i++) r[i]! /= omegaSum;
        }
      }
    }
    if (view) {
      // Only a large excess is worth the copies (a lots leaving in a small unit is a few short rows).
      if (X0 * qLength > COMPACT_VIEW_PLACES) compactExcessRows(view.excess);
      arrivalViews.push(view);
    }

    // acc is the month-end distribution; it becomes the start of the next month.
    exAcc.X = X0;
    out.push(summarize(mi + 1, lambda, C, acc, exAcc, waitSum, waitMass, excessWait, L, abandons));
    if (input.keepDistributions) {
      distributions.push(acc.data.slice(0, acc.hi + 1));
      excessDistributions.push(exAcc.rows.slice(0, X0).map((r) => r.slice(0, exAcc.qhi + 1)));
    }
    // The month-end supports are the union of the steps' supports, which grow by one state at each
    // end in the first step before its trim: left as they are they would widen by a state a month,
    // and with abandonment the wider queue would raise the next month's rate Λ. Only exact zeros go.
    shrinkToNonzero(acc);
    shrinkExcessToNonzero(exAcc);
    excess = exAcc;
    const t = start;
    start = acc;
    acc = t;
  }

  truncationMass += trimmedMass[0]!;
  scratch.data = [cur.data, nxt.data, acc.data, start.data];
  scratch.leave = leaveBuffer;
  scratch.queueTail = queueTail;
  scratch.waitingAverage = waitingAverage;
  const result: ChainResult = input.keepDistributions ? { months: out, truncationMass, distributions, excessDistributions } : { months: out, truncationMass };
  if (input.keepArrivalViews) result.arrivalViews = arrivalViews;
  return result;
}

const EMPTY = new Float64Array(0);

/**
 * tail[q] = P(queue ≥ q) at the start of a month for q = 0..qMax + 1: the ordinary states n over
 * lo..hi (queue max(0, n − C)) and the excess rows over qlo..qhi (queue q).
 */
function fillQueueTail(
  tail: Float64Array,
  d: Float64Array,
  lo: number,
  hi: number,
  C: number,
  rows: Float64Array[],
  X: number,
  qlo: number,
  qhi: number,
  qMax: number,
): void {
  tail.fill(0, 0, qMax + 2);
  for (let n = lo; n <= hi; n++) {
    const q = n > C ? n - C : 0;
    tail[q] = tail[q]! + d[n]!;
  }
  for (let x = 0; x < X; x++) {
    const row = rows[x]!;
    for (let q = qlo; q <= qhi; q++) tail[q] = tail[q]! + row[q]!;
  }
  for (let q = qMax - 1; q >= 0; q--) tail[q] = tail[q]! + tail[q + 1]!;
}

/** What smallestQueueCap found: capPassed[0] = the bound on the chance that the cap is passed. */
const capPassed = new Float64Array(1);

/**
 * The smallest Q̄ ≤ qMax + right + 1 with Σₐ P(A = a)·P(queue at the start ≥ Q̄ + 1 − a) plus the
 * arrivals' left-out tails within `allowance` (an upper bound of the chance that the queue passes
 * Q̄ within the month); the bound for it goes to capPassed[0].
 */
function smallestQueueCap(tail: Float64Array, qMax: number, arrivals: PoissonWeights, allowance: number): number {
  const { left, right, weights } = arrivals;
  const passed = (cap: number): number => {
    let sum = arrivals.truncatedMass;
    for (let a = left; a <= right; a++) {
      const j = cap + 1 - a; // the start queue that a arrivals take past the cap
      if (j > qMax) continue;
      sum += weights[a - left]! * (j <= 0 ? 1 : tail[j]!);
    }
    return sum;
  };
  let cap = qMax + right + 1;
  let bound = passed(cap);
  while (cap > 0) {
    const lower = passed(cap - 1);
    if (lower > allowance) break;
    cap--;
    bound = lower;
  }
  capPassed[0] = bound;
  return cap;
}

// Poisson weights and the tables of times on the list are pure functions of their arguments, and a
// screen asks for the same forecast (and the same rates) again and again: they are kept across
// calls, at most MEMO_LIMIT of each (all are dropped when the limit is reached). Nobody changes
// what is kept.
const MEMO_LIMIT = 256;
const weightsMemo = new Map<string, PoissonWeights>();
const timeOnListMemo = new Map<string, Float64Array>();
const excessTimeOnListMemo = new Map<string, Float64Array[]>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function rememberedWeights(rate: number, epsilon: number): PoissonWeights {
  const key = `${rate}:${epsilon}`;
  return weightsMemo.get(key) ?? remember(weightsMemo, key, poissonWeights(rate, epsilon));
}

/** timeOnListTable of at least `length` places. T_k does not depend on the length: a longer table serves. */
function rememberedTimeOnList(C: number, L: number, theta: number, length: number): Float64Array {
  const key = `${C}:${L}:${theta}`;
  const known = timeOnListMemo.get(key);
  if (known && known.length >= length) return known;
  return remember(timeOnListMemo, key, timeOnListTable(C, L, theta, Math.max(length, known ? Math.ceil(known.length * 1.5) : 0)));
}

/**
 * excessTimeOnListTable with at least X rows over the places of `ordinary` (the remembered table
 * for C): row x depends only on the rows below and, place by place, on those before, so a table
 * with more rows or places serves as well.
 */
function rememberedExcessTimeOnList(C: number, L: number, theta: number, X: number, ordinary: Float64Array): Float64Array[] {
  const key = `${C}:${L}:${theta}`;
  const known = excessTimeOnListMemo.get(key);
  if (known && known.length >= X && known[0]!.length >= ordinary.length) return known;
  return remember(excessTimeOnListMemo, key, excessTimeOnListTable(C, L, theta, Math.max(X, known ? known.length : 0), ordinary));
}

// The step kernels. They are small functions of typed arrays and numbers, called once per step
// (and per excess row), so the engine compiles them after a few calls and keeps them compiled
// whichever options come next: a month loop holding them inline would run unoptimised for a
// long time each time a new branch (abandonment, a cut) is first taken.

/**
 * The step's numbers for the kernels: w_k, ω_k, b = λ/Λ, dUnit = 1/(LΛ) and, per excess row, what
 * stays and the share coming down from the row above. Numbers passed as arguments to a function
 * the engine does not inline are boxed, a few allocations per call and row and step; read from
 * here they are not.
 */
const coefficients = new Float64Array(6);
const WK = 0;
const OMEGA = 1;
const B = 2;
const D_UNIT = 3;
const STAY = 4;
const D_ABOVE = 5;

/**
 * Last term of an ordinary month: acc += wk · cur over lo..hi, and the time average of the states
 * in which one must wait (n ≥ C, at vw[n − C]) += ω · cur.
 */
function accumulateOrdinary(c: Float64Array, a: Float64Array, vw: Float64Array, lo: number, hi: number, C: number): void {
  const wk = coefficients[WK]!;
  const omega = coefficients[OMEGA]!;
  for (let n = lo; n <= hi; n++) {
    const cn = c[n]!;
    a[n] = a[n]! + wk * cn;
    if (n >= C) vw[n - C] = vw[n - C]! + omega * cn;
  }
}

/**
 * One step of the ordinary states without abandonment over nlo..nhi (cur's support grown by one
 * at each end; c is zero outside it): next = cur · P, acc += wk · cur and the time average of
 * n ≥ C += ω · cur. The waits are added up from that average at the end of the month: running
 * sums here would chain every place to the one before and slow the loop down.
 */
function stepOrdinary(c: Float64Array, nd: Float64Array, a: Float64Array, vw: Float64Array, nlo: number, nhi: number, C: number): void {
  const wk = coefficients[WK]!;
  const omega = coefficients[OMEGA]!;
  const b = coefficients[B]!;
  const dUnit = coefficients[D_UNIT]!;
  const dFull = C * dUnit;
  let n = nlo;
  if (n === 0) {
    const c0 = c[0]!;
    nd[0] = c0 * (1 - b) + c[1]! * (C > 0 ? dUnit : 0);
    a[0] = a[0]! + wk * c0;
    if (C === 0) vw[0] = vw[0]! + omega * c0;
    n = 1;
  }
  const below = Math.min(nhi + 1, C); // n < C: death rate n/L
  for (; n < below; n++) {
    const cn = c[n]!;
    nd[n] = cn * (1 - b - n * dUnit) + c[n - 1]! * b + c[n + 1]! * ((n + 1) * dUnit);
    a[n] = a[n]! + wk * cn;
  }
  // n ≥ C: death rate C/L. (At n = C − 1 the pull from n + 1 = C used C·dUnit already.) The
  // average takes n = C..nhi: c[nhi] is 0 and vw has room for it.
  const stay = 1 - b - dFull;
  if (n <= nhi) {
    let q = n - C;
    let cBelow = c[n - 1]!;
    let cn = c[n]!;
    for (; n <= nhi; n++, q++) {
      const cUp = c[n + 1]!;
      nd[n] = cn * stay + cBelow * b + cUp * dFull;
      a[n] = a[n]! + wk * cn;
      vw[q] = vw[q]! + omega * cn;
      cBelow = cn;
      cn = cUp;
    }
  }
}

/**
 * The same with abandonment: death rate C/L + leave[n − C]·Λ on n ≥ C (leave[q] = min(q, Q̄)·θ/Λ,
 * the rate held above Q̄).
 */
function stepOrdinaryAbandon(
  c: Float64Array,
  nd: Float64Array,
  a: Float64Array,
  vw: Float64Array,
  nlo: number,
  nhi: number,
  C: number,
  leave: Float64Array,
): void {
  const wk = coefficients[WK]!;
  const omega = coefficients[OMEGA]!;
  const b = coefficients[B]!;
  const dUnit = coefficients[D_UNIT]!;
  const dFull = C * dUnit;
  let n = nlo;
  if (n === 0) {
    const c0 = c[0]!;
    nd[0] = c0 * (1 - b) + c[1]! * (C > 0 ? dUnit : leave[1]!);
    a[0] = a[0]! + wk * c0;
    if (C === 0) vw[0] = vw[0]! + omega * c0;
    n = 1;
  }
  const below = Math.min(nhi + 1, C);
  for (; n < below; n++) {
    const cn = c[n]!;
    nd[n] = cn * (1 - b - n * dUnit) + c[n - 1]! * b + c[n + 1]! * ((n + 1) * dUnit);
    a[n] = a[n]! + wk * cn;
  }
  const stay = 1 - b - dFull;
  if (n <= nhi) {
    // Each place is read once: the window (cBelow, cn, and what is read as c[n + 1]) moves along.
    let q = n - C;
    let cBelow = c[n - 1]!;
    let cn = c[n]!;
    let leaveHere = leave[q]!;
    for (; n <= nhi; n++, q++) {
      const cUp = c[n + 1]!;
      const leaveUp = leave[q + 1]!;
      nd[n] = cn * (stay - leaveHere) + cBelow * b + cUp * (dFull + leaveUp);
      a[n] = a[n]! + wk * cn;
      vw[q] = vw[q]! + omega * cn;
      cBelow = cn;
      cn = cUp;
      leaveHere = leaveUp;
    }
  }
}

/** Last term for an excess row: acc += wk · row and the time average += ω · row over qlo..qhi. */
function accumulateRow(c: Float64Array, a: Float64Array, vr: Float64Array, qlo: number, qhi: number): void {
  const wk = coefficients[WK]!;
  const omega = coefficients[OMEGA]!;
  for (let q = qlo; q <= qhi; q++) {
    const v = c[q]!;
    a[q] = a[q]! + wk * v;
    vr[q] = vr[q]! + omega * v;
  }
}

/**
 * One excess row x without abandonment over its support qlo..qhi: acc += wk · row, the time
 * average += ω · row and the next row: arrivals move q up, departures (rate (C + x)/L, `stay` being
 * what is left) lower x, and row x + 1 (`above`) comes down at dAbove (0 for the top row).
 */
function excessRow(c: Float64Array, a: Float64Array, nr: Float64Array, above: Float64Array, vr: Float64Array, qlo: number, qhi: number): void {
  const wk = coefficients[WK]!;
  const omega = coefficients[OMEGA]!;
  const stay = coefficients[STAY]!;
  const b = coefficients[B]!;
  const dAbove = coefficients[D_ABOVE]!;
  let prev = 0;
  for (let q = qlo; q <= qhi; q++) {
    const v = c[q]!;
    a[q] = a[q]! + wk * v;
    vr[q] = vr[q]! + omega * v;
    nr[q] = v * stay + prev * b + above[q]! * dAbove;
    prev = v;
  }
  nr[qhi + 1] = prev * b;
}

/**
 * The same with abandonment: people leave the queue at leave[q]·Λ, and the support grows by one at
 * each end. c is zero there (and at qhi + 2), so what is added to the averages at those two places
 * is zero. Each place is read once (the window below, v, up moves along).
 */
function excessRowAbandon(
  c: Float64Array,
  a: Float64Array,
  nr: Float64Array,
  above: Float64Array,
  vr: Float64Array,
  leave: Float64Array,
  qlo: number,
  qhi: number,
): void {
  const wk = coefficients[WK]!;
  const omega = coefficients[OMEGA]!;
  const stay = coefficients[STAY]!;
  const b = coefficients[B]!;
  const dAbove = coefficients[D_ABOVE]!;
  const start = qlo > 0 ? qlo - 1 : 0;
  let below = start > 0 ? c[start - 1]! : 0;
  let v = c[start]!;
  let leaveHere = leave[start]!;
  for (let q = start; q <= qhi + 1; q++) {
    const up = c[q + 1]!;
    const leaveUp = leave[q + 1]!;
    nr[q] = v * (stay - leaveHere) + up * leaveUp + below * b + above[q]! * dAbove;
    a[q] = a[q]! + wk * v;
    vr[q] = vr[q]! + omega * v;
    below = v;
    v = up;
    leaveHere = leaveUp;
  }
}

/**
 * Expected time on the list with abandonment θ and C slots (stay L), for one who finds q waiting
 * ahead and every slot taken: table[q] = T_(q+1), T_k = (1 + (C/L + (k − 1)θ)·T_(k−1)) / (C/L + kθ).
 */
export function timeOnListTable(C: number, L: number, theta: number, length: number): Float64Array {
  const table = new Float64Array(Math.max(1, length));
  const mu = C / L;
  let previous = 0;
  for (let q = 0; q < table.length; q++) {
    const k = q + 1;
    previous = (1 + (mu + (k - 1) * theta) * previous) / (mu + k * theta);
    table[q] = previous;
  }
  return table;
}

/**
 * The same after a cut: rows[x − 1][q] for one who finds C + x enrolled and q waiting ahead. The x
 * departures of the excess (rate (C + x)/L) free no slot; those ahead may leave meanwhile:
 * T(x, k) = (1 + (C + x)/L·T(x − 1, k) + (k − 1)θ·T(x, k − 1)) / ((C + x)/L + kθ), T(0, k) = T_k.
 */
export function excessTimeOnListTable(C: number, L: number, theta: number, X: number, ordinary: Float64Array): Float64Array[] {
  const rows: Float64Array[] = [];
  let below = ordinary;
  for (let x = 1; x <= X; x++) {
    const row = new Float64Array(ordinary.length);
    const d = (C + x) / L;
    let previous = 0; // T(x, k − 1)
    for (let q = 0; q < row.length; q++) {
      const k = q + 1;
      previous = (1 + d * below[q]! + (k - 1) * theta * previous) / (d + k * theta);
      row[q] = previous;
    }
    rows.push(row);
    below = row;
  }
  return rows;
}

/**
 * For trimExcess: a lower bound of the top row's mass (0 when not known), and after it the mass of
 * the top row it kept when it added it up. trimmedMass[0] adds up what trimExcess and trim drop.
 * (Numbers returned or passed to a function that is not inlined are boxed; these are not.)
 */
const topRowMass = new Float64Array(1);
const trimmedMass = new Float64Array(1);

/**
 * Drops the highest queue lengths and the highest excess rows while their mass stays within the
 * allowance (each), zeroing what is dropped and adding its mass to trimmedMass[0]. Returns the excess.
 */
function trimExcess(ex: Excess, allowance: number): Excess {
  const topRowAtLeast = topRowMass[0]!;
  if (ex.X === 0) return ex;
  const first = Math.max(0, ex.xlo - 1); // rows below ex.xlo hold nothing
  let dropped = 0;
  while (ex.qhi > ex.qlo) {
    let column = 0;
    for (let x = first; x < ex.X; x++) column += ex.rows[x]![ex.qhi]!;
    if (dropped + column > allowance) break;
    dropped += column;
    for (let x = first; x < ex.X; x++) ex.rows[x]![ex.qhi] = 0;
    ex.qhi--;
  }
  let droppedLow = 0;
  while (ex.qlo < ex.qhi) {
    let column = 0;
    for (let x = first; x < ex.X; x++) column += ex.rows[x]![ex.qlo]!;
    if (droppedLow + column > allowance) break;
    droppedLow += column;
    for (let x = first; x < ex.X; x++) ex.rows[x]![ex.qlo] = 0;
    ex.qlo++;
  }
  let droppedRows = 0;
  while (ex.X > 0 && topRowAtLeast <= allowance) {
    const row = ex.rows[ex.X - 1]!;
    let mass = 0;
    for (let q = ex.qlo; q <= ex.qhi; q++) mass += row[q]!;
    if (droppedRows + mass > allowance) {
      topRowMass[0] = mass;
      break;
    }
    droppedRows += mass;
    row.fill(0);
    ex.X--;
  }
  trimmedMass[0] = trimmedMass[0]! + (dropped + droppedLow + droppedRows);
  return ex;
}

/** Excess places of a month's view (rows × queue lengths) above which its rows are shortened. */
const COMPACT_VIEW_PLACES = 65_536;

/**
 * Shortens an arrival view's excess rows in place to their last non-zero place, and a row with no
 * mass to nothing: a view is kept for every month, and after a cut most rows are empty (the mass
 * moves down a band of rows). Readers take a place beyond a row's end as zero.
 */
function compactExcessRows(rows: Float64Array[]): void {
  for (let x = 0; x < rows.length; x++) {
    const row = rows[x]!;
    let end = row.length;
    while (end > 0 && row[end - 1] === 0) end--;
    if (end < row.length) rows[x] = end === 0 ? EMPTY : row.slice(0, end);
  }
}

/** The lowest excess row with mass in the queue support (X + 1 when none has any). */
function lowestRowWithMass(ex: Excess): number {
  for (let x = 1; x <= ex.X; x++) {
    const row = ex.rows[x - 1]!;
    for (let q = ex.qlo; q <= ex.qhi; q++) if (row[q] !== 0) return x;
  }
  return ex.X + 1;
}

/** Narrows the support to its first and last nonzero states (keeps one state when all are zero). */
function shrinkToNonzero(b: Buffer): void {
  const d = b.data;
  while (b.hi > b.lo && d[b.hi] === 0) b.hi--;
  while (b.lo < b.hi && d[b.lo] === 0) b.lo++;
}

/** The same for the excess: its top rows and outer queue lengths that hold no mass at all. */
function shrinkExcessToNonzero(ex: Excess): void {
  const rowEmpty = (x: number) => {
    const row = ex.rows[x - 1]!;
    for (let q = ex.qlo; q <= ex.qhi; q++) if (row[q] !== 0) return false;
    return true;
  };
  while (ex.X > 0 && rowEmpty(ex.X)) ex.X--;
  if (ex.X === 0) {
    ex.qlo = 0;
    ex.qhi = 0;
    return;
  }
  const columnEmpty = (q: number) => {
    for (let x = 0; x < ex.X; x++) if (ex.rows[x]![q] !== 0) return false;
    return true;
  };
  while (ex.qhi > ex.qlo && columnEmpty(ex.qhi)) ex.qhi--;
  while (ex.qlo < ex.qhi && columnEmpty(ex.qlo)) ex.qlo++;
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

/** Drops the outermost states while their mass stays within the allowance, adding it to trimmedMass[0]. */
function trim(b: Buffer, allowance: number): void {
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
  trimmedMass[0] = trimmedMass[0]! + (dropped + droppedLow);
}

/** The marginal laws of enrolled and waiting in summarize, reused from month to month and call to call. */
const marginals = { enrolled: new Float64Array(64), queue: new Float64Array(64) };

function summarize(
  month: number,
  arrivals: number,
  C: number,
  dist: Buffer,
  ex: Excess,
  waitSum: number,
  waitMass: number,
  excessWait: number,
  L: number,
  abandons: boolean,
): ForecastMonth {
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
  let excessMass = 0;
  for (let x = 1; x <= ex.X; x++) {
    const row = ex.rows[x - 1]!;
    for (let q = 0; q <= ex.qhi; q++) {
      const p = row[q]!;
      if (p === 0) continue;
      excessMass += p;
      enrolledMean += (C + x) * p;
      queueMean += q * p;
      if (q > 0) queueMass += p;
    }
  }
  let enrolledP: [number, number, number];
  let queueP: [number, number, number];
  if (excessMass === 0) {
    // Enrolled and waiting are both monotone in n: their percentiles follow from those of n.
    const masses = d.subarray(dist.lo, dist.hi + 1);
    const at = (p: number) => percentile(masses, dist.lo, masses.length, total, p);
    const [p10, p50, p90] = [at(0.1), at(0.5), at(0.9)];
    enrolledP = [Math.min(p10, C), Math.min(p50, C), Math.min(p90, C)];
    queueP = [Math.max(0, p10 - C), Math.max(0, p50 - C), Math.max(0, p90 - C)];
  } else {
    // Marginal distributions of the number enrolled and the number waiting.
    const enrolledLength = C + ex.X + 1;
    const queueLength = Math.max(dist.hi - C, ex.qhi, 0) + 1;
    if (marginals.enrolled.length < enrolledLength) marginals.enrolled = new Float64Array(Math.ceil(enrolledLength * 1.5));
    if (marginals.queue.length < queueLength) marginals.queue = new Float64Array(Math.ceil(queueLength * 1.5));
    const enrolled = marginals.enrolled;
    const queue = marginals.queue;
    enrolled.fill(0, 0, enrolledLength);
    queue.fill(0, 0, queueLength);
    for (let n = dist.lo; n <= dist.hi; n++) {
      enrolled[Math.min(n, C)]! += d[n]!;
      queue[Math.max(0, n - C)]! += d[n]!;
    }
    for (let x = 1; x <= ex.X; x++) {
      const row = ex.rows[x - 1]!;
      for (let q = 0; q <= ex.qhi; q++) {
        enrolled[C + x]! += row[q]!;
        queue[q]! += row[q]!;
      }
    }
    const all = total + excessMass;
    const of = (m: Float64Array, length: number, p: number) => percentile(m, 0, length, all, p);
    enrolledP = [of(enrolled, enrolledLength, 0.1), of(enrolled, enrolledLength, 0.5), of(enrolled, enrolledLength, 0.9)];
    queueP = [of(queue, queueLength, 0.1), of(queue, queueLength, 0.5), of(queue, queueLength, 0.9)];
  }
  return {
    month,
    capacity: C,
    arrivals,
    enrolledMean,
    enrolledP10: enrolledP[0],
    enrolledP50: enrolledP[1],
    enrolledP90: enrolledP[2],
    queueMean,
    queueP10: queueP[0],
    queueP50: queueP[1],
    queueP90: queueP[2],
    probabilityOfQueue: Math.min(1, Math.max(0, queueMass)),
    probabilityOfWaiting: Math.min(1, Math.max(0, waitMass)),
    // With abandonment both sums are already times on the list in months (and finite without slots).
    expectedWaitWeeks: abandons ? (waitSum + excessWait) * WEEKS_PER_MONTH : C > 0 ? ((waitSum * L) / C + excessWait * L) * WEEKS_PER_MONTH : null,
  };
}

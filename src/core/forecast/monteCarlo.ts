// Monte Carlo forecast for any stay distribution: each run simulates referrals (Poisson, rate λ
// per month, constant within a month), first-come-first-served enrolment into C slots and stays
// drawn from the distribution, and records the month-end state. Pure: no DOM and no Node APIs, so
// it can run in a Web Worker.
//
// Random numbers: xoroshiro128+ from pure-rand, seeded once; run r uses the generator jumped r
// times (2⁶⁴ draws apart), so the runs are independent streams and the result depends only on the
// seed and the inputs.
//
// Capacity changes at month boundaries. When slots are added, people waiting are enrolled at once;
// when slots are removed, nobody is discharged: no one is enrolled until the number enrolled is
// below the new capacity (so enrolled can exceed capacity for a while). The exact chain does the
// same (the excess above capacity is its second dimension while it drains).
//
// Expected wait of an applicant referred in month m: the mean actual wait of all referrals that
// month over all runs. Runs continue past the horizon (no new referrals, the last month's slots)
// until everyone referred within the horizon has been enrolled, so no wait is cut short.
//
// Abandonment (rate θ per month of waiting): everyone who joins the waiting list, those waiting at
// time 0 included, draws an exponential patience time; one whose patience runs out before a slot
// is offered leaves the list without being enrolled. The month's expected wait is then the mean
// time on the list (until enrolled or leaving), as in the exact chain and Erlang A. Patience is
// drawn only when θ > 0, so without abandonment the random numbers, and the results, are as before.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { percentile } from './quantiles.ts';
import { createStaySampler, uniformOpen, type StayDistribution } from './stayDistributions.ts';
import { WEEKS_PER_MONTH, type ForecastMonth, type MonthInput } from './types.ts';
import type { MonthWait } from './waitDistribution.ts';

export interface SimulationInput {
  months: readonly MonthInput[];
  stayMonths: number;
  stay: StayDistribution;
  initialEnrolled: number;
  initialQueue: number;
  runs: number;
  seed: number;
  /** The T of P(wait > T), in weeks; default 2. */
  waitThresholdWeeks?: number;
  /** θ: each person waiting leaves the list at this rate per month (exponential patience); default 0. */
  abandonment?: number;
}

/** Standard errors of the Monte Carlo means in one month. */
export interface MonthStandardErrors {
  enrolledMean: number;
  queueMean: number;
  probabilityOfQueue: number;
  /**
   * Of the month's referrals (ratio estimates over runs, by the delta method): the share that had
   * to wait, the mean wait in weeks and the share that waited longer than the threshold; null
   * when no run had a referral that month (or, for the wait, when it is unbounded).
   */
  probabilityOfWaiting: number | null;
  expectedWaitWeeks: number | null;
  probabilityOfWaitOver: number | null;
}

export interface SimulationResult {
  months: ForecastMonth[];
  standardErrors: MonthStandardErrors[];
  /** Per month: the share of referrals that waited longer than the threshold and the wait's percentiles. */
  waits: MonthWait[];
  runs: number;
  seed: number;
}

/**
 * Simulated waits are kept in a histogram with geometric bins: bin 0 holds waits below W0 = 0.001
 * weeks and bin i ≥ 1 those in [W0·R^(i−1), W0·R^i) with R = 1.002, so bins are 0.2 % wide relative
 * to the wait up to about 8 900 weeks (longer waits go in the last bin). A percentile is
 * interpolated within its bin, so it is within 0.2 % (or 0.001 weeks) of the simulated one.
 */
const WAIT_BIN_FIRST_WEEKS = 0.001;
const WAIT_BIN_RATIO = 1.002;
const WAIT_BINS = 8_000;
const LOG_WAIT_BIN_RATIO = Math.log(WAIT_BIN_RATIO);

/** Lower edge in weeks of wait bin i (bin 0 starts at 0). */
function waitBinEdge(i: number): number {
  return i === 0 ? 0 : WAIT_BIN_FIRST_WEEKS * WAIT_BIN_RATIO ** (i - 1);
}

function waitBin(weeks: number): number {
  if (weeks < WAIT_BIN_FIRST_WEEKS) return 0;
  return Math.min(WAIT_BINS - 1, 1 + Math.floor(Math.log(weeks / WAIT_BIN_FIRST_WEEKS) / LOG_WAIT_BIN_RATIO));
}

/** The p-th percentile in weeks from a month's counts; null when it falls among the waits without end. */
function waitHistogramPercentile(zero: number, bins: Int32Array | undefined, total: number, p: number): number | null {
  const rank = p * total;
  if (zero >= rank) return 0;
  let cumulative = zero;
  if (bins) {
    for (let i = 0; i < bins.length; i++) {
      const c = bins[i]!;
      if (c === 0) continue;
      if (cumulative + c >= rank) {
        const lo = waitBinEdge(i);
        const hi = i + 1 < WAIT_BINS ? waitBinEdge(i + 1) : lo;
        return lo + ((rank - cumulative) / c) * (hi - lo);
      }
      cumulative += c;
    }
  }
  return null;
}

export const DEFAULT_RUNS = 10_000;

/**
 * Departure times of the people enrolled. In general a binary min-heap; with fixed stays people
 * leave in the order they were enrolled (after those enrolled at time 0, whose remaining stays are
 * all shorter than L), so a ring buffer in time order does the same in constant time.
 */
class Departures {
  data: Float64Array;
  size = 0;
  head = 0;
  readonly ordered: boolean;

  constructor(maxSize: number, ordered: boolean) {
    this.data = new Float64Array(Math.max(1, maxSize));
    this.ordered = ordered;
  }

  /** Starts a run with the given departure times (any order). */
  reset(times: Float64Array, n: number): void {
    this.size = 0;
    this.head = 0;
    if (this.ordered) {
      this.data.set(times.subarray(0, n));
      this.data.subarray(0, n).sort();
      this.size = n;
    } else {
      for (let i = 0; i < n; i++) this.push(times[i]!);
    }
  }

  /** The earliest departure (the container must not be empty). */
  peek(): number {
    return this.data[this.ordered ? this.head : 0]!;
  }

  push(value: number): void {
    const d = this.data;
    if (this.ordered) {
      let i = this.head + this.size;
      if (i >= d.length) i -= d.length;
      d[i] = value;
      this.size++;
      return;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = d[parent]!;
      if (p <= value) break;
      d[i] = p;
      i = parent;
    }
    d[i] = value;
  }

  /** Removes the earliest departure (the container must not be empty). */
  pop(): void {
    if (this.ordered) {
      this.head++;
      if (this.head === this.data.length) this.head = 0;
      this.size--;
      return;
    }
    const d = this.data;
    const n = --this.size;
    if (n === 0) return;
    const last = d[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && d[r]! < d[l]! ? r : l;
      const c = d[child]!;
      if (c >= last) break;
      d[i] = c;
      i = child;
    }
    d[i] = last;
  }
}

/**
 * A Poisson(λ) count by inversion (expMinusLambda = e^−λ). Inputs keep λ ≤ 200, so e^−λ stays a
 * normal double and the walk takes about λ steps.
 */
function poisson(rng: RandomGenerator, expMinusLambda: number, lambda: number): number {
  const u = uniformOpen(rng);
  let k = 0;
  let p = expMinusLambda;
  let cumulative = p;
  while (u > cumulative && p > 0) {
    k++;
    p = (p * lambda) / k;
    cumulative += p;
  }
  return k;
}

/** Sorts the first n values in place: insertion sort for the few referrals of a typical month. */
function sortAscending(a: Float64Array, n: number): void {
  if (n > 32) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

export function simulate(input: SimulationInput): SimulationResult {
  const { months, stayMonths: L, runs, seed } = input;
  const H = months.length;
  const E = input.initialEnrolled;
  const Q0 = input.initialQueue;
  const sampler = createStaySampler(input.stay, L);
  const lambdas = Float64Array.from(months, (m) => m.arrivals);
  const caps = Int32Array.from(months, (m) => m.capacity);
  const lastCap = H > 0 ? caps[H - 1]! : 0;

  let maxCapacity = 0;
  for (const m of months) maxCapacity = Math.max(maxCapacity, m.capacity);
  // Nobody is enrolled beyond the largest capacity, except those enrolled at time 0.
  const enrolledBound = Math.max(E, maxCapacity);
  const enrolledWidth = enrolledBound + 1;
  const enrolledHist = new Int32Array(H * enrolledWidth);
  const queueHist: Int32Array[] = Array.from({ length: H }, () => new Int32Array(16));
  const enrolledSum = new Float64Array(H);
  const enrolledSq = new Float64Array(H);
  const queueSum = new Float64Array(H);
  const queueSq = new Float64Array(H);
  const queueRuns = new Float64Array(H);
  const waitSum = new Float64Array(H);
  const waitCount = new Float64Array(H);
  const waitUnbounded = new Uint8Array(H);
  const referralCount = new Float64Array(H);
  const waitedCount = new Float64Array(H);
  const fullRuns = new Float64Array(H);
  // Wait distribution: waits over the threshold, waits recorded (> 0) and their histogram per month,
  // and per run the month's referrals, those who waited, over the threshold and the wait sum, for
  // the standard errors of the ratios (sums of squares and cross products over runs).
  const thresholdMonths = (input.waitThresholdWeeks ?? 2) / WEEKS_PER_MONTH;
  const overCount = new Float64Array(H);
  const positiveCount = new Float64Array(H);
  const waitBins: (Int32Array | undefined)[] = new Array(H);
  const runReferred = new Float64Array(H);
  const runWaited = new Float64Array(H);
  const runOver = new Float64Array(H);
  const runWaitSum = new Float64Array(H);
  const ratioSums = Array.from({ length: 7 }, () => new Float64Array(H)); // n², waited², waited·n, over², over·n, wait², wait·n
  const recordWait = (referred: number, months: number) => {
    runWaitSum[referred] = runWaitSum[referred]! + months;
    if (months > thresholdMonths) {
      overCount[referred] = overCount[referred]! + 1;
      runOver[referred] = runOver[referred]! + 1;
    }
    if (months > 0) {
      positiveCount[referred] = positiveCount[referred]! + 1;
      let bins = waitBins[referred];
      if (!bins) {
        bins = new Int32Array(WAIT_BINS);
        waitBins[referred] = bins;
      }
      bins[waitBin(months * WEEKS_PER_MONTH)]!++;
    }
  };

  const departures = new Departures(enrolledBound, input.stay.kind === 'fixed');
  const initialStays = new Float64Array(Math.max(1, E));
  // The waiting list: time and month of referral (−1 for those waiting at time 0), first in first out.
  let waitTimes = new Float64Array(256);
  let waitMonths = new Int32Array(256);
  // With abandonment: when each one on the list would leave, whether they have left, and a min-heap
  // of list places by that time (places already enrolled or gone are skipped when they surface).
  const theta = input.abandonment ?? 0;
  const abandons = theta > 0;
  let leaveAt = new Float64Array(abandons ? 256 : 0);
  let gone = new Uint8Array(abandons ? 256 : 0);
  let heap = new Int32Array(abandons ? 256 : 0);
  let heapSize = 0;
  let waiting = 0;
  let usedPlaces = 0;
  const heapPush = (place: number) => {
    if (heapSize === heap.length) {
      const grown = new Int32Array(heap.length * 2);
      grown.set(heap);
      heap = grown;
    }
    const key = leaveAt[place]!;
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (leaveAt[heap[parent]!]! <= key) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = place;
  };
  const heapPop = () => {
    const n = --heapSize;
    if (n === 0) return;
    const last = heap[n]!;
    const key = leaveAt[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && leaveAt[heap[r]!]! < leaveAt[heap[l]!]! ? r : l;
      if (leaveAt[heap[child]!]! >= key) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  };
  /** The earliest time someone still on the list leaves it (Infinity when nobody will). */
  const nextLeave = (head: number): number => {
    while (heapSize > 0 && (heap[0]! < head || gone[heap[0]!])) heapPop();
    return heapSize > 0 ? leaveAt[heap[0]!]! : Infinity;
  };
  /** Place `place` joins the list at time t: with abandonment, its patience is drawn. */
  const joinList = (rng: RandomGenerator, place: number, t: number) => {
    waiting++;
    if (!abandons) return;
    if (place >= leaveAt.length) {
      const l = new Float64Array(leaveAt.length * 2 > place ? leaveAt.length * 2 : place * 2);
      l.set(leaveAt);
      leaveAt = l;
      const g = new Uint8Array(l.length);
      g.set(gone);
      gone = g;
    }
    leaveAt[place] = t - Math.log(uniformOpen(rng)) / theta;
    gone[place] = 0;
    if (place >= usedPlaces) usedPlaces = place + 1;
    heapPush(place);
  };
  const expMinus = Float64Array.from(months, (m) => Math.exp(-m.arrivals));
  let arrivalTimes = new Float64Array(64);
  const base = xoroshiro128plus(seed);

  for (let run = 0; run < runs; run++) {
    const rng: RandomGenerator = base.clone();
    base.jump();
    sampler.reset();
    runReferred.fill(0);
    runWaited.fill(0);
    runOver.fill(0);
    runWaitSum.fill(0);
    let head = 0;
    let tail = 0;
    waiting = 0;
    heapSize = 0;
    if (abandons) gone.fill(0, 0, usedPlaces);
    /** Moves the head past those who have left the list. */
    const skipGone = () => {
      if (abandons) while (head < tail && gone[head]) head++;
    };
    /** The first on the list leaves it at time t without being enrolled. */
    const leave = (t: number) => {
      const place = heap[0]!;
      heapPop();
      gone[place] = 1;
      waiting--;
      const referred = waitMonths[place]!;
      if (referred >= 0) {
        waitSum[referred] = waitSum[referred]! + (t - waitTimes[place]!);
        waitCount[referred] = waitCount[referred]! + 1;
        // The time on the list of one who leaves counts as that person's wait, as in the mean.
        recordWait(referred, t - waitTimes[place]!);
      }
    };
    for (let i = 0; i < E; i++) initialStays[i] = sampler.remaining(rng);
    departures.reset(initialStays, E);
    if (Q0 > waitTimes.length) {
      waitTimes = new Float64Array(Q0 * 2);
      waitMonths = new Int32Array(Q0 * 2);
    }
    for (; tail < Q0; tail++) {
      waitTimes[tail] = 0;
      waitMonths[tail] = -1;
      joinList(rng, tail, 0);
    }

    for (let m = 0; m < H; m++) {
      const lambda = lambdas[m]!;
      const cap = caps[m]!;
      const monthEnd = m + 1;
      // New slots at the start of the month go to those waiting.
      skipGone();
      while (departures.size < cap && waiting > 0) {
        const referred = waitMonths[head]!;
        if (referred >= 0) {
          waitSum[referred] = waitSum[referred]! + (m - waitTimes[head]!);
          waitCount[referred] = waitCount[referred]! + 1;
          recordWait(referred, m - waitTimes[head]!);
        }
        head++;
        waiting--;
        skipGone();
        departures.push(m + sampler.next(rng));
      }
      // Referrals this month: a Poisson number of them at independent uniform times.
      const count = lambda > 0 ? poisson(rng, expMinus[m]!, lambda) : 0;
      referralCount[m] = referralCount[m]! + count;
      runReferred[m] = count;
      if (count > arrivalTimes.length) arrivalTimes = new Float64Array(count * 2);
      for (let i = 0; i < count; i++) arrivalTimes[i] = m + uniformOpen(rng);
      sortAscending(arrivalTimes, count);
      let next = 0;
      for (;;) {
        const nextArrival = next < count ? arrivalTimes[next]! : Infinity;
        const nextDeparture = departures.size > 0 ? departures.peek() : Infinity;
        const leaving = abandons ? nextLeave(head) : Infinity;
        if (leaving < monthEnd && leaving < nextArrival && leaving < nextDeparture) {
          leave(leaving);
          skipGone();
        } else if (nextArrival <= nextDeparture && next < count) {
          const t = nextArrival;
          next++;
          if (waiting === 0 && departures.size < cap) {
            departures.push(t + sampler.next(rng));
            waitCount[m] = waitCount[m]! + 1;
          } else {
            if (tail === waitTimes.length) {
              const times = new Float64Array(tail * 2);
              times.set(waitTimes);
              waitTimes = times;
              const ms = new Int32Array(tail * 2);
              ms.set(waitMonths);
              waitMonths = ms;
            }
            waitTimes[tail] = t;
            waitMonths[tail] = m;
            joinList(rng, tail, t);
            tail++;
            waitedCount[m] = waitedCount[m]! + 1;
            runWaited[m] = runWaited[m]! + 1;
          }
        } else if (nextDeparture < monthEnd) {
          departures.pop();
          if (departures.size < cap && waiting > 0) {
            const referred = waitMonths[head]!;
            if (referred >= 0) {
              waitSum[referred] = waitSum[referred]! + (nextDeparture - waitTimes[head]!);
              waitCount[referred] = waitCount[referred]! + 1;
              recordWait(referred, nextDeparture - waitTimes[head]!);
            }
            head++;
            waiting--;
            skipGone();
            departures.push(nextDeparture + sampler.next(rng));
          }
        } else {
          break;
        }
      }
      // Month-end state.
      const q = waiting;
      const size = departures.size;
      enrolledHist[m * enrolledWidth + size]!++;
      let qh = queueHist[m]!;
      if (q >= qh.length) {
        let len = qh.length;
        while (len <= q) len *= 2;
        const grown = new Int32Array(len);
        grown.set(qh);
        qh = grown;
        queueHist[m] = qh;
      }
      qh[q]!++;
      enrolledSum[m] = enrolledSum[m]! + size;
      enrolledSq[m] = enrolledSq[m]! + size * size;
      queueSum[m] = queueSum[m]! + q;
      queueSq[m] = queueSq[m]! + q * q;
      if (q > 0) queueRuns[m] = queueRuns[m]! + 1;
      if (size >= cap) fullRuns[m] = fullRuns[m]! + 1;
    }

    // Past the horizon: no new referrals and the last month's slots, until the list is empty.
    if (abandons) {
      // Departures free slots, and people leave the list, until nobody is on it.
      let t = H;
      for (;;) {
        skipGone();
        if (waiting === 0) break;
        if (departures.size < lastCap) {
          const referred = waitMonths[head]!;
          if (referred >= 0) {
            waitSum[referred] = waitSum[referred]! + (t - waitTimes[head]!);
            waitCount[referred] = waitCount[referred]! + 1;
            recordWait(referred, t - waitTimes[head]!);
          }
          head++;
          waiting--;
          departures.push(t + sampler.next(rng));
          continue;
        }
        const nextDeparture = departures.size > 0 ? departures.peek() : Infinity;
        const leaving = nextLeave(head);
        if (leaving < nextDeparture) {
          t = leaving;
          leave(leaving);
        } else {
          t = nextDeparture;
          departures.pop();
        }
      }
    }
    if (!abandons && head < tail && lastCap === 0) {
      for (; head < tail; head++) {
        const referred = waitMonths[head]!;
        if (referred >= 0) {
          waitUnbounded[referred] = 1;
          overCount[referred] = overCount[referred]! + 1;
          runOver[referred] = runOver[referred]! + 1;
        }
      }
    }
    let t = H;
    while (head < tail) {
      if (departures.size >= lastCap) {
        t = departures.peek();
        departures.pop();
        if (departures.size >= lastCap) continue;
      }
      const referred = waitMonths[head]!;
      if (referred >= 0) {
        waitSum[referred] = waitSum[referred]! + (t - waitTimes[head]!);
        waitCount[referred] = waitCount[referred]! + 1;
        recordWait(referred, t - waitTimes[head]!);
      }
      head++;
      departures.push(t + sampler.next(rng));
    }
    for (let m = 0; m < H; m++) {
      const n = runReferred[m]!;
      if (n === 0) continue;
      const [nn, ww, wn, oo, on, ss, sn] = ratioSums as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
      const w = runWaited[m]!;
      const o = runOver[m]!;
      const sum = runWaitSum[m]!;
      nn[m] = nn[m]! + n * n;
      ww[m] = ww[m]! + w * w;
      wn[m] = wn[m]! + w * n;
      oo[m] = oo[m]! + o * o;
      on[m] = on[m]! + o * n;
      ss[m] = ss[m]! + sum * sum;
      sn[m] = sn[m]! + sum * n;
    }
  }

  const out: ForecastMonth[] = [];
  const errors: MonthStandardErrors[] = [];
  const waits: MonthWait[] = [];
  // Standard error of a ratio estimate R = Σy/Σn over runs (delta method):
  // SE² = Σ(y − R·n)² / (runs·(runs − 1)·n̄²).
  const ratioSe = (ratio: number, n: number, yy: number, yn: number, nn: number) => {
    const meanN = n / runs;
    if (meanN === 0) return null;
    const ss = Math.max(0, yy - 2 * ratio * yn + ratio * ratio * nn);
    return Math.sqrt(ss / (runs * Math.max(1, runs - 1))) / meanN;
  };
  for (let m = 0; m < H; m++) {
    const { arrivals, capacity } = months[m]!;
    const eh = enrolledHist.subarray(m * enrolledWidth, (m + 1) * enrolledWidth);
    const qh = queueHist[m]!;
    const e = (p: number) => percentile(eh, 0, eh.length, runs, p);
    const q = (p: number) => percentile(qh, 0, qh.length, runs, p);
    const enrolledMean = enrolledSum[m]! / runs;
    const queueMean = queueSum[m]! / runs;
    const probabilityOfQueue = queueRuns[m]! / runs;
    const count = waitCount[m]!;
    out.push({
      month: m + 1,
      capacity,
      arrivals,
      enrolledMean,
      enrolledP10: e(0.1),
      enrolledP50: e(0.5),
      enrolledP90: e(0.9),
      queueMean,
      queueP10: q(0.1),
      queueP50: q(0.5),
      queueP90: q(0.9),
      probabilityOfQueue,
      probabilityOfWaiting: referralCount[m]! > 0 ? waitedCount[m]! / referralCount[m]! : fullRuns[m]! / runs,
      expectedWaitWeeks: waitUnbounded[m] || count === 0 ? null : (waitSum[m]! / count) * WEEKS_PER_MONTH,
    });
    const se = (sum: number, sq: number) => Math.sqrt(Math.max(0, sq / runs - (sum / runs) ** 2) / Math.max(1, runs - 1));
    errors.push({
      enrolledMean: se(enrolledSum[m]!, enrolledSq[m]!),
      queueMean: se(queueSum[m]!, queueSq[m]!),
      probabilityOfQueue: Math.sqrt((probabilityOfQueue * (1 - probabilityOfQueue)) / Math.max(1, runs - 1)),
      ...(() => {
        const n = referralCount[m]!;
        if (n === 0) return { probabilityOfWaiting: null, expectedWaitWeeks: null, probabilityOfWaitOver: null };
        const [nn, ww, wn, oo, on, ss, sn] = ratioSums as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
        const meanWait = waitSum[m]! / n;
        const waitSe = ratioSe(meanWait, n, ss[m]!, sn[m]!, nn[m]!);
        return {
          probabilityOfWaiting: ratioSe(waitedCount[m]! / n, n, ww[m]!, wn[m]!, nn[m]!),
          expectedWaitWeeks: waitUnbounded[m] || waitSe === null ? null : waitSe * WEEKS_PER_MONTH,
          probabilityOfWaitOver: ratioSe(overCount[m]! / n, n, oo[m]!, on[m]!, nn[m]!),
        };
      })(),
    });
    const referrals = referralCount[m]!;
    const zero = waitCount[m]! - positiveCount[m]!;
    waits.push({
      month: m + 1,
      thresholdWeeks: input.waitThresholdWeeks ?? 2,
      probabilityOfWaitOver: referrals > 0 ? overCount[m]! / referrals : null,
      p50Weeks: referrals > 0 ? waitHistogramPercentile(zero, waitBins[m], referrals, 0.5) : null,
      p90Weeks: referrals > 0 ? waitHistogramPercentile(zero, waitBins[m], referrals, 0.9) : null,
    });
  }
  return { months: out, standardErrors: errors, waits, runs, seed };
}

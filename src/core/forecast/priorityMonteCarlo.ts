// The simulation with urgent referrals, for any stay distribution: each referral is urgent with
// probability p (independently), a free slot goes to the first urgent referral waiting and only
// then to the first ordinary one, and nobody enrolled is displaced (non-preemptive). The rest is as
// in monteCarlo.ts: Poisson referrals at uniform times within each month, the month's slots from its
// start, people waiting taking new slots at once, nobody discharged at a cut. Those waiting at time
// 0 count as ordinary, as in the exact chain.
//
// Abandonment (θ): everyone waiting has an exponential patience. By the memoryless property the
// next departure from the list is an exponential with rate θ times the number waiting, and the one
// leaving is any of them with equal probability; that is drawn after each event.
//
// Waits are followed to their end: past the horizon the last month's slots hold and the urgent
// referrals keep coming at the last month's rate (they go ahead of every ordinary referral still
// waiting, as in the exact chain's wait); ordinary referrals after the horizon queue behind and
// change no one's wait, so they are left out. When the waits of some referrals have no end (no
// slots or urgent referrals that alone fill them, without abandonment), their month's mean wait
// is null.
//
// Per class and month: the mean queue at the month's end, the share of the month's referrals that
// had to wait, their mean wait and the share that waited longer than T, with standard errors of
// ratio estimates over runs (delta method), from which the 95 % confidence intervals follow.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { createStaySampler, uniformOpen, type StayDistribution } from './stayDistributions.ts';
import { WEEKS_PER_MONTH, type MonthInput } from './types.ts';

export interface PrioritySimulationInput {
  months: readonly MonthInput[];
  stayMonths: number;
  stay: StayDistribution;
  share: number;
  initialEnrolled: number;
  initialQueue: number;
  runs: number;
  seed: number;
  abandonment?: number;
  waitThresholdWeeks?: number;
}

/** An estimate and its standard error (null when there is none). */
export interface Estimate {
  value: number | null;
  standardError: number | null;
}

export interface PrioritySimulatedClassMonth {
  queueMean: Estimate;
  /** The share of runs with at least one of the class waiting at the month's end. */
  probabilityOfQueue: Estimate;
  probabilityOfWaiting: Estimate;
  expectedWaitWeeks: Estimate;
  probabilityOfWaitOver: Estimate;
  /** Referrals of the class in the month over all runs. */
  referrals: number;
}

export interface PrioritySimulatedMonth {
  month: number;
  capacity: number;
  arrivals: number;
  thresholdWeeks: number;
  enrolledMean: number;
  queueMean: number;
  urgent: PrioritySimulatedClassMonth;
  ordinary: PrioritySimulatedClassMonth;
}

export interface PrioritySimulationResult {
  months: PrioritySimulatedMonth[];
  runs: number;
  seed: number;
}

/** Min-heap of departure times. */
class TimeHeap {
  data = new Float64Array(64);
  size = 0;
  clear(): void {
    this.size = 0;
  }
  peek(): number {
    return this.size > 0 ? this.data[0]! : Infinity;
  }
  push(v: number): void {
    if (this.size === this.data.length) {
      const d = new Float64Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    const d = this.data;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (d[parent]! <= v) break;
      d[i] = d[parent]!;
      i = parent;
    }
    d[i] = v;
  }
  pop(): void {
    const d = this.data;
    const n = --this.size;
    if (n <= 0) return;
    const last = d[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && d[r]! < d[l]! ? r : l;
      if (d[child]! >= last) break;
      d[i] = d[child]!;
      i = child;
    }
    d[i] = last;
  }
}

/** A first-in-first-out list of (time of referral, month of referral; −1 for those waiting at time 0). */
class Line {
  times: number[] = [];
  months: number[] = [];
  head = 0;
  get length(): number {
    return this.times.length - this.head;
  }
  clear(): void {
    this.times.length = 0;
    this.months.length = 0;
    this.head = 0;
  }
  push(t: number, m: number): void {
    this.times.push(t);
    this.months.push(m);
  }
  /** Removes the first; returns its index in the arrays. */
  shift(): number {
    return this.head++;
  }
  /** Removes the i-th waiting (0 = first); returns its referral time and month. */
  removeAt(i: number): [number, number] {
    const j = this.head + i;
    const t = this.times[j]!;
    const m = this.months[j]!;
    this.times.splice(j, 1);
    this.months.splice(j, 1);
    return [t, m];
  }
}

function poissonCount(rng: RandomGenerator, lambda: number): number {
  // Inversion from 0 for small rates, a normal start otherwise would be needed beyond ~700.
  const u = uniformOpen(rng);
  let k = 0;
  let p = Math.exp(-lambda);
  let cumulative = p;
  while (u > cumulative && p > 0) {
    k++;
    p = (p * lambda) / k;
    cumulative += p;
  }
  return k;
}

type ClassIndex = 0 | 1;
const URGENT: ClassIndex = 0;
const ORDINARY: ClassIndex = 1;
const CLASSES: readonly ClassIndex[] = [URGENT, ORDINARY];

export function simulatePriority(input: PrioritySimulationInput): PrioritySimulationResult {
  const { months, stayMonths: L, runs, seed, share: p } = input;
  if (!(p >= 0 && p < 1)) throw new RangeError(`share must be in [0, 1), got ${p}`);
  const H = months.length;
  const theta = input.abandonment ?? 0;
  const thresholdWeeks = input.waitThresholdWeeks ?? 2;
  const thresholdMonths = thresholdWeeks / WEEKS_PER_MONTH;
  const sampler = createStaySampler(input.stay, L);
  const lastCap = H > 0 ? months[H - 1]!.capacity : 0;
  const lastUrgentRate = H > 0 ? p * months[H - 1]!.arrivals : 0;
  // Without abandonment the ordinary waits past the horizon end only if the urgent referrals leave
  // room: their load below the slots (the stays' mean L whatever the distribution).
  const ordinaryEnds = theta > 0 || lastUrgentRate * L < lastCap;
  const urgentEnds = theta > 0 || lastCap > 0;

  // Per class c and month m: sums over runs, and per run for the ratio standard errors.
  const zeros = () => [new Float64Array(H), new Float64Array(H)] as const;
  const queueSum = zeros();
  const queueSq = zeros();
  const queueRuns = zeros();
  const referred = zeros();
  const waited = zeros();
  const waitSum = zeros();
  const over = zeros();
  const unbounded = [new Uint8Array(H), new Uint8Array(H)] as const;
  const runN = zeros();
  const runW = zeros();
  const runS = zeros();
  const runO = zeros();
  // Σn², Σw², Σwn, Σs², Σsn, Σo², Σon per class.
  const cross = [Array.from({ length: 7 }, () => new Float64Array(H)), Array.from({ length: 7 }, () => new Float64Array(H))] as const;
  const enrolledSum = new Float64Array(H);

  const departures = new TimeHeap();
  const lines = [new Line(), new Line()] as const;
  const base = xoroshiro128plus(seed);
  let arrivalTimes = new Float64Array(64);
  let arrivalUrgent = new Uint8Array(64);

  for (let run = 0; run < runs; run++) {
    const rng: RandomGenerator = base.clone();
    base.jump();
    sampler.reset();
    departures.clear();
    lines[URGENT].clear();
    lines[ORDINARY].clear();
    for (const c of CLASSES) {
      runN[c].fill(0);
      runW[c].fill(0);
      runS[c].fill(0);
      runO[c].fill(0);
    }
    for (let i = 0; i < input.initialEnrolled; i++) departures.push(sampler.remaining(rng));
    for (let i = 0; i < input.initialQueue; i++) lines[ORDINARY].push(0, -1);

    const finish = (c: ClassIndex, index: number, t: number) => {
      const line = lines[c];
      const m = line.months[index]!;
      if (m < 0) return;
      const w = t - line.times[index]!;
      waitSum[c][m]! += w;
      runS[c][m]! += w;
      if (w > thresholdMonths) {
        over[c][m]! += 1;
        runO[c][m]! += 1;
      }
    };
    const finishRemoved = (c: ClassIndex, rt: number, m: number, t: number) => {
      if (m < 0) return;
      const w = t - rt;
      waitSum[c][m]! += w;
      runS[c][m]! += w;
      if (w > thresholdMonths) {
        over[c][m]! += 1;
        runO[c][m]! += 1;
      }
    };
    /** Free slots go to the first urgent, then the first ordinary. */
    const fill = (t: number, cap: number) => {
      while (departures.size < cap && lines[URGENT].length + lines[ORDINARY].length > 0) {
        const c: ClassIndex = lines[URGENT].length > 0 ? URGENT : ORDINARY;
        finish(c, lines[c].shift(), t);
        departures.push(t + sampler.next(rng));
      }
    };
    /** One of those waiting leaves the list at time t, each as likely. */
    const abandon = (t: number) => {
      const nu = lines[URGENT].length;
      const i = Math.min(nu + lines[ORDINARY].length - 1, Math.floor(uniformOpen(rng) * (nu + lines[ORDINARY].length)));
      const c: ClassIndex = i < nu ? URGENT : ORDINARY;
      const [rt, m] = lines[c].removeAt(c === URGENT ? i : i - nu);
      finishRemoved(c, rt, m, t);
    };

    let t = 0;
    for (let m = 0; m < H; m++) {
      const { arrivals: lambda, capacity: cap } = months[m]!;
      const monthEnd = m + 1;
      t = m;
      fill(t, cap);
      const count = lambda > 0 ? poissonCount(rng, lambda) : 0;
      if (count > arrivalTimes.length) {
        arrivalTimes = new Float64Array(count * 2);
        arrivalUrgent = new Uint8Array(count * 2);
      }
      for (let i = 0; i < count; i++) arrivalTimes[i] = m + uniformOpen(rng);
      arrivalTimes.subarray(0, count).sort();
      for (let i = 0; i < count; i++) arrivalUrgent[i] = p > 0 && uniformOpen(rng) < p ? 1 : 0;
      let next = 0;
      for (;;) {
        const waiting = lines[URGENT].length + lines[ORDINARY].length;
        const leaving = theta > 0 && waiting > 0 ? t - Math.log(uniformOpen(rng)) / (theta * waiting) : Infinity;
        const arrival = next < count ? arrivalTimes[next]! : Infinity;
        const departure = departures.peek();
        const first = Math.min(leaving, arrival, departure);
        if (first >= monthEnd) break;
        t = first;
        if (first === arrival) {
          const c: ClassIndex = arrivalUrgent[next]! ? URGENT : ORDINARY;
          next++;
          referred[c][m]! += 1;
          runN[c][m]! += 1;
          if (waiting === 0 && departures.size < cap) {
            departures.push(t + sampler.next(rng));
          } else {
            waited[c][m]! += 1;
            runW[c][m]! += 1;
            lines[c].push(t, m);
          }
        } else if (first === departure) {
          departures.pop();
          fill(t, cap);
        } else {
          abandon(t);
        }
      }
      t = monthEnd;
      enrolledSum[m]! += departures.size;
      for (const c of CLASSES) {
        const q = lines[c].length;
        queueSum[c][m]! += q;
        queueSq[c][m]! += q * q;
        if (q > 0) queueRuns[c][m]! += 1;
      }
    }

    // Past the horizon: the last month's slots, urgent referrals at its rate (not counted), until
    // everyone referred within the horizon has been enrolled or has left the list.
    const pending = () => {
      let n = 0;
      for (const c of CLASSES) {
        const line = lines[c];
        for (let i = line.head; i < line.times.length; i++) if (line.months[i]! >= 0) n++;
      }
      return n;
    };
    const ends = (c: ClassIndex) => (c === URGENT ? urgentEnds : ordinaryEnds && urgentEnds);
    for (const c of CLASSES) {
      if (ends(c)) continue;
      const line = lines[c];
      for (let i = line.head; i < line.times.length; i++) {
        const m = line.months[i]!;
        if (m < 0) continue;
        unbounded[c][m] = 1;
        over[c][m]! += 1;
        runO[c][m]! += 1;
      }
      line.clear();
    }
    t = H;
    fill(t, lastCap);
    while (pending() > 0) {
      const waiting = lines[URGENT].length + lines[ORDINARY].length;
      const leaving = theta > 0 && waiting > 0 ? t - Math.log(uniformOpen(rng)) / (theta * waiting) : Infinity;
      const arrival = lastUrgentRate > 0 ? t - Math.log(uniformOpen(rng)) / lastUrgentRate : Infinity;
      const departure = departures.peek();
      const first = Math.min(leaving, arrival, departure);
      if (first === Infinity) break;
      t = first;
      if (first === arrival) {
        if (waiting === 0 && departures.size < lastCap) departures.push(t + sampler.next(rng));
        else lines[URGENT].push(t, -1);
      } else if (first === departure) {
        departures.pop();
        fill(t, lastCap);
      } else {
        abandon(t);
      }
    }

    for (const c of CLASSES) {
      const [nn, ww, wn, ss, sn, oo, on] = cross[c];
      for (let m = 0; m < H; m++) {
        const n = runN[c][m]!;
        if (n === 0) continue;
        const w = runW[c][m]!;
        const s = runS[c][m]!;
        const o = runO[c][m]!;
        nn![m]! += n * n;
        ww![m]! += w * w;
        wn![m]! += w * n;
        ss![m]! += s * s;
        sn![m]! += s * n;
        oo![m]! += o * o;
        on![m]! += o * n;
      }
    }
  }

  const ratioSe = (ratio: number, n: number, yy: number, yn: number, nn: number) => {
    const meanN = n / runs;
    if (meanN === 0) return null;
    const s = Math.max(0, yy - 2 * ratio * yn + ratio * ratio * nn);
    return Math.sqrt(s / (runs * Math.max(1, runs - 1))) / meanN;
  };
  const classMonth = (c: ClassIndex, m: number): PrioritySimulatedClassMonth => {
    const [nn, ww, wn, ss, sn, oo, on] = cross[c];
    const n = referred[c][m]!;
    const qMean = queueSum[c][m]! / runs;
    const qSe = Math.sqrt(Math.max(0, queueSq[c][m]! / runs - qMean * qMean) / Math.max(1, runs - 1));
    const pq = queueRuns[c][m]! / runs;
    const probabilityOfQueue = { value: pq, standardError: Math.sqrt((pq * (1 - pq)) / Math.max(1, runs - 1)) };
    if (n === 0) {
      const none = { value: null, standardError: null };
      return {
        queueMean: { value: qMean, standardError: qSe },
        probabilityOfQueue,
        probabilityOfWaiting: none,
        expectedWaitWeeks: none,
        probabilityOfWaitOver: none,
        referrals: 0,
      };
    }
    const pw = waited[c][m]! / n;
    const meanWait = waitSum[c][m]! / n;
    const po = over[c][m]! / n;
    const waitSe = ratioSe(meanWait, n, ss![m]!, sn![m]!, nn![m]!);
    return {
      queueMean: { value: qMean, standardError: qSe },
      probabilityOfQueue,
      probabilityOfWaiting: { value: pw, standardError: ratioSe(pw, n, ww![m]!, wn![m]!, nn![m]!) },
      expectedWaitWeeks: unbounded[c][m]
        ? { value: null, standardError: null }
        : { value: meanWait * WEEKS_PER_MONTH, standardError: waitSe === null ? null : waitSe * WEEKS_PER_MONTH },
      probabilityOfWaitOver: { value: po, standardError: ratioSe(po, n, oo![m]!, on![m]!, nn![m]!) },
      referrals: n,
    };
  };
  const out: PrioritySimulatedMonth[] = [];
  for (let m = 0; m < H; m++) {
    const urgent = classMonth(URGENT, m);
    const ordinary = classMonth(ORDINARY, m);
    out.push({
      month: m + 1,
      capacity: months[m]!.capacity,
      arrivals: months[m]!.arrivals,
      thresholdWeeks,
      enrolledMean: enrolledSum[m]! / runs,
      queueMean: (urgent.queueMean.value ?? 0) + (ordinary.queueMean.value ?? 0),
      urgent,
      ordinary,
    });
  }
  return { months: out, runs, seed };
}

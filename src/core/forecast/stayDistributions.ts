// Length of stay for the simulation. All distributions have mean L months.
// - exponential: memoryless, as in the exact chain (for checking the simulation against it);
// - fixed: every stay is exactly L;
// - lognormal: spread given as the coefficient of variation cv = standard deviation / mean, so
//   σ² = ln(1 + cv²) and μ = ln L − σ²/2 for the underlying normal distribution;
// - empirical: the shape of the unit's own history, given as counts c_i of discharges after a stay
//   in band i, [a_i, b_i] months (aggregate counts, no personal data). The model is a mixture of
//   uniform distributions, band i with weight w_i = c_i / Σc. Its moments are
//     E[X] = M = Σ w_i (a_i + b_i)/2,   E[X²] = Σ w_i (a_i² + a_i b_i + b_i²)/3,
//     Var X = Σ w_i ((b_i − a_i)²/12 + ((a_i + b_i)/2 − M)²),
//   and the history gives the shape only: every draw is multiplied by k = L / M, so the mean is the
//   forecast's L (the user's L still governs, and the Erlang comparison stays meaningful) and the
//   coefficient of variation, being scale-free, is that of the history. A new stay picks band i by
//   inverse CDF over the cumulative counts (one uniform), then a point uniform in the band.
// People already enrolled at time 0 are taken to be at a random point of their stay: their
// remaining stay is U·S with U uniform on (0, 1) and S drawn from the length-biased distribution
// (the equilibrium residual time), density x·f(x)/E[X]; so E[U·S] = E[X²]/(2E[X]). For exponential
// stays that is again exponential with mean L; for fixed stays it is uniform on (0, L); for the
// lognormal, S is lognormal with μ + σ². For the empirical mixture, length bias gives band i the
// weight ∝ c_i (a_i + b_i)/2 (count times band mean) and, within the band, the density ∝ x on
// [a_i, b_i], whose CDF (x² − a²)/(b² − a²) inverts exactly to x = √(a² + u (b² − a²)).
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export type StayDistribution =
  | { kind: 'exponential' }
  | { kind: 'fixed' }
  | { kind: 'lognormal'; cv: number }
  | { kind: 'empirical'; bands: readonly StayBandCount[] };

/** Discharges after a stay of fromMonths–toMonths (months), from the unit's history. */
export interface StayBandCount {
  fromMonths: number;
  toMonths: number;
  count: number;
}

function totalCount(bands: readonly StayBandCount[]): number {
  let total = 0;
  for (const b of bands) total += b.count;
  if (!(total > 0)) throw new RangeError('An empirical stay distribution needs at least one discharge');
  return total;
}

/** The mean of the history's mixture of uniform bands in months, before scaling to L: Σ w_i (a_i + b_i)/2. */
export function empiricalMeanMonths(bands: readonly StayBandCount[]): number {
  const total = totalCount(bands);
  let sum = 0;
  for (const b of bands) sum += b.count * (b.fromMonths + b.toMonths);
  return sum / (2 * total);
}

/**
 * The coefficient of variation of the history's mixture (scale-free, so also of the scaled stays):
 * the variance as Σ w_i ((b_i − a_i)²/12 + (m_i − M)²), which cannot come out below zero.
 */
function empiricalCoefficientOfVariation(bands: readonly StayBandCount[]): number {
  const total = totalCount(bands);
  const mean = empiricalMeanMonths(bands);
  let variance = 0;
  for (const b of bands) {
    const width = b.toMonths - b.fromMonths;
    const deviation = (b.fromMonths + b.toMonths) / 2 - mean;
    variance += (b.count / total) * ((width * width) / 12 + deviation * deviation);
  }
  return Math.sqrt(variance) / mean;
}

/** The coefficient of variation of a stay distribution. */
export function stayCoefficientOfVariation(stay: StayDistribution): number {
  if (stay.kind === 'exponential') return 1;
  if (stay.kind === 'fixed') return 0;
  if (stay.kind === 'empirical') return empiricalCoefficientOfVariation(stay.bands);
  return stay.cv;
}

export interface StaySampler {
  /** A new stay in months. */
  next(rng: RandomGenerator): number;
  /** The remaining stay of someone already enrolled at time 0. */
  remaining(rng: RandomGenerator): number;
  /** Forgets state kept between draws (a cached normal deviate); call at the start of each run. */
  reset(): void;
}

/**
 * A uniform number strictly inside (0, 1) from one 32-bit draw: (k + ½)/2³², safe for logarithms.
 * 32 bits are plenty here (the smallest value gives an exponential of 22,9 means) and half the cost
 * of a 53-bit draw, which matters in the simulation's inner loop.
 */
export function uniformOpen(rng: RandomGenerator): number {
  return ((rng.next() >>> 0) + 0.5) * 2.3283064365386963e-10;
}

export function createStaySampler(stay: StayDistribution, meanMonths: number): StaySampler {
  const L = meanMonths;
  switch (stay.kind) {
    case 'exponential':
      return {
        next: (rng) => -L * Math.log(uniformOpen(rng)),
        remaining: (rng) => -L * Math.log(uniformOpen(rng)),
        reset: () => {},
      };
    case 'fixed':
      return {
        next: () => L,
        remaining: (rng) => L * uniformOpen(rng),
        reset: () => {},
      };
    case 'lognormal': {
      const sigma2 = Math.log(1 + stay.cv * stay.cv);
      const sigma = Math.sqrt(sigma2);
      const mu = Math.log(L) - sigma2 / 2;
      let spare = Number.NaN;
      const normal = (rng: RandomGenerator): number => {
        // Box–Muller, keeping the second deviate for the next draw.
        if (!Number.isNaN(spare)) {
          const z = spare;
          spare = Number.NaN;
          return z;
        }
        const r = Math.sqrt(-2 * Math.log(uniformOpen(rng)));
        const theta = 2 * Math.PI * uniformFloat64(rng);
        spare = r * Math.sin(theta);
        return r * Math.cos(theta);
      };
      return {
        next: (rng) => Math.exp(mu + sigma * normal(rng)),
        remaining: (rng) => uniformOpen(rng) * Math.exp(mu + sigma2 + sigma * normal(rng)),
        reset: () => {
          spare = Number.NaN;
        },
      };
    }
    case 'empirical':
      return empiricalSampler(stay.bands, L);
  }
}

/**
 * The empirical sampler: the bands with at least one discharge, their edges scaled by k = L / M,
 * and cumulative weights for new stays (counts, exact integers) and for the length-biased draw
 * (count × (a + b), proportional to count × band mean).
 */
function empiricalSampler(all: readonly StayBandCount[], meanMonths: number): StaySampler {
  const scale = meanMonths / empiricalMeanMonths(all);
  const bands = all.filter((b) => b.count > 0);
  const n = bands.length;
  const lo = Float64Array.from(bands, (b) => scale * b.fromMonths);
  const hi = Float64Array.from(bands, (b) => scale * b.toMonths);
  const width = Float64Array.from(bands, (_, i) => hi[i]! - lo[i]!);
  const lo2 = Float64Array.from(lo, (a) => a * a);
  const span2 = Float64Array.from(bands, (_, i) => hi[i]! * hi[i]! - lo2[i]!);
  const cumulative = new Float64Array(n);
  const cumulativeBiased = new Float64Array(n);
  let sum = 0;
  let sumBiased = 0;
  bands.forEach((b, i) => {
    sum += b.count;
    sumBiased += b.count * (b.fromMonths + b.toMonths);
    cumulative[i] = sum;
    cumulativeBiased[i] = sumBiased;
  });
  // The first band whose cumulative weight exceeds u·total; the last band takes any rounding.
  const pick = (weights: Float64Array, total: number, u: number): number => {
    const t = u * total;
    let i = 0;
    while (i < n - 1 && t >= weights[i]!) i++;
    return i;
  };
  return {
    next: (rng) => {
      const i = pick(cumulative, sum, uniformOpen(rng));
      return Math.min(hi[i]!, lo[i]! + width[i]! * uniformOpen(rng));
    },
    remaining: (rng) => {
      const i = pick(cumulativeBiased, sumBiased, uniformOpen(rng));
      const s = Math.min(hi[i]!, Math.max(lo[i]!, Math.sqrt(lo2[i]! + uniformOpen(rng) * span2[i]!)));
      return uniformOpen(rng) * s;
    },
    reset: () => {},
  };
}

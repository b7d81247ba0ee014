// Length of stay for the simulation. All distributions have mean L months.
// - exponential: memoryless, as in the exact chain (for checking the simulation against it);
// - fixed: every stay is exactly L;
// - lognormal: spread given as the coefficient of variation cv = standard deviation / mean, so
//   σ² = ln(1 + cv²) and μ = ln L − σ²/2 for the underlying normal distribution.
// People already enrolled at time 0 are taken to be at a random point of their stay: their
// remaining stay is U·S with U uniform on (0, 1) and S drawn from the length-biased distribution
// (the equilibrium residual time). For exponential stays that is again exponential with mean L;
// for fixed stays it is uniform on (0, L); for the lognormal, S is lognormal with μ + σ².
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export type StayDistribution =
  | { kind: 'exponential' }
  | { kind: 'fixed' }
  | { kind: 'lognormal'; cv: number };

/** The coefficient of variation of a stay distribution. */
export function stayCoefficientOfVariation(stay: StayDistribution): number {
  if (stay.kind === 'exponential') return 1;
  if (stay.kind === 'fixed') return 0;
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
  }
}

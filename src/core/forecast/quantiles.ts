// Percentiles of a discrete distribution given as masses over consecutive integers.

/**
 * Cumulative sums may fall a hair short of an exact percentile (0,49999999999 for 0,5), and the
 * exact chain leaves out up to 1e-12 of mass; a percentile is reached within this tolerance.
 */
export const PERCENTILE_TOLERANCE = 1e-10;

/**
 * The smallest x with P(X ≤ x) ≥ p, where masses[i] is P(X = first + i) (or a count, with `total`
 * the number of observations). Returns the last value when the masses never reach p.
 */
export function percentile(masses: ArrayLike<number>, first: number, length: number, total: number, p: number): number {
  const target = p * total - PERCENTILE_TOLERANCE * total;
  let cumulative = 0;
  for (let i = 0; i < length; i++) {
    cumulative += masses[i]!;
    if (cumulative >= target) return first + i;
  }
  return first + length - 1;
}

// Poisson probabilities for uniformization, computed the Fox–Glynn way: start at the mode with an
// unnormalised weight of 1, walk down and up with the ratios k/q and q/(k+1) until the tails are
// negligible, then normalise. No factorials or powers, so nothing overflows for any rate.

export interface PoissonWeights {
  /** Rate q (expected number of jumps). */
  rate: number;
  /** First index kept (left truncation point). */
  left: number;
  /** Last index kept (right truncation point). */
  right: number;
  /** weights[k - left] = P(N = k) for k in [left, right], normalised to sum to 1. */
  weights: Float64Array;
  /** survival[k] = P(N > k) for k in [0, right], from the kept weights (exact suffix sums). */
  survival: Float64Array;
  /** Upper bound of the probability left out by the truncation (both tails). */
  truncatedMass: number;
}

/**
 * Poisson(q) weights truncated so that the left-out mass is below `epsilon`. For q = 0 the
 * single weight P(N = 0) = 1.
 */
export function poissonWeights(q: number, epsilon: number): PoissonWeights {
  if (!(q >= 0) || !Number.isFinite(q)) throw new RangeError(`Poisson rate must be finite and ≥ 0, got ${q}`);
  if (q === 0) {
    return { rate: 0, left: 0, right: 0, weights: new Float64Array([1]), survival: new Float64Array([0]), truncatedMass: 0 };
  }
  const mode = Math.floor(q);
  // The mode's true probability is at least 1/(e·sqrt(2π(q+1))) (a Stirling bound); stopping when an
  // unnormalised tail bound falls below epsilon times that keeps the true left-out mass below epsilon.
  const modeLowerBound = 1 / (Math.E * Math.sqrt(2 * Math.PI * (q + 1)));
  const stop = epsilon * modeLowerBound;

  const down: number[] = [];
  let w = 1;
  let k = mode;
  let leftTail = 0;
  while (k > 0) {
    const next = (w * k) / q;
    // Remaining left tail ≤ next / (1 − (k−1)/q) since the ratios k/q shrink going down.
    const bound = next / (1 - (k - 1) / q);
    if (bound < stop) {
      leftTail = bound;
      break;
    }
    w = next;
    k--;
    down.push(w);
  }
  const left = k;
  const up: number[] = [];
  w = 1;
  k = mode;
  let rightTail = 0;
  for (;;) {
    const next = (w * q) / (k + 1);
    const ratio = q / (k + 2);
    if (ratio < 1) {
      const bound = next / (1 - ratio);
      if (bound < stop) {
        rightTail = bound;
        break;
      }
    }
    w = next;
    k++;
    up.push(w);
  }
  const right = k;
  const weights = new Float64Array(right - left + 1);
  for (let i = 0; i < down.length; i++) weights[mode - 1 - i - left] = down[i]!;
  weights[mode - left] = 1;
  for (let i = 0; i < up.length; i++) weights[mode + 1 + i - left] = up[i]!;
  let sum = 0;
  for (let i = weights.length - 1; i >= 0; i--) sum += weights[i]!;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / sum;
  const survival = new Float64Array(right + 1);
  let tail = 0;
  for (let j = right; j >= 0; j--) {
    survival[j] = tail;
    if (j >= left) tail += weights[j - left]!;
  }
  // For j < left, P(N > j) is 1 up to the left-out left tail.
  return { rate: q, left, right, weights, survival, truncatedMass: (leftTail + rightTail) / sum };
}

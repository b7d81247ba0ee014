// An independent reference for capacity cuts: the chain on pairs (E enrolled, Q waiting), written
// from the rules directly (no excess dimension, no ordinary n), solved month by month with the dense
// matrix exponential. Rules: an arrival is enrolled when E < C, else waits; a departure (rate E/L)
// lets the first in the queue in when E − 1 < C; at a change of capacity people waiting take free
// slots at once and nobody enrolled is discharged. With abandonment θ each person waiting leaves
// the list at rate θ.
import { vecExpm, zeros, type Matrix } from './denseExpm.ts';

export interface PairSpace {
  maxEnrolled: number;
  maxQueue: number;
}

export const pairIndex = (space: PairSpace, e: number, q: number): number => e * (space.maxQueue + 1) + q;

function pairGenerator(space: PairSpace, lambda: number, C: number, L: number, theta: number): Matrix {
  const size = (space.maxEnrolled + 1) * (space.maxQueue + 1);
  const G = zeros(size);
  for (let e = 0; e <= space.maxEnrolled; e++) {
    for (let q = 0; q <= space.maxQueue; q++) {
      const i = pairIndex(space, e, q);
      let out = 0;
      // Arrival.
      if (e < C && q === 0) {
        if (e < space.maxEnrolled) {
          G[i]![pairIndex(space, e + 1, 0)]! += lambda;
          out += lambda;
        }
      } else if (q < space.maxQueue) {
        G[i]![pairIndex(space, e, q + 1)]! += lambda;
        out += lambda;
      }
      // Departure.
      if (e > 0) {
        const rate = e / L;
        const j = q > 0 && e - 1 < C ? pairIndex(space, e, q - 1) : pairIndex(space, e - 1, q);
        G[i]![j]! += rate;
        out += rate;
      }
      // Abandonment.
      if (q > 0 && theta > 0) {
        G[i]![pairIndex(space, e, q - 1)]! += q * theta;
        out += q * theta;
      }
      G[i]![i]! -= out;
    }
  }
  return G;
}

function fillSlots(space: PairSpace, v: Float64Array, C: number): Float64Array {
  const out = new Float64Array(v.length);
  for (let e = 0; e <= space.maxEnrolled; e++) {
    for (let q = 0; q <= space.maxQueue; q++) {
      const p = v[pairIndex(space, e, q)]!;
      if (p === 0) continue;
      const moved = e < C ? Math.min(q, C - e) : 0;
      out[pairIndex(space, e + moved, q - moved)]! += p;
    }
  }
  return out;
}

/** Month-end distributions over (E, Q), one per month, from e0 enrolled and q0 waiting. */
export function referencePairDistributions(
  months: readonly { arrivals: number; capacity: number }[],
  L: number,
  e0: number,
  q0: number,
  space: PairSpace,
  theta = 0,
): Float64Array[] {
  let v: Float64Array = new Float64Array((space.maxEnrolled + 1) * (space.maxQueue + 1));
  v[pairIndex(space, e0, q0)] = 1;
  const out: Float64Array[] = [];
  for (const m of months) {
    v = fillSlots(space, v, m.capacity);
    v = vecExpm(v, pairGenerator(space, m.arrivals, m.capacity, L, theta));
    out.push(v);
  }
  return out;
}

/** The exact chain's month-end distribution (counts and excess rows above C) over (enrolled, waiting). */
export function chainPairs(dist: Float64Array, excess: Float64Array[], C: number, space: PairSpace): Float64Array {
  const v = new Float64Array((space.maxEnrolled + 1) * (space.maxQueue + 1));
  dist.forEach((p, n) => {
    if (p !== 0) v[pairIndex(space, Math.min(n, C), Math.max(0, n - C))]! += p;
  });
  excess.forEach((row, i) => {
    row.forEach((p, q) => {
      if (p !== 0) v[pairIndex(space, C + i + 1, q)]! += p;
    });
  });
  return v;
}

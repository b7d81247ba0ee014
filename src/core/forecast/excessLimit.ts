// How many people a forecast may have enrolled above its slots. A cut never evicts (see
// birthDeathChain.ts): those enrolled above the slots keep their places, and while they drain the
// exact chain is two-dimensional, with a row of queue lengths for every person too many. Its time
// grows with the square of that excess and the wait distribution's memory with the excess times
// the queue, so a typing error such as 10 000 enrolled in a unit of 28 slots would keep the
// forecast (and the memo, which computes four of them) busy for minutes with gigabytes of memory.
// The wait distribution of those referred while the excess drains costs more still, about the cube
// of the excess (200 above 28 slots: 0,6 s; 400: 4,6 s; 1 000: 40 s on the Prognos screen). A unit
// of fifteen lotsar that closes has about a hundred enrolled above no slots at all; no SIG unit
// comes near more, so the options refuse more than 150 above the slots with a message that names
// the figures, instead; and, while some are enrolled above the slots, a queue at the start so long
// that excess times queue would again take seconds to gigabytes (1 000 above the slots and 10 000
// waiting: 9 GB and a minute over ten years).

/** The most people enrolled above the slots in any month that a forecast accepts. */
export const MAX_EXCESS = 150;

/** The most excess-and-queue states at the start: (excess) × (queue at the start + 1). */
export const MAX_EXCESS_STATES = 50_000;

/** The longest queue at the start that a forecast accepts with `excess` enrolled above the slots. */
export function maxQueueWithExcess(excess: number): number {
  return excess > 0 ? Math.floor(MAX_EXCESS_STATES / excess) - 1 : Number.POSITIVE_INFINITY;
}

export interface LargestExcess {
  /** Forecast month (1-based) of the largest excess. */
  month: number;
  /** People who may be enrolled above the slots in that month. */
  excess: number;
  /** The month's slots. */
  capacity: number;
  /** The most who may be enrolled at the start of that month. */
  enrolled: number;
}

/**
 * The largest number that may be enrolled above the slots in a month, as the exact chain bounds
 * it: at most max(enrolled at the start, the slots of every earlier month) are enrolled when a
 * month begins. Null when the slots never fall below that.
 */
export function largestExcess(enrolled: number, capacities: readonly number[]): LargestExcess | null {
  let most = enrolled;
  let largest: LargestExcess | null = null;
  capacities.forEach((capacity, i) => {
    const excess = most - capacity;
    if (excess > 0 && (largest === null || excess > largest.excess)) largest = { month: i + 1, excess, capacity, enrolled: most };
    most = Math.max(most, capacity);
  });
  return largest;
}

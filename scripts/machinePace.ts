// How fast one core of the machine is today: a fixed integer loop, timed before `npm test` starts
// anything. The same code has taken 340–390 busy CPU-seconds on one day and about 610 on another
// on the same kind of two-core machine, and the busy CPU-seconds alone cannot say whether the
// tests or the machine changed; the loop's time can, since it does the same work every time. On
// 7 December 2026, a slow day (runs of 611–700 busy CPU-seconds), it took 467–509 ms.
import { formatNumber } from '../src/core/format/number.ts';

/** The loop's length: about half a second on a slow day, short enough to run before every `npm test`. */
export const PACE_ITERATIONS = 20_000_000;

/**
 * Milliseconds for `iterations` steps of a linear congruential generator: integer arithmetic that
 * the compiler cannot fold away, since every step needs the one before and the result is used.
 */
export function paceMs(iterations: number = PACE_ITERATIONS): number {
  const started = performance.now();
  let x = 1;
  for (let i = 0; i < iterations; i++) x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
  const elapsed = performance.now() - started;
  if (x < 0) throw new Error('unreachable: the generator stays non-negative');
  return elapsed;
}

/** "Referensslingan tog 476 ms (maskinens takt i dag: samma arbete varje gång, kortare är snabbare)". */
export function paceSummary(ms: number): string {
  return `Referensslingan tog ${formatNumber(ms, { decimals: 0 })} ms (maskinens takt i dag: samma arbete varje gång, kortare är snabbare)`;
}

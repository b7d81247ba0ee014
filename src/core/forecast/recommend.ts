// Staffing recommendation: the smallest whole number of full-time lotsar whose slots keep the
// steady-state probability of waiting and the mean wait within the targets.
import { slotsFor } from '../figures/keyFigures.ts';
import { probabilityOfWaitingLonger, steadyState } from './erlang.ts';
import { availableSlots } from './staffAvailability.ts';
import type { ForecastMonth } from './types.ts';

export interface RecommendationInput {
  arrivalsPerMonth: number;
  meanStayMonths: number;
  caseload: number;
  /** Highest acceptable probability of waiting (0–1). */
  targetProbability: number;
  /** Highest acceptable mean wait in weeks. */
  targetWaitWeeks: number;
  /** Coefficient of variation of the stay; 1 for exponential stays. */
  stayCv?: number;
  /**
   * A service-level target: at least `share` of those referred are enrolled within `weeks`
   * ("90 % ska kunna skrivas in inom två veckor"), judged in the long run.
   */
  serviceLevel?: { share: number; weeks: number } | undefined;
  /** Abandonment per month of waiting (Erlang A in the long run); default 0. */
  abandonment?: number | undefined;
  /** The share of lots time lost to absence: slots = ⌊lotsar · (1 − absence) · caseload⌋; default 0. */
  absence?: number | undefined;
}

export interface Recommendation {
  lotsar: number;
  capacity: number;
  probabilityOfWaiting: number;
  meanWaitWeeks: number;
}

/** Searching stops here; no unit is this large. */
export const MAX_RECOMMENDED_LOTSAR = 10_000;

/** The smallest whole N with both targets met, or null if none up to MAX_RECOMMENDED_LOTSAR. */
export function recommendLotsar(input: RecommendationInput): Recommendation | null {
  const { arrivalsPerMonth: lambda, meanStayMonths: L, caseload, targetProbability, targetWaitWeeks } = input;
  const a = lambda * L;
  const theta = input.abandonment ?? 0;
  const absence = input.absence ?? 0;
  const slots = (n: number) => (absence > 0 ? availableSlots(n, caseload, absence) : slotsFor(n, caseload));
  // Below this, λL ≥ C and there is no steady state: start the search where one exists. With
  // abandonment there always is one, and the search starts from no lotsar.
  let lotsar = lambda > 0 && theta === 0 ? Math.max(0, Math.floor(a / (caseload * (1 - absence))) - 1) : 0;
  // Bounded: with a caseload near zero no number of lotsar gives a slot, and the answer is null.
  while (lambda > 0 && theta === 0 && lotsar <= MAX_RECOMMENDED_LOTSAR && slots(lotsar) <= a) lotsar++;
  for (; lotsar <= MAX_RECOMMENDED_LOTSAR; lotsar++) {
    const capacity = slots(lotsar);
    const s = steadyState(lambda, L, capacity, input.stayCv ?? 1, theta);
    if (!s.exists || s.meanWaitWeeks === null) continue;
    const level = input.serviceLevel;
    const levelMet = !level || 1 - probabilityOfWaitingLonger(s, level.weeks) >= level.share;
    if (s.probabilityOfWaiting <= targetProbability && s.meanWaitWeeks <= targetWaitWeeks && levelMet) {
      return { lotsar, capacity, probabilityOfWaiting: s.probabilityOfWaiting, meanWaitWeeks: s.meanWaitWeeks };
    }
  }
  return null;
}

/**
 * The first month whose probability of waiting (for someone referred during the month) exceeds the
 * target, or null if none does: the same measure as the target and the recommendation.
 */
export function firstMonthOverTarget(months: readonly ForecastMonth[], targetProbability: number): number | null {
  return months.find((m) => m.probabilityOfWaiting > targetProbability)?.month ?? null;
}

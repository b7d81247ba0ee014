// Shapes shared by the exact chain, the simulation and the forecast that combines them.

/** Weeks in a month: 52 weeks over 12 months (4,33…), used for every conversion months → weeks. */
export const WEEKS_PER_MONTH = 52 / 12;

/** One month of the forecast's inputs: arrivals (referrals per month, λ) and slots (C). */
export interface MonthInput {
  arrivals: number;
  capacity: number;
}

/** The state at the end of one month (month 1 is the end of the first month). */
export interface ForecastMonth {
  month: number;
  capacity: number;
  arrivals: number;
  enrolledMean: number;
  enrolledP10: number;
  enrolledP50: number;
  enrolledP90: number;
  queueMean: number;
  queueP10: number;
  queueP50: number;
  queueP90: number;
  /** P(queue > 0) at the end of the month ("kö vid månadens slut"). */
  probabilityOfQueue: number;
  /**
   * The probability that someone referred during the month must wait: the time average of
   * P(N ≥ C) over the month (exact chain), or the share of the month's referrals that had to wait
   * (simulation; month-end P(N ≥ C) when no run had a referral that month).
   */
  probabilityOfWaiting: number;
  /**
   * Expected wait in weeks of an applicant referred during the month; null when nobody can be
   * enrolled (no slots) or, in a simulation, when no run had a referral that month.
   */
  expectedWaitWeeks: number | null;
}

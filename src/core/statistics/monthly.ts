// Monthly follow-up statistics of a unit (månadsstatistik): aggregate counts per calendar month,
// never individuals. They are what the forecast's assumptions can be checked against: arrivals
// (λ) from referrals, the mean stay (L) by Little's law, and the shape of the stays from the
// discharges counted by length of stay.
import * as z from 'zod';
import { monthName } from '../format/index.ts';
import { STAY_BANDS_DEFAULT_EDGES } from '../forecast/options.ts';

/** Highest count in one month: far above any SIG unit, low enough to catch a typing error. */
export const MAX_MONTHLY_COUNT = 10_000;

/**
 * Bands in which a unit counts its discharges by length of stay (months): 0–3, 3–6, 6–12, 12–18,
 * 18–24 and 24–36, the same edges as the forecast's empirical stay distribution. A stay of exactly
 * 3 months counts in 3–6, and so on; the last band also takes the few stays longer than 36 months.
 */
export const STAY_BAND_EDGES = STAY_BANDS_DEFAULT_EDGES;
export const STAY_BAND_COUNT = STAY_BAND_EDGES.length - 1;

/** "0–3 mån", "3–6 mån", … for tables and column headings. */
export const STAY_BAND_LABELS: readonly string[] = STAY_BAND_EDGES.slice(0, -1).map(
  (from, i) => `${from}–${STAY_BAND_EDGES[i + 1]} mån`,
);

const count = z.int().min(0).max(MAX_MONTHLY_COUNT);

/** "2020-03": year 2000–2100 and month 01–12. */
export const statisticsMonthSchema = z
  .string()
  .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, 'ska vara en månad skriven ÅÅÅÅ-MM, till exempel 2020-03');

export const monthlyStatisticsSchema = z
  .strictObject({
    month: statisticsMonthSchema,
    /** Referrals received (anmälningar/aktualiseringar); null when not counted. */
    referrals: count.nullable(),
    /** People enrolled during the month (nya inskrivningar). */
    newEnrolments: count,
    /** Discharges during the month (avslut). */
    discharges: count,
    /** People enrolled at the end of the month. */
    enrolledAtMonthEnd: count,
    /** People waiting at the end of the month; null when not counted. */
    queueAtMonthEnd: count.nullable(),
    /** The month's discharges by length of stay, one count per STAY_BAND_EDGES band; null when not counted. */
    dischargesByStay: z.array(count).length(STAY_BAND_COUNT).nullable(),
  })
  .superRefine((m, ctx) => {
    if (m.dischargesByStay) {
      const sum = m.dischargesByStay.reduce((s, n) => s + n, 0);
      if (sum !== m.discharges) {
        ctx.addIssue({
          code: 'custom',
          path: ['dischargesByStay'],
          message: `avsluten efter vistelsetid ska vara lika många som avsluten (${m.discharges}), men är ${sum}`,
        });
      }
    }
  });

export type MonthlyStatistics = z.output<typeof monthlyStatisticsSchema>;

/** Months in calendar order, each month at most once. */
export const monthlyStatisticsListSchema = z
  .array(monthlyStatisticsSchema)
  .max(1200)
  .superRefine((months, ctx) => {
    const seen = new Map<string, number>();
    months.forEach((m, i) => {
      const first = seen.get(m.month);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i, 'month'], message: `månaden ${m.month} finns redan på rad ${first + 1}` });
      } else seen.set(m.month, i);
    });
  });

/** The month after "2020-12" is "2021-01". */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function sortMonths<T extends { month: string }>(months: readonly T[]): T[] {
  return [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** The latest `count` months (calendar order), for an estimate that should follow recent practice. */
export function latestMonths<T extends { month: string }>(months: readonly T[], count: number): T[] {
  const sorted = sortMonths(months);
  return sorted.slice(Math.max(0, sorted.length - count));
}

/** "2020-03" in running text: "mars 2020". */
export function statisticsMonthText(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${monthName(m)} ${y}`;
}

/**
 * Where the counts do not add up: for two consecutive months, enrolled at the end of the second
 * should be enrolled at the end of the first + new enrolments − discharges. A difference is not
 * refused (a late registration or a correction in the case-management system can explain it), but
 * shown, because the estimate of the mean stay rests on these counts. Also notes gaps in the series.
 */
export function consistencyNotes(months: readonly MonthlyStatistics[]): string[] {
  const sorted = sortMonths(months);
  const notes: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const m = sorted[i]!;
    if (nextMonth(prev.month) !== m.month) {
      notes.push(`Statistiken saknas mellan ${statisticsMonthText(prev.month)} och ${statisticsMonthText(m.month)}.`);
      continue;
    }
    const expected = prev.enrolledAtMonthEnd + m.newEnrolments - m.discharges;
    if (expected !== m.enrolledAtMonthEnd) {
      notes.push(
        `I ${statisticsMonthText(m.month)} borde ${expected} vara inskrivna vid månadens slut ` +
          `(${prev.enrolledAtMonthEnd} + ${m.newEnrolments} nya − ${m.discharges} avslut), men det står ${m.enrolledAtMonthEnd}.`,
      );
    }
  }
  return notes;
}

/** The discharges by length of stay summed over the months that counted them; null if none did. */
export function stayBandTotals(months: readonly MonthlyStatistics[]): { counts: number[]; monthsUsed: number } | null {
  const counted = months.filter((m) => m.dischargesByStay !== null);
  if (counted.length === 0) return null;
  const counts = Array.from({ length: STAY_BAND_COUNT }, (_, i) => counted.reduce((s, m) => s + m.dischargesByStay![i]!, 0));
  return { counts, monthsUsed: counted.length };
}

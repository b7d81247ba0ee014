// Monthly follow-up statistics of a unit (månadsstatistik): aggregate counts per calendar month,
// never individuals. They are what the forecast's assumptions can be checked against: arrivals
// (λ) from referrals, the mean stay (L) by Little's law, and the shape of the stays from the
// discharges counted by length of stay.
import * as z from 'zod';
import { countInText, countWithNoun, formatNumber, monthName } from '../format/index.ts';
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
/** The bands' ranges in months without the unit ("0–3"), for a chart axis that names the unit once. */
export const STAY_BAND_RANGES: readonly string[] = STAY_BAND_EDGES.slice(0, -1).map((from, i) => `${from}–${STAY_BAND_EDGES[i + 1]}`);
export const STAY_BAND_LABELS: readonly string[] = STAY_BAND_RANGES.map((range) => `${range} mån`);
/** The chart axis under STAY_BAND_RANGES. */
export const STAY_BAND_AXIS_LABEL = 'Vistelsetid, månader';

const count = z.int().min(0).max(MAX_MONTHLY_COUNT);

/**
 * The rule that the discharges by length of stay add up to the month's discharges: null when
 * they do, else the Swedish message (lower case, for a field message; the form capitalises it).
 */
export function staySumProblem(bands: readonly number[], discharges: number): string | null {
  const sum = bands.reduce((s, n) => s + n, 0);
  return sum === discharges
    ? null
    : `summan av avsluten efter vistelsetid (${formatNumber(sum)}) ska vara lika med antalet avslut (${formatNumber(discharges)})`;
}

/** "2020-03": year 2000–2100 and month 01–12. */
export const statisticsMonthSchema = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, 'ska vara en månad skriven ÅÅÅÅ-MM, till exempel 2020-03');

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
      const problem = staySumProblem(m.dischargesByStay, m.discharges);
      if (problem) ctx.addIssue({ code: 'custom', path: ['dischargesByStay'], message: problem });
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

/** Months since year 0 for "2020-03": consecutive months differ by one. */
export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
}

/**
 * The months within the latest `count` calendar months of the series (up to its last month), in
 * calendar order: a window of twelve is the last twelve calendar months, even if some are missing.
 */
export function latestMonths<T extends { month: string }>(months: readonly T[], count: number): T[] {
  const sorted = sortMonths(months);
  const last = sorted.at(-1);
  if (!last) return [];
  const from = monthIndex(last.month) - count + 1;
  return sorted.filter((m) => monthIndex(m.month) >= from);
}

/** Calendar months between the first and the last of `months` that have no statistics. */
export function missingMonthsWithin(months: readonly { month: string }[]): number {
  if (months.length === 0) return 0;
  const sorted = sortMonths(months);
  return monthIndex(sorted.at(-1)!.month) - monthIndex(sorted[0]!.month) + 1 - new Set(sorted.map((m) => m.month)).size;
}

/** "2020-03" in running text: "mars 2020". */
export function statisticsMonthText(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${monthName(m)} ${y}`;
}

/** "januari–december 2020", "oktober 2020–mars 2021" or "mars 2020" for a span of months. */
export function monthSpanText(first: string, last: string): string {
  if (first === last) return statisticsMonthText(first);
  const [fy] = first.split('-');
  const [ly] = last.split('-');
  return fy === ly ? `${monthName(Number(first.split('-')[1]))}–${statisticsMonthText(last)}` : `${statisticsMonthText(first)}–${statisticsMonthText(last)}`;
}

/** Why a new month cannot be added: the unit has statistics for it, which "Ändra" changes instead. */
export function monthTakenMessage(month: string): string {
  return `Det finns redan statistik för ${statisticsMonthText(month)}. Ändra den månaden i tabellen i stället.`;
}

/** "en månad", "tre månader", "14 månader". */
export function monthsCountText(n: number): string {
  return n === 1 ? 'en månad' : `${countInText(n)} månader`;
}

const DISCHARGES = { singular: 'avslut', plural: 'avslut', gender: 'neuter' } as const;

/**
 * The history of discharges by length of stay in running text: "26 avslut under tolv månader",
 * "fem avslut under en månad", "ett avslut under tre månader".
 */
export function dischargesInMonthsText(discharges: number, months: number): string {
  return `${countWithNoun(discharges, DISCHARGES)} under ${monthsCountText(months)}`;
}

/** The month before "2021-01" is "2020-12". */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
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
      notes.push(`Statistiken saknas för ${monthSpanText(nextMonth(prev.month), previousMonth(m.month))}.`);
      continue;
    }
    const n = (x: number) => formatNumber(x);
    const expected = prev.enrolledAtMonthEnd + m.newEnrolments - m.discharges;
    const month = statisticsMonthText(m.month);
    if (expected < 0) {
      notes.push(
        `I ${month} är avsluten (${n(m.discharges)}) fler än de inskrivna vid förra månadens slut och de nya tillsammans ` +
          `(${n(prev.enrolledAtMonthEnd)} + ${n(m.newEnrolments)}).`,
      );
    } else if (expected !== m.enrolledAtMonthEnd) {
      notes.push(
        `I ${month} borde ${n(expected)} vara inskrivna vid månadens slut ` +
          `(${n(prev.enrolledAtMonthEnd)} + ${n(m.newEnrolments)} nya − ${n(m.discharges)} avslut), men ${n(m.enrolledAtMonthEnd)} är registrerade.`,
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

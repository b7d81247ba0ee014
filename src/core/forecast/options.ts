// The options of a forecast, as the CLI flags, a batch line and the Prognos screen give them, with
// validation in zod and Swedish messages. Keys are the long CLI flag names in camelCase.
import * as z from 'zod';
import { formatNumber } from '../format/index.ts';
import { describeIssue, formatIssue } from '../validation/swedishIssues.ts';
import { largestExcess, MAX_EXCESS, maxQueueWithExcess } from './excessLimit.ts';
import { slotsAtWork } from './staffAvailability.ts';

/** Limits that keep a forecast meaningful for a SIG unit and fast to compute. */
export const FORECAST_LIMITS = {
  maxArrivals: 200,
  minStayMonths: 0.5,
  maxStayMonths: 240,
  maxLotsar: 100,
  maxCaseload: 50,
  maxPeople: 10_000,
  maxHorizon: 120,
  minRuns: 100,
  maxRuns: 200_000,
  maxSeed: 4_294_967_295,
  maxTargetWaitWeeks: 520,
  maxStaySpread: 10,
  maxSurges: 24,
  maxStayBands: 12,
  /** Discharges in one band of an empirical stay distribution (keeps the sums exact). */
  maxStayBandCount: 10_000_000,
  /** Abandonments per month of waiting (4: the mean patience is a week). */
  maxAbandonment: 4,
  maxLeadTimeMonths: 24,
  /** Growth of arrivals in percent per year (−90: a tenth as many after a year). */
  minTrendPercent: -90,
  maxTrendPercent: 500,
  /** A month's season factor: at most five times the mean month. */
  maxSeasonFactor: 5,
} as const;

export const STAY_DISTRIBUTIONS = ['exponential', 'fixed', 'lognormal', 'empirical'] as const;
export type StayDistributionName = (typeof STAY_DISTRIBUTIONS)[number];

/** A single number is the same as a list of one value: it holds for every month. */
const perMonth = (max: number) =>
  z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(z.number().min(0).max(max)).min(1).max(FORECAST_LIMITS.maxHorizon));

const forecastMonth = z.int().min(1).max(FORECAST_LIMITS.maxHorizon);

export const surgeSchema = z
  .strictObject({
    /** Extra referrals per month; negative for a temporary decrease. */
    extraArrivals: z.number().min(-FORECAST_LIMITS.maxArrivals).max(FORECAST_LIMITS.maxArrivals),
    fromMonth: forecastMonth,
    toMonth: forecastMonth,
  })
  .refine((s) => s.toMonth >= s.fromMonth, { message: 'sista månaden ligger före den första', path: ['toMonth'] });

/**
 * The bands (months) a unit is expected to count its discharges in, for an empirical stay
 * distribution: "avslut efter vistelsetid: 0–3, 3–6, 6–12, 12–18, 18–24, 24–36 månader".
 */
export const STAY_BANDS_DEFAULT_EDGES = [0, 3, 6, 12, 18, 24, 36] as const;

const monthsText = (n: number) => `${formatNumber(n, { maxDecimals: 6 })} ${n === 1 ? 'månad' : 'månader'}`;

/** One band of the unit's history: `count` discharges after a stay of fromMonths–toMonths. */
export const stayBandSchema = z.strictObject({
  fromMonths: z.number().min(0).max(FORECAST_LIMITS.maxStayMonths),
  toMonths: z.number().min(0).max(FORECAST_LIMITS.maxStayMonths),
  count: z.int().min(0).max(FORECAST_LIMITS.maxStayBandCount),
});

/**
 * The unit's history of lengths of stay as counts of discharges per band: 1–12 bands in order that
 * do not overlap (one may end where the next begins), at least one discharge in all.
 */
export const stayBandsSchema = z.array(stayBandSchema).superRefine((bands, ctx) => {
  if (bands.length === 0) {
    ctx.addIssue({ code: 'custom', path: [], message: 'ska ha minst ett intervall' });
    return;
  }
  if (bands.length > FORECAST_LIMITS.maxStayBands) {
    ctx.addIssue({ code: 'custom', path: [], message: `får ha högst ${FORECAST_LIMITS.maxStayBands} intervall, men har ${bands.length}` });
    return;
  }
  bands.forEach((band, i) => {
    if (band.toMonths <= band.fromMonths) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `slutar vid ${monthsText(band.toMonths)}, men ska sluta efter sin början (${monthsText(band.fromMonths)})`,
      });
    }
    const previous = bands[i - 1];
    if (previous && band.fromMonths < previous.toMonths) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `börjar vid ${monthsText(band.fromMonths)}, före slutet av föregående intervall (${monthsText(previous.toMonths)}); intervallen ska stå i ordning efter vistelsetid och får inte överlappa`,
      });
    }
  });
  // Negative counts are reported on their own; the total is checked when every count is allowed.
  if (bands.every((b) => b.count >= 0) && bands.reduce((sum, b) => sum + b.count, 0) < 1) {
    ctx.addIssue({ code: 'custom', path: [], message: 'har inga avslut (alla antal är 0); minst ett intervall ska ha minst ett avslut' });
  }
});

export type StayBand = z.output<typeof stayBandSchema>;

export const forecastOptionsSchema = z
  .strictObject({
    arrivals: perMonth(FORECAST_LIMITS.maxArrivals),
    stay: z.number().min(FORECAST_LIMITS.minStayMonths).max(FORECAST_LIMITS.maxStayMonths),
    lotsar: perMonth(FORECAST_LIMITS.maxLotsar),
    caseload: z.number().gt(0).max(FORECAST_LIMITS.maxCaseload),
    enrolled: z.number().int().min(0).max(FORECAST_LIMITS.maxPeople).default(0),
    queue: z.number().int().min(0).max(FORECAST_LIMITS.maxPeople).default(0),
    horizon: z.number().int().min(1).max(FORECAST_LIMITS.maxHorizon).default(24),
    targetProbability: z.number().gt(0).max(1).default(0.1),
    targetWaitWeeks: z.number().gt(0).max(FORECAST_LIMITS.maxTargetWaitWeeks).default(2),
    /** Service-level target: the share to be enrolled within targetServiceWeeks (for example 0.9). */
    targetServiceLevel: z.number().gt(0).lt(1).optional(),
    /** The weeks of the service-level target (default two). */
    targetServiceWeeks: z.number().gt(0).max(FORECAST_LIMITS.maxTargetWaitWeeks).optional(),
    stayDistribution: z.enum(STAY_DISTRIBUTIONS).default('exponential'),
    staySpread: z.number().gt(0).max(FORECAST_LIMITS.maxStaySpread).optional(),
    /**
     * The unit's history of lengths of stay for an empirical distribution: discharges per band of
     * months. It gives the shape only; the mean is scaled to `stay`.
     */
    stayBands: stayBandsSchema.optional(),
    runs: z.number().int().min(FORECAST_LIMITS.minRuns).max(FORECAST_LIMITS.maxRuns).default(10_000),
    seed: z.number().int().min(0).max(FORECAST_LIMITS.maxSeed).default(1),
    /** Growth of arrivals in percent per year, compounded month by month (−90 to +500). */
    trend: z.number().min(FORECAST_LIMITS.minTrendPercent).max(FORECAST_LIMITS.maxTrendPercent).default(0),
    /** Twelve factors for arrivals, January to December, with mean 1 ("Säsongsvariation"). */
    season: z.array(z.number().min(0).max(FORECAST_LIMITS.maxSeasonFactor)).length(12).optional(),
    /**
     * Temporary changes of arrivals ("+6 anmälningar per månad från mars till augusti"): extra
     * referrals per month in forecast months fromMonth–toMonth, added to the month's rate before
     * trend and season (as the "Prognos" screen does).
     */
    surges: z.array(surgeSchema).max(FORECAST_LIMITS.maxSurges).optional(),
    /**
     * The calendar month of the forecast's first month, "2021-04" (year and month): the season's
     * factors follow it and the months are named by it. Without it, month 1 is a January.
     */
    start: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'ska vara år och månad som ÅÅÅÅ-MM, till exempel 2021-04' })
      .optional(),
    /**
     * Abandonment: the rate per month of waiting at which people leave the waiting list without
     * being enrolled (loss of motivation, moving, custody); 0.1 means a tenth of those waiting
     * leave in a month. Exponential patience: a death rate on the queue in the exact chain,
     * patience times in the simulation, Erlang A in the long run.
     */
    abandonment: z.number().min(0).max(FORECAST_LIMITS.maxAbandonment).default(0),
    /**
     * Staff absence ("frånvaro"): the share of lots time lost to sick leave, parental leave and
     * vacancies, 0 to under 1. The slots are those the time actually available carries:
     * ⌊lotsar · (1 − frånvaro) · caseload⌋ (monthInputs).
     */
    absence: z.number().min(0).lt(1).default(0),
    /**
     * Recruitment lead time in months ("rekryteringstid"): when the lotsar fall from one month to
     * the next (a lots leaves) and rise again later, the replacement starts no earlier than the
     * lead time after the departure; new lotsar start no earlier than month 1 + lead time.
     */
    leadTime: z.int().min(0).max(FORECAST_LIMITS.maxLeadTimeMonths).default(0),
    /**
     * Urgent referrals: the share of referrals (0 to under 1) that go ahead of the queue (for
     * example people released from prison), non-preemptive: first in line, never displacing
     * someone already enrolled.
     */
    priorityShare: z.number().min(0).lt(1).default(0),
    /** Accepted (and ignored) so that a batch line may repeat the CLI's --json. */
    json: z.boolean().optional(),
  })
  .superRefine((o, ctx) => {
    for (const key of ['arrivals', 'lotsar'] as const) {
      if (o[key].length > o.horizon) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `har ${o[key].length} värden, men prognosen gäller ${monthsText(o.horizon)}; ange högst ett värde per månad`,
        });
      }
    }
    // The mean only of twelve valid factors: a list of the wrong length or with a wrong factor has its own message.
    if (o.season && o.season.length === 12 && o.season.every((f) => f >= 0 && f <= FORECAST_LIMITS.maxSeasonFactor)) {
      const mean = o.season.reduce((sum, f) => sum + f, 0) / 12;
      if (Math.abs(mean - 1) > 0.005) {
        ctx.addIssue({
          code: 'custom',
          path: ['season'],
          message: `medelvärdet av de tolv faktorerna ska vara 1, men är ${mean.toFixed(3).replace('.', ',')}; en säsongsprofil flyttar anmälningar mellan månader men ändrar inte årets antal`,
        });
      }
    }
    if (o.surges && o.surges.length > 0) {
      // Checked only when the rest is valid, so that the arrivals can be computed.
      for (let month = 1; month <= o.horizon; month++) {
        const a = arrivalsInMonth({ arrivals: o.arrivals, surges: o.surges }, month);
        if (Number.isFinite(a) && a < -1e-9) {
          ctx.addIssue({
            code: 'custom',
            path: ['arrivals', month - 1],
            message: 'blir mindre än noll med de tillfälliga ökningarna och minskningarna (surges)',
          });
          break;
        }
      }
    }
    const excess = excessProblem(o);
    if (excess) ctx.addIssue({ code: 'custom', path: excess.path, message: excess.message });
    if (o.stayDistribution === 'lognormal' && o.staySpread === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['staySpread'],
        message: 'behövs när vistelsetiden är lognormal: ange variationskoefficienten (standardavvikelse delad med medelvärde), till exempel 0.5',
      });
    }
    if (o.stayDistribution !== 'lognormal' && o.staySpread !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['staySpread'],
        message: `gäller bara lognormal vistelsetid (nu är den ${o.stayDistribution})`,
      });
    }
    if (o.stayDistribution === 'empirical' && o.stayBands === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['stayBands'],
        message:
          'behövs när vistelsetiden är empirical: ange antalet avslut per intervall av vistelsetid i månader, till exempel 0-3:4,3-6:6,6-12:9 (i en batchrad [{ "fromMonths": 0, "toMonths": 3, "count": 4 }, …])',
      });
    }
    if (o.stayDistribution !== 'empirical' && o.stayBands !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['stayBands'],
        message: `gäller bara empirisk vistelsetid, empirical (nu är den ${o.stayDistribution})`,
      });
    }
  });

/**
 * More enrolled above the slots than MAX_EXCESS (excessLimit.ts), at the start or after a cut: the
 * issue at the enrolled at the start, or at the month's lotsar when a later cut causes it. With
 * fewer, a queue at the start longer than maxQueueWithExcess: the issue at the queue.
 */
function excessProblem(o: {
  enrolled: number;
  queue: number;
  lotsar: readonly number[];
  caseload: number;
  horizon: number;
  absence: number;
  leadTime: number;
}): { path: (string | number)[]; message: string } | null {
  const largest = largestExcess(o.enrolled, slotsAtWork(o));
  if (largest === null) return null;
  if (largest.excess <= MAX_EXCESS) {
    const most = maxQueueWithExcess(largest.excess);
    if (o.queue <= most) return null;
    const when = largest.month === 1 ? 'den första månaden' : `i prognosmånad ${largest.month}`;
    return {
      path: ['queue'],
      message: `${formatNumber(o.queue)} i kö vid start; med ${formatNumber(largest.excess)} fler inskrivna än platser ${when} kan prognosen räkna med högst ${formatNumber(most)} i kö vid start. Kontrollera antalet i kö, antalet inskrivna och antalet lotsar`,
    };
  }
  const limit = `prognosen kan räkna med högst ${formatNumber(MAX_EXCESS)} fler inskrivna än platser`;
  const slots = `${formatNumber(largest.capacity)} ${largest.capacity === 1 ? 'plats' : 'platser'}`;
  if (largest.month === 1 && largest.enrolled === o.enrolled) {
    return {
      path: ['enrolled'],
      message: `${formatNumber(largest.excess)} fler inskrivna än de ${slots} som lotsarna har den första månaden; ${limit}. Kontrollera antalet inskrivna och antalet lotsar`,
    };
  }
  return {
    path: ['lotsar', Math.min(largest.month, o.lotsar.length) - 1],
    message: `${slots} i prognosmånad ${largest.month}, ${formatNumber(largest.excess)} färre än de upp till ${formatNumber(largest.enrolled)} som kan vara inskrivna då; ${limit}. Kontrollera lotsarna för månaden`,
  };
}

/** The value of a per-month list for month m (1-based): the last value holds for later months. */
export function valueForMonth(values: readonly number[], month: number): number {
  const v = values[Math.min(month, values.length) - 1];
  if (v === undefined) throw new RangeError('A per-month list must have at least one value');
  return v;
}

export interface ArrivalOptions {
  arrivals: readonly number[];
  trend?: number | undefined;
  season?: readonly number[] | undefined;
  surges?: readonly { extraArrivals: number; fromMonth: number; toMonth: number }[] | undefined;
  /** "2021-04": the calendar month of forecast month 1 (the season follows it); January without it. */
  start?: string | undefined;
}

/** The calendar start of a forecast from its "ÅÅÅÅ-MM" option, or null when none is given. */
export function forecastStartOf(start: string | undefined): { year: number; month: number } | null {
  if (start === undefined) return null;
  const [year, month] = start.split('-').map(Number);
  return { year: year!, month: month! };
}

/**
 * Arrivals in forecast month m (1 = the start's calendar month, January without one): the given rate, grown by the yearly trend compounded
 * monthly ((1 + trend)^((m − 1)/12)), times the season's factor for the calendar month. Surges
 * that cover the month are added to the rate first.
 */
export function arrivalsInMonth(options: ArrivalOptions, month: number): number {
  const trend = (1 + (options.trend ?? 0) / 100) ** ((month - 1) / 12);
  const firstCalendarMonth = forecastStartOf(options.start)?.month ?? 1;
  const season = options.season ? (options.season[(firstCalendarMonth - 1 + month - 1) % 12] ?? 1) : 1;
  const extra = (options.surges ?? []).reduce((sum, s) => (month >= s.fromMonth && month <= s.toMonth ? sum + s.extraArrivals : sum), 0);
  return (valueForMonth(options.arrivals, month) + extra) * trend * season;
}

/** What the user may give (defaults and single numbers allowed). */
export type ForecastOptionsInput = z.input<typeof forecastOptionsSchema>;
/** Validated options: lists per month, defaults filled in. */
export type ForecastOptions = z.output<typeof forecastOptionsSchema>;

export type ForecastOptionsResult = { ok: true; value: ForecastOptions } | { ok: false; issues: z.core.$ZodIssue[] };

export function parseForecastOptions(input: unknown): ForecastOptionsResult {
  const parsed = forecastOptionsSchema.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
}

const STAY_BAND_PARTS: Record<string, string> = { fromMonths: 'från', toMonths: 'till', count: 'antal' };

/** "stayDistribution" → "--stay-distribution" */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * One issue as a Swedish sentence that names the option: as a CLI flag ("Flaggan --arrivals,
 * månad 3: ska vara minst 0") or as a field of a batch line ("Fältet arrivals[2]: …").
 */
export function formatForecastIssue(issue: z.core.$ZodIssue, style: 'flag' | 'field'): string {
  if (style === 'field') return formatIssue(issue);
  // Unknown keys at the top are unknown flags; inside a list (a band, a surge) they are named there.
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) return `Okänd flagga: ${issue.keys.map((k) => flagName(k)).join(', ')}`;
  const [key, index, part] = issue.path;
  const text = issue.code === 'custom' ? issue.message : describeIssue(issue);
  if (key === undefined) return text.charAt(0).toUpperCase() + text.slice(1);
  if (key === 'stayBands') {
    // --stay-bands 0-3:4,3-6:6: the n:th band, and which of its three numbers.
    const band = typeof index === 'number' ? `, intervall ${index + 1}` : '';
    const label = typeof part === 'string' ? ` (${STAY_BAND_PARTS[part] ?? part})` : '';
    return `Flaggan --stay-bands${band}${label}: ${text}`;
  }
  const month = typeof index === 'number' ? `, månad ${index + 1}` : '';
  return `Flaggan ${flagName(String(key))}${month}: ${text}`;
}

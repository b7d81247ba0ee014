// The options of a forecast, as the CLI flags, a batch line and (later) the screen give them, with
// validation in zod and Swedish messages. Keys are the long CLI flag names in camelCase.
import * as z from 'zod';
import { describeIssue, formatIssue } from '../validation/swedishIssues.ts';

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
} as const;

export const STAY_DISTRIBUTIONS = ['exponential', 'fixed', 'lognormal'] as const;
export type StayDistributionName = (typeof STAY_DISTRIBUTIONS)[number];

/** A single number is the same as a list of one value: it holds for every month. */
const perMonth = (max: number) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value : [value]),
    z.array(z.number().min(0).max(max)).min(1).max(FORECAST_LIMITS.maxHorizon),
  );

const forecastMonth = z.int().min(1).max(FORECAST_LIMITS.maxHorizon);

export const surgeSchema = z
  .strictObject({
    /** Extra referrals per month; negative for a temporary decrease. */
    extraArrivals: z.number().min(-FORECAST_LIMITS.maxArrivals).max(FORECAST_LIMITS.maxArrivals),
    fromMonth: forecastMonth,
    toMonth: forecastMonth,
  })
  .refine((s) => s.toMonth >= s.fromMonth, { message: 'sista månaden ligger före den första', path: ['toMonth'] });

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
    stayDistribution: z.enum(STAY_DISTRIBUTIONS).default('exponential'),
    staySpread: z.number().gt(0).max(FORECAST_LIMITS.maxStaySpread).optional(),
    runs: z.number().int().min(FORECAST_LIMITS.minRuns).max(FORECAST_LIMITS.maxRuns).default(10_000),
    seed: z.number().int().min(0).max(FORECAST_LIMITS.maxSeed).default(1),
    /** Growth of arrivals in percent per year, compounded month by month (−90 to +500). */
    trend: z.number().min(-90).max(500).default(0),
    /** Twelve factors for arrivals, January to December, with mean 1 ("Säsongsvariation"). */
    season: z.array(z.number().min(0).max(5)).length(12).optional(),
    /**
     * Temporary changes of arrivals ("+6 anmälningar per månad från mars till augusti"): extra
     * referrals per month in forecast months fromMonth–toMonth, added to the month's rate before
     * trend and season (as the "Prognos" screen does).
     */
    surges: z.array(surgeSchema).max(FORECAST_LIMITS.maxSurges).optional(),
    /** Accepted (and ignored) so that a batch line may repeat the CLI's --json. */
    json: z.boolean().optional(),
  })
  .superRefine((o, ctx) => {
    for (const key of ['arrivals', 'lotsar'] as const) {
      if (o[key].length > o.horizon) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `har ${o[key].length} värden, men prognosen gäller ${o.horizon} månader; ange högst ett värde per månad`,
        });
      }
    }
    if (o.season) {
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
  });

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
}

/**
 * Arrivals in forecast month m (1 = January): the given rate, grown by the yearly trend compounded
 * monthly ((1 + trend)^((m − 1)/12)), times the season's factor for the calendar month. Surges
 * that cover the month are added to the rate first.
 */
export function arrivalsInMonth(options: ArrivalOptions, month: number): number {
  const trend = Math.pow(1 + (options.trend ?? 0) / 100, (month - 1) / 12);
  const season = options.season ? (options.season[(month - 1) % 12] ?? 1) : 1;
  const extra = (options.surges ?? []).reduce((sum, s) => (month >= s.fromMonth && month <= s.toMonth ? sum + s.extraArrivals : sum), 0);
  return (valueForMonth(options.arrivals, month) + extra) * trend * season;
}

/** What the user may give (defaults and single numbers allowed). */
export type ForecastOptionsInput = z.input<typeof forecastOptionsSchema>;
/** Validated options: lists per month, defaults filled in. */
export type ForecastOptions = z.output<typeof forecastOptionsSchema>;

export type ForecastOptionsResult =
  | { ok: true; value: ForecastOptions }
  | { ok: false; issues: z.core.$ZodIssue[] };

export function parseForecastOptions(input: unknown): ForecastOptionsResult {
  const parsed = forecastOptionsSchema.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
}

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
  if (issue.code === 'unrecognized_keys') return `Okänd flagga: ${issue.keys.map((k) => flagName(k)).join(', ')}`;
  const [key, index] = issue.path;
  const text = issue.code === 'custom' ? issue.message : describeIssue(issue);
  if (key === undefined) return text.charAt(0).toUpperCase() + text.slice(1);
  const month = typeof index === 'number' ? `, månad ${index + 1}` : '';
  return `Flaggan ${flagName(String(key))}${month}: ${text}`;
}

// Turns the string values of `lotsplan forecast` flags into the forecast's option object.
// - A flag that takes one number (--stay, --caseload, …) is read as every other flag of the CLI
//   reads numbers (parseNumberFlag, the shared parseSwedishNumber): "12,5" and "12.5" are both
//   twelve and a half, "1.500" is refused as ambiguous, anything else that is not a number is
//   refused naming the flag.
// - A list flag (--arrivals and --lotsar, one value per month whose last value holds for the rest
//   of the forecast; --season, twelve factors) separates its values with commas, so a value in a
//   list takes a decimal point: "--arrivals 2.25,3,3.5". Exactly two whole numbers ("2,25",
//   "4,5") may be a decimal comma or two values, and are refused with both writings: "2.25" for
//   the one number, "2,25,25" for 2 in the first month and 25 after it (the same list, since the
//   last value holds). Three or more values are a list.
// --stay-bands is a list of bands "from-to:count" in months ("0-3:4,3-6:6,6-12:9"); a band not
// written that way is refused here, naming the flag.
import { numberWord } from '../core/format/index.ts';
import { UsageError } from './io.ts';
import { parseNumberFlag } from './parseValues.ts';

/**
 * A value in a list: digits with an optional decimal point, no exponent. Three decimals after
 * the point ("1.500") are read as decimals: the thousands the point might otherwise group are
 * above every list flag's limit (at most 200 referrals, 100 lotsar, a season factor of 5).
 */
const LIST_VALUE = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const WHOLE = /^\d+$/;

/** Flags (camelCase key → flag name and what one value counts) that take a list of one value per month. */
const LIST_FLAGS = {
  arrivals: { flag: 'arrivals', noun: 'anmälningar', example: '2.25,2.25,3' },
  lotsar: { flag: 'lotsar', noun: 'lotsar', example: '4,4,4.5' },
} as const;

/** --season: one factor for each calendar month. */
const SEASON_EXAMPLE = '0.9,0.9,1,1.1,1.1,1,0.8,0.9,1.1,1.1,1,1';

/** Flags that take one number. */
const NUMBER_FLAGS = {
  stay: 'stay',
  caseload: 'caseload',
  enrolled: 'enrolled',
  queue: 'queue',
  horizon: 'horizon',
  targetProbability: 'target-probability',
  targetWaitWeeks: 'target-wait-weeks',
  targetServiceLevel: 'target-service-level',
  targetServiceWeeks: 'target-service-weeks',
  staySpread: 'stay-spread',
  runs: 'runs',
  seed: 'seed',
  trend: 'trend',
  abandonment: 'abandonment',
  absence: 'absence',
  leadTime: 'lead-time',
  priorityShare: 'priority-share',
} as const;

/** The option flags a forecast reads (all but --batch and --json). */
export const FORECAST_OPTION_FLAGS = [
  ...Object.values(LIST_FLAGS).map((l) => l.flag),
  ...Object.values(NUMBER_FLAGS),
  'stay-distribution',
  'season',
  'stay-bands',
  'start',
];

/** "6-12:9" or "1.5-3:2": from and to in months (no sign, decimal point), then the count. */
const UNSIGNED = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const BAND = new RegExp(String.raw`^\s*(${UNSIGNED})\s*-\s*(${UNSIGNED})\s*:\s*(${UNSIGNED}|[+-]${UNSIGNED})\s*$`);

/** --stay-bands 0-3:4,3-6:6 → [{ fromMonths: 0, toMonths: 3, count: 4 }, …]; the rules are checked by the options. */
export function parseStayBands(text: string): { fromMonths: number; toMonths: number; count: number }[] {
  return text.split(',').map((part, i) => {
    const match = BAND.exec(part);
    if (!match) {
      const shown = part.trim() === '' ? 'ett tomt intervall' : `”${part.trim()}”`;
      throw new UsageError(
        `Flaggan --stay-bands, intervall ${i + 1}: ${shown} är inte skrivet som från-till:antal. Ange vistelsetiden i ` +
          'månader med decimalpunkt (1.5, inte 1,5) och antalet avslut, intervallen åtskilda med komma, till exempel ' +
          '0-3:4,3-6:6,6-12:9.',
      );
    }
    return { fromMonths: Number(match[1]), toMonths: Number(match[2]), count: Number(match[3]) };
  });
}

/** "2,250" read with a decimal comma, written with a decimal point: "2.25" ("4,0" → "4"). */
function withDecimalPoint(whole: string, decimals: string): string {
  const kept = decimals.replace(/0+$/, '');
  return kept === '' ? whole : `${whole}.${kept}`;
}

/**
 * The values of a list flag, split at the commas. Exactly two whole numbers are refused, since
 * "2,25" may be a decimal comma; `ambiguous` says what the two readings are and how to write each.
 */
function listValues(text: string, flag: string, ambiguous: (whole: string, decimals: string) => string, example: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  const [first = '', second = ''] = parts;
  if (parts.length === 2 && WHOLE.test(first) && WHOLE.test(second)) throw new UsageError(`Flaggan --${flag}: ${ambiguous(first, second)}`);
  return parts.map((part, i) => {
    if (LIST_VALUE.test(part)) return Number(part);
    const where = parts.length > 1 ? `, månad ${i + 1}` : '';
    const problem = part === '' ? 'värdet saknas' : `”${part.length > 40 ? `${part.slice(0, 40)}…` : part}” är inte ett tal`;
    throw new UsageError(`Flaggan --${flag}${where}: ${problem}. Skriv talen med siffror och decimalpunkt, åtskilda med komma, till exempel ${example}.`);
  });
}

/** --arrivals 2,25 or --lotsar 4,5: one number with a decimal comma, or a list (whose last value holds for the later months). */
function ambiguousPerMonth(text: string, noun: string) {
  return (whole: string, decimals: string) =>
    `”${text.trim()}” kan betyda ${whole},${decimals} ${noun} i varje månad eller ${whole} ${noun} den första månaden och ${decimals} ` +
    `från den andra. Skriv ${withDecimalPoint(whole, decimals)} för det första och ${whole},${decimals},${decimals} för det andra ` +
    '(i en lista skiljer komma månaderna åt, och det sista värdet gäller resten av prognosen).';
}

/** --season 0,9: neither one factor nor two is a season, which has twelve. */
function ambiguousSeason(text: string) {
  return (whole: string, decimals: string) =>
    `”${text.trim()}” kan vara talet ${whole},${decimals} eller de två faktorerna ${whole} och ${decimals}, men säsongen ska ha tolv ` +
    `faktorer, en för varje månad januari–december, åtskilda med komma och med decimalpunkt, till exempel ${SEASON_EXAMPLE}.`;
}

export function forecastOptionsFromFlags(values: Record<string, string | boolean | undefined>): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [key, { flag, noun, example }] of Object.entries(LIST_FLAGS)) {
    const text = values[flag];
    if (typeof text !== 'string') continue;
    const parts = listValues(text, flag, ambiguousPerMonth(text, noun), example);
    options[key] = parts.length === 1 ? parts[0] : parts;
  }
  for (const [key, flag] of Object.entries(NUMBER_FLAGS)) {
    const text = values[flag];
    if (typeof text === 'string') options[key] = parseNumberFlag(text, flag);
  }
  const season = values.season;
  if (typeof season === 'string') {
    const factors = listValues(season, 'season', ambiguousSeason(season), SEASON_EXAMPLE);
    if (factors.length !== 12) {
      const got = factors.length <= 12 ? numberWord(factors.length, 'common') : String(factors.length);
      throw new UsageError(`Flaggan --season ska ha tolv faktorer, en för varje månad januari–december (fick ${got}), till exempel ${SEASON_EXAMPLE}.`);
    }
    options.season = factors;
  }
  const distribution = values['stay-distribution'];
  if (typeof distribution === 'string') options.stayDistribution = distribution.trim();
  const start = values.start;
  if (typeof start === 'string') options.start = start.trim();
  const bands = values['stay-bands'];
  if (typeof bands === 'string') options.stayBands = parseStayBands(bands);
  return options;
}

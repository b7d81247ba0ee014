// Turns the string values of `lotsplan forecast` flags into the forecast's option object. Numbers
// are written as in JSON (decimal point), because a comma separates the months of a list:
// "--arrivals 2.25,3,3.5". Anything that is not a number is passed on as text so that validation
// names the flag and shows what was given. --stay-bands is a list of bands "from-to:count" in
// months ("0-3:4,3-6:6,6-12:9"); a band not written that way is refused here, naming the flag.
import { UsageError } from './io.ts';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Flags (camelCase key → flag name) that take a list of one value per month. */
const LIST_FLAGS = { arrivals: 'arrivals', lotsar: 'lotsar' } as const;

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
export const FORECAST_OPTION_FLAGS = [...Object.values(LIST_FLAGS), ...Object.values(NUMBER_FLAGS), 'stay-distribution', 'season', 'stay-bands', 'start'];

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

function toNumber(text: string): number | string {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

export function forecastOptionsFromFlags(values: Record<string, string | boolean | undefined>): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [key, flag] of Object.entries(LIST_FLAGS)) {
    const text = values[flag];
    if (typeof text !== 'string') continue;
    const parts = text.split(',').map(toNumber);
    options[key] = parts.length === 1 ? parts[0] : parts;
  }
  for (const [key, flag] of Object.entries(NUMBER_FLAGS)) {
    const text = values[flag];
    if (typeof text !== 'string') continue;
    if (text.includes(',')) {
      throw new UsageError(
        `Flaggan --${flag}: ”${text}” är inte ett tal. Skriv decimaler med punkt, till exempel ${text.replace(',', '.')}; ` +
          'komma används bara för att skilja månader åt i --arrivals och --lotsar.',
      );
    }
    options[key] = toNumber(text);
  }
  const season = values.season;
  if (typeof season === 'string') options.season = season.split(',').map(toNumber);
  const distribution = values['stay-distribution'];
  if (typeof distribution === 'string') options.stayDistribution = distribution.trim();
  const start = values.start;
  if (typeof start === 'string') options.start = start.trim();
  const bands = values['stay-bands'];
  if (typeof bands === 'string') options.stayBands = parseStayBands(bands);
  return options;
}

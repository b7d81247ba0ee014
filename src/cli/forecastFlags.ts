// Turns the string values of `lotsplan forecast` flags into the forecast's option object. Numbers
// are written as in JSON (decimal point), because a comma separates the months of a list:
// "--arrivals 2.25,3,3.5". Anything that is not a number is passed on as text so that validation
// names the flag and shows what was given.
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
  staySpread: 'stay-spread',
  runs: 'runs',
  seed: 'seed',
  trend: 'trend',
} as const;

/** The option flags a forecast reads (all but --batch and --json). */
export const FORECAST_OPTION_FLAGS = [...Object.values(LIST_FLAGS), ...Object.values(NUMBER_FLAGS), 'stay-distribution', 'season'];

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
        `Flaggan --${flag}: "${text}" är inte ett tal. Skriv decimaler med punkt, till exempel ${text.replace(',', '.')}; ` +
          'komma används bara för att skilja månader åt i --arrivals och --lotsar.',
      );
    }
    options[key] = toNumber(text);
  }
  const season = values.season;
  if (typeof season === 'string') options.season = season.split(',').map(toNumber);
  const distribution = values['stay-distribution'];
  if (typeof distribution === 'string') options.stayDistribution = distribution.trim();
  return options;
}

// `lotsplan forecast`: waiting-list forecast and staffing recommendation from flags, or many
// forecasts from a JSON Lines file (--batch) in one process. Needs no database.
import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DB_OPTION, type CliCommand } from './types.ts';
import { withSession } from '../withSession.ts';
import { parseYear } from '../parseArgs.ts';
import { parseNumberFlag } from '../parseValues.ts';
import { forecastJson, forecastText } from '../scenarioForecastOutput.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../io.ts';
import { FORECAST_OPTION_FLAGS, forecastOptionsFromFlags } from '../forecastFlags.ts';
import { renderForecastText } from '../forecastText.ts';
import { BACKLOG_FLAGS, backlogFromFlags } from '../backlogFlags.ts';
import { describeForecast } from '../../core/forecast/describe.ts';
import { runForecast, valueForMonth } from '../../core/forecast/forecast.ts';
import { formatForecastIssue, parseForecastOptions, type ForecastOptions } from '../../core/forecast/options.ts';
import { toForecastReport } from '../../core/forecast/report.ts';
import { moreErrorsLine } from '../../core/validation/swedishIssues.ts';
import { findDuplicateJsonKey } from '../../core/files/jsonSyntax.ts';

/** A batch file larger than this is refused before it is read. */
export const MAX_BATCH_BYTES = 50_000_000;
/** At most this many bad lines are listed. */
const MAX_LISTED_ERRORS = 10;

const DISTRIBUTION_LABELS = { exponential: 'exponentiell', fixed: 'fast', lognormal: 'lognormalfördelad', empirical: 'empirisk' } as const;

export const forecastCommand: CliCommand = {
  name: 'forecast',
  summary: 'Köprognos månad för månad och rekommenderat antal lotsar (exakt eller simulerad).',
  options: {
    arrivals: {
      type: 'string',
      valueName: 'A',
      description:
        'Anmälningar per månad: ett tal med decimalpunkt (2.25) eller ett värde per månad åtskilda med komma (2,2,3); sista värdet gäller sedan. Två heltal med komma (2,25) vägras, eftersom det kan vara ett decimaltal.',
    },
    stay: {
      type: 'string',
      valueName: 'L',
      description: 'Genomsnittlig vistelsetid i månader (minst 0,5); decimaler med komma eller punkt, som i de andra talflaggorna.',
    },
    lotsar: {
      type: 'string',
      valueName: 'N',
      description:
        'Lotsar i heltidstjänster: ett tal med decimalpunkt (4.5) eller ett värde per månad åtskilda med komma (4,4,3); sista värdet gäller sedan; platser = N × K avrundat nedåt.',
    },
    caseload: { type: 'string', valueName: 'K', description: 'Deltagare per lots på heltid, till exempel 7.' },
    enrolled: { type: 'string', valueName: 'E', description: 'Inskrivna vid start (standard 0).' },
    queue: { type: 'string', valueName: 'Q', description: 'Väntande vid start (standard 0).' },
    horizon: { type: 'string', valueName: 'H', description: 'Antal månader att räkna fram, 1–120 (standard 24).' },
    'target-probability': {
      type: 'string',
      valueName: 'P',
      description: 'Högsta godtagbara sannolikhet att behöva vänta, som andel (standard 0.1).',
    },
    'target-wait-weeks': {
      type: 'string',
      valueName: 'W',
      description: 'Högsta godtagbara genomsnittliga väntetid i veckor (standard 2).',
    },
    'target-service-level': {
      type: 'string',
      valueName: 'ANDEL',
      description: 'Mål för servicenivå: andel som ska kunna skrivas in inom --target-service-weeks, till exempel 0.9 (inget mål som standard).',
    },
    'target-service-weeks': {
      type: 'string',
      valueName: 'V',
      description: 'Veckorna i servicenivåmålet (standard 2).',
    },
    'stay-distribution': {
      type: 'string',
      valueName: 'FÖRDELNING',
      description:
        'exponential (exakt, standard), fixed (fast vistelsetid), lognormal eller empirical (enhetens egen fördelning enligt --stay-bands); alla utom exponential simuleras.',
    },
    'stay-spread': {
      type: 'string',
      valueName: 'S',
      description: 'Spridning för lognormal: variationskoefficient (standardavvikelse delad med medelvärde).',
    },
    'stay-bands': {
      type: 'string',
      valueName: 'FRÅN-TILL:ANTAL,…',
      description:
        'För empirical: antal avslutade vistelser per intervall av vistelsetid i månader, i ordning, till exempel 0-3:4,3-6:6,6-12:9,12-18:5,18-24:2,24-36:1. Fördelningens form hämtas härifrån; medelvärdet blir --stay.',
    },
    runs: { type: 'string', valueName: 'R', description: 'Antal simuleringar för fixed, lognormal och empirical (standard 10000).' },
    seed: { type: 'string', valueName: 'X', description: 'Startvärde för slumptalen, heltal (standard 1); samma värde ger samma resultat.' },
    trend: { type: 'string', valueName: 'PROCENT', description: 'Förändring av anmälningarna per år i procent, till exempel 10 (standard 0).' },
    abandonment: {
      type: 'string',
      valueName: 'TAKT',
      description:
        'Avhopp från kön: takten per månad i kö med vilken väntande lämnar kön utan att skrivas in (flyttat, inte lyckats motiveras); 0.1 betyder att ungefär en av tio väntande lämnar kön under en månad (standard 0).',
    },
    absence: {
      type: 'string',
      valueName: 'ANDEL',
      description:
        'Frånvaro: andel av lotsarnas tid som går bort i sjukfrånvaro, föräldraledighet och vakanser, 0 till under 1; platserna räknas på den tid som finns, avrundat nedåt (standard 0).',
    },
    'lead-time': {
      type: 'string',
      valueName: 'MÅNADER',
      description:
        'Rekryteringstid i månader: nya lotsar i --lotsar börjar tidigast efter den, och en lots som slutar ersätts tidigast så långt efter att hen slutat (standard 0).',
    },
    'priority-share': {
      type: 'string',
      valueName: 'ANDEL',
      description:
        'Förtur: andel av anmälningarna som går före i kön, till exempel personer som friges från anstalt, 0 till under 1; ingen som redan är inskriven flyttas (standard 0).',
    },
    season: {
      type: 'string',
      valueName: 'F1,…,F12',
      description: 'Tolv säsongsfaktorer för januari–december med medelvärde 1, åtskilda med komma och med decimalpunkt, till exempel 0.8,0.9,1.1,…',
    },
    start: {
      type: 'string',
      valueName: 'ÅÅÅÅ-MM',
      description: 'Prognosens första månad, till exempel 2021-04: säsongsfaktorerna följer den och månaderna namnges efter den (standard januari).',
    },
    batch: {
      type: 'string',
      valueName: 'FIL.jsonl',
      description: 'Ett JSON-objekt med alternativen per rad (nycklar som flaggorna i camelCase); ett resultat per rad.',
    },
    'clear-backlog-to': {
      type: 'string',
      valueName: 'N',
      description:
        'Få ner kön: hur många som högst får vänta i slutet av månaden i --by; svaret är hur många lotsar till som behövs, under hur många månader, och vad det kostar.',
    },
    by: { type: 'string', valueName: 'ÅÅÅÅ-MM', description: 'Månaden för --clear-backlog-to: ÅÅÅÅ-MM med --start, annars månadens nummer i prognosen.' },
    'lots-salary': { type: 'string', valueName: 'KR', description: 'En lots månadslön i kronor, för kostnaden i --clear-backlog-to (med --po-percent).' },
    'po-percent': { type: 'string', valueName: 'P', description: 'PO-pålägg i procent, för kostnaden i --clear-backlog-to, till exempel 39.15.' },
    json: { type: 'boolean', description: 'Skriv resultatet som JSON på standard ut.' },
    district: {
      type: 'string',
      valueName: 'STADSDEL',
      description: 'Prognos för en sparad plan: stadsdelen (med --year, och --unit om stadsdelen har flera enheter).',
    },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten för en sparad plan.' },
    year: { type: 'string', valueName: 'ÅR', description: 'Planens år för en sparad plan.' },
    scenario: { type: 'string', valueName: 'NAMN', description: 'Prognos för ett scenario av den sparade planen i stället för planen.' },
    db: DB_OPTION,
  },
  examples: [
    'npx lotsplan forecast --arrivals 2.25 --stay 12 --lotsar 4 --caseload 7 --enrolled 27 --json',
    'npx lotsplan forecast --arrivals 2.25,2.25,3,3,3,3 --stay 12 --lotsar 4 --caseload 7 --horizon 36',
    'npx lotsplan forecast --arrivals 2.25 --stay 12 --lotsar 4 --caseload 7 --stay-distribution fixed --seed 7 --json',
    'npx lotsplan forecast --arrivals 2.25 --stay 12 --lotsar 4 --caseload 7 --stay-distribution empirical --stay-bands 0-3:4,3-6:6,6-12:9,12-18:5,18-24:2,24-36:1 --json',
    'npx lotsplan forecast --arrivals 2.25 --stay 12 --lotsar 4 --caseload 7 --trend 10 --json',
    'npx lotsplan forecast --arrivals 2.25 --stay 12 --lotsar 4 --caseload 7 --start 2021-04 --season 0.9,0.9,1,1.1,1.1,1,0.8,0.9,1.1,1.1,1,1',
    'npx lotsplan forecast --arrivals 2.25 --stay 12 --lotsar 4,4,4,3 --caseload 7 --enrolled 27 --abandonment 0.1 --absence 0.08 --lead-time 4 --priority-share 0.1 --json',
    'npx lotsplan forecast --arrivals 2.25 --stay 12 --lotsar 4 --caseload 7 --enrolled 28 --queue 15 --start 2027-01 --clear-backlog-to 3 --by 2027-06 --lots-salary 38500 --po-percent 39.15',
    'npx lotsplan forecast --batch scenarier.jsonl',
    'npx lotsplan forecast --district Rinkeby-Kista --year 2020 --scenario "En lots till" --target-probability 0.1 --json',
  ],
  async run({ values }, io) {
    if (values.district !== undefined || values.year !== undefined || values.scenario !== undefined) return runStored(values, io);
    const batch = values.batch;
    if (typeof batch === 'string') {
      const given = [...FORECAST_OPTION_FLAGS, ...BACKLOG_FLAGS].filter((flag) => values[flag] !== undefined);
      if (given.length > 0) {
        throw new UsageError(`Med --batch anges alternativen på varje rad i filen, inte som flaggor (fick ${given.map((f) => `--${f}`).join(', ')}).`);
      }
      return runBatch(path.resolve(io.cwd, batch), io);
    }
    const parsed = parseForecastOptions(forecastOptionsFromFlags(values));
    if (!parsed.ok) {
      const messages = parsed.issues.slice(0, MAX_LISTED_ERRORS).map((issue) => formatForecastIssue(issue, 'flag'));
      throw new UsageError(messages.join('\n'));
    }
    const options = parsed.value;
    const result = runForecast(options);
    const backlog = backlogFromFlags(values, options, result);
    if (values.json === true) {
      const report = toForecastReport(result);
      io.stdout(`${JSON.stringify(backlog ? { ...report, backlog } : report, null, 2)}\n`);
      return EXIT_OK;
    }
    io.stdout(renderForecastText(result, reading(options, result), DISTRIBUTION_LABELS[options.stayDistribution], options.targetProbability));
    if (backlog) io.stdout(`Få ner kön: ${backlog.sentence}\n`);
    return EXIT_OK;
  },
};

/** Flags a stored plan's forecast accepts besides --district, --unit, --year, --scenario and --db. */
const STORED_FLAGS = [
  'target-probability',
  'target-wait-weeks',
  'target-service-level',
  'target-service-weeks',
  'horizon',
  'stay-distribution',
  'stay-spread',
  'runs',
  'seed',
  'json',
];

/** `lotsplan forecast --district D --year Y [--scenario S]`: the forecast of a stored plan or scenario. */
async function runStored(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number> {
  const district = values.district;
  if (typeof district !== 'string' || district.trim() === '') throw new UsageError('Ange stadsdel med --district.');
  if (typeof values.year !== 'string') throw new UsageError('Ange år med --year.');
  const year = parseYear(values.year);
  const other = Object.entries(values).filter(
    ([flag, value]) => value !== undefined && !['district', 'unit', 'year', 'scenario', 'db', ...STORED_FLAGS].includes(flag),
  );
  if (other.length > 0) {
    throw new UsageError(`För en sparad plan hämtas antagandena från planen; ${other.map(([f]) => `--${f}`).join(', ')} gäller inte med --district.`);
  }
  const number = (flag: string) => (typeof values[flag] === 'string' ? parseNumberFlag(values[flag] as string, flag) : undefined);
  const targetProbability = number('target-probability');
  const targetWaitWeeks = number('target-wait-weeks');
  const targetServiceLevel = number('target-service-level');
  const targetServiceWeeks = number('target-service-weeks');
  const horizon = number('horizon');
  const distribution = values['stay-distribution'];
  const distributions = ['exponential', 'fixed', 'lognormal', 'empirical'] as const;
  if (distribution !== undefined && !distributions.includes(distribution as never)) {
    throw new UsageError(`Flaggan --stay-distribution: välj ${distributions.join(', ')} (fick ”${String(distribution)}”).`);
  }
  const staySpread = number('stay-spread');
  const runs = number('runs');
  const seed = number('seed');
  const forecast = {
    ...(distribution === undefined ? {} : { stayDistribution: distribution as (typeof distributions)[number] }),
    ...(staySpread === undefined ? {} : { staySpread }),
    ...(runs === undefined ? {} : { runs }),
    ...(seed === undefined ? {} : { seed }),
    ...(targetProbability === undefined ? {} : { targetProbability }),
    ...(targetWaitWeeks === undefined ? {} : { targetWaitWeeks }),
    ...(targetServiceLevel === undefined ? {} : { targetServiceLevel }),
    ...(targetServiceWeeks === undefined ? {} : { targetServiceWeeks }),
    ...(horizon === undefined ? {} : { horizon }),
  };
  return withSession(io, values.db as string | undefined, { create: false, calls: ['scenarios'] }, async (session) => {
    const r = await session.run('getScenarioForecast', {
      district,
      ...(typeof values.unit === 'string' ? { unit: values.unit } : {}),
      year,
      ...(typeof values.scenario === 'string' ? { scenario: values.scenario } : {}),
      forecast,
    });
    if (r.forecast === null) {
      io.stderr(`Fel: ${r.forecastMessage ?? 'Prognosen kan inte beräknas.'}
`);
      return EXIT_FAILED;
    }
    if (values.json === true) {
      io.stdout(`${JSON.stringify(forecastJson(r.forecast, targetProbability !== undefined || targetServiceLevel !== undefined), null, 2)}
`);
      return EXIT_OK;
    }
    const title = r.scenario === null ? `Prognos för planen ${year}` : `Prognos för scenariot ”${r.scenario}”`;
    io.stdout(forecastText(title, r.forecast));
    for (const w of r.warnings)
      io.stdout(`Obs: ${w}
`);
    return EXIT_OK;
  });
}

/** The plain-language reading for the last month, compared with the recommended staffing. */
function reading(options: ForecastOptions, result: ReturnType<typeof runForecast>): string {
  const planned = valueForMonth(options.lotsar, options.horizon);
  const alternatives = [{ lotsar: planned, months: result.months }];
  const r = result.recommendation;
  if (r && r.lotsar !== planned) {
    alternatives.push({ lotsar: r.lotsar, months: runForecast({ ...options, lotsar: [r.lotsar] }).months });
  }
  return describeForecast({
    month: options.horizon,
    alternatives,
    steadyState: result.steadyState,
    recommendation: r && { result: r, targetProbability: options.targetProbability, targetWaitWeeks: options.targetWaitWeeks },
  });
}

async function runBatch(file: string, io: CliIo): Promise<number> {
  const text = await readBatchFile(file);
  if (!text.ok) {
    io.stderr(`Fel: ${text.message}\n`);
    return EXIT_FAILED;
  }
  // Validate every line first: either all forecasts run or none, so results stay in line order.
  const entries: { line: number; options: ForecastOptions }[] = [];
  const errors: string[] = [];
  const lines = text.text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      errors.push(`Rad ${line}: raden är inte giltig JSON.`);
      return;
    }
    // A field given twice: JSON.parse would keep the last value without a word.
    const duplicate = findDuplicateJsonKey(raw);
    if (duplicate !== null) {
      errors.push(`Rad ${line}: fältet ”${duplicate.path.join('.')}” finns två gånger på raden. Ta bort det ena.`);
      return;
    }
    const parsed = parseForecastOptions(json);
    if (!parsed.ok) {
      for (const issue of parsed.issues) errors.push(`Rad ${line}: ${formatForecastIssue(issue, 'field')}`);
      return;
    }
    entries.push({ line, options: parsed.value });
  });
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_LISTED_ERRORS);
    if (errors.length > MAX_LISTED_ERRORS) shown.push(moreErrorsLine(errors.length - MAX_LISTED_ERRORS));
    io.stderr(`Fel: Filen ${file} har fel; inga prognoser har räknats.\n${shown.join('\n')}\n`);
    return EXIT_FAILED;
  }
  if (entries.length === 0) {
    io.stderr(`Fel: Filen ${file} har inga rader med alternativ.\n`);
    return EXIT_FAILED;
  }
  for (const entry of entries) io.stdout(`${JSON.stringify(toForecastReport(runForecast(entry.options)))}\n`);
  return EXIT_OK;
}

async function readBatchFile(file: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  let stat: Stats;
  try {
    stat = await fs.stat(file);
  } catch {
    return { ok: false, message: `Filen ${file} finns inte eller kan inte läsas.` };
  }
  if (stat.isDirectory()) return { ok: false, message: `${file} är en mapp, inte en fil.` };
  if (stat.size > MAX_BATCH_BYTES) {
    return { ok: false, message: `Filen ${file} är för stor (högst ${MAX_BATCH_BYTES / 1_000_000} MB).` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(file)) };
  } catch {
    return { ok: false, message: `Filen ${file} kan inte läsas som UTF-8-text.` };
  }
}

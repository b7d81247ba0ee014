// lotsplan scenario create|list|delete|compare: scenarios through the same handlers as the app.
import { DB_OPTION, defineCommand, type CliOptions, type OptionValues } from './types.ts';
import { withSession, type SessionOf } from '../withSession.ts';
import { EXIT_OK, UsageError, type CliIo } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { parseMonthFlag, parseNameList, parseNumberFlag, parsePercentFlag } from '../parseValues.ts';
import { comparisonTable, jsonMonths } from '../scenarioOutput.ts';
import { queueComparisonTable } from '../scenarioForecastOutput.ts';
import type { CallInput, CallOutput } from '../../api/contracts/index.ts';
import type { ScenarioPreset } from '../../core/scenarios/types.ts';

const SCENARIO_OPTIONS = {
  district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen, till exempel Rinkeby-Kista.' },
  unit: { type: 'string', valueName: 'ENHET', description: 'Enheten (behövs bara om stadsdelen har flera).' },
  year: { type: 'string', valueName: 'ÅR', description: 'Året, till exempel 2020.' },
  name: { type: 'string', valueName: 'NAMN', description: 'Scenariots namn (create, edit, delete, to-plan).' },
  names: { type: 'string', valueName: 'A,B,…', description: 'Ett till fyra scenarier att jämföra, åtskilda med komma (compare).' },
  preset: { type: 'string', valueName: 'TYP', description: 'oforandrat, en-lots-till, okat-tryck eller besparing (create).' },
  'add-lots': { type: 'string', valueName: 'ÅA', description: 'En ny lots med denna sysselsättningsgrad, till exempel 1 eller 0,5 (create, edit).' },
  'from-month': {
    type: 'string',
    valueName: 'MÅNAD',
    description: 'Den nya lotsens första månad, 1–12 eller namn (create med --add-lots, edit; vid create januari om inget anges).',
  },
  salary: {
    type: 'string',
    valueName: 'KR',
    description: 'Den nya lotsens månadslön, till exempel ”38 500” (create, edit; vid create medianlönen om inget anges).',
  },
  'arrivals-change': { type: 'string', valueName: 'PROCENT', description: 'Ändring av anmälningar per månad i procent, till exempel 30 (create, edit).' },
  'funding-change': {
    type: 'string',
    valueName: 'PROCENT',
    description: 'Ändring av finansieringen i procent, till exempel --funding-change=-5 (create, edit).',
  },
  'lead-time': { type: 'string', valueName: 'MÅNADER', description: 'Rekryteringstiden i månader i scenariot (edit).' },
  'mean-stay': { type: 'string', valueName: 'MÅNADER', description: 'Genomsnittlig vistelsetid i månader i scenariot (edit).' },
  trend: { type: 'string', valueName: 'PROCENT', description: 'Förändring av anmälningarna per år i procent i scenariots prognos (edit).' },
  json: { type: 'boolean', description: 'Skriv resultatet som JSON (list, compare).' },
  db: DB_OPTION,
} as const satisfies CliOptions;

type Values = OptionValues<typeof SCENARIO_OPTIONS>;

const SUBCOMMANDS = ['create', 'edit', 'list', 'delete', 'compare', 'to-plan'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** Flags each subcommand accepts besides --district, --unit, --year and --db. */
const FLAGS: Record<Subcommand, readonly string[]> = {
  create: ['name', 'preset', 'add-lots', 'from-month', 'salary', 'arrivals-change', 'funding-change'],
  edit: ['name', 'add-lots', 'from-month', 'salary', 'arrivals-change', 'funding-change', 'lead-time', 'mean-stay', 'trend'],
  list: ['json'],
  delete: ['name'],
  compare: ['names', 'json'],
  'to-plan': ['name'],
};

const PRESETS: Record<string, ScenarioPreset> = {
  oforandrat: 'unchanged',
  'en-lots-till': 'extraLots',
  'okat-tryck': 'increasedPressure',
  besparing: 'savings',
};

function target(values: Values) {
  const district = values.district;
  if (!district) throw new UsageError('Ange stadsdel med --district.');
  if (values.year === undefined) throw new UsageError('Ange år med --year.');
  return { district, unit: values.unit, year: parseYear(values.year) };
}

function requireName(values: Values, flag: 'name' | 'names' = 'name'): string {
  const name = values[flag];
  if (typeof name !== 'string' || name.trim() === '') throw new UsageError(`Ange scenariots namn med --${flag}.`);
  return name;
}

/** Why --from-month needs --add-lots: it is the new lots's first month, not a month for the other changes. */
const FROM_MONTH_NEEDS_LOTS =
  '--from-month gäller den nya lotsen och kräver --add-lots, till exempel --add-lots 1 --from-month 4. ' +
  'En ökning av anmälningarna från en viss månad anges i stället i Prognos, som en tillfällig ökning.';

export function createInput(values: Values): CallInput<'createScenario'> {
  const name = requireName(values);
  if (values['from-month'] !== undefined && values['add-lots'] === undefined) {
    parseMonthFlag(values['from-month'], 'from-month');
    throw new UsageError(FROM_MONTH_NEEDS_LOTS);
  }
  const lotsFlags = (['add-lots', 'from-month', 'salary'] as const).some((f) => values[f] !== undefined);
  const extraLots = lotsFlags
    ? {
        fte: values['add-lots'] === undefined ? 1 : parseNumberFlag(values['add-lots'], 'add-lots'),
        fromMonth: values['from-month'] === undefined ? 1 : parseMonthFlag(values['from-month'], 'from-month'),
        ...(values.salary === undefined ? {} : { monthlySalary: parseNumberFlag(values.salary, 'salary') }),
      }
    : undefined;
  const overrides = {
    ...(values['arrivals-change'] === undefined ? {} : { arrivalsChangePercent: parsePercentFlag(values['arrivals-change'], 'arrivals-change') }),
    ...(values['funding-change'] === undefined ? {} : { fundingChangePercent: parsePercentFlag(values['funding-change'], 'funding-change') }),
  };
  let preset: ScenarioPreset;
  if (values.preset !== undefined) {
    const given = PRESETS[values.preset.trim().toLocaleLowerCase('sv')];
    if (!given) throw new UsageError(`Okänd scenariotyp ”${values.preset}”. Välj en av ${Object.keys(PRESETS).join(', ')}.`);
    preset = given;
  } else {
    const other = Object.keys(overrides).length > 0;
    preset = !lotsFlags && !other ? 'unchanged' : lotsFlags && !other ? 'extraLots' : 'custom';
  }
  return { ...target(values), name, preset, ...(extraLots ? { extraLots } : {}), ...(Object.keys(overrides).length > 0 ? { overrides } : {}) };
}

type Overrides = CallOutput<'listScenarios'>['scenarios'][number]['overrides'];

/**
 * The scenario's overrides with the flags' changes: --add-lots adds one more position (with
 * --from-month and --salary; without --add-lots those two change the scenario's added lotsar),
 * the others replace their field. Nothing else of the scenario changes.
 */
export function editedOverrides(values: Values, current: Overrides, medianSalary: number | null): Overrides {
  const next: Overrides = structuredClone(current);
  const fromMonth = values['from-month'] === undefined ? undefined : parseMonthFlag(values['from-month'], 'from-month');
  const salary = values.salary === undefined ? undefined : parseNumberFlag(values.salary, 'salary');
  if (values['add-lots'] !== undefined) {
    const fte = parseNumberFlag(values['add-lots'], 'add-lots');
    const monthlySalary = salary ?? medianSalary;
    if (monthlySalary === null) throw new UsageError('Planen har inga lotsar att ta en medianlön från; ange lönen med --salary.');
    next.addPositions.push({ role: 'lots', title: 'Ny lots', fte, monthlySalary, fromMonth: fromMonth ?? 1, toMonth: 12, fundingSource: null });
  } else if (fromMonth !== undefined || salary !== undefined) {
    const lots = next.addPositions.filter((p) => p.role === 'lots');
    if (lots.length === 0) {
      const flags = [fromMonth !== undefined ? '--from-month' : null, salary !== undefined ? '--salary' : null].filter((f) => f !== null).join(' och ');
      throw new UsageError(
        `Scenariot har ingen tillagd lots, så ${flags} har inget att ändra: de gäller den nya lotsen. ` +
          'Lägg till en lots med --add-lots, till exempel --add-lots 1 --from-month 4.' +
          (fromMonth !== undefined ? ' En ökning av anmälningarna från en viss månad anges i stället i Prognos, som en tillfällig ökning.' : ''),
      );
    }
    for (const p of lots) {
      if (fromMonth !== undefined) p.fromMonth = fromMonth;
      if (salary !== undefined) p.monthlySalary = salary;
    }
  }
  if (values['arrivals-change'] !== undefined) next.arrivalsChangePercent = parsePercentFlag(values['arrivals-change'], 'arrivals-change');
  if (values['funding-change'] !== undefined) next.fundingChangePercent = parsePercentFlag(values['funding-change'], 'funding-change');
  if (values.trend !== undefined) next.trendPercent = parsePercentFlag(values.trend, 'trend');
  if (values['mean-stay'] !== undefined) next.meanStayMonths = parseNumberFlag(values['mean-stay'], 'mean-stay');
  if (values['lead-time'] !== undefined) {
    const lead = parseNumberFlag(values['lead-time'], 'lead-time');
    if (!Number.isInteger(lead) || lead < 0) throw new UsageError('Flaggan --lead-time: ange rekryteringstiden som ett helt antal månader, 0 eller mer.');
    next.settings = { ...next.settings, recruitmentLeadTimeMonths: lead };
  }
  return next;
}

/** The flags that change something in `scenario edit` (all its flags but --name). */
const EDIT_CHANGES = FLAGS.edit.filter((flag) => flag !== 'name');

/** `scenario edit` with nothing to change is refused rather than reported as a change. */
function refuseEmptyEdit(values: Values): void {
  if (EDIT_CHANGES.some((flag) => values[flag as keyof Values] !== undefined)) return;
  const flags = EDIT_CHANGES.map((flag) => `--${flag}`);
  throw new UsageError(
    `Ange vad som ska ändras i scenariot ”${requireName(values).trim()}”, med någon av flaggorna ${flags.slice(0, -1).join(', ')} eller ${flags.at(-1)}. Ingenting har ändrats.`,
  );
}

async function run(sub: Subcommand, values: Values, session: SessionOf<'scenarios' | 'staffing'>, io: CliIo): Promise<number> {
  switch (sub) {
    case 'create': {
      const s = (await session.run('createScenario', createInput(values))).scenario;
      io.stdout(`Scenariot ”${s.name}” har skapats (${s.presetLabel}). ${s.description}\n`);
      return EXIT_OK;
    }
    case 'edit': {
      const name = requireName(values);
      const listed = await session.run('listScenarios', target(values));
      const scenario = listed.scenarios.find((x) => x.name.trim().toLocaleLowerCase('sv') === name.trim().toLocaleLowerCase('sv'));
      const overrides = scenario ? scenario.overrides : null;
      let median: number | null = null;
      if (values['add-lots'] !== undefined && values.salary === undefined) {
        const lots = await session.call('getMarginalLots', { ...target(values), fromMonth: 1 });
        median = lots.ok ? lots.value.monthlySalary : null;
      }
      const { scenario: s } = await session.run('updateScenario', {
        ...target(values),
        scenario: name,
        // An unknown name is refused by the handler with the list of scenarios.
        overrides: overrides ? editedOverrides(values, overrides, median) : ({} as Overrides),
      });
      io.stdout(`Scenariot ”${s.name}” har ändrats. ${s.description}\n`);
      return EXIT_OK;
    }
    case 'list': {
      const { scenarios } = await session.run('listScenarios', target(values));
      if (values.json === true) io.stdout(`${JSON.stringify(scenarios, null, 2)}\n`);
      else if (scenarios.length === 0) io.stdout('Det finns inga scenarier för året.\n');
      else for (const s of scenarios) io.stdout(`${s.name} (${s.presetLabel}): ${s.description}\n`);
      return EXIT_OK;
    }
    case 'to-plan': {
      const result = await session.run('scenarioToPlan', { ...target(values), scenario: requireName(values) });
      io.stdout(`${result.label}.\n`);
      for (const w of result.warnings) io.stdout(`Obs: ${w}\n`);
      return EXIT_OK;
    }
    case 'delete': {
      const { deleted } = await session.run('deleteScenario', { ...target(values), scenario: requireName(values) });
      io.stdout(`Scenariot ”${deleted}” har tagits bort.\n`);
      return EXIT_OK;
    }
    case 'compare': {
      const names = parseNameList(requireName(values, 'names'), 'names');
      const r = await session.run('compareScenarios', { ...target(values), scenarios: names });
      if (values.json !== true) {
        io.stdout(comparisonTable(r));
        io.stdout(queueComparisonTable(r));
        return EXIT_OK;
      }
      const json = {
        baseline: { ...r.baseline.figures, months: jsonMonths(r.baseline.months), forecast: r.baseline.forecast, queueFigures: r.baseline.queueFigures },
        scenarios: r.scenarios.map((s) => ({
          name: s.scenario.name,
          figures: { ...s.figures, months: jsonMonths(s.months) },
          deltas: s.deltas,
          sentence: s.sentence,
          warnings: s.warnings,
          forecast: s.forecast,
          queueFigures: s.queueFigures,
          queueDeltas: s.queueDeltas,
        })),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return EXIT_OK;
    }
  }
}

export const scenarioCommand = defineCommand({
  name: 'scenario',
  summary: 'Skapar, ändrar, listar, tar bort och jämför scenarier (med köprognos) för en enhet och ett år.',
  positionals: [{ name: 'create|edit|list|delete|compare|to-plan', description: 'Vad som ska göras (to-plan: gör scenariot till planen för året efter).' }],
  options: SCENARIO_OPTIONS,
  examples: [
    'npx lotsplan scenario create --district Rinkeby-Kista --year 2020 --name "En lots till" --add-lots 1 --from-month 4 --salary "38 500"',
    'npx lotsplan scenario edit --district Rinkeby-Kista --year 2020 --name "En lots till" --from-month 5 --salary "39 000" --arrivals-change 30',
    'npx lotsplan scenario compare --district Rinkeby-Kista --year 2020 --names "En lots till,Besparing" --json',
  ],
  async run({ values, positionals }, io) {
    const [sub, ...extra] = positionals;
    if (sub === undefined || !(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UsageError(`Ange vad som ska göras: ${SUBCOMMANDS.join(', ')}${sub === undefined ? '' : ` (fick ”${sub}”)`}.`);
    }
    if (extra.length > 0) throw new UsageError(`Oväntade argument: ${extra.join(' ')}.`);
    const subcommand = sub as Subcommand;
    const common = ['district', 'unit', 'year', 'db'];
    for (const [flag, value] of Object.entries(values)) {
      if (value !== undefined && !common.includes(flag) && !FLAGS[subcommand].includes(flag)) {
        throw new UsageError(`Flaggan --${flag} gäller inte för ”scenario ${subcommand}”.`);
      }
    }
    // Check the usage before the database is opened, so wrong usage never touches the file.
    if (subcommand === 'create') createInput(values);
    else target(values);
    if (subcommand === 'edit' || subcommand === 'to-plan') requireName(values);
    if (subcommand === 'edit') refuseEmptyEdit(values);
    return withSession(io, values.db, { create: false, calls: ['scenarios', 'staffing'] }, (session) => run(subcommand, values, session, io));
  },
});

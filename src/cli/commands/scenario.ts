// lotsplan scenario create|list|delete|compare: scenarios through the same handlers as the app.
import { DB_OPTION, type CliCommand } from './types.ts';
import { openSession, reportFailure, type CliSession } from '../session.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { parseMonthFlag, parseNameList, parseNumberFlag, parsePercentFlag } from '../parseValues.ts';
import { comparisonTable, jsonMonths } from '../scenarioOutput.ts';
import type { CallInput } from '../../api/contracts/index.ts';
import type { ScenarioPreset } from '../../core/scenarios/types.ts';

type Values = Record<string, string | boolean | undefined>;

const SUBCOMMANDS = ['create', 'list', 'delete', 'compare'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** Flags each subcommand accepts besides --district, --unit, --year and --db. */
const FLAGS: Record<Subcommand, readonly string[]> = {
  create: ['name', 'preset', 'add-lots', 'from-month', 'salary', 'arrivals-change', 'funding-change'],
  list: ['json'],
  delete: ['name'],
  compare: ['names', 'json'],
};

const PRESETS: Record<string, ScenarioPreset> = {
  oforandrat: 'unchanged',
  'en-lots-till': 'extraLots',
  'okat-tryck': 'increasedPressure',
  besparing: 'savings',
};

function target(values: Values) {
  const district = values.district as string | undefined;
  if (!district) throw new UsageError('Ange stadsdel med --district.');
  if (values.year === undefined) throw new UsageError('Ange år med --year.');
  return { district, unit: values.unit as string | undefined, year: parseYear(values.year as string) };
}

function requireName(values: Values, flag = 'name'): string {
  const name = values[flag];
  if (typeof name !== 'string' || name.trim() === '') throw new UsageError(`Ange scenariots namn med --${flag}.`);
  return name;
}

export function createInput(values: Values): CallInput<'createScenario'> {
  const name = requireName(values);
  const lotsFlags = ['add-lots', 'from-month', 'salary'].some((f) => values[f] !== undefined);
  const extraLots = lotsFlags
    ? {
        fte: values['add-lots'] === undefined ? 1 : parseNumberFlag(values['add-lots'] as string, 'add-lots'),
        fromMonth: values['from-month'] === undefined ? 1 : parseMonthFlag(values['from-month'] as string, 'from-month'),
        ...(values.salary === undefined ? {} : { monthlySalary: parseNumberFlag(values.salary as string, 'salary') }),
      }
    : undefined;
  const overrides = {
    ...(values['arrivals-change'] === undefined ? {} : { arrivalsChangePercent: parsePercentFlag(values['arrivals-change'] as string, 'arrivals-change') }),
    ...(values['funding-change'] === undefined ? {} : { fundingChangePercent: parsePercentFlag(values['funding-change'] as string, 'funding-change') }),
  };
  let preset: ScenarioPreset;
  if (values.preset !== undefined) {
    const given = PRESETS[(values.preset as string).trim().toLocaleLowerCase('sv')];
    if (!given) throw new UsageError(`Okänd scenariotyp "${values.preset}". Välj en av ${Object.keys(PRESETS).join(', ')}.`);
    preset = given;
  } else {
    const other = Object.keys(overrides).length > 0;
    preset = !lotsFlags && !other ? 'unchanged' : lotsFlags && !other ? 'extraLots' : 'custom';
  }
  return { ...target(values), name, preset, ...(extraLots ? { extraLots } : {}), ...(Object.keys(overrides).length > 0 ? { overrides } : {}) };
}

async function run(sub: Subcommand, values: Values, session: CliSession, io: CliIo): Promise<number> {
  switch (sub) {
    case 'create': {
      const result = await session.call('createScenario', createInput(values));
      if (!result.ok) return fail(io, result);
      const s = result.value.scenario;
      io.stdout(`Scenariot "${s.name}" har skapats (${s.presetLabel}). ${s.description}\n`);
      return EXIT_OK;
    }
    case 'list': {
      const result = await session.call('listScenarios', target(values));
      if (!result.ok) return fail(io, result);
      const { scenarios } = result.value;
      if (values.json === true) io.stdout(`${JSON.stringify(scenarios, null, 2)}\n`);
      else if (scenarios.length === 0) io.stdout('Det finns inga scenarier för året.\n');
      else for (const s of scenarios) io.stdout(`${s.name} (${s.presetLabel}): ${s.description}\n`);
      return EXIT_OK;
    }
    case 'delete': {
      const result = await session.call('deleteScenario', { ...target(values), scenario: requireName(values) });
      if (!result.ok) return fail(io, result);
      io.stdout(`Scenariot "${result.value.deleted}" har tagits bort.\n`);
      return EXIT_OK;
    }
    case 'compare': {
      const names = parseNameList(requireName(values, 'names'), 'names');
      const result = await session.call('compareScenarios', { ...target(values), scenarios: names });
      if (!result.ok) return fail(io, result);
      const r = result.value;
      if (values.json !== true) {
        io.stdout(comparisonTable(r));
        return EXIT_OK;
      }
      const json = {
        baseline: { ...r.baseline.figures, months: jsonMonths(r.baseline.months) },
        scenarios: r.scenarios.map((s) => ({
          name: s.scenario.name,
          figures: { ...s.figures, months: jsonMonths(s.months) },
          deltas: s.deltas,
          sentence: s.sentence,
          warnings: s.warnings,
        })),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return EXIT_OK;
    }
  }
}

function fail(io: CliIo, result: { ok: false; error: { message: string; details?: string[] } }): number {
  reportFailure(io, result);
  return EXIT_FAILED;
}

export const scenarioCommand: CliCommand = {
  name: 'scenario',
  summary: 'Skapar, listar, tar bort och jämför scenarier för en enhet och ett år.',
  positionals: [{ name: 'create|list|delete|compare', description: 'Vad som ska göras.' }],
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen, till exempel Rinkeby-Kista.' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten (behövs bara om stadsdelen har flera).' },
    year: { type: 'string', valueName: 'ÅR', description: 'Året, till exempel 2020.' },
    name: { type: 'string', valueName: 'NAMN', description: 'Scenariots namn (create, delete).' },
    names: { type: 'string', valueName: 'A,B,…', description: 'Ett till fyra scenarier att jämföra, åtskilda med komma (compare).' },
    preset: { type: 'string', valueName: 'TYP', description: 'oforandrat, en-lots-till, okat-tryck eller besparing (create).' },
    'add-lots': { type: 'string', valueName: 'ÅA', description: 'En ny lots med denna sysselsättningsgrad, till exempel 1 eller 0,5 (create).' },
    'from-month': { type: 'string', valueName: 'MÅNAD', description: 'Den nya lotsens första månad, 1–12 eller namn (create; standard januari).' },
    salary: { type: 'string', valueName: 'KR', description: 'Den nya lotsens månadslön, till exempel "38 500" (create; standard medianlönen).' },
    'arrivals-change': { type: 'string', valueName: 'PROCENT', description: 'Ändring av anmälningar per månad i procent, till exempel 30 (create).' },
    'funding-change': { type: 'string', valueName: 'PROCENT', description: 'Ändring av finansieringen i procent, till exempel --funding-change=-5 (create).' },
    json: { type: 'boolean', description: 'Skriv resultatet som JSON (list, compare).' },
    db: DB_OPTION,
  },
  examples: [
    'npx lotsplan scenario create --district Rinkeby-Kista --year 2020 --name "En lots till" --add-lots 1 --from-month 4 --salary "38 500"',
    'npx lotsplan scenario compare --district Rinkeby-Kista --year 2020 --names "En lots till,Besparing" --json',
  ],
  async run({ values, positionals }, io) {
    const [sub, ...extra] = positionals;
    if (sub === undefined || !(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UsageError(`Ange vad som ska göras: ${SUBCOMMANDS.join(', ')}${sub === undefined ? '' : ` (fick "${sub}")`}.`);
    }
    if (extra.length > 0) throw new UsageError(`Oväntade argument: ${extra.join(' ')}.`);
    const subcommand = sub as Subcommand;
    const common = ['district', 'unit', 'year', 'db'];
    for (const [flag, value] of Object.entries(values)) {
      if (value !== undefined && !common.includes(flag) && !FLAGS[subcommand].includes(flag)) {
        throw new UsageError(`Flaggan --${flag} gäller inte för "scenario ${subcommand}".`);
      }
    }
    // Check the usage before the database is opened, so wrong usage never touches the file.
    if (subcommand === 'create') createInput(values);
    else target(values);
    const session = openSession(io, values.db as string | undefined, { create: false });
    try {
      return await run(subcommand, values, session, io);
    } finally {
      await session.close();
    }
  },
};

import { DB_OPTION, defineCommand } from './types.ts';
import { withSession, type SessionOf } from '../withSession.ts';
import { EXIT_OK, UsageError, type CliIo } from '../io.ts';
import { figuresTable, jsonMonths, monthTable } from '../scenarioOutput.ts';
import { parseYear } from '../parseArgs.ts';
import { FIGURE_LABELS } from '../../core/figures/explainKeyFigures.ts';
import { formatFigure } from '../../core/figures/formatFigure.ts';
import type { KeyFigures } from '../../core/figures/keyFigures.ts';

export const figuresCommand = defineCommand({
  name: 'figures',
  summary: 'Visar nyckeltalen för en enhet och ett år (med --json som JSON, ej avrundat).',
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen, till exempel Rinkeby-Kista.' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten (behövs bara om stadsdelen har flera).' },
    year: { type: 'string', valueName: 'ÅR', description: 'Året (annars det senaste).' },
    scenario: { type: 'string', valueName: 'NAMN', description: 'Ett scenarios nyckeltal, med månadsprofil (platser = platser i december).' },
    json: { type: 'boolean', description: 'Skriv nyckeltalen som JSON på standard ut.' },
    db: DB_OPTION,
  },
  examples: [
    'npx lotsplan figures --district Rinkeby-Kista --json',
    'npx lotsplan figures --district Rinkeby-Kista --year 2020 --scenario "En lots till" --json',
  ],
  async run({ values }, io) {
    const { district, unit, scenario } = values;
    if (!district) throw new UsageError('Ange stadsdel med --district.');
    const year = values.year === undefined ? undefined : parseYear(values.year);
    if (scenario !== undefined && scenario.trim() === '') throw new UsageError('Ange scenariots namn efter --scenario.');
    // The scenario contracts (and the forecast code behind them) only when a scenario is asked for.
    const calls = scenario === undefined ? (['figures'] as const) : (['figures', 'scenarios'] as const);
    return withSession(io, values.db, { create: false, readOnlyWhenProtected: true, calls }, async (session) => {
      if (scenario !== undefined) return scenarioFigures(session, io, { district, unit, year }, scenario, values.json === true);
      const { figures } = await session.run('getFigures', { district, unit, year });
      if (values.json === true) io.stdout(`${JSON.stringify(figures, null, 2)}\n`);
      else io.stdout(renderTable(figures));
      return EXIT_OK;
    });
  },
});

async function scenarioFigures(
  session: SessionOf<'figures' | 'scenarios'>,
  io: CliIo,
  selector: { district: string; unit: string | undefined; year: number | undefined },
  scenario: string,
  json: boolean,
): Promise<number> {
  let year = selector.year;
  if (year === undefined) {
    // The latest year, as for the saved plan.
    year = (await session.run('getFigures', selector)).figures.year;
  }
  const { figures, months, sentence, warnings, scenario: s } = await session.run('getScenarioFigures', { ...selector, year, scenario });
  if (json) {
    io.stdout(`${JSON.stringify({ ...figures, months: jsonMonths(months) }, null, 2)}\n`);
  } else {
    io.stdout(figuresTable(`${figures.district}, ${figures.unit} ${figures.year}, scenariot ”${s.name}”`, figures));
    io.stdout(`\n${monthTable(months)}\n  ${sentence}\n`);
  }
  for (const warning of warnings) io.stderr(`Obs: ${warning}\n`);
  return EXIT_OK;
}

function renderTable(figures: KeyFigures): string {
  const rows = (Object.keys(FIGURE_LABELS) as (keyof KeyFigures)[])
    .filter((key) => key in figures && !['district', 'unit', 'year'].includes(key))
    .map((key) => [FIGURE_LABELS[key] ?? key, formatFigure(key, figures[key])] as const);
  const width = Math.max(...rows.map(([label]) => label.length));
  const header = `${figures.district}, ${figures.unit} ${figures.year}\n`;
  return `${header}${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

import { DB_OPTION, type CliCommand } from './types.ts';
import { openSession, reportFailure } from '../session.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { FIGURE_LABELS } from '../../core/figures/explainKeyFigures.ts';
import { formatFigure } from '../../core/figures/formatFigure.ts';
import type { KeyFigures } from '../../core/figures/keyFigures.ts';

export const figuresCommand: CliCommand = {
  name: 'figures',
  summary: 'Visar nyckeltalen för en enhet och ett år (med --json som JSON, ej avrundat).',
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen, till exempel Rinkeby-Kista.' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten (behövs bara om stadsdelen har flera).' },
    year: { type: 'string', valueName: 'ÅR', description: 'Året (annars det senaste).' },
    json: { type: 'boolean', description: 'Skriv nyckeltalen som JSON på standard ut.' },
    db: DB_OPTION,
  },
  examples: ['npx lotsplan figures --district Rinkeby-Kista --json'],
  async run({ values }, io) {
    const district = values.district as string | undefined;
    if (!district) throw new UsageError('Ange stadsdel med --district.');
    const unit = values.unit as string | undefined;
    const year = values.year === undefined ? undefined : parseYear(values.year as string);
    const session = openSession(io, values.db as string | undefined, { create: false });
    try {
      const result = await session.call('getFigures', { district, unit, year });
      if (!result.ok) {
        reportFailure(io, result);
        return EXIT_FAILED;
      }
      const { figures } = result.value;
      if (values.json === true) io.stdout(`${JSON.stringify(figures, null, 2)}\n`);
      else io.stdout(renderTable(figures));
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};

function renderTable(figures: KeyFigures): string {
  const rows = (Object.keys(FIGURE_LABELS) as (keyof KeyFigures)[])
    .filter((key) => key in figures && !['district', 'unit', 'year'].includes(key))
    .map((key) => [FIGURE_LABELS[key] ?? key, formatFigure(key, figures[key])] as const);
  const width = Math.max(...rows.map(([label]) => label.length));
  const header = `${figures.district}, ${figures.unit} ${figures.year}\n`;
  return `${header}${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

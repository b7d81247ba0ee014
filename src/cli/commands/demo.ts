import { DB_OPTION, defineCommand } from './types.ts';
import { reportFailure, withSession } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK } from '../io.ts';
import { unitYearsCountText } from '../../core/audit/summaries.ts';

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Skapar en databas med demodata (Rinkeby-Kista 2020 och stadsdelarnas siffror 2016).',
  options: {
    db: DB_OPTION,
    force: { type: 'boolean', description: 'Ersätt demodatans enhetsår även om databasen redan har uppgifter.' },
  },
  examples: ['npx lotsplan demo --db /tmp/lotsplan.sqlite'],
  async run({ values }, io) {
    return withSession(io, values.db, { create: true, calls: ['demo'] }, async (session) => {
      const result = await session.call('loadDemo', { force: values.force === true });
      if (!result.ok) {
        reportFailure(io, result);
        if (result.error.code === 'CONFLICT') io.stderr('Använd --force för att ersätta demodatans enhetsår.\n');
        return EXIT_FAILED;
      }
      io.stdout(`Demodata har lästs in i ${session.dbPath} (${unitYearsCountText(result.value.unitYears)}).\n`);
      return EXIT_OK;
    });
  },
});

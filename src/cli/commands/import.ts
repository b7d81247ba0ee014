import path from 'node:path';
import { DB_OPTION, type CliCommand } from './types.ts';
import { openSession, reportFailure } from '../session.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { readTextFileLimited } from '../readTextFile.ts';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Läser in en utväxlingsfil (JSON). Allt eller inget; samma enhet och år ersätts.',
  positionals: [{ name: 'FIL', description: 'Utväxlingsfilen som ska läsas in.' }],
  options: { db: DB_OPTION },
  examples: ['npx lotsplan import rinkeby-kista-2020.json --db /tmp/lotsplan.sqlite'],
  async run({ values, positionals }, io) {
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('Ange filen som ska läsas in, till exempel: lotsplan import fil.json');
    if (extra.length > 0) throw new UsageError(`Ange bara en fil åt gången (fick också ${extra.join(', ')}).`);
    const filePath = path.resolve(io.cwd, file);
    const text = await readTextFileLimited(filePath);
    if (!text.ok) {
      io.stderr(`Fel: ${text.message}\n`);
      return EXIT_FAILED;
    }
    const session = openSession(io, values.db as string | undefined, { create: true });
    try {
      const result = await session.call('importExchange', { text: text.text, fileName: filePath });
      if (!result.ok) {
        reportFailure(io, result);
        return EXIT_FAILED;
      }
      const { district, unit, year, replaced } = result.value;
      io.stdout(`${district}, ${unit} ${year} har ${replaced ? 'ersatts' : 'lästs in'} i ${session.dbPath}.\n`);
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};


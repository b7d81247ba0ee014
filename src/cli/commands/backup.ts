import { DB_OPTION, type CliCommand } from './types.ts';
import { openSession, reportFailure } from '../session.ts';
import { EXIT_FAILED, EXIT_OK } from '../io.ts';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Tar en säkerhetskopia av databasen i mappen backups bredvid filen och skriver ut dess sökväg.',
  options: { db: DB_OPTION },
  examples: ['npx lotsplan backup --db /tmp/lotsplan.sqlite'],
  async run({ values }, io) {
    const session = openSession(io, values.db as string | undefined, { create: false, readOnlyWhenProtected: true });
    try {
      const result = await session.call('backupNow', {});
      if (!result.ok) {
        reportFailure(io, result);
        return EXIT_FAILED;
      }
      // Only the path on standard output, so that scripts can use it.
      io.stdout(`${result.value.path}\n`);
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};

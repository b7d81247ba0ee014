import { DB_OPTION, defineCommand } from './types.ts';
import { reportFailure, withSession } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK } from '../io.ts';
import fs from 'node:fs';
import path from 'node:path';

/** Whether the file and its folder can be written by whoever runs the command. */
function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Kontrollerar databasfilens version och integritet. Avslutas med fel om den inte är frisk.',
  options: {
    db: DB_OPTION,
    json: { type: 'boolean', description: 'Skriv rapporten som JSON.' },
  },
  async run({ values }, io) {
    return withSession(io, values.db, { create: false, readOnlyWhenProtected: true, calls: ['databaseStatus'] }, async (session) => {
      const result = await session.call('getDatabaseStatus', {});
      if (!result.ok) {
        if (values.json === true) io.stdout(`${JSON.stringify({ path: session.dbPath, healthy: false, error: result.error }, null, 2)}\n`);
        reportFailure(io, result);
        return EXIT_FAILED;
      }
      const report = result.value;
      if (values.json === true) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else {
        io.stdout(`Databas: ${report.path}\nDatabasversion: ${report.schemaVersion}\nEnhetsår: ${report.unitYears}\n`);
        for (const line of report.messages) io.stdout(`  ${line}\n`);
        io.stdout(report.healthy ? 'Databasen är frisk.\n' : '');
        if (!isWritable(report.path)) {
          io.stdout(
            'Filen är skrivskyddad: Lotsplan kan läsa den men inte ändra den. Ändringar är inte möjliga förrän du kopierar den till en mapp där du får skriva.\n',
          );
        }
      }
      if (!report.healthy) {
        io.stderr('Fel: Databasen är inte frisk. Se rapporten ovan.\n');
        return EXIT_FAILED;
      }
      return EXIT_OK;
    });
  },
});

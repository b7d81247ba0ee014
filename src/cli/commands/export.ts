import { DB_OPTION, defineCommand } from './types.ts';
import { withSession } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { resolveOutputFile, writeOutputFile } from '../outputFile.ts';

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Skriver en enhets plan för ett år som utväxlingsfil (JSON).',
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen, till exempel Rinkeby-Kista.' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten, till exempel ”SIG vuxna”.' },
    year: { type: 'string', valueName: 'ÅR', description: 'Året, till exempel 2020.' },
    out: { type: 'string', valueName: 'FIL', description: 'Filen som ska skrivas.' },
    db: DB_OPTION,
  },
  examples: ['npx lotsplan export --district Rinkeby-Kista --unit "SIG vuxna" --year 2020 --out rk-2020.json'],
  async run({ values }, io) {
    const { district, unit, out } = values;
    if (!district) throw new UsageError('Ange stadsdel med --district.');
    if (!unit) throw new UsageError('Ange enhet med --unit.');
    if (values.year === undefined) throw new UsageError('Ange år med --year.');
    if (!out) throw new UsageError('Ange filen som ska skrivas med --out.');
    const year = parseYear(values.year);
    const outPath = resolveOutputFile(io, out);
    if (outPath === null) return EXIT_FAILED;
    return withSession(io, values.db, { create: false, calls: ['exchange'] }, async (session) => {
      const exported = await session.run('exportExchange', { district, unit, year });
      if (!writeOutputFile(io, outPath, exported.text)) return EXIT_FAILED;
      io.stdout(`${district}, ${unit} ${year} har skrivits till ${outPath}.\n`);
      return EXIT_OK;
    });
  },
});

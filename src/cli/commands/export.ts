import { DB_OPTION, type CliCommand } from './types.ts';
import { openSession, reportFailure } from '../session.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { writeFileAtomic } from '../writeFileAtomic.ts';
import { resolveOutputFile } from '../outputFile.ts';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Skriver en enhets plan för ett år som utväxlingsfil (JSON).',
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen, till exempel Rinkeby-Kista.' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten, till exempel "SIG vuxna".' },
    year: { type: 'string', valueName: 'ÅR', description: 'Året, till exempel 2020.' },
    out: { type: 'string', valueName: 'FIL', description: 'Filen som ska skrivas.' },
    db: DB_OPTION,
  },
  examples: ['npx lotsplan export --district Rinkeby-Kista --unit "SIG vuxna" --year 2020 --out rk-2020.json'],
  async run({ values }, io) {
    const district = values.district as string | undefined;
    const unit = values.unit as string | undefined;
    const out = values.out as string | undefined;
    if (!district) throw new UsageError('Ange stadsdel med --district.');
    if (!unit) throw new UsageError('Ange enhet med --unit.');
    if (values.year === undefined) throw new UsageError('Ange år med --year.');
    if (!out) throw new UsageError('Ange filen som ska skrivas med --out.');
    const year = parseYear(values.year as string);
    const outPath = resolveOutputFile(io, out);
    if (outPath === null) return EXIT_FAILED;
    const session = openSession(io, values.db as string | undefined, { create: false });
    try {
      const result = await session.call('exportExchange', { district, unit, year });
      if (!result.ok) {
        reportFailure(io, result);
        return EXIT_FAILED;
      }
      writeFileAtomic(outPath, result.value.text);
      io.stdout(`${district}, ${unit} ${year} har skrivits till ${outPath}.\n`);
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};

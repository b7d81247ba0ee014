import { DB_OPTION, type CliCommand } from './types.ts';
import { openSession, reportFailure } from '../session.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { writeFileAtomic } from '../writeFileAtomic.ts';
import { resolveOutputFile } from '../outputFile.ts';

export const logCommand: CliCommand = {
  name: 'log',
  summary: 'Visar ändringsloggen (nyast först), som tabell, JSON eller Excel-fil.',
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Bara ändringar för stadsdelen.' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Bara ändringar för enheten.' },
    year: { type: 'string', valueName: 'ÅR', description: 'Bara ändringar för året.' },
    limit: { type: 'string', valueName: 'N', description: 'Högst N rader (1–1000, normalt 50).' },
    json: { type: 'boolean', description: 'Skriv raderna som JSON.' },
    xlsx: { type: 'string', valueName: 'FIL', description: 'Skriv hela den filtrerade loggen till en Excel-fil.' },
    db: DB_OPTION,
  },
  examples: ['npx lotsplan log --district Rinkeby-Kista --limit 20', 'npx lotsplan log --xlsx andringslogg.xlsx'],
  async run({ values }, io) {
    const filter = {
      ...(values.district ? { district: values.district as string } : {}),
      ...(values.unit ? { unit: values.unit as string } : {}),
      ...(values.year !== undefined ? { year: parseYear(values.year as string) } : {}),
    };
    let limit = 50;
    if (values.limit !== undefined) {
      limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit ska vara ett heltal mellan 1 och 1000 (fick "${String(values.limit)}").`);
    }
    const session = openSession(io, values.db as string | undefined, { create: false, readOnlyWhenProtected: true });
    try {
      if (typeof values.xlsx === 'string') {
        const out = resolveOutputFile(io, values.xlsx);
        if (out === null) return EXIT_FAILED;
        const result = await session.call('exportAuditLog', filter);
        if (!result.ok) {
          reportFailure(io, result);
          return EXIT_FAILED;
        }
        writeFileAtomic(out, Buffer.from(result.value.base64, 'base64'));
        io.stdout(`${result.value.rows} rader ur ändringsloggen har skrivits till ${out}.\n`);
        return EXIT_OK;
      }
      const result = await session.call('listAuditLog', { ...filter, limit });
      if (!result.ok) {
        reportFailure(io, result);
        return EXIT_FAILED;
      }
      const { total, entries } = result.value;
      if (values.json === true) {
        io.stdout(`${JSON.stringify(result.value, null, 2)}\n`);
        return EXIT_OK;
      }
      for (const e of entries) {
        const where = e.district ? ` [${e.district}, ${e.unit ?? ''} ${e.year ?? ''}]` : '';
        io.stdout(`${e.at.slice(0, 16).replace('T', ' ')}  ${e.osUser}  ${e.actionLabel}: ${e.summary}${where}\n`);
      }
      io.stdout(entries.length < total ? `Visar ${entries.length} av ${total} ändringar.\n` : `${total} ändringar.\n`);
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};

import { DB_OPTION, defineCommand } from './types.ts';
import { withSession } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { parseIntegerFlag } from '../parseValues.ts';
import { outputFileType, resolveOutputFile, writeOutputFile, XLSX_FILE } from '../outputFile.ts';
import { AUDIT_PAGE_LIMIT } from '../../api/contracts/audit.ts';
import { formatDateTimeTable } from '../../core/format/index.ts';
import { auditLogExportedText, auditLogShownText } from '../../core/audit/logTexts.ts';

export const logCommand = defineCommand({
  name: 'log',
  summary: 'Visar ändringsloggen (nyast först), som tabell, JSON eller Excel-fil.',
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Bara ändringar för stadsdelen.' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Bara ändringar för enheten.' },
    year: { type: 'string', valueName: 'ÅR', description: 'Bara ändringar för året.' },
    limit: { type: 'string', valueName: 'N', description: `Högst N rader (${AUDIT_PAGE_LIMIT.min}–${AUDIT_PAGE_LIMIT.max}, normalt 50).` },
    json: { type: 'boolean', description: 'Skriv raderna som JSON.' },
    xlsx: { type: 'string', valueName: 'FIL', description: 'Skriv hela den filtrerade loggen till en Excel-fil (.xlsx).' },
    db: DB_OPTION,
  },
  examples: ['npx lotsplan log --district Rinkeby-Kista --limit 20', 'npx lotsplan log --xlsx andringslogg.xlsx'],
  async run({ values }, io) {
    const filter = {
      ...(values.district ? { district: values.district } : {}),
      ...(values.unit ? { unit: values.unit } : {}),
      ...(values.year !== undefined ? { year: parseYear(values.year) } : {}),
    };
    const limit = values.limit === undefined ? 50 : parseIntegerFlag(values.limit, 'limit', AUDIT_PAGE_LIMIT);
    if (values.xlsx !== undefined) outputFileType('xlsx', values.xlsx, [XLSX_FILE]);
    const out = values.xlsx === undefined ? null : resolveOutputFile(io, values.xlsx);
    if (values.xlsx !== undefined && out === null) return EXIT_FAILED;
    return withSession(io, values.db, { create: false, readOnlyWhenProtected: true, calls: ['audit'] }, async (session) => {
      if (out !== null) {
        const exported = await session.run('exportAuditLog', filter);
        if (!writeOutputFile(io, out, Buffer.from(exported.base64, 'base64'))) return EXIT_FAILED;
        io.stdout(`${auditLogExportedText(exported.rows, out)}\n`);
        return EXIT_OK;
      }
      const listed = await session.run('listAuditLog', { ...filter, limit });
      if (values.json === true) {
        io.stdout(`${JSON.stringify(listed, null, 2)}\n`);
        return EXIT_OK;
      }
      const { total, entries } = listed;
      for (const e of entries) {
        const where = e.district ? ` [${e.district}, ${e.unit ?? ''} ${e.year ?? ''}]` : '';
        io.stdout(`${formatDateTimeTable(new Date(e.at))}  ${e.osUser}  ${e.actionLabel}: ${e.summary}${where}\n`);
      }
      io.stdout(`${auditLogShownText(entries.length, total)}\n`);
      return EXIT_OK;
    });
  },
});

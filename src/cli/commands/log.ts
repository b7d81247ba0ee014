import { DB_OPTION, defineCommand } from './types.ts';
import { CallFailed, withSession, type SessionOf } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK } from '../io.ts';
import { sameName } from '../../core/validation/names.ts';
import { parseYear } from '../parseArgs.ts';
import { parseIntegerFlag } from '../parseValues.ts';
import { outputFileType, resolveOutputFile, writeOutputFile, XLSX_FILE } from '../outputFile.ts';
import { AUDIT_PAGE_LIMIT } from '../../api/contracts/audit.ts';
import { formatDateTimeTable } from '../../core/format/index.ts';
import { auditLogExportedText, auditLogShownText } from '../../core/audit/logTexts.ts';

interface LogFilter {
  district?: string;
  unit?: string;
  year?: number;
}

/**
 * The filter with the district and unit as stored, matched as every other command matches them
 * (sameName: without regard to case or Unicode form); a name that is not in the database is
 * refused with the names that are, in the words of the API's lookup, rather than answered with an
 * empty log.
 */
async function storedFilter(session: SessionOf<'catalog'>, filter: LogFilter): Promise<LogFilter> {
  if (filter.district === undefined && filter.unit === undefined) return filter;
  const { districts } = await session.run('listCatalog', {});
  let units = districts.flatMap((d) => d.units.map((u) => u.name));
  let district: string | undefined;
  if (filter.district !== undefined) {
    const wanted = filter.district;
    const found = districts.find((d) => sameName(d.name, wanted));
    if (!found) {
      const known = districts.map((d) => d.name).join(', ');
      throw new CallFailed({ message: `Stadsdelen ”${wanted}” finns inte i databasen.${known ? ` Följande finns: ${known}.` : ' Databasen är tom.'}` });
    }
    district = found.name;
    units = found.units.map((u) => u.name);
  }
  let unit: string | undefined;
  if (filter.unit !== undefined) {
    const wanted = filter.unit;
    unit = units.find((u) => sameName(u, wanted));
    if (unit === undefined) {
      const known = [...new Set(units)].join(', ');
      const where = district === undefined ? 'i databasen' : `i ${district}`;
      throw new CallFailed({ message: `Enheten ”${wanted}” finns inte ${where}.${known ? ` Följande finns: ${known}.` : ''}` });
    }
  }
  return { ...filter, ...(district !== undefined ? { district } : {}), ...(unit !== undefined ? { unit } : {}) };
}

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
    const given: LogFilter = {
      ...(values.district ? { district: values.district } : {}),
      ...(values.unit ? { unit: values.unit } : {}),
      ...(values.year !== undefined ? { year: parseYear(values.year) } : {}),
    };
    const limit = values.limit === undefined ? 50 : parseIntegerFlag(values.limit, 'limit', AUDIT_PAGE_LIMIT);
    if (values.xlsx !== undefined) outputFileType('xlsx', values.xlsx, [XLSX_FILE]);
    const out = values.xlsx === undefined ? null : resolveOutputFile(io, values.xlsx);
    if (values.xlsx !== undefined && out === null) return EXIT_FAILED;
    return withSession(io, values.db, { create: false, readOnlyWhenProtected: true, calls: ['audit', 'catalog'] }, async (session) => {
      const filter = await storedFilter(session, given);
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
        // "[Rinkeby-Kista, SIG vuxna 2020]", or only the parts an entry has ("[Rinkeby-Kista]").
        const unitYear = [e.unit, e.year].filter((part) => part !== null).join(' ');
        const where = e.district ? ` [${[e.district, unitYear].filter((part) => part !== '').join(', ')}]` : '';
        io.stdout(`${formatDateTimeTable(new Date(e.at))}  ${e.osUser}  ${e.actionLabel}: ${e.summary}${where}\n`);
      }
      io.stdout(`${auditLogShownText(entries.length, total)}\n`);
      return EXIT_OK;
    });
  },
});

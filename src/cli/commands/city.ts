// `lotsplan city`: the city-wide compilation of a year, as a table, JSON or an .xlsx file.
import { DB_OPTION, defineCommand } from './types.ts';
import { withSession } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { parseIntegerFlag } from '../parseValues.ts';
import { MASK_BELOW_RANGE } from '../../api/contracts/compilation.ts';
import { outputFileType, resolveOutputFile, writeOutputFile, XLSX_FILE } from '../outputFile.ts';
import { formatKronor, formatNumber } from '../../core/format/index.ts';
import { COMPILATION_HEADINGS, DEFAULT_MASK_BELOW, nothingToCompileText, unitsText } from '../../core/compilation/cityCompilation.ts';
import type { CallOutput } from '../../api/contracts/index.ts';

export const cityCommand = defineCommand({
  name: 'city',
  summary: 'Sammanställer alla enheters planer för ett år (hela staden), som tabell, JSON eller Excel-fil.',
  options: {
    year: { type: 'string', valueName: 'ÅR', description: 'Året (annars det senaste året med planer).' },
    'mask-below': {
      type: 'string',
      valueName: 'N',
      description: `Döljer antal per kön under N (${MASK_BELOW_RANGE.min}–${MASK_BELOW_RANGE.max}, normalt ${DEFAULT_MASK_BELOW}).`,
    },
    'no-mask': { type: 'boolean', description: 'Visar alla antal per kön.' },
    json: { type: 'boolean', description: 'Skriv sammanställningen som JSON.' },
    xlsx: { type: 'string', valueName: 'FIL', description: 'Skriv sammanställningen till en Excel-fil (.xlsx).' },
    db: DB_OPTION,
  },
  examples: ['npx lotsplan city --year 2016', 'npx lotsplan city --year 2016 --xlsx sammanstallning-2016.xlsx'],
  async run({ values }, io) {
    if (values['mask-below'] !== undefined && values['no-mask'] === true) throw new UsageError('Använd antingen --mask-below eller --no-mask.');
    let maskBelow: number | null = DEFAULT_MASK_BELOW;
    if (values['no-mask'] === true) maskBelow = null;
    else if (values['mask-below'] !== undefined) maskBelow = parseIntegerFlag(values['mask-below'], 'mask-below', MASK_BELOW_RANGE);
    const year = values.year !== undefined ? parseYear(values.year) : undefined;
    if (values.xlsx !== undefined && year === undefined) throw new UsageError('Ange året med --year när sammanställningen skrivs till en fil.');
    // The file is checked before the database is opened, so that a refusal leaves everything as it was.
    if (values.xlsx !== undefined) outputFileType('xlsx', values.xlsx, [XLSX_FILE]);
    const out = values.xlsx === undefined ? null : resolveOutputFile(io, values.xlsx);
    if (values.xlsx !== undefined && out === null) return EXIT_FAILED;
    return withSession(io, values.db, { create: false, readOnlyWhenProtected: true, calls: ['compilation'] }, async (session) => {
      const result = await session.run('getCityCompilation', { ...(year !== undefined ? { year } : {}), maskBelow });
      const c = result.compilation;
      // A year that no unit has a plan for is refused in every output form alike.
      if (c === null || c.rows.length === 0) {
        io.stderr(`Fel: ${nothingToCompileText(year, result.years)}\n`);
        return EXIT_FAILED;
      }
      if (out !== null) {
        const exported = await session.run('exportCityCompilation', { year: c.year, maskBelow });
        if (!writeOutputFile(io, out, Buffer.from(exported.base64, 'base64'))) return EXIT_FAILED;
        io.stdout(`Sammanställningen för ${c.year} (${unitsText(exported.rows)}) har skrivits till ${out}.\n`);
        return EXIT_OK;
      }
      if (values.json === true) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return EXIT_OK;
      }
      io.stdout(compilationTable(c));
      if (c.masked) io.stdout('Ett streck (–) står för ett antal som inte redovisas.\n');
      io.stdout(`${c.summary}\n`);
      return EXIT_OK;
    });
  },
});

type Compilation = NonNullable<CallOutput<'getCityCompilation'>['compilation']>;

/**
 * The compilation as a text table: each unit and the city, with the columns of the compilation's
 * counts (every gender, a hidden count as a dash) and its funding; numbers right-aligned, columns
 * two spaces apart and as wide as their widest cell.
 */
function compilationTable(c: Compilation): string {
  const count = (n: number | null) => (n === null ? '–' : formatNumber(n));
  const h = COMPILATION_HEADINGS;
  const header = ['Stadsdel, enhet', h.enrolled, h.men, h.women, h.otherGender, h.genderUnknown, 'Berörda', h.funding];
  const lines = [...c.rows, { ...c.totals, district: 'Hela staden', unit: unitsText(c.totals.units) }].map((r) => [
    `${r.district}, ${r.unit}`,
    formatNumber(r.enrolled),
    count(r.gender.men),
    count(r.gender.women),
    count(r.gender.otherGender),
    count(r.gender.genderUnknown),
    formatNumber(r.touched),
    formatKronor(r.funding),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}\n`;
  return [header, ...lines].map(line).join('');
}

// `lotsplan city`: the city-wide compilation of a year, as a table, JSON or an .xlsx file.
import { DB_OPTION, defineCommand } from './types.ts';
import { withSession } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { parseIntegerFlag } from '../parseValues.ts';
import { MASK_BELOW_RANGE } from '../../api/contracts/compilation.ts';
import { writeFileAtomic } from '../../store/atomicWrite.ts';
import { resolveOutputFile } from '../outputFile.ts';
import { formatKronor, formatNumber } from '../../core/format/index.ts';
import { DEFAULT_MASK_BELOW, unitsText } from '../../core/compilation/cityCompilation.ts';

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
    xlsx: { type: 'string', valueName: 'FIL', description: 'Skriv sammanställningen till en Excel-fil.' },
    db: DB_OPTION,
  },
  examples: ['npx lotsplan city --year 2016', 'npx lotsplan city --year 2016 --xlsx sammanstallning-2016.xlsx'],
  async run({ values }, io) {
    if (values['mask-below'] !== undefined && values['no-mask'] === true) throw new UsageError('Använd antingen --mask-below eller --no-mask.');
    let maskBelow: number | null = DEFAULT_MASK_BELOW;
    if (values['no-mask'] === true) maskBelow = null;
    else if (values['mask-below'] !== undefined) maskBelow = parseIntegerFlag(values['mask-below'], 'mask-below', MASK_BELOW_RANGE);
    const year = values.year !== undefined ? parseYear(values.year) : undefined;
    return withSession(io, values.db, { create: false, readOnlyWhenProtected: true, calls: ['compilation'] }, async (session) => {
      if (values.xlsx !== undefined) {
        const out = resolveOutputFile(io, values.xlsx);
        if (out === null) return EXIT_FAILED;
        if (year === undefined) throw new UsageError('Ange året med --year när sammanställningen skrivs till en fil.');
        const exported = await session.run('exportCityCompilation', { year, maskBelow });
        writeFileAtomic(out, Buffer.from(exported.base64, 'base64'));
        io.stdout(`Sammanställningen för ${year} (${unitsText(exported.rows)}) har skrivits till ${out}.\n`);
        return EXIT_OK;
      }
      const result = await session.run('getCityCompilation', { ...(year !== undefined ? { year } : {}), maskBelow });
      const c = result.compilation;
      if (values.json === true) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return EXIT_OK;
      }
      if (!c) {
        io.stdout('Databasen innehåller inga planer.\n');
        return EXIT_OK;
      }
      const count = (n: number | null) => (n === null ? '–' : formatNumber(n));
      io.stdout('Stadsdel, enhet                      Inskrivna  Män  Kvinnor  Berörda  Finansiering\n');
      for (const r of [...c.rows, { ...c.totals, district: 'Hela staden', unit: unitsText(c.totals.units) }]) {
        io.stdout(
          `${`${r.district}, ${r.unit}`.padEnd(36)} ${formatNumber(r.enrolled).padStart(9)}  ${count(r.gender.men).padStart(3)}  ${count(r.gender.women).padStart(7)}  ${formatNumber(r.touched).padStart(7)}  ${formatKronor(r.funding)}\n`,
        );
      }
      io.stdout(`${c.summary}\n`);
      return EXIT_OK;
    });
  },
});

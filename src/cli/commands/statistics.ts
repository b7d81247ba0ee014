// `lotsplan statistics`: a unit's monthly statistics and the estimate for the forecast; with
// --import a spreadsheet or JSON file of months is read in (all or nothing), with --export written out,
// with --delete months are removed.
import path from 'node:path';
import { outputFileType, resolveOutputFile, writeOutputFile, XLSX_FILE, type OutputFileType } from '../outputFile.ts';
import { MAX_SPREADSHEET_BYTES } from '../../api/import/spreadsheet.ts';
import { DB_OPTION, defineCommand } from './types.ts';
import { withSession } from '../withSession.ts';
import { parseIntegerFlag } from '../parseValues.ts';
import { ESTIMATE_MONTHS_RANGE, type STATISTICS_EXPORT_FORMATS } from '../../api/contracts/statistics.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../io.ts';
import { readBinaryFileLimited } from '../readTextFile.ts';
import { describeHistoryEstimate } from '../../core/statistics/describe.ts';
import { monthsCountText, STAY_BAND_LABELS, statisticsMonthSchema, statisticsMonthText } from '../../core/statistics/monthly.ts';
import { readMonthCell } from '../../core/statistics/sheet.ts';
import { capitalizeFirst, formatNumber } from '../../core/format/index.ts';
import type { CallOutput } from '../../api/contracts/index.ts';
import { replacedMonthsText } from '../../core/statistics/importMerge.ts';

type View = CallOutput<'getMonthlyStatistics'>;

const count = (n: number | null) => (n === null ? '–' : formatNumber(n));

function renderView(io: CliIo, view: View): void {
  io.stdout(`Månadsstatistik för ${view.unit} (${view.district}): ${monthsCountText(view.months.length)}.\n`);
  if (view.months.length > 0) {
    io.stdout('Månad    Anmälningar  Nya  Avslut  Inskrivna  Kö   Avslut efter vistelsetid\n');
    for (const m of view.months) {
      const bands = m.dischargesByStay ? m.dischargesByStay.map((b) => formatNumber(b)).join(' ') : 'inte räknat';
      io.stdout(
        `${m.month}  ${count(m.referrals).padStart(11)}  ${count(m.newEnrolments).padStart(3)}  ${count(m.discharges).padStart(6)}  ${count(m.enrolledAtMonthEnd).padStart(9)}  ${count(m.queueAtMonthEnd).padStart(3)}  ${bands}\n`,
      );
    }
    io.stdout(`(Vistelsetid i ${STAY_BAND_LABELS.join(', ')}.)\n`);
  }
  io.stdout(`${describeHistoryEstimate(view.estimate, view.missingMonths)}\n`);
  if (view.estimate.ok) for (const c of view.estimate.value.caveats) io.stdout(`Obs: ${c}\n`);
  for (const n of view.notes) io.stdout(`Kontrollera: ${n}\n`);
}

type ExportFormat = (typeof STATISTICS_EXPORT_FORMATS)[number];

/**
 * --delete 2021-01,mars 2021: the months, written as the spreadsheet's Månad column takes them
 * ("2021-03", "mars 2021", "mar-21"), separated by commas; a month that cannot be read, is out of
 * range or is given twice is refused naming the flag and the text, before the database is opened.
 */
export function parseDeleteMonths(text: string): string[] {
  const how = 'Skriv månaderna som ÅÅÅÅ-MM, till exempel 2021-03, eller med namn, till exempel mars 2021, åtskilda med komma.';
  const parts = text.split(',').map((part) => part.trim());
  const months = parts.map((part, i) => {
    const where = parts.length > 1 ? `, månad ${i + 1}` : '';
    if (part === '') throw new UsageError(`Flaggan --delete${where}: månaden saknas. ${how}`);
    const shown = `”${part.length > 40 ? `${part.slice(0, 40)}…` : part}”`;
    const month = readMonthCell(part);
    if (month === null) throw new UsageError(`Flaggan --delete${where}: ${shown} är ingen månad. ${how}`);
    if (!statisticsMonthSchema.safeParse(month).success) {
      throw new UsageError(`Flaggan --delete${where}: ${shown} ligger utanför åren 2000–2100, som statistiken kan ha.`);
    }
    return month;
  });
  const twice = months.find((month, i) => months.indexOf(month) !== i);
  if (twice !== undefined) throw new UsageError(`Flaggan --delete: ${statisticsMonthText(twice)} finns med flera gånger. Ange varje månad en gång.`);
  return months;
}

/** The files --export writes, by extension (the formats of the contract). */
const EXPORT_FILES: readonly OutputFileType<ExportFormat>[] = [XLSX_FILE, { format: 'csv', extension: 'csv', label: 'semikolonavgränsad text' }];

export const statisticsCommand = defineCommand({
  name: 'statistics',
  summary: 'Visar, läser in eller tar bort en enhets månadsstatistik, med skattningen för prognosen.',
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen (krävs).' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten, om stadsdelen har flera.' },
    months: {
      type: 'string',
      valueName: 'N',
      description: `Skattningen görs på de N senaste månaderna (${ESTIMATE_MONTHS_RANGE.min}–${ESTIMATE_MONTHS_RANGE.max}, normalt 12).`,
    },
    import: {
      type: 'string',
      valueName: 'FIL',
      description:
        'Sparar månaderna i ett kalkylblad (.xlsx eller .csv, kolumnerna som i --export) eller en JSON-fil (en lista eller { "months": [...] }); allt eller inget.',
    },
    export: {
      type: 'string',
      valueName: 'FIL',
      description:
        'Skriver månaderna till en Excel-fil (.xlsx) eller en semikolonavgränsad textfil (.csv), efter filens ändelse, med samma kolumner som inläsningen tar (en mall).',
    },
    delete: { type: 'string', valueName: 'MÅNADER', description: 'Tar bort månaderna, skrivna ÅÅÅÅ-MM eller med namn (mars 2021) och åtskilda med komma.' },
    json: { type: 'boolean', description: 'Skriv resultatet som JSON.' },
    db: DB_OPTION,
  },
  examples: [
    'npx lotsplan statistics --district Rinkeby-Kista --json',
    'npx lotsplan statistics --district Rinkeby-Kista --import manader-2021.xlsx',
    'npx lotsplan statistics --district Rinkeby-Kista --export mall.xlsx',
    'npx lotsplan statistics --district Rinkeby-Kista --export manader.csv',
    'npx lotsplan statistics --district Rinkeby-Kista --delete 2021-01,2021-02',
  ],
  async run({ values }, io) {
    if (values.district === undefined) throw new UsageError('Ange stadsdelen med --district.');
    if ([values.import, values.delete, values.export].filter((v) => v !== undefined).length > 1) {
      throw new UsageError('Använd bara en av --import, --export och --delete åt gången.');
    }
    const estimateMonths = values.months === undefined ? undefined : parseIntegerFlag(values.months, 'months', ESTIMATE_MONTHS_RANGE);
    const unit = {
      district: values.district,
      ...(values.unit !== undefined ? { unit: values.unit } : {}),
      ...(estimateMonths !== undefined ? { estimateMonths } : {}),
    };
    let sheet: { fileName: string; base64: string } | undefined;
    if (values.import !== undefined) {
      // Spreadsheets and JSON files alike go to importMonthlyStatistics, which tells them apart by the
      // name and refuses with messages that name the file, the month and the field.
      const file = path.resolve(io.cwd, values.import);
      const read = await readBinaryFileLimited(file, MAX_SPREADSHEET_BYTES);
      if (!read.ok) {
        io.stderr(`Fel: ${read.message}\n`);
        return EXIT_FAILED;
      }
      sheet = { fileName: path.basename(file), base64: read.bytes.toString('base64') };
    }
    const deleteMonths = values.delete === undefined ? [] : parseDeleteMonths(values.delete);
    let exportTo: { out: string; format: ExportFormat } | undefined;
    if (values.export !== undefined) {
      const format = outputFileType('export', values.export, EXPORT_FILES);
      const out = resolveOutputFile(io, values.export);
      if (out === null) return EXIT_FAILED;
      exportTo = { out, format };
    }
    return withSession(io, values.db, { create: false, calls: ['statistics'] }, async (session) => {
      if (exportTo !== undefined) {
        const exported = await session.run('exportMonthlyStatistics', {
          district: unit.district,
          ...(unit.unit !== undefined ? { unit: unit.unit } : {}),
          format: exportTo.format,
        });
        if (!writeOutputFile(io, exportTo.out, Buffer.from(exported.base64, 'base64'))) return EXIT_FAILED;
        io.stdout(`${capitalizeFirst(monthsCountText(exported.rows))} har skrivits till ${exportTo.out}.\n`);
        return EXIT_OK;
      }
      const result = sheet
        ? await session.run('importMonthlyStatistics', { ...unit, ...sheet })
        : values.delete !== undefined
          ? await session.run('deleteMonthlyStatistics', { ...unit, months: deleteMonths })
          : await session.run('getMonthlyStatistics', unit);
      if (values.json === true) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return EXIT_OK;
      }
      if ('label' in result) io.stdout(`${result.label}.\n`);
      const replaced = 'replaced' in result && typeof result.replaced === 'number' ? replacedMonthsText(result.replaced) : null;
      if (replaced !== null) io.stdout(`${replaced}\n`);
      if ('note' in result && typeof result.note === 'string') io.stdout(`${result.note}\n`);
      renderView(io, result);
      return EXIT_OK;
    });
  },
});

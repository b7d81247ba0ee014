// `lotsplan statistics`: a unit's monthly statistics and the estimate for the forecast; with
// --import a JSON file of months is saved (all or nothing), with --delete months are removed.
import path from 'node:path';
import { writeFileAtomic } from '../writeFileAtomic.ts';
import { resolveOutputFile } from '../outputFile.ts';
import { MAX_SPREADSHEET_BYTES } from '../../api/import/spreadsheet.ts';
import { DB_OPTION, type CliCommand } from './types.ts';
import { openSession, reportFailure } from '../session.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../io.ts';
import { readBinaryFileLimited, readTextFileLimited } from '../readTextFile.ts';
import { describeHistoryEstimate } from '../../core/statistics/describe.ts';
import { monthsCountText, STAY_BAND_LABELS } from '../../core/statistics/monthly.ts';
import { capitalizeFirst, formatNumber } from '../../core/format/index.ts';
import type { CallOutput } from '../../api/contracts/index.ts';

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

/** The months of an import file: a list of months, or an object with "months". */
function monthsOf(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object' && 'months' in value) return (value as { months: unknown }).months;
  return value;
}

export const statisticsCommand: CliCommand = {
  name: 'statistics',
  summary: 'Visar, läser in eller tar bort en enhets månadsstatistik, med skattningen för prognosen.',
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen (krävs).' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten, om stadsdelen har flera.' },
    months: { type: 'string', valueName: 'N', description: 'Skattningen görs på de N senaste månaderna (3–120, normalt 12).' },
    import: {
      type: 'string',
      valueName: 'FIL',
      description: 'Sparar månaderna i ett kalkylblad (.xlsx eller .csv, kolumnerna som i --export) eller en JSON-fil (en lista eller { "months": [...] }); allt eller inget.',
    },
    export: { type: 'string', valueName: 'FIL.xlsx', description: 'Skriver månaderna till en Excel-fil med samma kolumner som inläsningen tar (en mall).' },
    delete: { type: 'string', valueName: 'MÅNADER', description: 'Tar bort månaderna, skrivna ÅÅÅÅ-MM och åtskilda med komma.' },
    json: { type: 'boolean', description: 'Skriv resultatet som JSON.' },
    db: DB_OPTION,
  },
  examples: [
    'npx lotsplan statistics --district Rinkeby-Kista --json',
    'npx lotsplan statistics --district Rinkeby-Kista --import manader-2021.xlsx',
    'npx lotsplan statistics --district Rinkeby-Kista --export mall.xlsx',
    'npx lotsplan statistics --district Rinkeby-Kista --delete 2021-01,2021-02',
  ],
  async run({ values }, io) {
    if (typeof values.district !== 'string') throw new UsageError('Ange stadsdelen med --district.');
    if ([values.import, values.delete, values.export].filter((v) => v !== undefined).length > 1) {
      throw new UsageError('Använd bara en av --import, --export och --delete åt gången.');
    }
    let estimateMonths: number | undefined;
    if (values.months !== undefined) {
      estimateMonths = Number(values.months);
      if (!Number.isInteger(estimateMonths) || estimateMonths < 3 || estimateMonths > 120) {
        throw new UsageError(`--months ska vara ett heltal mellan 3 och 120 (fick "${String(values.months)}").`);
      }
    }
    const unit = {
      district: values.district,
      ...(typeof values.unit === 'string' ? { unit: values.unit } : {}),
      ...(estimateMonths !== undefined ? { estimateMonths } : {}),
    };
    let months: unknown;
    let sheet: { fileName: string; base64: string } | undefined;
    if (typeof values.import === 'string' && /\.(xlsx|csv)$/i.test(values.import)) {
      const file = path.resolve(io.cwd, values.import);
      const read = await readBinaryFileLimited(file, MAX_SPREADSHEET_BYTES);
      if (!read.ok) {
        io.stderr(`Fel: ${read.message}\n`);
        return EXIT_FAILED;
      }
      sheet = { fileName: path.basename(file), base64: read.bytes.toString('base64') };
    } else if (typeof values.import === 'string') {
      const file = path.resolve(io.cwd, values.import);
      const read = await readTextFileLimited(file);
      if (!read.ok) {
        io.stderr(`Fel: ${read.message}\n`);
        return EXIT_FAILED;
      }
      try {
        months = monthsOf(JSON.parse(read.text.replace(/^\uFEFF/, '')));
      } catch {
        io.stderr(`Fel: Filen ${file} är inte giltig JSON.\n`);
        return EXIT_FAILED;
      }
    }
    let exportTo: string | undefined;
    if (typeof values.export === 'string') {
      const out = resolveOutputFile(io, values.export);
      if (out === null) return EXIT_FAILED;
      exportTo = out;
    }
    const session = openSession(io, values.db as string | undefined, { create: false });
    try {
      if (exportTo !== undefined) {
        const exported = await session.call('exportMonthlyStatistics', unit);
        if (!exported.ok) {
          reportFailure(io, exported);
          return EXIT_FAILED;
        }
        writeFileAtomic(exportTo, Buffer.from(exported.value.base64, 'base64'));
        io.stdout(`${capitalizeFirst(monthsCountText(exported.value.rows))} har skrivits till ${exportTo}.\n`);
        return EXIT_OK;
      }
      const result = sheet
        ? await session.call('importMonthlyStatistics', { ...unit, ...sheet })
        : months !== undefined
          ? await session.call('saveMonthlyStatistics', { ...unit, months: months as never })
          : typeof values.delete === 'string'
            ? await session.call('deleteMonthlyStatistics', { ...unit, months: values.delete.split(',').map((m) => m.trim()) })
            : await session.call('getMonthlyStatistics', unit);
      if (!result.ok) {
        reportFailure(io, result);
        return EXIT_FAILED;
      }
      if (values.json === true) {
        io.stdout(`${JSON.stringify(result.value, null, 2)}\n`);
        return EXIT_OK;
      }
      if ('label' in result.value) io.stdout(`${result.value.label}.\n`);
      renderView(io, result.value);
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};



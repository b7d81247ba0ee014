// Monthly statistics: read, save and delete months of a unit's series. The summary (estimate,
// stay bands, notes) is computed in src/core/statistics; nothing here computes a figure.
import type { Handler } from './handler.ts';
import type { MonthlyStatistics } from '../../core/statistics/monthly.ts';
import { statisticsMonthText } from '../../core/statistics/monthly.ts';
import { monthSpanText } from '../../core/statistics/describe.ts';
import { countInText, fileSlug } from '../../core/format/index.ts';
import { summarizeStatistics } from '../../core/statistics/summary.ts';
import { ApiFailure } from '../envelope.ts';
import { resolveUnit } from './resolveUnitYear.ts';
import { readStatisticsSheet, type SheetReadResult } from '../../core/statistics/sheet.ts';
import { readStatisticsJsonText } from '../../core/statistics/jsonMonths.ts';
import { importMergeNote, mergeImportedMonths } from '../../core/statistics/importMerge.ts';
import { decodeSpreadsheet } from '../import/spreadsheet.ts';
import { decodeJsonFile, isJsonFileName } from '../import/statisticsJson.ts';
import { statisticsWorkbook } from '../export/statisticsWorkbook.ts';
import { statisticsCsv } from '../export/statisticsCsv.ts';
import { takeAutomaticBackup } from '../../store/backups/automatic.ts';
import { BEFORE_STATISTICS_IMPORT_REASON } from '../../store/backups/names.ts';

function view(key: { district: string; unit: string }, months: MonthlyStatistics[], window: number) {
  return { district: key.district, unit: key.unit, months, ...summarizeStatistics(months, window) };
}

/** "mars 2020", or "tre månader (januari–mars 2020)" for an audit summary. */
function monthsText(months: readonly string[]): string {
  const sorted = [...new Set(months)].sort();
  if (sorted.length === 1) return statisticsMonthText(sorted[0]!);
  return `${countInText(sorted.length)} månader (${monthSpanText(sorted[0]!, sorted.at(-1)!)})`;
}

export const getMonthlyStatistics: Handler<'getMonthlyStatistics'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const key = await resolveUnit(store, input);
  const months = await store.getMonthlyStatistics(key);
  if (months === null) throw new ApiFailure('NOT_FOUND', `Enheten ${key.unit} i ${key.district} finns inte i databasen.`);
  return view(key, months, input.estimateMonths);
};

export const saveMonthlyStatistics: Handler<'saveMonthlyStatistics'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const key = await resolveUnit(store, input);
  const label = `Sparade månadsstatistik för ${monthsText(input.months.map((m) => m.month))}, ${key.unit} (${key.district})`;
  const months = await store.saveMonthlyStatistics(key, input.months, `${label}.`);
  return { ...view(key, months, input.estimateMonths), label };
};

export const deleteMonthlyStatistics: Handler<'deleteMonthlyStatistics'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const key = await resolveUnit(store, input);
  const label = `Tog bort månadsstatistik för ${monthsText(input.months)}, ${key.unit} (${key.district})`;
  const months = await store.deleteMonthlyStatistics(key, input.months, `${label}.`);
  return { ...view(key, months, input.estimateMonths), label };
};

/**
 * What an upload's months were read from: the workbook's sheet (null for a text or JSON file), and
 * whether the workbook has other sheets, so that the one read is worth naming.
 */
interface UploadSource {
  sheetName: string | null;
  otherSheets: boolean;
}

/** A spreadsheet's months; a file that is not one is refused here, its content in the result. */
async function readSheetUpload(bytes: Uint8Array, fileName: string): Promise<{ read: SheetReadResult; source: UploadSource }> {
  const decoded = await decodeSpreadsheet(bytes, fileName);
  if (!decoded.ok) throw new ApiFailure('VALIDATION', `${decoded.message} Ingenting har ändrats.`);
  return { read: readStatisticsSheet(decoded.rows, decoded.layout), source: { sheetName: decoded.sheetName, otherSheets: decoded.sheetCount > 1 } };
}

/** A JSON file's months, refused as a spreadsheet is: the file first, then what is in it. */
function readJsonUpload(bytes: Uint8Array, fileName: string): { read: SheetReadResult; source: UploadSource } {
  const decoded = decodeJsonFile(bytes, fileName);
  if (!decoded.ok) throw new ApiFailure('VALIDATION', `${decoded.message} Ingenting har ändrats.`);
  return { read: readStatisticsJsonText(decoded.text), source: { sheetName: null, otherSheets: false } };
}

/** "x.xlsx", or "bladet ”2021” i x.xlsx" when the workbook has more sheets than the one read. */
function sourceText(fileName: string, source: UploadSource): string {
  return source.sheetName !== null && source.otherSheets ? `bladet ”${source.sheetName}” i ${fileName}` : fileName;
}

export const importMonthlyStatistics: Handler<'importMonthlyStatistics'> = async (ctx, input) => {
  const bytes = Buffer.from(input.base64, 'base64');
  const { read, source } = isJsonFileName(input.fileName) ? readJsonUpload(bytes, input.fileName) : await readSheetUpload(bytes, input.fileName);
  if (!read.ok) {
    throw new ApiFailure('VALIDATION', `Filen ${input.fileName} kunde inte läsas in. Ingenting har ändrats.`, read.messages);
  }
  const store = await ctx.getStore();
  const key = await resolveUnit(store, input);
  const stored = (await store.getMonthlyStatistics(key)) ?? [];
  const existing = new Set(stored.map((m) => m.month));
  const replacedMonths = read.months.filter((m) => existing.has(m.month)).map((m) => m.month);
  // What the file does not say is kept from the stored months, not erased.
  const merged = mergeImportedMonths(stored, read.months, read.absent);
  const label = `Läste in månadsstatistik för ${monthsText(read.months.map((m) => m.month))} från ${sourceText(input.fileName, source)}, ${key.unit} (${key.district})`;
  // Every import takes a backup first, as the exchange import does (the unit exists, so there is data).
  await takeAutomaticBackup(store, BEFORE_STATISTICS_IMPORT_REASON);
  const months = await store.saveMonthlyStatistics(key, merged.months, `${label}.`);
  const note = importMergeNote(read.absent, replacedMonths, merged);
  return {
    ...view(key, months, input.estimateMonths),
    label,
    imported: read.months.length,
    replaced: replacedMonths.length,
    note,
    sheetName: source.sheetName,
  };
};

export const exportMonthlyStatistics: Handler<'exportMonthlyStatistics'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const key = await resolveUnit(store, input);
  const months = (await store.getMonthlyStatistics(key)) ?? [];
  const bytes = input.format === 'csv' ? statisticsCsv(months) : await statisticsWorkbook(key, months);
  return {
    fileName: `lotsplan-manadsstatistik-${fileSlug(key.district)}-${fileSlug(key.unit)}.${input.format}`,
    base64: bytes.toString('base64'),
    rows: months.length,
  };
};

export const undoLatestStatisticsChange: Handler<'undoLatestStatisticsChange'> = async (ctx) => {
  const { summary, district, unit } = await (await ctx.getStore()).undoLatestStatisticsChange();
  return { label: summary, district, unit };
};

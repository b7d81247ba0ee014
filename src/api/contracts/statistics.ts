// Calls for a unit's monthly statistics (månadsstatistik) and what they say about the forecast.
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { name } from './common.ts';
import { monthlyStatisticsListSchema, monthlyStatisticsSchema, statisticsMonthSchema } from '../../core/statistics/monthly.ts';
import { DEFAULT_ESTIMATE_MONTHS } from '../../core/statistics/summary.ts';

/** Which unit; the unit may be left out when the district has only one. */
const unitSelector = { district: name, unit: name.optional() };

const interval = z.strictObject({ estimate: z.number(), low: z.number(), high: z.number() });

export const statisticsViewSchema = z.strictObject({
  district: z.string(),
  unit: z.string(),
  months: z.array(monthlyStatisticsSchema),
  /** Calendar months in the estimate window. */
  window: z.int(),
  /** Months without statistics between the first and last month of the estimate. */
  missingMonths: z.int(),
  estimate: z.discriminatedUnion('ok', [
    z.strictObject({
      ok: z.literal(true),
      value: z.strictObject({
        monthsUsed: z.int(),
        firstMonth: z.string(),
        lastMonth: z.string(),
        arrivalsSource: z.enum(['referrals', 'newEnrolments']),
        arrivalsPerMonth: interval,
        throughputPerMonth: interval,
        meanEnrolled: z.number(),
        meanStayMonths: interval,
        caveats: z.array(z.string()),
      }),
    }),
    z.strictObject({ ok: z.literal(false), message: z.string() }),
  ]),
  stayBands: z
    .strictObject({
      bands: z.array(z.strictObject({ fromMonths: z.number(), toMonths: z.number(), count: z.int() })),
      monthsUsed: z.int(),
      total: z.int(),
    })
    .nullable(),
  notes: z.array(z.string()),
});

/** How many of the latest months the estimate may be made on (the CLI's --months names the same bounds). */
export const ESTIMATE_MONTHS_RANGE = { min: 3, max: 120 } as const;

const estimateMonths = z.int().min(ESTIMATE_MONTHS_RANGE.min).max(ESTIMATE_MONTHS_RANGE.max).default(DEFAULT_ESTIMATE_MONTHS);

/** The files the statistics can be exported as: an Excel workbook or semicolon-separated text. */
export const STATISTICS_EXPORT_FORMATS = ['xlsx', 'csv'] as const;

export const statisticsContracts = {
  getMonthlyStatistics: defineCall({
    summary: 'En enhets månadsstatistik, med skattningen av anmälningar och vistelsetid för de senaste månaderna.',
    input: z.strictObject({ ...unitSelector, estimateMonths }),
    output: statisticsViewSchema,
  }),
  saveMonthlyStatistics: defineCall({
    summary: 'Sparar månader av en enhets statistik; en månad som redan finns ersätts. Allt eller inget.',
    input: z.strictObject({ ...unitSelector, months: monthlyStatisticsListSchema.min(1), estimateMonths }),
    output: statisticsViewSchema.extend({ label: z.string() }),
  }),
  importMonthlyStatistics: defineCall({
    summary:
      'Läser in månadsstatistik från ett kalkylblad (.xlsx eller CSV) eller en JSON-fil (ett filnamn som slutar på .json). Allt eller inget; en månad som redan finns ersätts.',
    input: z.strictObject({
      ...unitSelector,
      fileName: z.string().trim().min(1).max(255),
      /** The file's bytes in base64 (at most 5 MB before encoding). */
      base64: z.string().max(7_000_000),
      estimateMonths,
    }),
    output: statisticsViewSchema.extend({
      label: z.string(),
      imported: z.int(),
      replaced: z.int(),
      /** What the replaced months kept of values the file does not have, and lost; null when nothing. */
      note: z.string().nullable(),
      /** The workbook's sheet the months were read from (the label names it when there are others); null for a CSV or JSON file. */
      sheetName: z.string().nullable(),
    }),
  }),
  exportMonthlyStatistics: defineCall({
    summary: 'En enhets månadsstatistik som Excel-fil eller CSV-fil (semikolonavgränsad), med samma kolumner som inläsningen tar (en mall att fylla i).',
    input: z.strictObject({ ...unitSelector, format: z.enum(STATISTICS_EXPORT_FORMATS).default('xlsx') }),
    output: z.strictObject({ fileName: z.string(), base64: z.string(), rows: z.int() }),
  }),
  undoLatestStatisticsChange: defineCall({
    summary: 'Ångrar den senaste ändringen i databasen när den gäller månadsstatistik (från ändringsloggen).',
    input: z.strictObject({}),
    output: z.strictObject({ label: z.string(), district: z.string(), unit: z.string() }),
  }),
  deleteMonthlyStatistics: defineCall({
    summary: 'Tar bort månader ur en enhets statistik.',
    input: z.strictObject({
      ...unitSelector,
      months: z
        .array(statisticsMonthSchema)
        .min(1)
        .max(1200)
        .refine((months) => new Set(months).size === months.length, { message: 'en månad finns med flera gånger' }),
      estimateMonths,
    }),
    output: statisticsViewSchema.extend({ label: z.string() }),
  }),
} as const;

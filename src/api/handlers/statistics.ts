// Monthly statistics: read, save and delete months of a unit's series. The summary (estimate,
// stay bands, notes) is computed in src/core/statistics; nothing here computes a figure.
import type { Handler } from './index.ts';
import type { MonthlyStatistics } from '../../core/statistics/monthly.ts';
import { statisticsMonthText } from '../../core/statistics/monthly.ts';
import { summarizeStatistics } from '../../core/statistics/summary.ts';
import { ApiFailure } from '../envelope.ts';
import { resolveUnit } from './resolveUnitYear.ts';

function view(key: { district: string; unit: string }, months: MonthlyStatistics[], window: number) {
  return { district: key.district, unit: key.unit, months, ...summarizeStatistics(months, window) };
}

/** "mars 2020", "januari–december 2020" or "3 månader" for an audit summary. */
function monthsText(months: readonly string[]): string {
  const sorted = [...months].sort();
  if (sorted.length === 1) return statisticsMonthText(sorted[0]!);
  return `${sorted.length} månader (${statisticsMonthText(sorted[0]!)}–${statisticsMonthText(sorted[sorted.length - 1]!)})`;
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
  const existing = new Set((await store.getMonthlyStatistics(key))?.map((m) => m.month) ?? []);
  const missing = input.months.filter((m) => !existing.has(m));
  if (missing.length > 0) {
    throw new ApiFailure('NOT_FOUND', `Det finns ingen statistik för ${missing.map(statisticsMonthText).join(', ')} i ${key.unit} (${key.district}).`);
  }
  const label = `Tog bort månadsstatistik för ${monthsText(input.months)}, ${key.unit} (${key.district})`;
  const months = await store.deleteMonthlyStatistics(key, input.months, `${label}.`);
  return { ...view(key, months, input.estimateMonths), label };
};

// An imported month replaces the stored month, except for what the file does not say. A sheet
// without the optional columns (referrals, the queue, discharges by length of stay) says nothing
// about them, so the stored month keeps its counts of those: an import of the four required
// columns must not erase what was counted before. Stored stay bands are kept only while they still
// sum to the imported discharges; otherwise the month's stays are no longer known.
import type { MonthlyStatistics } from './monthly.ts';
import { capitalizeFirst } from '../format/index.ts';
import { monthsCountText, staySumProblem, statisticsMonthText } from './monthly.ts';
import type { OptionalStatisticsField } from './sheet.ts';

export interface MergedImport {
  months: MonthlyStatistics[];
  /** Months whose stored stay bands no longer sum to the imported discharges and were dropped. */
  staysDropped: string[];
}

export function mergeImportedMonths(
  stored: readonly MonthlyStatistics[],
  imported: readonly MonthlyStatistics[],
  absent: readonly OptionalStatisticsField[],
): MergedImport {
  const byMonth = new Map(stored.map((m) => [m.month, m]));
  const staysDropped: string[] = [];
  const months = imported.map((m) => {
    const before = byMonth.get(m.month);
    if (!before || absent.length === 0) return m;
    const merged = { ...m };
    if (absent.includes('referrals')) merged.referrals = before.referrals;
    if (absent.includes('queueAtMonthEnd')) merged.queueAtMonthEnd = before.queueAtMonthEnd;
    if (absent.includes('dischargesByStay') && before.dischargesByStay !== null) {
      if (staySumProblem(before.dischargesByStay, m.discharges) === null) merged.dischargesByStay = before.dischargesByStay;
      else staysDropped.push(m.month);
    }
    return merged;
  });
  return { months, staysDropped };
}

const FIELD_WORDS: Record<OptionalStatisticsField, string> = {
  referrals: 'anmälningar',
  queueAtMonthEnd: 'kö',
  dischargesByStay: 'avslut efter vistelsetid',
};

/**
 * What an import that replaced stored months kept and lost, in Swedish; null when it replaced no
 * month or the file had every column. "Filen saknar anmälningar och kö; de månader som fanns
 * behåller sina." and, when stays were dropped, which months lost them.
 */
export function importMergeNote(absent: readonly OptionalStatisticsField[], replacedMonths: readonly string[], merged: MergedImport): string | null {
  if (replacedMonths.length === 0 || absent.length === 0) return null;
  const words = absent.map((f) => FIELD_WORDS[f]);
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} och ${words.at(-1)}`;
  const kept = `Filen saknar ${list}; de månader som redan fanns behåller sina sparade värden för det.`;
  if (merged.staysDropped.length === 0) return kept;
  const months = merged.staysDropped.map(statisticsMonthText).join(', ');
  return `${kept} Avslut efter vistelsetid för ${months} togs bort, eftersom de inte längre stämmer med antalet avslut.`;
}

/** "Två månader fanns redan och ersattes." for an import that replaced stored months; null for none. */
export function replacedMonthsText(replaced: number): string | null {
  return replaced > 0 ? `${capitalizeFirst(monthsCountText(replaced))} fanns redan och ersattes.` : null;
}

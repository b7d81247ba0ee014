// Small-count masking for memos that will be public. A count of people from 1 to maskBelow − 1 is
// written "färre än tre" ("<3" in tables), and every count or figure from which a hidden one could
// be worked out is hidden too:
// - the gender counts go through the compilation's rank-checked maskGenderTable (one unit, whose
//   row total is the number enrolled): when one gender is hidden, another is hidden so that the
//   total does not give it away;
// - when the number enrolled is hidden, so is every figure it follows from (deltagare per lots,
//   kostnad per deltagare): lotsar and total cost are shown, so those would give it away.
// - in the monthly statistics table, a column with a hidden count hides one more (the smallest), and
//   more while the year's total, which is shown, still narrows a hidden count down within what a
//   reader knows of it (statisticsDisclosure.ts); when every count of the column is hidden, the
//   total is hidden too. The column of people enrolled at month end is hidden when any new
//   enrolment, discharge or enrolled count is (each month's enrolled follows from the previous
//   month's, the new enrolments and the discharges).
// No second masking algorithm: the gender rule is maskGenderTable's.
import { countInText } from '../format/index.ts';
import { DEFAULT_MASK_BELOW, maskGenderTable } from '../compilation/cityCompilation.ts';
import { MEMO_FIGURES } from './figureCatalogue.ts';
import type { MemoFigures, MemoOptions, MemoSeries } from './model.ts';
import { hidingOrder, totalDisclosesHidden } from './statisticsDisclosure.ts';
import type { MaskReason } from './textFormat.ts';

export { DEFAULT_MASK_BELOW };

/** The gender figures of the catalogue, in maskGenderTable's columns. */
export const GENDER_FIGURES = { men: 'man', women: 'kvinnor', otherGender: 'annanKonstillhorighet', genderUnknown: 'konUppgiftSaknas' } as const;

/** Figures hidden in a memo and why; empty when the memo does not mask. */
export type MemoMasking = ReadonlyMap<string, MaskReason>;

const isSmall = (v: number | null, below: number): boolean => v !== null && v > 0 && v < below;

/** The counted columns of the monthly statistics table, in its order. */
export const STATISTICS_COLUMNS = ['referrals', 'newEnrolments', 'discharges', 'enrolledAtMonthEnd', 'queueAtMonthEnd'] as const;
export type StatisticsColumn = (typeof STATISTICS_COLUMNS)[number];
/** The columns that are summed over the year, and the catalogue figure their total is. */
export const STATISTICS_TOTAL_FIGURES = { referrals: 'anmalningarAret', newEnrolments: 'nyaInskrivningarAret', discharges: 'avslutAret' } as const;
type SummedColumn = keyof typeof STATISTICS_TOTAL_FIGURES;

export interface StatisticsTableMasking {
  /** Per month: the hidden cells and why. */
  cells: Partial<Record<StatisticsColumn, MaskReason>>[];
  /** The summed columns whose total is hidden. */
  totals: Set<SummedColumn>;
}

/** Which cells of the monthly statistics table a memo hides (see the file comment). */
export function statisticsTableMasking(rows: MemoSeries['statistics'], options: Pick<MemoOptions, 'mask' | 'maskBelow'>): StatisticsTableMasking {
  const below = options.maskBelow;
  const cells = rows.map((row) => {
    const hidden: Partial<Record<StatisticsColumn, MaskReason>> = {};
    if (options.mask) for (const c of STATISTICS_COLUMNS) if (isSmall(row[c], below)) hidden[c] = 'below';
    return hidden;
  });
  const totals = new Set<SummedColumn>();
  if (!options.mask) return { cells, totals };
  const linked = cells.some((h) => h.newEnrolments || h.discharges || h.enrolledAtMonthEnd);
  if (linked) for (const h of cells) h.enrolledAtMonthEnd ??= 'derived';
  // A summed column's total is the year's figure, shown: the hidden counts of the column sum to a
  // known number, so one more count is hidden (the next in hidingOrder: the smallest, zeros last),
  // and more while the total, with what a reader knows of each hidden count, still narrows one down
  // (statisticsDisclosure.ts); with nothing left to hide, the total is hidden instead.
  for (const c of Object.keys(STATISTICS_TOTAL_FIGURES) as SummedColumn[]) {
    if (!cells.some((h) => h[c] === 'below') || cells.some((h) => h[c] === 'derived')) continue;
    const total = rows.reduce((s, r) => s + (r[c] ?? 0), 0);
    const column = () => rows.map((r, i) => ({ value: r[c], hidden: cells[i]![c] }));
    do {
      const next = rows
        .flatMap((r, index) => {
          const value = r[c];
          return value === null || cells[index]![c] ? [] : [{ value, index }];
        })
        .sort(hidingOrder)[0];
      if (!next) {
        totals.add(c);
        break;
      }
      cells[next.index]![c] = 'derived';
    } while (totalDisclosesHidden(column(), total, below));
  }
  return { cells, totals };
}

export function memoMasking(
  figures: Pick<MemoFigures, 'values'> & { series?: Pick<MemoSeries, 'statistics'> },
  options: Pick<MemoOptions, 'mask' | 'maskBelow'> & { tables?: MemoOptions['tables'] },
): MemoMasking {
  const hidden = new Map<string, MaskReason>();
  if (!options.mask) return hidden;
  const below = options.maskBelow;
  const value = (key: string) => figures.values[key]?.value ?? null;

  for (const def of MEMO_FIGURES) {
    if (def.masking === 'count' && isSmall(value(def.key), below)) hidden.set(def.key, 'below');
  }
  const counts = {
    men: value(GENDER_FIGURES.men) ?? 0,
    women: value(GENDER_FIGURES.women) ?? 0,
    otherGender: value(GENDER_FIGURES.otherGender) ?? 0,
    genderUnknown: value(GENDER_FIGURES.genderUnknown) ?? 0,
  };
  const masked = maskGenderTable([counts], below).rows[0]!;
  for (const [column, key] of Object.entries(GENDER_FIGURES) as [keyof typeof GENDER_FIGURES, string][]) {
    if (masked[column] === null && !hidden.has(key)) hidden.set(key, isSmall(counts[column], below) ? 'below' : 'derived');
  }
  if (hidden.has('inskrivna')) {
    for (const def of MEMO_FIGURES) if (def.masking === 'perEnrolled') hidden.set(def.key, 'derived');
    // With the total hidden, every gender count is at most the total, so all are hidden with it.
    for (const key of Object.values(GENDER_FIGURES)) if ((value(key) ?? 0) > 0 && !hidden.has(key)) hidden.set(key, 'derived');
  }
  // The statistics table's totals are the year's figures: hidden there, hidden everywhere.
  if (options.tables?.includes('statistics') && figures.series) {
    for (const c of statisticsTableMasking(figures.series.statistics, options).totals) {
      const key = STATISTICS_TOTAL_FIGURES[c];
      if (!hidden.has(key)) hidden.set(key, 'derived');
    }
  }
  return hidden;
}

/** The footnote of a memo that hides counts: what is hidden and why. */
export function maskNoteText(maskBelow: number): string {
  const word = countInText(maskBelow);
  return (
    `Antal under ${word} redovisas som ”färre än ${word}” (”<${maskBelow}” i tabeller), och antal som skulle avslöja dem ` +
    'redovisas inte (”..” i tabeller), så att ingen enskild kan identifieras.'
  );
}

// An import replaces stored months, but keeps what the file does not say (its absent optional columns).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importMergeNote, mergeImportedMonths, replacedMonthsText } from '../../../src/core/statistics/importMerge.ts';
import type { MonthlyStatistics } from '../../../src/core/statistics/monthly.ts';
import { STAY_BAND_COUNT } from '../../../src/core/statistics/monthly.ts';
import type { OptionalStatisticsField } from '../../../src/core/statistics/sheet.ts';

const STORED: MonthlyStatistics = {
  month: '2020-06',
  referrals: 5,
  newEnrolments: 3,
  discharges: 2,
  enrolledAtMonthEnd: 30,
  queueAtMonthEnd: 4,
  dischargesByStay: [0, 0, 1, 1, 0, 0],
};
const BARE = (over: Partial<MonthlyStatistics> = {}): MonthlyStatistics => ({
  month: '2020-06',
  referrals: null,
  newEnrolments: 4,
  discharges: 2,
  enrolledAtMonthEnd: 31,
  queueAtMonthEnd: null,
  dischargesByStay: null,
  ...over,
});
const ALL_ABSENT: OptionalStatisticsField[] = ['referrals', 'queueAtMonthEnd', 'dischargesByStay'];

describe('mergeImportedMonths', () => {
  it('keeps the stored referrals, queue and stay bands the file has no column for, and takes the rest from the file', () => {
    const merged = mergeImportedMonths([STORED], [BARE()], ALL_ABSENT);
    expect(merged.months).toEqual([{ ...BARE(), referrals: 5, queueAtMonthEnd: 4, dischargesByStay: [0, 0, 1, 1, 0, 0] }]);
    expect(merged.staysDropped).toEqual([]);
  });

  it('takes a column the file has, even when its cell is empty: the month was not counted', () => {
    const merged = mergeImportedMonths([STORED], [BARE()], ['dischargesByStay']);
    expect(merged.months[0]).toMatchObject({ referrals: null, queueAtMonthEnd: null, dischargesByStay: [0, 0, 1, 1, 0, 0] });
  });

  it('drops stored stay bands that no longer sum to the imported discharges, and says which month', () => {
    const merged = mergeImportedMonths([STORED], [BARE({ discharges: 3 })], ALL_ABSENT);
    expect(merged.months[0]!.dischargesByStay).toBeNull();
    expect(merged.staysDropped).toEqual(['2020-06']);
    expect(importMergeNote(ALL_ABSENT, ['2020-06'], merged)).toBe(
      'Filen saknar anmälningar, kö och avslut efter vistelsetid; de månader som redan fanns behåller sina sparade värden för det. ' +
        'Avslut efter vistelsetid för juni 2020 togs bort, eftersom de inte längre stämmer med antalet avslut.',
    );
  });

  it('leaves new months as the file has them', () => {
    const july = BARE({ month: '2020-07' });
    expect(mergeImportedMonths([STORED], [july], ALL_ABSENT).months).toEqual([july]);
  });

  it('writes no note when nothing was replaced or the file had every column', () => {
    const merged = mergeImportedMonths([STORED], [BARE()], []);
    expect(importMergeNote([], ['2020-06'], merged)).toBeNull();
    expect(importMergeNote(['referrals'], [], merged)).toBeNull();
    expect(importMergeNote(['referrals'], ['2020-06'], merged)).toBe(
      'Filen saknar anmälningar; de månader som redan fanns behåller sina sparade värden för det.',
    );
  });

  it('counts the replaced months in words', () => {
    expect(replacedMonthsText(0)).toBeNull();
    expect(replacedMonthsText(1)).toBe('En månad fanns redan och ersattes.');
    expect(replacedMonthsText(2)).toBe('Två månader fanns redan och ersattes.');
  });

  const count = fc.nat(40);
  const optional = fc.option(count, { nil: null });
  const month = (m: number) => `2020-${String(m).padStart(2, '0')}`;
  const statistics = (m: number) =>
    fc.record({ referrals: optional, newEnrolments: count, discharges: count, enrolledAtMonthEnd: count, queueAtMonthEnd: optional, spread: fc.boolean() }).map(
      ({ spread, ...r }): MonthlyStatistics => ({
        month: month(m),
        ...r,
        // Bands that sum to the discharges, or none.
        dischargesByStay: spread ? [r.discharges, ...Array<number>(STAY_BAND_COUNT - 1).fill(0)] : null,
      }),
    );
  const months = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }).chain((ms) => fc.tuple(...ms.map(statistics)));

  it('for all stores, files and absent columns: no stored value of an absent column is lost unless its stays no longer sum, and every present value is the file’s', () => {
    fc.assert(
      fc.property(months, months, fc.subarray(ALL_ABSENT), (stored, imported, absent) => {
        const merged = mergeImportedMonths(stored, imported, absent);
        expect(merged.months.map((m) => m.month)).toEqual(imported.map((m) => m.month));
        merged.months.forEach((m, i) => {
          const file = imported[i]!;
          const before = stored.find((s) => s.month === m.month);
          expect({ ...m, referrals: 0, queueAtMonthEnd: 0, dischargesByStay: 0 }).toEqual({ ...file, referrals: 0, queueAtMonthEnd: 0, dischargesByStay: 0 });
          expect(m.referrals).toBe(before && absent.includes('referrals') ? before.referrals : file.referrals);
          expect(m.queueAtMonthEnd).toBe(before && absent.includes('queueAtMonthEnd') ? before.queueAtMonthEnd : file.queueAtMonthEnd);
          const keepsStays = before && absent.includes('dischargesByStay') && before.dischargesByStay !== null;
          if (keepsStays && before.discharges === file.discharges) expect(m.dischargesByStay).toEqual(before.dischargesByStay);
          if (keepsStays && before.discharges !== file.discharges) expect(merged.staysDropped).toContain(m.month);
          if (!keepsStays) expect(m.dischargesByStay).toEqual(file.dischargesByStay);
          if (m.dischargesByStay) expect(m.dischargesByStay.reduce((s, n) => s + n, 0)).toBe(m.discharges);
        });
      }),
    );
  });
});

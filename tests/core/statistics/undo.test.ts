import { describe, expect, it } from 'vitest';
import { EditError } from '../../../src/core/validation/editError.ts';
import { checkStatisticsUnchanged, statisticsUndoOf } from '../../../src/core/statistics/undo.ts';
import type { MonthlyStatistics } from '../../../src/core/statistics/monthly.ts';

const month = (m: string, referrals: number): MonthlyStatistics =>
  ({ month: m, referrals, newEnrolments: 1, discharges: 1, enrolledAtMonthEnd: 20, queueAtMonthEnd: 0, dischargesByStay: null }) as MonthlyStatistics;

const entry = (over: Partial<Parameters<typeof statisticsUndoOf>[0] & object> = {}) => ({
  action: 'statistics',
  summary: 'Sparade mars 2020',
  district: 'Farsta',
  unit: 'SIG vuxna',
  before: [month('2020-03', 2)],
  after: [month('2020-03', 5), month('2020-04', 1)],
  ...over,
});

const conflict = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EditError);
    expect((error as EditError).code).toBe('CONFLICT');
    return (error as EditError).message;
  }
  throw new Error('expected a refusal');
};

describe('undoing the latest statistics change', () => {
  it('restores the months as they were and names the undo', () => {
    const undo = statisticsUndoOf(entry());
    expect(undo.key).toEqual({ district: 'Farsta', unit: 'SIG vuxna' });
    expect(undo.restore).toEqual([month('2020-03', 2)]);
    expect(undo.touched.sort()).toEqual(['2020-03', '2020-04']);
    expect(undo.summary).toBe('Ångrade: Sparade mars 2020');
  });

  it('refuses an entry that is not a statistics change, or one without usable months', () => {
    expect(conflict(() => statisticsUndoOf(null))).toContain('gäller inte månadsstatistik');
    expect(conflict(() => statisticsUndoOf(entry({ action: 'edit' })))).toContain('gäller inte månadsstatistik');
    expect(conflict(() => statisticsUndoOf(entry({ unit: null })))).toContain('gäller inte månadsstatistik');
    expect(conflict(() => statisticsUndoOf(entry({ after: [{ month: 'mars' }] })))).toBe(
      'Ändringen ”Sparade mars 2020” kan inte ångras: uppgifterna i ändringsloggen räcker inte.',
    );
  });

  it('refuses when the touched months have changed since, in any order otherwise accepts', () => {
    const undo = statisticsUndoOf(entry());
    expect(() => checkStatisticsUnchanged(undo, [month('2020-04', 1), month('2020-03', 5), month('2020-05', 9)])).not.toThrow();
    expect(conflict(() => checkStatisticsUnchanged(undo, [month('2020-03', 6), month('2020-04', 1)]))).toBe(
      'Månadsstatistiken för SIG vuxna (Farsta) har ändrats sedan dess, så ändringen kan inte ångras härifrån.',
    );
    expect(conflict(() => checkStatisticsUnchanged(undo, [month('2020-03', 5)]))).toContain('har ändrats sedan dess');
  });
});

// The monthly statistics table of a memo (Månadsstatistik): snapshotted with the figures, on by
// default in a redovisning when the unit has statistics for the year, masked by the memo's rule, and
// memos stored before it existed still parse. The property check writes its own equations (each
// summed column's counts sum to the year's figure shown in the text; each month's enrolled is the
// previous month's plus the new enrolments minus the discharges) and asks whether a hidden count is
// fixed by what is shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixRank } from '../../../src/core/compilation/cityCompilation.ts';
import { computeMemoFigures } from '../../../src/core/memo/computeFigures.ts';
import { defaultMemoOptions } from '../../../src/core/memo/drafts.ts';
import { memoMasking, STATISTICS_COLUMNS, STATISTICS_TOTAL_FIGURES, statisticsTableMasking } from '../../../src/core/memo/masking.ts';
import { memoContentSchema, type MemoContent, type MemoSeries } from '../../../src/core/memo/model.ts';
import { lookupPlaceholder } from '../../../src/core/memo/placeholders.ts';
import { resolveMemo } from '../../../src/core/memo/resolve.ts';
import { sampleContent as memoContent } from '../../store/memoFixture.ts';
import { seedPlan, sourcesOf, monthsOf } from './support.ts';

function withStatistics(rows: MemoSeries['statistics'], mask: boolean): MemoContent {
  const base = memoContent();
  const sum = (k: 'referrals' | 'newEnrolments' | 'discharges') => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
  const v = (key: string, value: number) => ({ key, value, computedAt: '' });
  return {
    ...base,
    options: { mask, maskBelow: 3, tables: ['statistics'], charts: [] },
    figures: {
      ...base.figures,
      values: {
        anmalningarAret: v('anmalningarAret', sum('referrals')),
        nyaInskrivningarAret: v('nyaInskrivningarAret', sum('newEnrolments')),
        avslutAret: v('avslutAret', sum('discharges')),
      },
      series: { ...base.figures.series, statistics: rows },
    },
  };
}

const row = (
  month: string,
  referrals: number | null,
  newEnrolments: number,
  discharges: number,
  enrolledAtMonthEnd: number,
  queueAtMonthEnd: number | null,
) => ({
  month,
  referrals,
  newEnrolments,
  discharges,
  enrolledAtMonthEnd,
  queueAtMonthEnd,
});

describe('the statistics table', () => {
  it('is snapshotted for the plan year only, in calendar order, and on by default in a redovisning', () => {
    const statistics = [...monthsOf(2019, [{}, {}]), ...monthsOf(2020, [{ referrals: 7 }, { referrals: null }, {}]).reverse()];
    const figures = computeMemoFigures(sourcesOf(seedPlan(), { statistics }));
    expect(figures.series.statistics.map((r) => r.month)).toEqual(['2020-01', '2020-02', '2020-03']);
    expect(figures.series.statistics[0]).toEqual({
      month: '2020-01',
      referrals: 7,
      newEnrolments: 4,
      discharges: 4,
      enrolledAtMonthEnd: 27,
      queueAtMonthEnd: 0,
    });
    expect(defaultMemoOptions('redovisning', figures).tables).toEqual(['staffing', 'gender', 'statistics']);
    const none = computeMemoFigures(sourcesOf(seedPlan(), { statistics: monthsOf(2019, [{}]) }));
    expect(none.series.statistics).toEqual([]);
    expect(defaultMemoOptions('redovisning', none).tables).toEqual(['staffing', 'gender']);
  });

  it('lets a memo stored before the table existed parse, with no statistics', () => {
    const stored = JSON.parse(JSON.stringify(memoContent())) as { figures: { series: Record<string, unknown> } };
    delete stored.figures.series.statistics;
    const parsed = memoContentSchema.parse(stored);
    expect(parsed.figures.series.statistics).toEqual([]);
    expect(resolveMemo({ ...parsed, options: { ...parsed.options, tables: ['statistics'] } }).tables.statistics).toBeUndefined();
  });

  it('shows the months with a total row where summing makes sense', () => {
    const doc = resolveMemo(withStatistics([row('2020-01', 6, 4, 3, 27, 2), row('2020-02', null, 5, 6, 26, null)], false));
    const t = doc.tables.statistics!;
    expect(t.caption).toBe('Månadsstatistik');
    expect(t.columns.map((c) => c.heading)).toEqual(['Månad', 'Anmälningar', 'Nya inskrivna', 'Avslut', 'Inskrivna vid månadens slut', 'Kö vid månadens slut']);
    expect(t.rows).toEqual([
      ['januari', '6', '4', '3', '27', '2'],
      ['februari', '–', '5', '6', '26', '–'],
    ]);
    expect(t.totals).toEqual(['Summa', '6', '9', '9', '', '']);
    expect(doc.maskNote).toBeNull();
    // It comes after the text of Ärendet.
    expect(doc.sections.find((s) => s.key === 'arendet')!.blocks.at(-1)).toEqual({ kind: 'table', table: t });
  });

  it('masks small counts and what would give them away, and the memo says so', () => {
    const doc = resolveMemo(withStatistics([row('2020-01', 6, 1, 3, 27, 2), row('2020-02', 8, 5, 6, 26, 0), row('2020-03', 7, 4, 4, 26, 4)], true));
    const t = doc.tables.statistics!;
    expect(t.rows).toEqual([
      ['januari', '6', '<3', '3', '..', '<3'],
      ['februari', '8', '5', '6', '..', '0'],
      ['mars', '7', '..', '4', '..', '4'],
    ]);
    // The year's totals stay shown: the second hidden count keeps the first from being worked out.
    expect(t.totals).toEqual(['Summa', '21', '10', '13', '', '']);
    expect(t.footnote).toContain('Antal under tre redovisas som ”färre än tre”');
    expect(doc.maskNote).not.toBeNull();
  });

  it('puts the masking note once: under the gender table only when that table hides a count', () => {
    const content = withStatistics([row('2020-01', 6, 1, 3, 27, 2), row('2020-02', 8, 5, 6, 26, 0)], true);
    const v = (key: string, value: number) => ({ key, value, computedAt: '' });
    content.options.tables = ['gender', 'statistics'];
    Object.assign(content.figures.values, { man: v('man', 24), kvinnor: v('kvinnor', 3), inskrivna: v('inskrivna', 27) });
    const doc = resolveMemo(content);
    expect(doc.tables.gender!.footnote).toBeNull();
    expect(doc.tables.statistics!.footnote).toContain(doc.maskNote!);
    content.figures.values.kvinnor = v('kvinnor', 1);
    content.figures.values.inskrivna = v('inskrivna', 25);
    expect(resolveMemo(content).tables.gender!.footnote).toBe(doc.maskNote);
  });

  it('hides the total when every count of a column is hidden', () => {
    const content = withStatistics([row('2020-01', 1, 4, 3, 27, 0), row('2020-02', 2, 5, 6, 26, 0)], true);
    const t = resolveMemo(content).tables.statistics!;
    expect(t.rows.map((r) => r[1])).toEqual(['<3', '<3']);
    expect(t.totals![1]).toBe('..');
    expect(memoMasking(content.figures, content.options).get('anmalningarAret')).toBe('derived');
    // Without the table the year's figure gives nothing away.
    expect(memoMasking(content.figures, { ...content.options, tables: [] }).has('anmalningarAret')).toBe(false);
  });

  it('has the placeholder {{tabell_statistik}}', () => {
    expect(lookupPlaceholder('tabell_statistik')).toEqual({ kind: 'table', table: 'statistics' });
  });

  const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 40 }));
  const rows = fc.array(fc.tuple(fc.option(count, { nil: null }), count, count, count, fc.option(count, { nil: null })), { minLength: 1, maxLength: 12 });

  it('never leaves a hidden count that the shown figures determine (property)', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 2, max: 5 }), (raw, maskBelow) => {
        const stats = raw.map(([a, n, d, s, q], i) => row(`2020-${String(i + 1).padStart(2, '0')}`, a, n, d, s, q));
        const m = statisticsTableMasking(stats, { mask: true, maskBelow });
        // Every count below the threshold is hidden.
        stats.forEach((r, i) => {
          for (const c of STATISTICS_COLUMNS) {
            const v = r[c];
            if (v !== null && v > 0 && v < maskBelow) expect(m.cells[i]![c]).toBe('below');
          }
        });
        const unknowns: [number, string][] = [];
        m.cells.forEach((h, i) => {
          for (const c of STATISTICS_COLUMNS) if (h[c]) unknowns.push([i, c]);
        });
        if (unknowns.length === 0) return;
        const eq: number[][] = [];
        const coef = (i: number, c: string) => unknowns.map(([j, k]) => (j === i && k === c ? 1 : 0));
        // Column totals shown.
        for (const c of Object.keys(STATISTICS_TOTAL_FIGURES) as (keyof typeof STATISTICS_TOTAL_FIGURES)[]) {
          if (m.totals.has(c)) continue;
          eq.push(unknowns.map(([, k]) => (k === c ? 1 : 0)));
        }
        // Stock and flow: S_i − S_{i−1} − n_i + d_i = 0.
        for (let i = 1; i < stats.length; i++) {
          const a = coef(i, 'enrolledAtMonthEnd');
          const b = coef(i - 1, 'enrolledAtMonthEnd');
          const n = coef(i, 'newEnrolments');
          const d = coef(i, 'discharges');
          eq.push(a.map((x, j) => x - b[j]! - n[j]! + d[j]!));
        }
        const base = matrixRank(eq);
        unknowns.forEach((_, j) => {
          const unit = unknowns.map((__, k) => (k === j ? 1 : 0));
          expect(matrixRank([...eq, unit]), `hidden ${unknowns[j]!.join(' ')} is determined`).toBeGreaterThan(base);
        });
      }),
      { numRuns: 300 },
    );
  });
});

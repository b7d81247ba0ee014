// Where a memo's forecasts start: the snapshot keeps it, and the table, the charts, the draft and
// "Uppdatera siffror" say it, so that the nämnd knows which picture of today the queue rests on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMemoFigures } from '../../../src/core/memo/computeFigures.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { FORECAST_START_CHANGE_KEY, figureChanges } from '../../../src/core/memo/figureChanges.ts';
import { forecastStartBasisText, forecastStartNote, memoForecastStartOf } from '../../../src/core/memo/forecastStartNote.ts';
import { type MemoContent, type MemoForecastStart, memoContentSchema } from '../../../src/core/memo/model.ts';
import { resolveMemo } from '../../../src/core/memo/resolve.ts';
import { forecastStartState } from '../../../src/core/statistics/forecastStart.ts';
import type { MonthlyStatistics } from '../../../src/core/statistics/monthly.ts';
import { DEFAULTS, documentText, seedPlan, sourcesOf, monthsOf } from './support.ts';

// Written out here rather than taken from core, so that the property checks core's words.
const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Statistics for every month of 2020, the last one as given. */
const wholeYear = (december: Partial<MonthlyStatistics> = {}) => monthsOf(2020, [...Array.from({ length: 11 }, () => ({})), december]);

/** A memo with the forecast table and both forecast charts. */
function withForecastExtras(content: MemoContent): MemoContent {
  return { ...content, options: { ...content.options, tables: ['forecast'], charts: ['forecastFan', 'queueRisk'] } };
}

describe('memoForecastStartOf', () => {
  it('keeps the plan year as the basis of a start from the plan', () => {
    const state = forecastStartState({ year: 2020, enrolled: 27, queue: 0 }, null);
    expect(memoForecastStartOf(state, 2020)).toEqual({ source: 'plan', basis: '2020', queueFromPlan: false, firstMonth: '2021-01' });
  });

  it('keeps the statistics month before the first month, across a new year too', () => {
    const december = forecastStartState(
      { year: 2020, enrolled: 27, queue: 0 },
      monthsOf(
        2020,
        Array.from({ length: 12 }, () => ({})),
      ).at(-1)!,
    );
    expect(memoForecastStartOf(december, 2020)).toEqual({ source: 'statistics', basis: '2020-12', queueFromPlan: false, firstMonth: '2021-01' });
    const march = forecastStartState({ year: 2020, enrolled: 27, queue: 2 }, monthsOf(2021, [{}, {}, { queueAtMonthEnd: null }]).at(-1)!);
    expect(memoForecastStartOf(march, 2020)).toEqual({ source: 'statistics', basis: '2021-03', queueFromPlan: true, firstMonth: '2021-04' });
  });
});

describe('forecastStartNote', () => {
  it('writes the three kinds of start', () => {
    expect(forecastStartNote({ source: 'plan', basis: '2020', queueFromPlan: false, firstMonth: '2021-01' })).toBe(
      'Prognosen utgår från antalet inskrivna och kön enligt planen för 2020 och börjar i januari 2021.',
    );
    expect(forecastStartNote({ source: 'statistics', basis: '2020-12', queueFromPlan: false, firstMonth: '2021-01' })).toBe(
      'Prognosen utgår från antalet inskrivna och kön enligt månadsstatistiken för december 2020 och börjar i januari 2021.',
    );
    expect(forecastStartNote({ source: 'statistics', basis: '2021-03', queueFromPlan: true, firstMonth: '2021-04' })).toBe(
      'Prognosen utgår från antalet inskrivna enligt månadsstatistiken för mars 2021 och kön enligt planen, eftersom kön inte är räknad den månaden. Den börjar i april 2021.',
    );
  });

  it('names the basis in the same words as the draft', () => {
    expect(forecastStartBasisText({ source: 'plan', basis: '2020', queueFromPlan: false, firstMonth: '2021-01' })).toBe('planen för 2020');
    expect(forecastStartBasisText({ source: 'statistics', basis: '2021-03', queueFromPlan: true, firstMonth: '2021-04' })).toBe(
      'månadsstatistiken för mars 2021 (kön enligt planen)',
    );
  });

  it('for every start, names the basis and the first month in words, and no digit but the years', () => {
    const month = fc.record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) });
    const iso = (m: { year: number; month: number }) => `${m.year}-${String(m.month).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.constantFrom('plan', 'statistics') as fc.Arbitrary<'plan' | 'statistics'>,
        month,
        month,
        fc.boolean(),
        (source, basisMonth, first, queueFromPlan) => {
          const start: MemoForecastStart =
            source === 'plan'
              ? { source, basis: String(basisMonth.year), queueFromPlan: false, firstMonth: iso(first) }
              : { source, basis: iso(basisMonth), queueFromPlan, firstMonth: iso(first) };
          const note = forecastStartNote(start);
          const basisWords =
            source === 'plan' ? `planen för ${basisMonth.year}` : `månadsstatistiken för ${MONTH_NAMES[basisMonth.month - 1]} ${basisMonth.year}`;
          expect(note).toContain(basisWords);
          expect(note).toContain(`börjar i ${MONTH_NAMES[first.month - 1]} ${first.year}.`);
          expect(note.includes('kön enligt planen, eftersom kön inte är räknad den månaden')).toBe(source === 'statistics' && queueFromPlan);
          const digits = note.replace(new RegExp(`${basisMonth.year}|${first.year}`, 'g'), '');
          expect(digits).not.toMatch(/\d/);
          expect(note).toMatch(/^Prognosen utgår från .*\.$/s);
        },
      ),
    );
  });
});

describe("the memo's snapshot", () => {
  it('keeps a start from the statistics when they reach December of the plan year', () => {
    const figures = computeMemoFigures(sourcesOf(seedPlan(), { statistics: wholeYear({ enrolledAtMonthEnd: 25, queueAtMonthEnd: 1 }) }));
    expect(figures.forecastStart).toEqual({ source: 'statistics', basis: '2020-12', queueFromPlan: false, firstMonth: '2021-01' });
  });

  it('keeps that the queue came from the plan when December did not count it', () => {
    const figures = computeMemoFigures(sourcesOf(seedPlan(), { statistics: wholeYear({ queueAtMonthEnd: null }) }));
    expect(figures.forecastStart).toEqual({ source: 'statistics', basis: '2020-12', queueFromPlan: true, firstMonth: '2021-01' });
  });

  it('keeps a start from the plan without statistics, or with statistics that end before December', () => {
    for (const statistics of [[], monthsOf(2020, [{}, {}, {}])]) {
      expect(computeMemoFigures(sourcesOf(seedPlan(), { statistics })).forecastStart).toEqual({
        source: 'plan',
        basis: '2020',
        queueFromPlan: false,
        firstMonth: '2021-01',
      });
    }
  });

  it('has no start when no forecast could be made', () => {
    const plan = seedPlan();
    plan.demand = null;
    expect(computeMemoFigures(sourcesOf(plan)).forecastStart).toBeUndefined();
  });
});

describe('what the memo says of the start', () => {
  it('the forecast table and both forecast charts say where the forecast starts', () => {
    const content = withForecastExtras(draftMemo('bemanning', sourcesOf(seedPlan(), { statistics: wholeYear() }), DEFAULTS, { skrivelse: null }));
    const doc = resolveMemo(content);
    const note = 'Prognosen utgår från antalet inskrivna och kön enligt månadsstatistiken för december 2020 och börjar i januari 2021.';
    expect(
      doc.tables.forecast!.footnote!.startsWith(`${note} Den räknar med dagens efterfrågan och bemanning. Inskrivna och kö gäller vid månadens slut.`),
    ).toBe(true);
    expect(doc.charts.forecastFan!.description.endsWith(` ${note}`)).toBe(true);
    expect(doc.charts.queueRisk!.description.endsWith(` ${note}`)).toBe(true);
  });

  it('a memo stored before the snapshot kept the start still parses, and its footnote makes no claim', () => {
    const content = withForecastExtras(draftMemo('bemanning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null }));
    const stored = JSON.parse(JSON.stringify(content)) as { figures: Record<string, unknown> };
    delete stored.figures.forecastStart;
    const doc = resolveMemo(memoContentSchema.parse(stored));
    expect(doc.tables.forecast!.footnote).toMatch(/^Prognos från dagens läge\. Den räknar med dagens efterfrågan och bemanning\./);
    expect(doc.charts.forecastFan!.description).not.toContain('Prognosen utgår');
    expect(doc.charts.queueRisk!.description).not.toContain('Prognosen utgår');
  });

  it('rejects a start that names no month or year a memo can have', () => {
    const content = draftMemo('bemanning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });
    const bad = {
      ...content,
      figures: { ...content.figures, forecastStart: { source: 'plan', basis: '2020-13', queueFromPlan: false, firstMonth: '2021-01' } },
    };
    expect(memoContentSchema.safeParse(bad).success).toBe(false);
  });

  it("the draft's forecast paragraph names the start and where the demand comes from", () => {
    const fromPlan = documentText(resolveMemo(draftMemo('bemanning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null })));
    expect(fromPlan).toMatch(
      /Förvaltningens prognos utgår från läget enligt planen för 2020 och från en efterfrågan på i genomsnitt [^.]+ per månad och en genomsnittlig vistelsetid på [^.]+, enligt planens antaganden\./,
    );
    const plan = seedPlan();
    plan.demand = null;
    const fromStatistics = documentText(resolveMemo(draftMemo('bemanning', sourcesOf(plan, { statistics: wholeYear() }), DEFAULTS, { skrivelse: null })));
    expect(fromStatistics).toMatch(
      /Förvaltningens prognos utgår från läget enligt månadsstatistiken för december 2020 och från en efterfrågan på i genomsnitt [^.]+, skattade ur månadsstatistiken\./,
    );
  });

  it('"Uppdatera siffror" lists a changed start first, and nothing when it stays', () => {
    const content = draftMemo('bemanning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });
    expect(figureChanges(content, computeMemoFigures(sourcesOf(seedPlan()))).some((c) => c.key === FORECAST_START_CHANGE_KEY)).toBe(false);
    const changes = figureChanges(content, computeMemoFigures(sourcesOf(seedPlan(), { statistics: wholeYear({ queueAtMonthEnd: null }) })));
    expect(changes[0]).toEqual({
      key: FORECAST_START_CHANGE_KEY,
      name: 'Prognosens startläge',
      before: 'planen för 2020',
      after: 'månadsstatistiken för december 2020 (kön enligt planen)',
    });
    const plan = seedPlan();
    plan.demand = null;
    expect(figureChanges(content, computeMemoFigures(sourcesOf(plan)))[0]).toMatchObject({ key: FORECAST_START_CHANGE_KEY, after: 'saknas' });
  });
});

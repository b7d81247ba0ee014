import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  consistencyNotes,
  dischargesInMonthsText,
  latestMonths,
  monthlyStatisticsListSchema,
  monthlyStatisticsSchema,
  monthTakenMessage,
  monthsCountText,
  nextMonth,
  previousMonth,
  STAY_BAND_COUNT,
  STAY_BAND_LABELS,
  STAY_BAND_RANGES,
  stayBandTotals,
  type MonthlyStatistics,
} from '../../../src/core/statistics/monthly.ts';
import { summarizeStatistics } from '../../../src/core/statistics/summary.ts';
import { formatIssue } from '../../../src/core/validation/swedishIssues.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';

const month = (m: string, over: Partial<MonthlyStatistics> = {}): MonthlyStatistics => ({
  month: m,
  referrals: 2,
  newEnrolments: 2,
  discharges: 2,
  enrolledAtMonthEnd: 28,
  queueAtMonthEnd: 0,
  dischargesByStay: [0, 0, 1, 1, 0, 0],
  ...over,
});

function messages(input: unknown): string[] {
  const r = monthlyStatisticsListSchema.safeParse(input, { reportInput: true });
  return r.success ? [] : r.error.issues.map((i) => formatIssue(i));
}

describe('monthly statistics rules', () => {
  it('labels the stay bands 0–3 … 24–36 months', () => {
    expect(STAY_BAND_LABELS).toEqual(['0–3 mån', '3–6 mån', '6–12 mån', '12–18 mån', '18–24 mån', '24–36 mån']);
    expect(STAY_BAND_RANGES).toEqual(['0–3', '3–6', '6–12', '12–18', '18–24', '24–36']);
    expect(STAY_BAND_LABELS).toEqual(STAY_BAND_RANGES.map((r) => `${r} mån`));
    expect(STAY_BAND_COUNT).toBe(6);
  });

  it('accepts a full month and one without the optional counts', () => {
    expect(monthlyStatisticsSchema.safeParse(month('2020-01')).success).toBe(true);
    expect(monthlyStatisticsSchema.safeParse(month('2020-01', { referrals: null, queueAtMonthEnd: null, dischargesByStay: null })).success).toBe(true);
  });

  it('refuses bad months, counts and band sums with Swedish messages that name the field', () => {
    expect(messages([month('2020-13')])[0]).toMatch(/^Rad 1, månad: ska vara en månad skriven ÅÅÅÅ-MM/);
    expect(messages([month('20-01')])[0]).toMatch(/^Rad 1, månad: /);
    expect(messages([month('2020-01', { discharges: -1, dischargesByStay: null })])[0]).toMatch(/^Rad 1, avslut: .*minst 0/);
    expect(messages([month('2020-01', { newEnrolments: 1.5 })])[0]).toMatch(/^Rad 1, nya inskrivningar: .*heltal/);
    expect(messages([month('2020-01', { dischargesByStay: [1, 1, 1, 0, 0, 0] })])[0]).toBe(
      'Rad 1, avslut efter vistelsetid: summan av avsluten efter vistelsetid (3) ska vara lika med antalet avslut (2)',
    );
    expect(messages([month('2020-01', { dischargesByStay: [1, 1] })])[0]).toMatch(/^Rad 1, avslut efter vistelsetid: /);
    expect(messages([month('2020-01'), month('2020-02'), month('2020-01')])[0]).toBe('Rad 3, månad: månaden 2020-01 finns redan på rad 1');
    expect(messages([{ ...month('2020-01'), name: 'Anna' }])[0]).toMatch(/Rad 1: okänt fält ”name”/);
  });

  it('steps months over the turn of the year and keeps the latest months in order', () => {
    expect(nextMonth('2020-12')).toBe('2021-01');
    expect(nextMonth('2020-09')).toBe('2020-10');
    const months = [month('2021-02'), month('2020-11'), month('2021-01'), month('2020-12')];
    expect(latestMonths(months, 3).map((m) => m.month)).toEqual(['2020-12', '2021-01', '2021-02']);
    expect(latestMonths(months, 12)).toHaveLength(4);
  });

  it('notes a month whose counts do not add up, and a gap, in Swedish', () => {
    const notes = consistencyNotes([
      month('2020-01', { enrolledAtMonthEnd: 26 }),
      month('2020-02', { newEnrolments: 3, discharges: 1, enrolledAtMonthEnd: 27 }),
      month('2020-04'),
    ]);
    expect(notes).toEqual([
      'I februari 2020 borde 28 vara inskrivna vid månadens slut (26 + 3 nya − 1 avslut), men 27 är registrerade.',
      'Statistiken saknas för mars 2020.',
    ]);
  });

  it('says when discharges exceed what there was, and groups large numbers', () => {
    expect(
      consistencyNotes([month('2020-11', { enrolledAtMonthEnd: 2 }), month('2020-12', { newEnrolments: 1, discharges: 6, enrolledAtMonthEnd: 0 })]),
    ).toEqual(['I december 2020 är avsluten (6) fler än de inskrivna vid förra månadens slut och de nya tillsammans (2 + 1).']);
    expect(
      consistencyNotes([month('2020-12', { enrolledAtMonthEnd: 9000 }), month('2021-01', { newEnrolments: 2000, discharges: 0, enrolledAtMonthEnd: 9000 })]),
    ).toEqual(['I januari 2021 borde 11\u00a0000 vara inskrivna vid månadens slut (9\u00a0000 + 2\u00a0000 nya − 0 avslut), men 9\u00a0000 är registrerade.']);
  });

  it('has no notes for any series that adds up (property)', () => {
    const step = fc.record({ add: fc.nat(6), leave: fc.nat(6) });
    fc.assert(
      fc.property(fc.nat(40), fc.array(step, { minLength: 1, maxLength: 30 }), (start, steps) => {
        let enrolled = start;
        let m = '2019-12';
        const months: MonthlyStatistics[] = steps.map((s) => {
          const leave = Math.min(s.leave, enrolled);
          enrolled += s.add - leave;
          m = nextMonth(m);
          return month(m, { newEnrolments: s.add, discharges: leave, enrolledAtMonthEnd: enrolled, dischargesByStay: null });
        });
        // Shuffled order must not matter.
        return consistencyNotes([...months].reverse()).length === 0;
      }),
    );
  });

  it('sums discharges by stay over the months that counted them', () => {
    expect(stayBandTotals([month('2020-01', { dischargesByStay: null })])).toBeNull();
    const totals = stayBandTotals([month('2020-01'), month('2020-02', { dischargesByStay: [2, 0, 0, 0, 0, 0] }), month('2020-03', { dischargesByStay: null })]);
    expect(totals).toEqual({ counts: [2, 0, 1, 1, 0, 0], monthsUsed: 2 });
  });
});

describe('summarizeStatistics', () => {
  it("estimates λ from referrals and L by Little's law over the latest months only", () => {
    // Two old months with a very different pattern are outside a window of 12.
    const old = [month('2018-01', { referrals: 20, newEnrolments: 20, enrolledAtMonthEnd: 5 }), month('2018-02', { referrals: 20, enrolledAtMonthEnd: 5 })];
    const recent = Array.from({ length: 12 }, (_, i) => month(`2020-${String(i + 1).padStart(2, '0')}`, { referrals: 3 }));
    const s = summarizeStatistics([...old, ...recent], 12);
    expect(s.window).toBe(12);
    if (!s.estimate.ok) throw new Error(s.estimate.message);
    expect(s.estimate.value).toMatchObject({ monthsUsed: 12, firstMonth: '2020-01', lastMonth: '2020-12', arrivalsSource: 'referrals', meanEnrolled: 28 });
    expect(s.estimate.value.arrivalsPerMonth.estimate).toBe(3);
    expect(s.estimate.value.meanStayMonths.estimate).toBe(14);
    expect(s.stayBands).toEqual({
      bands: [
        { fromMonths: 0, toMonths: 3, count: 0 },
        { fromMonths: 3, toMonths: 6, count: 0 },
        { fromMonths: 6, toMonths: 12, count: 12 },
        { fromMonths: 12, toMonths: 18, count: 12 },
        { fromMonths: 18, toMonths: 24, count: 0 },
        { fromMonths: 24, toMonths: 36, count: 0 },
      ],
      monthsUsed: 12,
      total: 24,
    });
    expect(s.notes).toContain('Statistiken saknas för mars 2018–december 2019.');
  });

  it('falls back to new enrolments when referrals are missing, with a caveat when there was a queue', () => {
    const months = [month('2020-01', { referrals: null, queueAtMonthEnd: 3 }), month('2020-02'), month('2020-03')];
    const s = summarizeStatistics(months);
    if (!s.estimate.ok) throw new Error(s.estimate.message);
    expect(s.estimate.value.arrivalsSource).toBe('newEnrolments');
    expect(s.estimate.value.caveats[0]).toMatch(/då blir efterfrågan underskattad/);
    const noQueue = summarizeStatistics(months.map((m) => ({ ...m, queueAtMonthEnd: 0 })));
    expect(noQueue.estimate.ok && noQueue.estimate.value.caveats).toEqual([]);
  });

  it('says in Swedish why there is no estimate', () => {
    const s = summarizeStatistics([month('2020-01')]);
    expect(s.estimate).toEqual({ ok: false, message: 'Det behövs statistik för minst tre månader för en skattning, men det finns för en månad.' });
    expect(summarizeStatistics([]).stayBands).toBeNull();
  });
});

describe('describeHistoryEstimate', () => {
  it('reads the estimate in Swedish with its interval and the months used', async () => {
    const { describeHistoryEstimate, monthSpanText } = await import('../../../src/core/statistics/describe.ts');
    const recent = Array.from({ length: 12 }, (_, i) => month(`2020-${String(i + 1).padStart(2, '0')}`, { referrals: 3 }));
    const text = describeHistoryEstimate(summarizeStatistics(recent).estimate);
    expect(text).toMatch(
      /^Skattat från de tolv senaste månaderna \(januari–december 2020\): 3 anmälningar per månad \(troligen mellan 2,1 och 4,2\) och en genomsnittlig vistelse på 14 månader \(troligen mellan \d+,\d och \d+,\d\)\.$/,
    );
    const fromEnrolments = describeHistoryEstimate(summarizeStatistics(recent.slice(0, 3).map((m) => ({ ...m, referrals: null }))).estimate);
    expect(fromEnrolments).toContain('de tre senaste månaderna (januari–mars 2020): 2 nya inskrivningar per månad');
    expect(monthSpanText('2020-10', '2021-03')).toBe('oktober 2020–mars 2021');
    expect(monthSpanText('2020-10', '2020-10')).toBe('oktober 2020');
    expect(describeHistoryEstimate({ ok: false, message: 'Ingen statistik.' })).toBe('Ingen statistik.');
  });
});

describe('estimateMetrics', () => {
  it('gives the card its four figures, the intervals in the words of the sentence', async () => {
    const { estimateMetrics } = await import('../../../src/core/statistics/describe.ts');
    const recent = Array.from({ length: 12 }, (_, i) => month(`2020-${String(i + 1).padStart(2, '0')}`, { referrals: 3 }));
    const estimate = summarizeStatistics(recent).estimate;
    if (!estimate.ok) throw new Error(estimate.message);
    const metrics = estimateMetrics(estimate.value);
    expect(metrics.map((m) => m.key)).toEqual(['arrivals', 'stay', 'enrolled', 'throughput']);
    expect(metrics[0]).toEqual({ key: 'arrivals', label: 'Anmälningar per månad', value: '3', detail: 'Troligen mellan 2,1 och 4,2' });
    expect(metrics[1]).toMatchObject({ label: 'Genomsnittlig vistelsetid', value: '14,0 mån' });
    expect(metrics[1]!.detail).toMatch(/^Troligen mellan \d+,\d och \d+,\d månader$/);
    expect(metrics[2]).toEqual({ key: 'enrolled', label: 'Inskrivna i genomsnitt', value: '28,0', detail: 'Vid månadernas slut' });
    expect(metrics[3]).toEqual({
      key: 'throughput',
      label: 'Avslut per månad',
      value: '2',
      detail: expect.stringMatching(/^Troligen mellan \d,\d och \d,\d$/),
    });
    const fromEnrolments = summarizeStatistics(recent.map((m) => ({ ...m, referrals: null }))).estimate;
    expect(fromEnrolments.ok && estimateMetrics(fromEnrolments.value)[0]!.label).toBe('Nya inskrivningar per månad');
  });

  it('for every history, shows the same intervals as the sentence beside it', async () => {
    const { describeHistoryEstimate, estimateMetrics } = await import('../../../src/core/statistics/describe.ts');
    const counts = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ referrals: counts, discharges: fc.integer({ min: 1, max: 60 }), enrolled: counts }), { minLength: 3, maxLength: 36 }),
        (rows) => {
          const months = rows.map((r, i) =>
            month(`${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, {
              referrals: r.referrals,
              discharges: r.discharges,
              enrolledAtMonthEnd: r.enrolled,
              dischargesByStay: null,
            }),
          );
          const estimate = summarizeStatistics(months).estimate;
          if (!estimate.ok) return;
          const sentence = describeHistoryEstimate(estimate);
          const [arrivals, stay] = estimateMetrics(estimate.value);
          expect(sentence).toContain(`(${arrivals!.detail.replace('Troligen', 'troligen')})`);
          expect(sentence).toContain(`(${stay!.detail.replace('Troligen', 'troligen').replace(' månader', '')})`);
        },
      ),
    );
  });
});

describe('the month form refuses a month the unit has', () => {
  it('names the month in words and says what to do instead', () => {
    expect(monthTakenMessage('2021-01')).toBe('Det finns redan statistik för januari 2021. Ändra den månaden i tabellen i stället.');
  });

  it('the month before a month is the one nextMonth leads back from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const iso = `${y}-${String(m).padStart(2, '0')}`;
        expect(nextMonth(previousMonth(iso))).toBe(iso);
        expect(previousMonth(nextMonth(iso))).toBe(iso);
      }),
    );
  });
});

describe('the estimate window is calendar months', () => {
  const series = (months: string[]) => months.map((m) => month(m));
  const range = (year: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);

  it('leaves out months older than the window even when the newer ones are few', async () => {
    const { describeHistoryEstimate } = await import('../../../src/core/statistics/describe.ts');
    const s = summarizeStatistics(series([...range(2019, 1, 6), ...range(2020, 7, 12)]), 12);
    expect(s.estimate.ok && s.estimate.value).toMatchObject({ monthsUsed: 6, firstMonth: '2020-07', lastMonth: '2020-12' });
    expect(s.missingMonths).toBe(0);
    expect(describeHistoryEstimate(s.estimate, s.missingMonths)).toMatch(/^Skattat från de sex senaste månaderna \(juli–december 2020\):/);
  });

  it('says how many months are missing inside the window', async () => {
    const { describeHistoryEstimate } = await import('../../../src/core/statistics/describe.ts');
    const s = summarizeStatistics(series([...range(2020, 1, 3), ...range(2020, 6, 12)]), 12);
    expect(s.missingMonths).toBe(2);
    expect(describeHistoryEstimate(s.estimate, s.missingMonths)).toMatch(/^Skattat från tio månader \(januari–december 2020; två månader saknas\):/);
    // Over the turn of the year: November 2020 to February 2021 is four calendar months.
    const turn = summarizeStatistics(series(['2020-11', '2020-12', '2021-01', '2021-02']), 3);
    expect(turn.estimate.ok && turn.estimate.value).toMatchObject({ monthsUsed: 3, firstMonth: '2020-12', lastMonth: '2021-02' });
  });
});

describe('counts of months and discharges in running text', () => {
  it('monthsCountText and dischargesInMonthsText write words up to twelve and the singular for one', () => {
    expect(monthsCountText(1)).toBe('en månad');
    expect(monthsCountText(12)).toBe('tolv månader');
    expect(monthsCountText(14)).toBe('14 månader');
    expect(dischargesInMonthsText(26, 12)).toBe('26 avslut under tolv månader');
    expect(dischargesInMonthsText(5, 1)).toBe('fem avslut under en månad');
    expect(dischargesInMonthsText(1, 3)).toBe('ett avslut under tre månader');
    expect(dischargesInMonthsText(1200, 24)).toBe('1\u00a0200 avslut under 24 månader');
  });

  it('never write "1 månader" or a count 1–12 in digits (property)', () => {
    const words = (n: number) => (n <= 12 ? countInText(n) : formatNumber(n));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 240 }), (discharges, months) => {
        const monthsText = months === 1 ? 'en månad' : `${words(months)} månader`;
        expect(monthsCountText(months)).toBe(monthsText);
        const text = dischargesInMonthsText(discharges, months);
        expect(text).toBe(`${discharges === 1 ? 'ett' : words(discharges)} avslut under ${monthsText}`);
        expect(text).not.toMatch(/\b1 månad/);
        if (discharges <= 12 && months <= 12) expect(text).not.toMatch(/\d/);
      }),
    );
  });
});

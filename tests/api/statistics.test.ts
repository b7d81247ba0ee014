// Monthly statistics through the API: the demo's example series, saving and deleting months,
// the estimate computed in core, and bad input that changes nothing.
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from './support.ts';

const UNIT = { district: 'Rinkeby-Kista', unit: 'SIG vuxna' } as const;
const month = (m: string, over: Record<string, unknown> = {}) => ({
  month: m,
  referrals: 3,
  newEnrolments: 3,
  discharges: 2,
  enrolledAtMonthEnd: 28,
  queueAtMonthEnd: 0,
  dischargesByStay: [0, 0, 1, 1, 0, 0],
  ...over,
});

describe('monthly statistics calls', () => {
  it('the demo brings twelve months of example statistics whose estimate matches the demo plan', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const view = await ok('getMonthlyStatistics', { district: 'rinkeby-kista' });
    expect(view).toMatchObject({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', window: 12, notes: [] });
    expect(view.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`));
    expect(view.months.at(-1)!.enrolledAtMonthEnd).toBe(27);
    if (!view.estimate.ok) throw new Error(view.estimate.message);
    const e = view.estimate.value;
    expect(e.arrivalsSource).toBe('referrals');
    expect(e.arrivalsPerMonth.estimate).toBe(27 / 12); // 2,25 as in the demo plan
    expect(e.meanStayMonths.estimate).toBeCloseTo(26.25 / (26 / 12), 10); // ≈ 12,1 months
    expect(e.meanStayMonths.low).toBeLessThan(12);
    expect(e.meanStayMonths.high).toBeGreaterThan(12);
    expect(view.stayBands).toMatchObject({ total: 26, monthsUsed: 12 });
    expect(view.stayBands!.bands.map((b) => b.count)).toEqual([3, 4, 7, 6, 4, 2]);
  });

  it('saves and deletes months, each in the audit log, with the view recomputed', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const saved = await ok('saveMonthlyStatistics', {
      ...UNIT,
      months: [month('2021-01', { enrolledAtMonthEnd: 28, newEnrolments: 3, discharges: 2 }), month('2021-02', { enrolledAtMonthEnd: 30 })],
    });
    expect(saved.label).toBe('Sparade månadsstatistik för två månader (januari–februari 2021), SIG vuxna (Rinkeby-Kista)');
    expect(saved.months).toHaveLength(14);
    // 27 + 3 − 2 = 28 in January adds up; February's 30 does not (28 + 3 − 2 = 29).
    expect(saved.notes).toEqual(['I februari 2021 borde 29 vara inskrivna vid månadens slut (28 + 3 nya − 2 avslut), men 30 är registrerade.']);
    const deleted = await ok('deleteMonthlyStatistics', { ...UNIT, months: ['2021-02'] });
    expect(deleted.label).toBe('Tog bort månadsstatistik för februari 2021, SIG vuxna (Rinkeby-Kista)');
    expect(deleted.notes).toEqual([]);
    const log = await ok('listAuditLog', { action: 'statistics' });
    expect(log.entries.map((e) => e.summary)).toEqual([
      'Tog bort månadsstatistik för februari 2021, SIG vuxna (Rinkeby-Kista).',
      'Sparade månadsstatistik för två månader (januari–februari 2021), SIG vuxna (Rinkeby-Kista).',
    ]);
    expect(log.entries[0]!.actionLabel).toBe('Månadsstatistik');
  });

  it('uses the chosen window of latest months for the estimate', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const view = await ok('getMonthlyStatistics', { ...UNIT, estimateMonths: 3 });
    expect(view.window).toBe(3);
    expect(view.estimate.ok && view.estimate.value).toMatchObject({ monthsUsed: 3, firstMonth: '2020-10', lastMonth: '2020-12' });
  });

  it('refuses bad input with a Swedish message naming the field, and changes nothing', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    const before = dbHash(file);
    const cases: [unknown, RegExp][] = [
      [{ ...UNIT, months: [month('2021-13')] }, /Månad 1, månad: ska vara en månad skriven ÅÅÅÅ-MM/],
      [{ ...UNIT, months: [month('2021-01'), month('2021-02', { discharges: -2 })] }, /Månad 2, avslut: /],
      [
        { ...UNIT, months: [month('2021-01', { dischargesByStay: [2, 2, 0, 0, 0, 0] })] },
        /Månad 1, avslut efter vistelsetid: summan av avsluten efter vistelsetid \(4\) ska vara lika med antalet avslut \(2\)/,
      ],
      [{ ...UNIT, months: [month('2021-01'), month('2021-01')] }, /Månad 2, månad: månaden 2021-01 finns redan på rad 1/],
      [{ ...UNIT, months: [{ ...month('2021-01'), personnummer: '19900101-1234' }] }, /Månad 1: okänt fält ”personnummer”/],
      [{ ...UNIT, months: [] }, /Månader: /],
    ];
    for (const [input, message] of cases) {
      const result = await call('saveMonthlyStatistics', input as never);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect([result.error.message, ...(result.error.details ?? [])].join(' ')).toMatch(message);
    }
    const unknownUnit = await call('saveMonthlyStatistics', { district: 'Rinkeby-Kista', unit: 'SIG unga', months: [month('2021-01')] });
    expect(unknownUnit).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Enheten ”SIG unga” finns inte i Rinkeby-Kista. Följande finns: SIG vuxna.' },
    });
    const twice = await call('deleteMonthlyStatistics', { ...UNIT, months: ['2020-05', '2020-05'] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(twice)).toContain('en månad finns med flera gånger');
    // One month that exists and one that does not: nothing is removed.
    const partly = await call('deleteMonthlyStatistics', { ...UNIT, months: ['2020-05', '2019-04'] });
    expect(partly).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Det finns ingen statistik för april 2019 i SIG vuxna (Rinkeby-Kista).' } });
    const missingMonth = await call('deleteMonthlyStatistics', { ...UNIT, months: ['2019-05'] });
    expect(missingMonth).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Det finns ingen statistik för maj 2019 i SIG vuxna (Rinkeby-Kista).' },
    });
    expect(dbHash(file)).toBe(before);
  });

  it('shows an empty series and why there is no estimate for a unit without statistics', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const view = await ok('getMonthlyStatistics', { district: 'Farsta' });
    expect(view.months).toEqual([]);
    expect(view.estimate).toEqual({ ok: false, message: 'Det behövs statistik för minst tre månader för en skattning, men det finns ingen.' });
    expect(view.stayBands).toBeNull();
  });
});

describe('undoing a change of monthly statistics from the audit log', () => {
  it('gives the months back what they held, for a save, a replace and a delete, and records the undo', async () => {
    const { ok, call } = apiSetup();
    await ok('loadDemo', {});
    const original = (await ok('getMonthlyStatistics', UNIT)).months;
    await ok('saveMonthlyStatistics', {
      ...UNIT,
      months: [month('2021-01'), { ...original.at(-1)!, referrals: 9, newEnrolments: 9, enrolledAtMonthEnd: 34, dischargesByStay: null }],
    });
    const undone = await ok('undoLatestStatisticsChange', {});
    expect(undone).toEqual({
      label: 'Ångrade: Sparade månadsstatistik för två månader (december 2020–januari 2021), SIG vuxna (Rinkeby-Kista).',
      district: 'Rinkeby-Kista',
      unit: 'SIG vuxna',
    });
    expect((await ok('getMonthlyStatistics', UNIT)).months).toEqual(original);
    const [latest] = (await ok('listAuditLog', { limit: 1 })).entries;
    expect(latest).toMatchObject({ action: 'undo', district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: null });

    // The newest change is now the undo itself, which is not undone again here.
    expect(await call('undoLatestStatisticsChange', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await ok('deleteMonthlyStatistics', { ...UNIT, months: ['2020-03', '2020-04'] });
    await ok('undoLatestStatisticsChange', {});
    expect((await ok('getMonthlyStatistics', UNIT)).months).toEqual(original);
  });

  it('refuses when the newest change is of another kind, or the months were changed outside Lotsplan, and changes nothing', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    const plan = await ok('getStaffingPlan', { ...UNIT, year: 2020 });
    await ok('updatePosition', { ...UNIT, year: 2020, positionId: plan.positions[0]!.id, changes: { monthlySalary: 40000 } });
    expect(await call('undoLatestStatisticsChange', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Den senaste ändringen i databasen gäller inte månadsstatistik och ångras inte här.' },
    });

    await ok('saveMonthlyStatistics', { ...UNIT, months: [month('2021-01')] });
    // Another program changes the month without a log entry.
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(file);
    raw.prepare("UPDATE monthly_statistics SET referrals = 99 WHERE month = '2021-01'").run();
    raw.close();
    const before = dbHash(file);
    expect(await call('undoLatestStatisticsChange', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Månadsstatistiken för SIG vuxna (Rinkeby-Kista) har ändrats sedan dess, så ändringen kan inte ångras härifrån.' },
    });
    expect(dbHash(file)).toBe(before);
  });
});

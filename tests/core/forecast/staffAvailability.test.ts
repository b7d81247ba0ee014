// Staff absence and the recruitment lead time: the slots a forecast month actually has.
import { describe, expect, it } from 'vitest';
import { monthInputs } from '../../../src/core/forecast/forecast.ts';
import { parseForecastOptions, formatForecastIssue } from '../../../src/core/forecast/options.ts';
import { availableSlots, lotsarAfterLeadTime } from '../../../src/core/forecast/staffAvailability.ts';
import { recommendLotsar } from '../../../src/core/forecast/recommend.ts';
import { hiringPlan, type HiringInput } from '../../../src/core/scenarios/forecast.ts';

describe('the recruitment lead time', () => {
  it('leaves the profile as it is without a lead time', () => {
    expect(lotsarAfterLeadTime([4, 3, 3, 4, 4], 0)).toEqual([4, 3, 3, 4, 4]);
  });

  it('replaces a lots who leaves in month 2 no earlier than the lead time after (month 5 with three months)', () => {
    // The plan replaces at once (month 3); recruiting takes three months from the departure.
    expect(lotsarAfterLeadTime([4, 3, 4, 4, 4, 4], 3)).toEqual([4, 3, 3, 3, 4, 4]);
  });

  it('keeps a replacement planned later than the lead time where the plan puts it', () => {
    expect(lotsarAfterLeadTime([4, 3, 3, 3, 3, 4, 4], 2)).toEqual([4, 3, 3, 3, 3, 4, 4]);
  });

  it('starts new lotsar (growth) no earlier than month 1 + lead time', () => {
    expect(lotsarAfterLeadTime([4, 5, 5, 5, 6, 6], 3)).toEqual([4, 4, 4, 5, 6, 6]);
  });

  it('fills a vacancy before counting growth, each with its own earliest month', () => {
    // One leaves in month 3 (4 → 3); the plan then goes to 5 in month 4: one replacement (from
    // month 3 + 2 = 5) and one new lots (from month 1 + 2 = 3, so at once in month 4).
    expect(lotsarAfterLeadTime([4, 4, 3, 5, 5, 5], 2)).toEqual([4, 4, 3, 4, 5, 5]);
  });

  it('lets a fall cancel a rise that has not started yet', () => {
    expect(lotsarAfterLeadTime([4, 5, 4, 4, 4], 3)).toEqual([4, 4, 4, 4, 4]);
  });
});

describe('staff absence', () => {
  it('counts the slots the available time carries, rounded down', () => {
    expect(availableSlots(4, 7, 0)).toBe(28);
    expect(availableSlots(4, 7, 0.1)).toBe(25); // 25,2
    expect(availableSlots(4, 7, 0.25)).toBe(21); // exactly 21
    expect(availableSlots(1, 7, 0.99)).toBe(0);
  });

  it('goes into every month of the forecast, after the lead time', () => {
    const parsed = parseForecastOptions({ arrivals: 2.25, stay: 12, lotsar: [4, 3, 4], caseload: 7, horizon: 5, absence: 0.1, leadTime: 2 });
    if (!parsed.ok) throw new Error('invalid');
    expect(monthInputs(parsed.value).map((m) => m.capacity)).toEqual([25, 18, 18, 25, 25]);
  });

  it('asks for more lotsar in the recommendation when time is lost', () => {
    const base = { arrivalsPerMonth: 2.25, meanStayMonths: 12, caseload: 7, targetProbability: 0.1, targetWaitWeeks: 2 };
    const without = recommendLotsar(base)!;
    const withAbsence = recommendLotsar({ ...base, absence: 0.15 })!;
    expect(withAbsence.lotsar).toBeGreaterThan(without.lotsar);
    expect(withAbsence.capacity).toBe(availableSlots(withAbsence.lotsar, 7, 0.15));
    expect(withAbsence.capacity).toBeGreaterThanOrEqual(without.capacity);
  });

  it('refuses an absence of 1 or more, and a lead time that is not whole months, in Swedish', () => {
    const a = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, absence: 1 });
    expect(a.ok).toBe(false);
    if (!a.ok) expect(formatForecastIssue(a.issues[0]!, 'flag')).toBe('Flaggan --absence: ska vara mindre än 1');
    const b = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, leadTime: 1.5 });
    expect(b.ok).toBe(false);
    if (!b.ok) expect(formatForecastIssue(b.issues[0]!, 'flag')).toMatch(/^Flaggan --lead-time: ska vara ett heltal/);
  });
});

describe('the hiring plan with absence and abandonment', () => {
  const base: HiringInput = {
    arrivals: Array.from({ length: 24 }, () => 2.25),
    lotsar: Array.from({ length: 24 }, () => 4),
    caseload: 7,
    stay: 12,
    initialCount: 27,
    targetProbability: 0.1,
    leadTimeMonths: 2,
    start: { year: 2021, month: 1 },
    staff: [{ role: 'lots', monthlySalary: 38500 }],
    poPercent: 39.15,
    salaryRevisionPercent: 0,
    planYear: 2020,
  };
  const added = (a: ReturnType<typeof hiringPlan>) => (a.status === 'plan' ? a.plan.addLotsar : a.status === 'holds' ? 0 : Infinity);

  it('needs at least as many extra lotsar when time is lost to absence', () => {
    expect(added(hiringPlan({ ...base, absence: 0.2 }))).toBeGreaterThan(added(hiringPlan(base)));
  });

  it('needs no more extra lotsar when people leave the list', () => {
    expect(added(hiringPlan({ ...base, abandonment: 0.3 }))).toBeLessThanOrEqual(added(hiringPlan(base)));
  });
});

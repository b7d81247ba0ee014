import { describe, expect, it } from 'vitest';
import { computeForecastView, replyTo, type ForecastRequest } from '../../src/renderer/forecast/computeForecastView.ts';
import { enrolledRows, probabilityRows, queueRows } from '../../src/renderer/forecast/chartRows.ts';
import { screenForecastOptions } from '../../src/core/forecast/screenOptions.ts';
import { forecastStartForPlanYear } from '../../src/core/forecast/calendar.ts';
import type { ForecastOptions } from '../../src/core/forecast/options.ts';

function options(overrides: Partial<Parameters<typeof screenForecastOptions>[0]> = {}): ForecastOptions {
  const r = screenForecastOptions({
    arrivalsPerMonth: 2.25,
    meanStayMonths: 12,
    lotsar: 4,
    caseload: 7,
    enrolled: 27,
    queue: 0,
    targetRiskPercent: 10,
    targetWaitWeeks: 2,
    horizon: 24,
    stayDistribution: 'exponential',
    staySpread: 0.5,
    surges: [],
    ...overrides,
  });
  if (!r.ok) throw new Error('invalid options');
  return r.value;
}

const plan = {
  staff: [
    { role: 'lots', monthlySalary: 38_500 },
    { role: 'enhetschef', monthlySalary: 55_000 },
  ],
  poPercent: 39.15,
};

function request(overrides: Partial<ForecastRequest> = {}): ForecastRequest {
  return { id: 1, options: options(), lotsar: 4, comparisons: [5], readingMonth: 6, plan, ...overrides };
}

describe('computeForecastView (the worker)', () => {
  it('computes the DOMAIN example exactly, with the comparison, the reading and the cost', () => {
    const view = computeForecastView(request());
    expect(view.id).toBe(1);
    expect(view.result.model).toBe('exact');
    expect(view.result.months).toHaveLength(24);
    expect(view.result.steadyState.probabilityOfWaiting).toBeCloseTo(0.7895, 4);
    expect(view.result.recommendation).toMatchObject({ lotsar: 5, capacity: 35 });
    expect(view.comparisons).toHaveLength(1);
    expect(view.comparisons[0]).toMatchObject({ lotsar: 5, capacity: 35, firstMonthOverTarget: null });
    expect(view.reading).toBe(
      'Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader 46 procent. Med fem lotsar är den 3,5 procent. ' +
        'Med fyra lotsar är risken som högst 54 procent under prognosperioden, om 24 månader. ' +
        'För att högst 10 procent av de sökande ska behöva vänta, och väntetiden i genomsnitt ska vara högst två veckor, ' +
        'behövs på lång sikt fem lotsar (35 platser).',
    );
    expect(view.cost?.costPerYear).toBeCloseTo(642_873, 6);
    expect(view.result.firstMonthOverTarget).toBe(1);
  });

  it('starts the summary with the assumptions that differ from the plan, and only then', () => {
    const values = {
      arrivalsPerMonth: 2.25,
      meanStayMonths: 12,
      lotsar: 4,
      caseload: 7,
      enrolled: 27,
      queue: 0,
      targetRiskPercent: 10,
      targetWaitWeeks: 2,
      horizon: 24,
      stayDistribution: 'exponential' as const,
      staySpread: 0.5,
      surges: [],
    };
    const changed = computeForecastView(
      request({
        options: options({ arrivalsPerMonth: 3.1 }),
        assumptions: { current: { ...values, arrivalsPerMonth: 3.1 }, basis: values, basisKind: 'plan', startSource: 'statistics' },
      }),
    );
    expect(changed.reading).toMatch(
      /^Prognosen bygger på ändrade antaganden: 3,1 anmälningar i månaden \(planen: 2,25\)\. Med fyra lotsar är risken att behöva vänta /,
    );
    const unchanged = computeForecastView(request({ assumptions: { current: values, basis: values, basisKind: 'plan', startSource: 'statistics' } }));
    expect(unchanged.reading).toBe(computeForecastView(request()).reading);
    expect(unchanged.reading).toMatch(/^Med fyra lotsar/);
  });

  it('says when the queue grows without bound', () => {
    const view = computeForecastView(request({ options: options({ arrivalsPerMonth: 2.5 }), comparisons: [] }));
    expect(view.result.steadyState.exists).toBe(false);
    expect(view.reading).toContain('behövs minst 31 platser; med 28 platser växer kön utan gräns.');
  });

  it('simulates fixed stays with the same seed for every staffing', () => {
    const view = computeForecastView(request({ options: { ...options({ stayDistribution: 'fixed', horizon: 6 }), runs: 500 }, comparisons: [4] }));
    expect(view.result.model).toBe('monte-carlo');
    // The same staffing with the same seed gives the same simulated months.
    expect(view.comparisons[0]!.months).toEqual(view.result.months);
  });

  it('answers a failing computation with a Swedish message and the request id', () => {
    const reply = replyTo(request({ id: 7, readingMonth: 99 }));
    expect(reply).toMatchObject({ ok: false, id: 7 });
    expect(!reply.ok && reply.message).toMatch(/^Prognosen kunde inte beräknas/);
  });
});

describe('chart rows', () => {
  const view = computeForecastView(request());
  const start = forecastStartForPlanYear(2020);

  it('labels the months and passes the forecast numbers through', () => {
    const rows = enrolledRows(view.result.months, start);
    const m = view.result.months[0]!;
    expect(rows[0]).toEqual({ month: 'jan 2021', band: [m.enrolledP10, m.enrolledP90], median: m.enrolledP50, mean: m.enrolledMean, capacity: 28 });
    expect(rows[23]!.month).toBe('dec 2022');
    expect(queueRows(view.result.months, start)[0]).toEqual({ month: 'jan 2021', band: [m.queueP10, m.queueP90], median: m.queueP50, mean: m.queueMean });
  });

  it('puts the forecast and each comparison side by side', () => {
    const rows = probabilityRows([{ months: view.result.months }, { months: view.comparisons[0]!.months }], start);
    expect(rows).toHaveLength(24);
    expect(Object.keys(rows[5]!)).toEqual(['month', 'plan', 'alt1']);
    // The chart shows the month's risk of waiting, the measure the target and the summary use.
    expect(rows[5]!.plan).toBe(view.result.months[5]!.probabilityOfWaiting);
  });
});

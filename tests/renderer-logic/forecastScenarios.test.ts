// The season on the form, the inputs a saved forecast keeps, and scenarios laid over the forecast.
import { describe, expect, it } from 'vitest';
import { formReducer, initialFormState, readForm, savedInputsOf, type ForecastFormState, type FormAction } from '../../src/renderer/forecast/forecastForm.ts';
import { computeForecastView } from '../../src/renderer/forecast/computeForecastView.ts';
import { probabilityRows, scenarioKey } from '../../src/renderer/forecast/chartRows.ts';
import { forecastStartForPlanYear } from '../../src/core/forecast/calendar.ts';
import { savedForecastOptions, savedForecastInputsSchema } from '../../src/core/forecast/saved.ts';
import { summarizeForecast } from '../../src/core/forecast/summarizeForecast.ts';
import { scenarioForecastOptions } from '../../src/core/forecast/scenarioOverlay.ts';
import { runForecast } from '../../src/core/forecast/forecast.ts';

const start = forecastStartForPlanYear(2020);
const demo = () => initialFormState({ arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7, enrolled: 27, queue: 0 });
const apply = (state: ForecastFormState, ...actions: FormAction[]) => actions.reduce(formReducer, state);
const SUMMER = ['0,7', '0,7', '0,8', '0,9', '1,1', '1,4', '1,6', '1,4', '1,1', '0,9', '0,7', '0,7'];

describe('Säsongsvariation on the form', () => {
  it('is off ("Ingen") by default and passes twelve factors when on', () => {
    expect(readForm(demo(), start).options?.season).toBeUndefined();
    const on = apply(demo(), { type: 'seasonEnabled', enabled: true }, ...SUMMER.map((text, index) => ({ type: 'seasonText' as const, index, text })));
    expect(readForm(on, start).options?.season).toEqual([0.7, 0.7, 0.8, 0.9, 1.1, 1.4, 1.6, 1.4, 1.1, 0.9, 0.7, 0.7]);
    const off = apply(on, { type: 'seasonEnabled', enabled: false });
    expect(readForm(off, start).options?.season).toBeUndefined();
  });

  it("shows the engine's Swedish message when the mean is not 1, and a message at a wrong factor", () => {
    const high = apply(demo(), { type: 'seasonEnabled', enabled: true }, { type: 'seasonText', index: 6, text: '2' });
    const read = readForm(high, start);
    expect(read.options).toBeNull();
    expect(read.seasonError).toMatch(/^Medelvärdet av de tolv faktorerna ska vara 1, men är 1,083/);
    expect(read.formError).toBe('Rätta säsongsvariationen.');
    const wrong = readForm(apply(demo(), { type: 'seasonEnabled', enabled: true }, { type: 'seasonText', index: 1, text: 'x' }), start);
    expect(wrong.seasonErrors[1]).toContain('feb: ”x” är inte ett tal');
  });
});

describe('savedInputsOf', () => {
  it("keeps the screen's inputs, and core recomputes the same forecast from them", () => {
    const state = apply(
      demo(),
      { type: 'text', key: 'trendPercent', text: '10' },
      { type: 'addSurge', surge: { extraText: '6', fromMonth: 3, toMonth: 8 } },
      { type: 'readingMonth', month: 9 },
    );
    const read = readForm(state, start);
    const inputs = savedInputsOf(read);
    expect(inputs).toMatchObject({
      arrivalsPerMonth: 2.25,
      trendPercent: 10,
      surges: [{ extraArrivals: 6, fromMonth: 3, toMonth: 8 }],
      targetProbability: 0.1,
      readingMonth: 9,
      season: null,
    });
    const saved = summarizeForecast(savedForecastInputsSchema.parse(inputs), '2026-11-23T00:00:00.000Z');
    if (!saved.ok) throw new Error(saved.message);
    const onScreen = runForecast(read.options!);
    expect(saved.value.summary.probabilityOfWaiting).toBe(onScreen.steadyState.probabilityOfWaiting);
    expect(saved.value.summary.firstMonthOverTarget).toBe(onScreen.firstMonthOverTarget);
    expect(saved.value.summary.reading).toContain('om nio månader');
    expect(savedInputsOf(readForm(apply(demo(), { type: 'text', key: 'lotsar', text: 'fyra' }), start))).toBeNull();
  });

  it('keeps abandonment, absence, lead time, the service level and the backlog target, and core runs the same options from them', () => {
    const state = apply(
      demo(),
      { type: 'text', key: 'abandonmentPercent', text: '7' },
      { type: 'text', key: 'absencePercent', text: '12,5' },
      { type: 'text', key: 'leadTimeMonths', text: '3' },
      { type: 'text', key: 'targetServicePercent', text: '90' },
      { type: 'text', key: 'targetServiceWeeks', text: '4' },
    );
    const read = readForm(state, start);
    const inputs = savedInputsOf(read, { targetQueue: 2, byMonth: 9 });
    expect(inputs).toMatchObject({
      abandonment: 0.07,
      absence: 0.125,
      leadTime: 3,
      targetServiceLevel: 0.9,
      targetServiceWeeks: 4,
      backlog: { targetQueue: 2, byMonth: 9 },
    });
    const options = savedForecastOptions(savedForecastInputsSchema.parse(inputs));
    if (!options.ok) throw new Error(options.message);
    expect(options.value).toEqual(read.options);
  });
});

describe('scenarios laid over the forecast', () => {
  const options = readForm(demo(), start).options!;
  const extraLots = {
    id: 7,
    name: 'En lots till',
    lotsarPerMonth: [4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5],
    caseload: 7,
    arrivalsChangePercent: 0,
    meanStayMonths: null,
  };

  it("uses the scenario's lotsar month by month, its caseload, demand change and stay", () => {
    const r = scenarioForecastOptions(options, { ...extraLots, arrivalsChangePercent: 30, meanStayMonths: 10 });
    if (!r.ok) throw new Error('invalid');
    expect(r.value.lotsar).toEqual([4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5]);
    expect(r.value.arrivals[0]).toBeCloseTo(2.25 * 1.3, 12);
    expect(r.value.stay).toBe(10);
  });

  it("takes the plan year's months passed at the start: from them in the plan's year, December after it", async () => {
    const { monthsOfPlanYearPassed } = await import('../../src/core/forecast/calendar.ts');
    expect(monthsOfPlanYearPassed({ year: 2020, month: 1 }, 2020)).toBe(0);
    expect(monthsOfPlanYearPassed({ year: 2020, month: 4 }, 2020)).toBe(3);
    expect(monthsOfPlanYearPassed({ year: 2021, month: 1 }, 2020)).toBe(12);
    expect(monthsOfPlanYearPassed({ year: 2022, month: 2 }, 2020)).toBe(12);
    expect(monthsOfPlanYearPassed({ year: 2019, month: 12 }, 2020)).toBe(0);
    const april = scenarioForecastOptions(options, { ...extraLots, monthsPassed: 3 });
    expect(april.ok && april.value.lotsar).toEqual([4, 4, 5, 5, 5, 5, 5, 5, 5]);
    // After the plan's year, December's staffing holds from the first month: the lots hired in April is at work.
    const after = scenarioForecastOptions(options, { ...extraLots, monthsPassed: monthsOfPlanYearPassed({ year: 2021, month: 1 }, 2020) });
    expect(after.ok && after.value.lotsar).toEqual([5]);
  });

  it('computes each scenario in the worker, draws it and reads it', () => {
    const plan = { staff: [{ role: 'lots', monthlySalary: 38_500 }], poPercent: 39.15 };
    const view = computeForecastView({ id: 1, options, lotsar: 4, comparisons: [], readingMonth: 12, plan, scenarios: [extraLots] });
    const [scenario] = view.scenarios;
    expect(scenario!.months).toHaveLength(24);
    expect(scenario!.months![11]!.capacity).toBe(35);
    expect(scenario!.months![11]!.probabilityOfQueue).toBeLessThan(view.result.months[11]!.probabilityOfQueue);
    expect(view.reading).toMatch(/I scenariot ”En lots till” är den \d+(,\d)? procent\./);
    const rows = probabilityRows([{ months: view.result.months }], start, view.scenarios);
    expect(rows[11]![scenarioKey(0)]).toBe(scenario!.months![11]!.probabilityOfWaiting);
  });

  it('explains a scenario that cannot be forecast instead of failing', () => {
    const plan = { staff: [], poPercent: 39.15 };
    const view = computeForecastView({
      id: 1,
      options,
      lotsar: 4,
      comparisons: [],
      readingMonth: 6,
      plan,
      scenarios: [
        { ...extraLots, arrivalsChangePercent: 1000, meanStayMonths: null },
        { ...extraLots, caseload: 0 },
      ],
    });
    expect(view.scenarios[0]!.months).not.toBeNull();
    expect(view.scenarios[1]).toMatchObject({ months: null, message: expect.stringContaining('större än 0') });
  });
});

describe('"Historik": the unit\'s own stays on the form', () => {
  const bands = [
    { fromMonths: 0, toMonths: 3, count: 3 },
    { fromMonths: 3, toMonths: 6, count: 4 },
    { fromMonths: 6, toMonths: 12, count: 7 },
    { fromMonths: 12, toMonths: 18, count: 6 },
    { fromMonths: 18, toMonths: 24, count: 4 },
    { fromMonths: 24, toMonths: 36, count: 2 },
  ];
  const historic = () => apply(demo(), { type: 'distribution', value: 'empirical' });

  it('passes the bands into the options and into a saved forecast', () => {
    const read = readForm(historic(), start, bands);
    expect(read.formError).toBeNull();
    expect(read.options).toMatchObject({ stayDistribution: 'empirical', stayBands: bands, stay: 12 });
    const saved = savedInputsOf(read)!;
    expect(saved.stayBands).toEqual(bands);
    const summary = summarizeForecast(savedForecastInputsSchema.parse(saved), '2026-12-01T00:00:00Z');
    expect(summary.ok && summary.value.summary.model).toBe('monte-carlo');
  });

  it('is refused with a Swedish message when the unit has no stays counted', () => {
    const read = readForm(historic(), start, null);
    expect(read.options).toBeNull();
    expect(read.formError).toBe('Enheten har inga avslut räknade efter vistelsetid i sin månadsstatistik. Välj en annan fördelning av vistelsetiden.');
    // Other distributions ignore the bands.
    expect(readForm(demo(), start, bands).options?.stayBands).toBeUndefined();
  });
});

// Saving a forecast into a scenario: the summary is computed by the handler from the inputs.
import { describe, expect, it } from 'vitest';
import { savedForecastInputsSchema, savedForecastOptions } from '../../src/core/forecast/saved.ts';
import { runForecast } from '../../src/core/forecast/forecast.ts';
import { apiSetup, RK } from './support.ts';

const DEMO_FORECAST = { arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7, enrolled: 27 };

describe('saveForecastToScenario', () => {
  it('saves into an existing scenario: the assumptions become its overrides, its own lotsar stay, and the summary is its forecast', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const created = await ok('createScenario', { ...RK, name: 'En lots till', preset: 'extraLots' });
    const surges = [{ extraArrivals: 0.675, fromMonth: 3, toMonth: 8 }];
    const saved = await ok('saveForecastToScenario', { ...RK, scenario: created.scenario.id, forecast: { ...DEMO_FORECAST, surges } });
    expect(saved.created).toBe(false);
    expect(saved.label).toBe('Sparade en prognos i scenariot ”En lots till”');
    // The scenario's extra lots is kept, and the four lotsar of the screen are named as not carried.
    expect(saved.scenario.overrides.addPositions).toHaveLength(1);
    expect(saved.scenario.overrides.surges).toEqual(surges);
    expect(saved.notCarried.join(' ')).toContain('Antalet lotsar kan inte sparas som ett antagande');
    const own = await ok('getScenarioForecast', { ...RK, scenario: created.scenario.id });
    expect(saved.forecast.inputs.lotsarByMonth).toEqual(own.forecast!.inputs.lotsarByMonth);
    expect(saved.forecast.inputs.surges).toEqual(surges);
    expect(saved.forecast.summary.probabilityOfWaiting).toBeCloseTo(own.forecast!.steadyState!.probabilityOfWaiting, 9);
    expect(Date.parse(saved.forecast.summary.savedAt)).not.toBeNaN();
    const list = await ok('listScenarios', RK);
    expect(list.scenarios.find((s) => s.id === created.scenario.id)!.overrides.forecast).toEqual(saved.forecast);
  });

  it('a new scenario from a forecast with a surge gives the same months on Scenarier as the forecast asked for', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const plan = (await ok('getScenarioForecast', RK)).forecast!;
    const screen = {
      arrivalsPerMonth: 2.7,
      meanStayMonths: 11,
      caseload: plan.inputs.caseload,
      lotsar: plan.inputs.lotsarByMonth.at(-1)!,
      lotsarByMonth: plan.inputs.lotsarByMonth,
      enrolled: plan.start.enrolled,
      queue: plan.start.queue,
      trendPercent: 3,
      surges: [{ extraArrivals: 0.675, fromMonth: 3, toMonth: 12 }],
    };
    const asked = savedForecastOptions(savedForecastInputsSchema.parse(screen));
    if (!asked.ok) throw new Error(asked.message);
    const expected = runForecast(asked.value);
    const saved = await ok('saveForecastToScenario', { ...RK, newScenarioName: 'Tillfällig ökning', forecast: screen });
    expect(saved.notCarried).toEqual([]);
    expect(saved.scenario.overrides).toMatchObject({ meanStayMonths: 11, trendPercent: 3, surges: screen.surges });
    expect(saved.scenario.overrides.arrivalsChangePercent).toBeCloseTo(20, 9);
    const stored = (await ok('getScenarioForecast', { ...RK, scenario: 'Tillfällig ökning' })).forecast!;
    expect(stored.inputs.fromScenario).toEqual(expect.arrayContaining(['arrivalsPerMonth', 'meanStayMonths', 'surges', 'trendPercent']));
    stored.months.forEach((m, i) => {
      expect(m.probabilityOfWaiting).toBeCloseTo(expected.months[i]!.probabilityOfWaiting, 9);
      expect(m.expectedQueue).toBeCloseTo(expected.months[i]!.queueMean, 9);
    });
    expect(saved.forecast.summary.probabilityOfWaiting).toBeCloseTo(expected.steadyState.probabilityOfWaiting, 9);
    // The comparison on Scenarier reads the same months.
    const compared = await ok('compareScenarios', { ...RK, scenarios: ['Tillfällig ökning'] });
    expect(compared.scenarios[0]!.queueFigures!.riskIn6Months).toBeCloseTo(expected.months[5]!.probabilityOfWaiting, 9);
    // And a memo on the scenario cites the same risk in twelve months.
    const memo = await ok('createMemo', { ...RK, type: 'bemanning', scenarioId: saved.scenario.id });
    expect(memo.content.figures.values.scenarioRiskVanta12!.value).toBeCloseTo(expected.months[11]!.probabilityOfWaiting, 9);
  });

  it('creates a new scenario by name, can be undone, and uses trend, season and surges', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const season = [0.7, 0.7, 0.8, 0.9, 1.1, 1.4, 1.6, 1.4, 1.1, 0.9, 0.7, 0.7];
    const saved = await ok('saveForecastToScenario', {
      ...RK,
      newScenarioName: 'Prognos med sommartopp',
      forecast: { ...DEMO_FORECAST, trendPercent: 5, season, surges: [{ extraArrivals: 3, fromMonth: 3, toMonth: 5 }], horizon: 36 },
    });
    expect(saved.created).toBe(true);
    expect(saved.scenario).toMatchObject({ name: 'Prognos med sommartopp', preset: 'custom' });
    expect(saved.scenario.overrides.addPositions).toEqual([]);
    expect(saved.forecast.inputs.season).toEqual(season);
    // The steady state is for the last month's rate without the season: 2,25 × 1,05^(35/12) ≈ 2,59
    // referrals a month need more than 28 places, so there is none and everyone must wait.
    expect(saved.forecast.summary.probabilityOfWaiting).toBe(1);
    expect(saved.forecast.summary.meanWaitWeeks).toBeNull();
    expect(saved.forecast.summary.reading).toContain('växer kön utan gräns');
    expect(saved.forecast.summary.firstMonthOverTarget).toBe(1);
    expect(saved.history.canUndo).toBe(true);
    await ok('undo', RK);
    expect((await ok('listScenarios', RK)).scenarios).toEqual([]);
  });

  it('names abandonment, absence, lead time, urgent referrals, the service level and the backlog target as not carried, and leaves them out of the summary', async () => {
    const { ok, call } = apiSetup();
    await ok('loadDemo', {});
    const flows = {
      abandonment: 0.1,
      absence: 0.1,
      leadTime: 2,
      priorityShare: 0.25,
      targetServiceLevel: 0.9,
      targetServiceWeeks: 4,
      backlog: { targetQueue: 3, byMonth: 6 },
    };
    const saved = await ok('saveForecastToScenario', { ...RK, newScenarioName: 'Med flöden', forecast: { ...DEMO_FORECAST, ...flows } });
    const plain = await ok('saveForecastToScenario', { ...RK, newScenarioName: 'Utan flöden', forecast: DEMO_FORECAST });
    expect(saved.notCarried.join(' ')).toContain('att väntande lämnar kön');
    expect(saved.notCarried.join(' ')).toContain('frånvaron');
    expect(saved.notCarried.join(' ')).toContain('Målet att få ner kön');
    expect(saved.forecast.summary.probabilityOfWaiting).toBeCloseTo(plain.forecast.summary.probabilityOfWaiting, 9);
    // Reopened: the list and the scenario read back every field.
    const list = await ok('listScenarios', RK);
    const stored = list.scenarios.find((s) => s.name === 'Med flöden')!;
    expect(stored.overrides.forecast).toEqual(saved.forecast);
    // Out-of-range values are refused in Swedish and nothing is saved.
    const bad = await call('saveForecastToScenario', { ...RK, newScenarioName: 'Fel', forecast: { ...DEMO_FORECAST, absence: 1 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await ok('listScenarios', RK)).scenarios.map((s) => s.name)).not.toContain('Fel');
  });

  it('refuses an unknown scenario, both or neither target, and a season whose mean is not 1, in Swedish', async () => {
    const { ok, call } = apiSetup();
    await ok('loadDemo', {});
    const missing = await call('saveForecastToScenario', { ...RK, scenario: 'Finns inte', forecast: DEMO_FORECAST });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Scenariot ”Finns inte” finns inte') } });
    const neither = await call('saveForecastToScenario', { ...RK, forecast: DEMO_FORECAST });
    expect(neither).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!neither.ok) expect(neither.error.details?.join(' ')).toContain('ange antingen ett befintligt scenario');
    const both = await call('saveForecastToScenario', { ...RK, scenario: 'A', newScenarioName: 'B', forecast: DEMO_FORECAST });
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const badSeason = await call('saveForecastToScenario', {
      ...RK,
      newScenarioName: 'Fel säsong',
      forecast: { ...DEMO_FORECAST, season: Array.from({ length: 12 }, () => 1.2) },
    });
    expect(badSeason).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('medelvärdet av de tolv faktorerna ska vara 1') },
    });
    expect((await ok('listScenarios', RK)).scenarios).toEqual([]);
  });
});

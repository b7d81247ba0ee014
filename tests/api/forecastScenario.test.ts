// Saving a forecast into a scenario: the summary is computed by the handler from the inputs.
import { describe, expect, it } from 'vitest';
import { apiSetup, RK } from './support.ts';

const DEMO_FORECAST = { arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7, enrolled: 27 };

describe('saveForecastToScenario', () => {
  it('saves the inputs and a summary computed in core into an existing scenario', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const created = await ok('createScenario', { ...RK, name: 'En lots till', preset: 'extraLots' });
    const saved = await ok('saveForecastToScenario', { ...RK, scenario: created.scenario.id, forecast: DEMO_FORECAST });
    expect(saved.created).toBe(false);
    expect(saved.label).toBe('Sparade en prognos i scenariot ”En lots till”');
    const { summary, inputs } = saved.forecast;
    expect(inputs).toMatchObject({ ...DEMO_FORECAST, horizon: 24, targetProbability: 0.1, trendPercent: 0, season: null, surges: [] });
    // Erlang C for λ = 2,25, L = 12, C = 28 (as on the screen): 79 % must wait.
    expect(summary.model).toBe('exact');
    expect(summary.probabilityOfWaiting).toBeCloseTo(0.79, 2);
    expect(summary.meanWaitWeeks).toBeCloseTo(41.1, 1);
    expect(summary.recommendation).toMatchObject({ lotsar: 5, capacity: 35 });
    expect(summary.firstMonthOverTarget).toBe(1);
    expect(summary.readingMonth).toBe(6);
    expect(summary.reading).toContain(
      'Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader 46 procent. Med fem lotsar är den 3,5 procent.',
    );
    expect(Date.parse(summary.savedAt)).not.toBeNaN();

    // Stored with the scenario; its other overrides (the extra lots) are kept.
    const list = await ok('listScenarios', RK);
    const stored = list.scenarios.find((s) => s.id === created.scenario.id)!;
    expect(stored.overrides.forecast?.summary.reading).toBe(summary.reading);
    expect(stored.overrides.addPositions).toHaveLength(1);
    // The saved forecast does not change the scenario's figures or its sentence.
    const figures = await ok('getScenarioFigures', { ...RK, scenario: 'En lots till' });
    expect(figures.sentence).toBe(created.scenario && (await ok('getScenarioFigures', { ...RK, scenario: created.scenario.id })).sentence);
    expect(figures.figures.lotsarFte).toBe(5);
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

  it('keeps abandonment, absence, lead time, urgent referrals, the service level and the backlog target, and computes the summary with them', async () => {
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
    expect(saved.forecast.inputs).toMatchObject(flows);
    const plain = await ok('saveForecastToScenario', { ...RK, newScenarioName: 'Utan flöden', forecast: DEMO_FORECAST });
    // With a tenth of the waiting leaving each month and a tenth of the time lost (25 slots, not
    // 28), the long run is Erlang A's and differs from the plain forecast's.
    expect(saved.forecast.summary.probabilityOfWaiting).not.toBeCloseTo(plain.forecast.summary.probabilityOfWaiting, 3);
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

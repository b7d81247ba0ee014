// Every scenario carries its own forecast through compareScenarios and getScenarioFigures; presets stack.
import { describe, expect, it } from 'vitest';
import { apiSetup, RK } from './support.ts';

describe('scenario forecasts through the API', () => {
  it('stacks ”En lots till” from April and ”Ökat tryck”, and compares their forecasts with the plan', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const created = await ok('createScenario', { ...RK, name: 'Lots och tryck', presets: ['extraLots', 'increasedPressure'], extraLots: { fromMonth: 4 } });
    expect(created.scenario.preset).toBe('custom');
    expect(created.scenario.overrides).toMatchObject({ arrivalsChangePercent: 30, addPositions: [{ role: 'lots', fromMonth: 4, fte: 1 }] });
    await ok('createScenario', { ...RK, name: 'Ökat tryck', presets: ['increasedPressure'] });

    const r = await ok('compareScenarios', { ...RK, scenarios: ['Lots och tryck', 'Ökat tryck'] });
    const base = r.baseline.forecast!;
    // The demo's monthly statistics run to December 2020: the forecasts start in January 2021 from them.
    expect(base.start).toMatchObject({ year: 2021, month: 1, source: 'statistics' });
    expect(base.months).toHaveLength(24);
    expect(base.months[0]).toMatchObject({ year: 2021, calendarMonth: 1, lotsar: 4, capacity: 28 });
    const [both, pressure] = r.scenarios;
    const f = both!.forecast!;
    expect(f.months[0]!.arrivals).toBeCloseTo(base.months[0]!.arrivals * 1.3, 12);
    // The lots hired from April 2020 is at work from the forecast's first month, January 2021 (the plan's December holds).
    expect(f.months.every((m) => m.lotsar === 5)).toBe(true);
    expect(f.sentence).toMatch(
      /^Med en lots till från april och 30 procent fler anmälningar är risken att behöva vänta om sex månader \d+ procent och om tolv månader \d+ procent\.$/,
    );
    // More referrals without more lotsar raise the risk; the deltas say by how much.
    expect(pressure!.queueDeltas!.riskIn12Months!).toBeGreaterThan(0);
    expect(pressure!.queueFigures!.riskIn12Months).toBeCloseTo(base.months[11]!.probabilityOfWaiting + pressure!.queueDeltas!.riskIn12Months!, 12);
    expect(r.comparedQueue.map((c) => c.key)).toContain('riskIn6Months');
    // The hiring answer of every forecast.
    expect(base.hiringPlan).toMatchObject({ addLotsar: 1, leadTimeMonths: 2 });
    // The demo plan misses the target from the first month: recruitment must start now.
    expect(base.hiringPlan).toMatchObject({ recruitNow: true });
    expect(base.hiringSentence).toMatch(
      /^Rekrytera nu: målet överskrids redan i [a-zåäö]+ \d{4}, och en ny lots kan börja tidigast i [a-zåäö]+ \d{4} \(rekryteringstid två månader\)\./,
    );
    expect(base.hiringSentence).toContain('För att risken att behöva vänta ska stanna under 10 procent behöver enheten en lots till så snart som möjligt.');
    expect(f.hiringPlan!.addLotsar).toBeGreaterThanOrEqual(1);
  });

  it('uses the targets and horizon given, and getScenarioFigures carries the forecast too', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    await ok('createScenario', {
      ...RK,
      name: 'Två lotsar till',
      preset: 'custom',
      overrides: {
        addPositions: [
          { role: 'lots', fte: 1, monthlySalary: 38500 },
          { role: 'lots', fte: 1, monthlySalary: 38500 },
        ],
      },
    });
    const figures = await ok('getScenarioFigures', { ...RK, scenario: 'Två lotsar till', forecast: { targetProbability: 0.5, horizon: 12 } });
    expect(figures.forecast!.months).toHaveLength(12);
    expect(figures.forecast!.targetProbability).toBe(0.5);
    expect(figures.forecast!.hiringPlan).toBeNull();
    expect(figures.forecast!.hiringReason).toContain('ingen lots till behövs');
    expect(figures.queueDeltas!.riskIn12Months!).toBeLessThan(0);
  });
});

describe('scenarioToPlan', () => {
  it('makes the scenario the plan of the next year once, and says so in the change log', async () => {
    const { ok, call } = apiSetup();
    await ok('loadDemo', {});
    await ok('createScenario', { ...RK, name: 'Lots och tryck', presets: ['extraLots', 'increasedPressure'], extraLots: { fromMonth: 4 } });
    const before = await ok('listCatalog', {});
    const made = await ok('scenarioToPlan', { ...RK, scenario: 'Lots och tryck' });
    expect(made).toMatchObject({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2021, label: 'Gjorde scenariot ”Lots och tryck” till planen för 2021' });
    const next = await ok('getUnitYear', { ...RK, year: 2021 });
    expect(next.plan.staff.filter((s) => s.role === 'lots')).toHaveLength(5);
    expect(next.plan.demand!.arrivalsPerMonth).toBeCloseTo(2.925, 12);
    const log = await ok('listAuditLog', {});
    expect(JSON.stringify(log)).toContain('Gjorde scenariot ”Lots och tryck” till planen för 2021');
    // A second time the year exists: refused, nothing changed.
    const again = await call('scenarioToPlan', { ...RK, scenario: 'Lots och tryck' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('har redan en plan för 2021');
    expect(before).toBeDefined();
  });
});

describe('scenario forecasts for other stay distributions', () => {
  it('simulate the months (fixed, or the unit history from its statistics) and keep the hiring answer', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const fixed = await ok('getScenarioForecast', { ...RK, forecast: { stayDistribution: 'fixed', runs: 500, horizon: 12 } });
    expect(fixed.forecast!.model).toBe('monte-carlo');
    expect(fixed.forecast!.months).toHaveLength(12);
    expect(fixed.forecast!.hiringSentence).toContain('För att risken att behöva vänta ska stanna under 10 procent');
    const empirical = await ok('getScenarioForecast', { ...RK, forecast: { stayDistribution: 'empirical', runs: 500, horizon: 12 } });
    expect(empirical.forecast!.model).toBe('monte-carlo');
    const lognormal = await ok('getScenarioForecast', { ...RK, forecast: { stayDistribution: 'lognormal', runs: 500, horizon: 12 } });
    expect(lognormal.forecast).toBeNull();
    expect(lognormal.forecastMessage).toContain('Prognosen kan inte beräknas');
  });
});

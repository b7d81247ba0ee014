// Every scenario carries its own forecast through compareScenarios and getScenarioFigures; presets stack.
import { describe, expect, it } from 'vitest';
import { apiSetup, RK } from './support.ts';

describe('scenario forecasts through the API', () => {
  it('stacks "En lots till" from April and "Ökat tryck", and compares their forecasts with the plan', async () => {
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
    expect(f.months.slice(4, 6).map((m) => m.lotsar)).toEqual([4, 5]);
    expect(f.sentence).toMatch(/^Med en lots till från april och 30 procent fler anmälningar är risken för kö om sex månader \d+ procent och om tolv månader \d+ procent\.$/);
    // More referrals without more lotsar raise the risk; the deltas say by how much.
    expect(pressure!.queueDeltas!.riskIn12Months!).toBeGreaterThan(0);
    expect(pressure!.queueFigures!.riskIn12Months).toBeCloseTo(base.months[11]!.probabilityOfWaiting + pressure!.queueDeltas!.riskIn12Months!, 12);
    expect(r.comparedQueue.map((c) => c.key)).toContain('riskIn6Months');
    // The hiring answer of every forecast.
    expect(base.hiringPlan).toMatchObject({ addLotsar: 1, leadTimeMonths: 2 });
    expect(base.hiringSentence).toContain('För att risken för kö ska stanna under 10 procent behöver enheten en lots till som börjar senast i');
    expect(f.hiringPlan!.addLotsar).toBeGreaterThanOrEqual(1);
  });

  it('uses the targets and horizon given, and getScenarioFigures carries the forecast too', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    await ok('createScenario', { ...RK, name: 'Två lotsar till', preset: 'custom', overrides: { addPositions: [{ role: 'lots', fte: 1, monthlySalary: 38500 }, { role: 'lots', fte: 1, monthlySalary: 38500 }] } });
    const figures = await ok('getScenarioFigures', { ...RK, scenario: 'Två lotsar till', forecast: { targetProbability: 0.5, horizon: 12 } });
    expect(figures.forecast!.months).toHaveLength(12);
    expect(figures.forecast!.targetProbability).toBe(0.5);
    expect(figures.forecast!.hiringPlan).toBeNull();
    expect(figures.forecast!.hiringReason).toContain('ingen lots till behövs');
    expect(figures.queueDeltas!.riskIn12Months!).toBeLessThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { screenForecastOptions, type ForecastScreenValues } from '../../../src/core/forecast/screenOptions.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';

const values: ForecastScreenValues = {
  arrivalsPerMonth: 2.25,
  meanStayMonths: 12,
  lotsar: 4,
  caseload: 7,
  enrolled: 27,
  queue: 0,
  targetRiskPercent: 50,
  targetWaitWeeks: 20,
  horizon: 12,
  stayDistribution: 'exponential',
  staySpread: 0.5,
  surges: [],
};

describe('the screen’s service-level target', () => {
  it('is no target at 0 %, and a target in the recommendation when set; its weeks are the T of the wait figures', () => {
    const none = screenForecastOptions({ ...values, targetServicePercent: 0, targetServiceWeeks: 4 });
    expect(none.ok && none.value.targetServiceLevel).toBeUndefined();
    const set = screenForecastOptions({ ...values, targetServicePercent: 99, targetServiceWeeks: 1 });
    expect(set.ok && set.value.targetServiceLevel).toBe(0.99);
    if (!none.ok || !set.ok) throw new Error('options');
    expect(runForecast(none.value).waits[0]!.thresholdWeeks).toBe(4);
    // 99 % within a week needs more lotsar than the loose probability and mean-wait targets alone.
    expect(runForecast(set.value).recommendation!.lotsar).toBeGreaterThan(runForecast(none.value).recommendation!.lotsar);
    expect(runForecast(set.value).serviceLevel!.recommendedShare!).toBeGreaterThanOrEqual(0.99);
  });
});

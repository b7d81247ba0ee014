// The exact engine at the limit on the people enrolled above the slots (src/core/forecast/excessLimit.ts):
// a forecast at the limit computed in full. A file of its own in the "deep" project (vitest.config.ts):
// it took about three seconds under coverage against a third of one without, and reaches no line the
// tests in excessLimit.test.ts do not (they keep the views cut short, which only they reach).
import { describe, expect, it } from 'vitest';
import { MAX_EXCESS, maxQueueWithExcess } from '../../../src/core/forecast/excessLimit.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';

const VALID = { arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7 };

describe('the exact engine at the excess limit', () => {
  it('leave a forecast at the limit that the exact engine computes, every figure a probability or a count', () => {
    // Half a year keeps the test short (a second or two under coverage for two years); the excess rows are all there from month 1.
    const r = parseForecastOptions({ ...VALID, enrolled: 28 + MAX_EXCESS, queue: maxQueueWithExcess(MAX_EXCESS), horizon: 6 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const result = runForecast(r.value);
    expect(result.model).toBe('exact');
    for (const m of result.months) {
      expect(m.probabilityOfWaiting).toBeGreaterThanOrEqual(0);
      expect(m.probabilityOfWaiting).toBeLessThanOrEqual(1);
      expect(m.queueMean).toBeGreaterThanOrEqual(0);
    }
    // 150 above 28 slots and twelve-month stays: after half a year about 178 · e^(−1/2) ≈ 108 are still enrolled.
    expect(result.months[5]!.enrolledMean).toBeGreaterThan(90);
    expect(result.months[5]!.enrolledMean).toBeLessThan(125);
    // The waits read the month's views, whose excess rows are cut short after their last mass.
    const first = result.waits[0]!;
    expect(first.probabilityOfWaitOver).toBeGreaterThan(0.99);
    expect(first.p50Weeks).toBeGreaterThan(first.thresholdWeeks);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForecastOptions, type ForecastOptions } from '../../../src/core/forecast/options.ts';
import { monthInputs, runForecast } from '../../../src/core/forecast/forecast.ts';

function options(input: Record<string, unknown>): ForecastOptions {
  const parsed = parseForecastOptions({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, enrolled: 27, horizon: 24, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const SUMMER = [0.7, 0.7, 0.8, 0.9, 1.1, 1.4, 1.6, 1.4, 1.1, 0.9, 0.7, 0.7];

describe('trend and seasonal profile of arrivals', () => {
  it('compounds the yearly trend month by month', () => {
    const months = monthInputs(options({ trend: 12 }));
    expect(months[0]!.arrivals).toBeCloseTo(2.25, 12);
    expect(months[6]!.arrivals).toBeCloseTo(2.25 * Math.sqrt(1.12), 12);
    expect(months[12]!.arrivals).toBeCloseTo(2.25 * 1.12, 12);
    expect(months[23]!.arrivals).toBeCloseTo(2.25 * 1.12 ** (23 / 12), 12);
  });

  it('applies the season by calendar month and keeps the yearly total', () => {
    const months = monthInputs(options({ season: SUMMER }));
    expect(months[6]!.arrivals).toBeCloseTo(2.25 * 1.6, 12);
    expect(months[18]!.arrivals).toBeCloseTo(2.25 * 1.6, 12);
    const year = months.slice(0, 12).reduce((sum, m) => sum + m.arrivals, 0);
    expect(year).toBeCloseTo(2.25 * 12, 9);
  });

  it('refuses a season whose mean is not 1, and a trend out of range, in Swedish', () => {
    const season = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, season: SUMMER.map((f) => f * 1.1) });
    expect(season.ok).toBe(false);
    const trend = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, trend: -95 });
    expect(trend.ok).toBe(false);
    const shortSeason = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, season: [1, 1, 1] });
    expect(shortSeason.ok).toBe(false);
  });

  it('a summer peak makes a queue likelier in summer than in winter', () => {
    const result = runForecast(options({ season: SUMMER }));
    expect(result.months[7]!.probabilityOfQueue).toBeGreaterThan(result.months[1]!.probabilityOfQueue);
  });

  it('a rising trend never lowers the risk of a queue in any month (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true }), (trend, arrivals) => {
        const flat = runForecast(options({ arrivals, horizon: 18 }));
        const rising = runForecast(options({ arrivals, horizon: 18, trend }));
        rising.months.forEach((m, i) => expect(m.probabilityOfQueue).toBeGreaterThanOrEqual(flat.months[i]!.probabilityOfQueue - 1e-9));
      }),
      { numRuns: 40 },
    );
  });
});

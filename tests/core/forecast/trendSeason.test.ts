import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatForecastIssue, parseForecastOptions, type ForecastOptions } from '../../../src/core/forecast/options.ts';
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

  it("leaves the season out of the steady state and the recommendation (the year's average rate)", () => {
    const seasonal = runForecast(options({ season: SUMMER, trend: 12 }));
    const flat = runForecast(options({ trend: 12 }));
    expect(seasonal.months[23]!.arrivals).toBeCloseTo(flat.months[23]!.arrivals * 0.7, 12);
    expect(seasonal.steadyState).toEqual(flat.steadyState);
    expect(seasonal.recommendation).toEqual(flat.recommendation);
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
        rising.months.forEach((m, i) => {
          expect(m.probabilityOfQueue).toBeGreaterThanOrEqual(flat.months[i]!.probabilityOfQueue - 1e-9);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('surge events in the engine options', () => {
  it('adds "+6 per month from March to August" to the rate before the trend, as the screen does', () => {
    const months = monthInputs(options({ trend: 12, surges: [{ extraArrivals: 6, fromMonth: 3, toMonth: 8 }] }));
    expect(months[1]!.arrivals).toBeCloseTo(2.25 * 1.12 ** (1 / 12), 12);
    expect(months[2]!.arrivals).toBeCloseTo(8.25 * 1.12 ** (2 / 12), 12);
    expect(months[7]!.arrivals).toBeCloseTo(8.25 * 1.12 ** (7 / 12), 12);
    expect(months[8]!.arrivals).toBeCloseTo(2.25 * 1.12 ** (8 / 12), 12);
  });

  it('gives the same forecast as the precomputed arrivals list', () => {
    const surged = runForecast(options({ surges: [{ extraArrivals: 6, fromMonth: 3, toMonth: 8 }] }));
    const listed = runForecast(options({ arrivals: [2.25, 2.25, 8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 2.25] }));
    surged.months.forEach((m, i) => {
      expect(m.probabilityOfQueue).toBeCloseTo(listed.months[i]!.probabilityOfQueue, 12);
    });
  });

  it('refuses a decrease that makes arrivals negative, and months in the wrong order, in Swedish', () => {
    const negative = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, surges: [{ extraArrivals: -3, fromMonth: 2, toMonth: 4 }] });
    expect(negative.ok).toBe(false);
    if (!negative.ok) {
      expect(negative.issues[0]!.path).toEqual(['arrivals', 1]);
      expect(formatForecastIssue(negative.issues[0]!, 'flag')).toBe(
        'Flaggan --arrivals, månad 2: blir mindre än noll med de tillfälliga ökningarna och minskningarna (surges)',
      );
    }
    const order = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, surges: [{ extraArrivals: 3, fromMonth: 5, toMonth: 4 }] });
    expect(order.ok).toBe(false);
    if (!order.ok) expect(order.issues[0]!.message).toBe('sista månaden ligger före den första');
  });

  it('says in Swedish why a season is refused', () => {
    const season = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, season: SUMMER.map((f) => f * 1.1) });
    if (season.ok) throw new Error('expected a refusal');
    expect(season.issues[0]!.message).toContain('medelvärdet av de tolv faktorerna ska vara 1, men är 1,100');
  });
});

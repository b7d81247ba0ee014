// The exact chain on the bench inputs against figures stored from the solver before its speed work
// (fused step kernels, waits added up from the month's time averages, month-end supports narrowed
// to their nonzero states): the reworking may move a figure by rounding and by what the truncations
// leave out, within 1e-12 of a probability and 1e-12 of a mean relative to its size, no more.
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { monthInputs, runForecast } from '../../../src/core/forecast/forecast.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import reference from './support/chainReference.json' with { type: 'json' };

type Figures = Record<string, number | null>;
interface Case {
  options: Record<string, unknown>;
  months: Figures[];
  waits: Figures[];
}

/** |a − b| within 1e-12 for figures up to 1, and within 1e-12 of the figure above. */
function expectClose(actual: Figures, expected: Figures, where: string): void {
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    if (want === null || got === null || got === undefined) {
      expect(got, `${where} ${key}`).toBe(want);
      continue;
    }
    expect(Math.abs(got - want), `${where} ${key}: ${got} against ${want}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
  }
}

function optionsOf(input: Record<string, unknown>) {
  const parsed = parseForecastOptions(input);
  if (!parsed.ok) throw new Error('invalid reference options');
  return parsed.value;
}

describe('the exact chain against stored reference figures', () => {
  for (const [name, c] of Object.entries(reference as unknown as Record<string, Case>)) {
    it(`${name}: every month's figures and wait figures as before`, () => {
      const options = optionsOf(c.options);
      const forecast = runForecast(options);
      expect(forecast.months).toHaveLength(c.months.length);
      forecast.months.forEach((m, i) => {
        expectClose(m as unknown as Figures, c.months[i]!, `${name} month ${i + 1}`);
      });
      forecast.waits.forEach((w, i) => {
        expectClose(w as unknown as Figures, c.waits[i]!, `${name} wait ${i + 1}`);
      });
    });
  }

  it('gives the same figures whatever was solved before (the buffers kept between calls are cleared)', () => {
    const small = { months: monthInputs(optionsOf({ arrivals: 2.25, stay: 12, lotsar: [4, 3], caseload: 7, enrolled: 27, horizon: 24 })), stayMonths: 12 };
    const first = solveChain({ ...small, initialCount: 27, abandonment: 0.1, keepArrivalViews: true, keepDistributions: true });
    // A larger unit with a cut and abandonment in between leaves longer buffers with mass in them.
    const large = optionsOf({ arrivals: 16, stay: 12, lotsar: [25, 20], caseload: 8, enrolled: 200, queue: 30, horizon: 24 });
    solveChain({ months: monthInputs(large), stayMonths: 12, initialCount: 230, initialEnrolled: 200, abandonment: 0.1, keepArrivalViews: true });
    solveChain({ months: monthInputs(large), stayMonths: 12, initialCount: 230, initialEnrolled: 200 });
    const again = solveChain({ ...small, initialCount: 27, abandonment: 0.1, keepArrivalViews: true, keepDistributions: true });
    expect(again).toStrictEqual(first);
  });

  it('the month-end support does not widen month by month once the distribution has settled', () => {
    // Ten years with abandonment, where the queue settles within months: the last month's
    // distribution reaches no further than that of year five (it once grew by a state of zero mass
    // each month, which also raised the rate Λ of every later month). Without abandonment the
    // queue's tail still grows at 96 % utilization, but only by states that hold mass.
    for (const abandonment of [0, 0.1]) {
      const options = optionsOf({ arrivals: 16, stay: 12, lotsar: 25, caseload: 8, enrolled: 190, horizon: 120, abandonment });
      const chain = solveChain({ months: monthInputs(options), stayMonths: 12, initialCount: 190, abandonment, keepDistributions: true });
      const d = chain.distributions!;
      const lastNonzero = (x: Float64Array) => x.findLastIndex((p) => p !== 0);
      if (abandonment > 0) expect(d[119]!.length - d[59]!.length).toBeLessThanOrEqual(2);
      for (const m of [59, 119]) expect(d[m]!.length - 1 - lastNonzero(d[m]!)).toBeLessThanOrEqual(2);
      expect(chain.truncationMass).toBeLessThanOrEqual(1e-12);
    }
  });
});

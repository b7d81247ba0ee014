// Properties of the forecast with the flows of a real waiting list (abandonment) and staff absence:
// more lotsar never raise any risk (while people on the list give up no faster than a stay ends;
// see the example where they do), more absence never lowers it, more abandonment never
// raises the mean queue or the probability of waiting. On the exact engine with the month inputs of
// a forecast (monthInputs), so that absence and the lead time go through them as in runForecast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { monthInputs } from '../../../src/core/forecast/forecast.ts';
import { parseForecastOptions, type ForecastOptionsInput } from '../../../src/core/forecast/options.ts';
import { steadyState } from '../../../src/core/forecast/erlang.ts';

const TOLERANCE = 1e-9;

const scenario = fc.record({
  horizon: fc.integer({ min: 1, max: 10 }),
  arrivals: fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 10 }),
  lotsar: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 10 }),
  caseload: fc.integer({ min: 1, max: 7 }),
  stay: fc.double({ min: 0.5, max: 18, noNaN: true }),
  enrolled: fc.integer({ min: 0, max: 20 }),
  queue: fc.integer({ min: 0, max: 10 }),
  abandonment: fc.oneof(fc.constant(0), fc.double({ min: 0.05, max: 2, noNaN: true })),
  absence: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
  leadTime: fc.integer({ min: 0, max: 4 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function forecast(s: Scenario, change: Partial<ForecastOptionsInput> = {}, extraLotsar = 0) {
  const parsed = parseForecastOptions({
    arrivals: s.arrivals.slice(0, s.horizon),
    stay: s.stay,
    lotsar: s.lotsar.slice(0, s.horizon).map((n) => n + extraLotsar),
    caseload: s.caseload,
    enrolled: s.enrolled,
    queue: s.queue,
    horizon: s.horizon,
    abandonment: s.abandonment,
    absence: s.absence,
    leadTime: s.leadTime,
    ...change,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const o = parsed.value;
  return solveChain({
    months: monthInputs(o),
    stayMonths: o.stay,
    initialCount: o.enrolled + o.queue,
    initialEnrolled: o.enrolled,
    abandonment: o.abandonment,
  });
}

/** Every month's risk figures of `more` are at most those of `base`. */
function neverHigher(more: ReturnType<typeof forecast>, base: ReturnType<typeof forecast>) {
  more.months.forEach((m, i) => {
    const b = base.months[i]!;
    expect(m.probabilityOfWaiting).toBeLessThanOrEqual(b.probabilityOfWaiting + TOLERANCE);
    expect(m.probabilityOfQueue).toBeLessThanOrEqual(b.probabilityOfQueue + TOLERANCE);
    expect(m.queueMean).toBeLessThanOrEqual(b.queueMean + TOLERANCE);
    if (b.expectedWaitWeeks !== null && m.expectedWaitWeeks !== null) {
      expect(m.expectedWaitWeeks).toBeLessThanOrEqual(b.expectedWaitWeeks * (1 + 1e-9) + TOLERANCE);
    }
  });
}

describe('properties of the forecast with abandonment and absence', () => {
  // Only while a person on the waiting list gives up no faster than a participant ends (abandonment
  // per month at most 1 ÷ stay): a faster one empties the list faster than a lots empties a place,
  // so moving someone from the list to a place can leave more people for a later referral to queue
  // behind (the example below). A random run found such a case (abandonment 2, stay 0,5 months).
  it('more lotsar never raise any risk in any month, when abandonment is no faster than the stay ends', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 3 }), (s, extra) => {
        fc.pre(s.abandonment * s.stay <= 1);
        neverHigher(forecast(s, {}, extra), forecast(s));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('with abandonment faster than the stay ends, a second lots in the first month can raise the risk of the month after', () => {
    // Stay 2 months (a place ends at 0,5 per month), abandonment 2 per month; four waiting, no one enrolled.
    const s: Scenario = { horizon: 2, arrivals: [1, 1], lotsar: [1, 1], caseload: 1, stay: 2, enrolled: 0, queue: 4, abandonment: 2, absence: 0, leadTime: 0 };
    const one = forecast(s);
    const twoFirst = forecast({ ...s, lotsar: [2, 1] });
    expect(twoFirst.months[0]!.probabilityOfWaiting).toBeLessThan(one.months[0]!.probabilityOfWaiting);
    expect(twoFirst.months[1]!.probabilityOfWaiting).toBeGreaterThan(one.months[1]!.probabilityOfWaiting + 0.05);
    expect(twoFirst.months[1]!.queueMean).toBeGreaterThan(one.months[1]!.queueMean);
  });

  it('more absence never lowers any risk in any month', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 0.4, noNaN: true }), (s, more) => {
        const higher = Math.min(0.99, s.absence + more);
        neverHigher(forecast(s), forecast(s, { absence: higher }));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('more abandonment never raises the mean queue or the probability of waiting', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0.01, max: 1.5, noNaN: true }), (s, more) => {
        const base = forecast(s);
        const higher = forecast(s, { abandonment: Math.min(4, s.abandonment + more) });
        higher.months.forEach((m, i) => {
          expect(m.queueMean).toBeLessThanOrEqual(base.months[i]!.queueMean + TOLERANCE);
          expect(m.probabilityOfWaiting).toBeLessThanOrEqual(base.months[i]!.probabilityOfWaiting + TOLERANCE);
        });
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('in the long run, more abandonment never raises the mean queue or the probability of waiting', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.double({ min: 0.5, max: 24, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (lambda, L, C, theta, more) => {
          const base = steadyState(lambda, L, C, 1, theta);
          const higher = steadyState(lambda, L, C, 1, theta + more);
          expect(higher.meanQueue!).toBeLessThanOrEqual(base.meanQueue! * (1 + 1e-9) + TOLERANCE);
          expect(higher.probabilityOfWaiting).toBeLessThanOrEqual(base.probabilityOfWaiting + TOLERANCE);
        },
      ),
    );
  });
});

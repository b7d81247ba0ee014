import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { slotsFor } from '../../../src/core/figures/keyFigures.ts';

const TOLERANCE = 1e-9;

const scenario = fc.record({
  horizon: fc.integer({ min: 1, max: 12 }),
  arrivals: fc.array(fc.double({ min: 0, max: 6, noNaN: true }), { minLength: 1, maxLength: 12 }),
  lotsar: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 }),
  caseload: fc.integer({ min: 1, max: 7 }),
  stay: fc.double({ min: 0.5, max: 24, noNaN: true }),
  initial: fc.integer({ min: 0, max: 40 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function months(s: Scenario, extraLotsar = 0, extraArrivals = 0) {
  return Array.from({ length: s.horizon }, (_, i) => ({
    arrivals: s.arrivals[Math.min(i, s.arrivals.length - 1)]! + extraArrivals,
    capacity: slotsFor(s.lotsar[Math.min(i, s.lotsar.length - 1)]! + extraLotsar, s.caseload),
  }));
}

const solve = (s: Scenario, extraLotsar = 0, extraArrivals = 0) =>
  solveChain({ months: months(s, extraLotsar, extraArrivals), stayMonths: s.stay, initialCount: s.initial, keepDistributions: true });

describe('properties of the exact forecast', () => {
  it('more lotsar never raise P(queue) or the mean queue in any month', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 3 }), (s, extra) => {
        const base = solve(s);
        const more = solve(s, extra);
        more.months.forEach((m, i) => {
          expect(m.probabilityOfQueue).toBeLessThanOrEqual(base.months[i]!.probabilityOfQueue + TOLERANCE);
          expect(m.probabilityOfWaiting).toBeLessThanOrEqual(base.months[i]!.probabilityOfWaiting + TOLERANCE);
          expect(m.queueMean).toBeLessThanOrEqual(base.months[i]!.queueMean + TOLERANCE);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('more arrivals never lower P(queue) or the mean queue in any month', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0.01, max: 3, noNaN: true }), (s, extra) => {
        const base = solve(s);
        const more = solve(s, 0, extra);
        more.months.forEach((m, i) => {
          expect(m.probabilityOfQueue).toBeGreaterThanOrEqual(base.months[i]!.probabilityOfQueue - TOLERANCE);
          expect(m.probabilityOfWaiting).toBeGreaterThanOrEqual(base.months[i]!.probabilityOfWaiting - TOLERANCE);
          expect(m.queueMean).toBeGreaterThanOrEqual(base.months[i]!.queueMean - TOLERANCE);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps probabilities in [0, 1], enrolled within the most slots so far and the distribution summing to one', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = solve(s);
        expect(r.truncationMass).toBeLessThan(1e-12);
        const ms = months(s);
        r.months.forEach((m, i) => {
          expect(m.probabilityOfQueue).toBeGreaterThanOrEqual(0);
          expect(m.probabilityOfQueue).toBeLessThanOrEqual(1);
          expect(m.probabilityOfWaiting).toBeGreaterThanOrEqual(0);
          expect(m.probabilityOfWaiting).toBeLessThanOrEqual(1);
          // A cut never evicts: those enrolled above a new capacity stay, so the bound is the most
          // slots up to this month; without a cut it is this month's capacity.
          const most = Math.max(...ms.slice(0, i + 1).map((x) => x.capacity));
          expect(m.enrolledMean).toBeLessThanOrEqual(most + TOLERANCE);
          if (ms.slice(1, i + 1).every((x, j) => x.capacity >= ms[j]!.capacity)) {
            expect(m.enrolledMean).toBeLessThanOrEqual(m.capacity + TOLERANCE);
          }
          expect(m.enrolledMean).toBeGreaterThanOrEqual(0);
          expect(m.queueP50).toBeLessThanOrEqual(m.queueP90);
          expect(m.enrolledP10).toBeLessThanOrEqual(m.enrolledP90);
          const excess = r.excessDistributions![i]!.reduce((t, row) => t + row.reduce((a, b) => a + b, 0), 0);
          const total = r.distributions![i]!.reduce((a, b) => a + b, 0) + excess;
          expect(Math.abs(total - 1)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { stayBandsSchema } from '../../../src/core/forecast/options.ts';
import { createStaySampler, empiricalMeanMonths, stayCoefficientOfVariation, type StayBandCount } from '../../../src/core/forecast/stayDistributions.ts';

/**
 * Valid histories: 1–12 bands in order, each after a gap of 0–5 months (0: touching the one
 * before) and 0,05–14 months wide, starting at 0–10 months (so at most 238 months in all), with
 * 0–1 000 discharges each and at least one in all.
 */
const bandsArb: fc.Arbitrary<StayBandCount[]> = fc
  .record({
    start: fc.double({ min: 0, max: 10, noNaN: true }),
    parts: fc.array(
      fc.record({
        gap: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })),
        width: fc.double({ min: 0.05, max: 14, noNaN: true }),
        count: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 })),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    nonEmpty: fc.nat({ max: 11 }),
  })
  .map(({ start, parts, nonEmpty }) => {
    let at = start;
    const bands = parts.map(({ gap, width, count }) => {
      const fromMonths = at + gap;
      const toMonths = fromMonths + width;
      at = toMonths;
      return { fromMonths, toMonths, count };
    });
    const band = bands[nonEmpty % bands.length]!;
    if (bands.every((b) => b.count === 0)) band.count = 1;
    return bands;
  });

const meanStay = fc.double({ min: 0.5, max: 240, noNaN: true });

describe('properties of the empirical stay distribution', () => {
  it('generates only histories the options accept', () => {
    fc.assert(
      fc.property(bandsArb, (bands) => {
        expect(stayBandsSchema.safeParse(bands).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('scaled to L, the mixture has mean L (computed from the scaled bands) and the same cv ≥ 0', () => {
    fc.assert(
      fc.property(bandsArb, meanStay, (bands, L) => {
        const k = L / empiricalMeanMonths(bands);
        const scaled = bands.map((b) => ({ ...b, fromMonths: k * b.fromMonths, toMonths: k * b.toMonths }));
        const total = bands.reduce((s, b) => s + b.count, 0);
        const mean = scaled.reduce((s, b) => s + (b.count / total) * ((b.fromMonths + b.toMonths) / 2), 0);
        expect(Math.abs(mean - L)).toBeLessThanOrEqual(1e-9 * L);
        const cv = stayCoefficientOfVariation({ kind: 'empirical', bands });
        expect(Number.isFinite(cv)).toBe(true);
        expect(cv).toBeGreaterThanOrEqual(0);
        expect(Math.abs(stayCoefficientOfVariation({ kind: 'empirical', bands: scaled }) - cv)).toBeLessThanOrEqual(1e-9 * Math.max(1, cv));
      }),
      { numRuns: 300 },
    );
  });

  it('never draws a stay outside [k·smallest from, k·largest to], nor a remaining stay outside (0, k·largest to]', () => {
    fc.assert(
      fc.property(bandsArb, meanStay, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (bands, L, seed) => {
        const k = L / empiricalMeanMonths(bands);
        const lowest = k * Math.min(...bands.map((b) => b.fromMonths));
        const highest = k * Math.max(...bands.map((b) => b.toMonths));
        const sampler = createStaySampler({ kind: 'empirical', bands }, L);
        const rng = xoroshiro128plus(seed);
        for (let i = 0; i < 200; i++) {
          const x = sampler.next(rng);
          expect(x).toBeGreaterThanOrEqual(lowest);
          expect(x).toBeLessThanOrEqual(highest);
          const r = sampler.remaining(rng);
          expect(r).toBeGreaterThan(0);
          expect(r).toBeLessThanOrEqual(highest);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never draws a stay in a band without discharges', () => {
    fc.assert(
      fc.property(bandsArb, meanStay, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (bands, L, seed) => {
        const k = L / empiricalMeanMonths(bands);
        const sampler = createStaySampler({ kind: 'empirical', bands }, L);
        const rng = xoroshiro128plus(seed);
        const inCountedBand = (x: number) => bands.some((b) => b.count > 0 && x >= k * b.fromMonths && x <= k * b.toMonths);
        for (let i = 0; i < 200; i++) expect(inCountedBand(sampler.next(rng))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

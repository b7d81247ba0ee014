// formatNumber rounds its digits without Intl (src/core/format/number.ts, plainDecimal); they must
// be the digits Intl.NumberFormat('en-US') gives, which is what the Swedish notation was built on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimal } from '../../src/core/format/number.ts';

function intl(n: number, min: number, max: number): string {
  return new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: min, maximumFractionDigits: max }).format(n);
}

describe('plainDecimal', () => {
  it('rounds half away from zero on the shortest decimal form, as Intl does', () => {
    expect(plainDecimal(1.005, 0, 2)).toBe('1.01');
    expect(plainDecimal(-2.5, 0, 0)).toBe('-3');
    expect(plainDecimal(9.995, 2, 2)).toBe('10.00');
    expect(plainDecimal(0.0005, 0, 3)).toBe('0.001');
    expect(plainDecimal(-0.0004, 0, 3)).toBe('-0');
    expect(plainDecimal(1.5e-7, 0, 7)).toBe('0.0000002');
    expect(plainDecimal(1e21, 0, 3)).toBe('1000000000000000000000');
  });

  it('gives the digits of Intl.NumberFormat en-US for edge values at every number of decimals', () => {
    const values = [0, -0, 0.5, 1.5, 2.5, 1.005, 0.045, 9.995, 999.5, 0.1 + 0.2, 38500, 1234567.891, 2 ** 53 + 2, 5e-324, 1.7976931348623157e308, 4.35, 8.345];
    for (const v of values) {
      for (let min = 0; min <= 20; min++) {
        for (let max = min; max <= 20; max += 3) {
          expect(plainDecimal(v, min, max), `${v} ${min}–${max}`).toBe(intl(v, min, max));
          expect(plainDecimal(-v, min, max), `${-v} ${min}–${max}`).toBe(intl(-v, min, max));
        }
      }
    }
  });

  it('gives the digits of Intl.NumberFormat en-US for any finite number', () => {
    const finite = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      // Few decimals, where halves (…,xx5) are common.
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((i) => i / 1000),
      fc.integer({ min: -100_000, max: 100_000 }).map((i) => i / 200),
    );
    fc.assert(
      fc.property(finite, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (n, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        expect(plainDecimal(n, min, max)).toBe(intl(n, min, max));
      }),
      { numRuns: 5000 },
    );
  });
});

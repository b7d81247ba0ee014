import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { staySumProblem } from '../../../src/core/statistics/monthly.ts';

describe('staySumProblem', () => {
  it('is null exactly when the bands add up to the discharges', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }), fc.nat(400), (bands, discharges) => {
        const sum = bands.reduce((s, n) => s + n, 0);
        expect(staySumProblem(bands, discharges) === null).toBe(sum === discharges);
      }),
    );
  });

  it('names both numbers', () => {
    expect(staySumProblem([1, 2, 3], 7)).toBe('summan av avsluten efter vistelsetid (6) ska vara lika med antalet avslut (7)');
  });
});

// The month from which the memo's "Marginalkostnad för en lots, resten av året" counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginalFromMonth } from '../../../src/core/memo/computeFigures.ts';

describe('marginalFromMonth', () => {
  it('counts from next month in the plan year, and December at the latest', () => {
    expect(marginalFromMonth(2026, new Date(2026, 2, 15))).toBe(4); // drafted in March: from April
    expect(marginalFromMonth(2026, new Date(2026, 10, 30))).toBe(12); // November: December
    expect(marginalFromMonth(2026, new Date(2026, 11, 7))).toBe(12); // December: December, not a 13th month
  });

  it('counts the whole year for a plan of another year than the current, past or future', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 11 }), (year, offset, month) => {
        expect(marginalFromMonth(year, new Date(year + offset, month, 1))).toBe(1);
        expect(marginalFromMonth(year, new Date(year - offset, month, 1))).toBe(1);
      }),
    );
  });
});

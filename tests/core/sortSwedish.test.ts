import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareSwedish, sortSwedish } from '../../src/core/format/index.ts';

describe('compareSwedish', () => {
  it('sorts å, ä, ö after z', () => {
    expect(sortSwedish(['Östermalm', 'Älvsjö', 'Åkeshov', 'Zinkensdamm', 'Bromma', 'Ängby'])).toEqual([
      'Bromma',
      'Zinkensdamm',
      'Åkeshov',
      'Älvsjö',
      'Ängby',
      'Östermalm',
    ]);
    expect(compareSwedish('ö', 'z')).toBeGreaterThan(0);
    expect(compareSwedish('a', 'a')).toBe(0);
  });

  it('sorts numbers by value', () => {
    expect(sortSwedish(['Lots 10', 'Lots 2'])).toEqual(['Lots 2', 'Lots 10']);
    expect(sortSwedish(['Spånga-Tensta', 'Södermalm', 'Skärholmen'])).toEqual(['Skärholmen', 'Spånga-Tensta', 'Södermalm']);
  });

  it('returns a sorted copy and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 20 }), (names) => {
        const before = [...names];
        const sorted = sortSwedish(names);
        expect(names).toEqual(before);
        expect([...sorted].sort()).toEqual([...names].sort());
        for (let i = 1; i < sorted.length; i++) expect(compareSwedish(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

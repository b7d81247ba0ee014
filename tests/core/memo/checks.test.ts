// The count of checks before export, as the editor's badge names it to a screen reader.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoChecksCountText } from '../../../src/core/memo/checks.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';

describe('memoChecksCountText', () => {
  it('writes "en anmärkning", words up to twelve and digits above', () => {
    expect(memoChecksCountText(1)).toBe('en anmärkning');
    expect(memoChecksCountText(3)).toBe('tre anmärkningar');
    expect(memoChecksCountText(12)).toBe('tolv anmärkningar');
    expect(memoChecksCountText(14)).toBe('14 anmärkningar');
  });

  it('is singular for one and never a digit for 1–12 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        const text = memoChecksCountText(n);
        expect(text).toBe(n === 1 ? 'en anmärkning' : `${n <= 12 ? countInText(n) : formatNumber(n)} anmärkningar`);
        if (n <= 12) expect(text).not.toMatch(/\d/);
      }),
    );
  });
});

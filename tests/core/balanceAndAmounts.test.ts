import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BALANCE_WORDS, balanceState } from '../../src/core/figures/balance.ts';
import { formatAmountWithExact, formatKronor, formatMnkr, formatThousandKronor } from '../../src/core/format/index.ts';

describe('balanceState', () => {
  it('counts half a krona either way as in balance', () => {
    expect(balanceState(0)).toBe('balanced');
    expect(balanceState(0.5)).toBe('balanced');
    expect(balanceState(-0.5)).toBe('balanced');
    expect(balanceState(0.51)).toBe('surplus');
    expect(balanceState(-0.51)).toBe('deficit');
    expect(BALANCE_WORDS[balanceState(-200_000)]).toBe('Underskott');
  });

  it('is symmetric around zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (b) => {
        const flipped = balanceState(-b);
        const expected = { surplus: 'deficit', deficit: 'surplus', balanced: 'balanced' }[balanceState(b)];
        expect(flipped).toBe(expected);
      }),
    );
  });
});

describe('card amounts', () => {
  it('writes a million or more in mnkr with the exact kronor beneath', () => {
    expect(formatAmountWithExact(4_500_000)).toEqual({ value: formatMnkr(4_500_000), detail: formatKronor(4_500_000) });
    expect(formatAmountWithExact(-1_000_000).detail).toBe(formatKronor(-1_000_000));
    expect(formatAmountWithExact(999_999)).toEqual({ value: formatKronor(999_999), detail: null });
  });

  it('rounds to whole thousands for a tkr column', () => {
    expect(formatThousandKronor(482_155)).toBe('482');
    expect(formatThousandKronor(1_234_567)).toBe('1\u00a0235');
    expect(formatThousandKronor(499)).toBe('0');
  });
});

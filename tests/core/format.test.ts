import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  countInText,
  formatAmountForText,
  formatDateTable,
  formatDateText,
  formatFte,
  formatKronor,
  formatMnkr,
  formatNumber,
  formatPercent,
  formatPercentValue,
  numberWord,
  parseSwedishNumber,
} from '../../src/core/format/index.ts';

const NB = '\u00a0';
const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups thousands with U+00A0 and uses a decimal comma', () => {
    expect(formatNumber(1234567.891, { decimals: 2 })).toBe(`1${NB}234${NB}567,89`);
    expect(formatNumber(1234)).toBe(`1${NB}234`);
    expect(formatNumber(123)).toBe('123');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes negatives with U+2212 and never shows a minus on zero', () => {
    expect(formatNumber(-3)).toBe(`${MINUS}3`);
    expect(formatNumber(-38500.5, { decimals: 1 })).toBe(`${MINUS}38${NB}500,5`);
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001, { decimals: 2 })).toBe('0,00');
  });

  it('rounds half away from zero on the decimal the user sees', () => {
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(formatNumber(2.5, { decimals: 0 })).toBe('3');
    expect(formatNumber(-2.5, { decimals: 0 })).toBe(`${MINUS}3`);
    expect(formatNumber(6.75)).toBe('6,75');
    expect(formatNumber(1 / 3)).toBe('0,333');
    expect(formatNumber(0.5, { minDecimals: 2 })).toBe('0,50');
  });

  it('agrees with Intl.NumberFormat("sv-SE") where that has full data', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const intl = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
        const ours = formatNumber(x, { decimals: d });
        // Intl writes "−0" for negative values that round to zero; we write "0".
        expect(ours).toBe(intl.replace(new RegExp(`^${MINUS}(?=[0,]+$)`), ''));
      }),
    );
  });

  it('refuses non-finite numbers and bad decimal options', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
  });
});

describe('amounts', () => {
  it('formats whole kronor for tables and text', () => {
    expect(formatKronor(200000)).toBe(`200${NB}000${NB}kr`);
    expect(formatKronor(200000, { style: 'text' })).toBe(`200${NB}000${NB}kronor`);
    expect(formatKronor(642873.4)).toBe(`642${NB}873${NB}kr`);
    expect(formatKronor(-310174.6)).toBe(`${MINUS}310${NB}175${NB}kr`);
  });

  it('formats million kronor with sensible decimals', () => {
    expect(formatMnkr(4500000)).toBe(`4,5${NB}mnkr`);
    expect(formatMnkr(16192000)).toBe(`16,2${NB}mnkr`);
    expect(formatMnkr(4000000)).toBe(`4${NB}mnkr`);
    expect(formatMnkr(4250000)).toBe(`4,25${NB}mnkr`);
    expect(formatMnkr(4189825.6)).toBe(`4,2${NB}mnkr`);
    expect(formatMnkr(4189825.6, { decimals: 2 })).toBe(`4,19${NB}mnkr`);
    expect(formatMnkr(-1500000)).toBe(`${MINUS}1,5${NB}mnkr`);
  });

  it('chooses mnkr from one million in running text', () => {
    expect(formatAmountForText(200000)).toBe(`200${NB}000${NB}kronor`);
    expect(formatAmountForText(999999)).toBe(`999${NB}999${NB}kronor`);
    expect(formatAmountForText(1000000)).toBe(`1${NB}mnkr`);
    expect(formatAmountForText(4500000)).toBe(`4,5${NB}mnkr`);
    expect(formatAmountForText(-2000000)).toBe(`${MINUS}2${NB}mnkr`);
  });
});

describe('formatPercent (input is a ratio)', () => {
  it('writes "9,5 %" in tables and "9,5 procent" in text', () => {
    expect(formatPercent(0.095)).toBe(`9,5${NB}%`);
    expect(formatPercent(0.095, { style: 'table' })).toBe(`9,5${NB}%`);
    expect(formatPercent(0.095, { style: 'text' })).toBe('9,5 procent');
    expect(formatPercent(27 / 28)).toBe(`96,4${NB}%`);
    expect(formatPercent(0.1, { decimals: 0 })).toBe(`10${NB}%`);
    expect(formatPercent(-0.05)).toBe(`${MINUS}5,0${NB}%`);
  });

  it('formats a value already in percent', () => {
    expect(formatPercentValue(39.15, { maxDecimals: 2 })).toBe(`39,15${NB}%`);
    expect(formatPercentValue(10, { minDecimals: 0, maxDecimals: 2, style: 'text' })).toBe('10 procent');
  });
});

describe('formatFte', () => {
  it('shows one decimal, or two when needed', () => {
    expect(formatFte(1)).toBe('1,0');
    expect(formatFte(0.5)).toBe('0,5');
    expect(formatFte(0.25)).toBe('0,25');
    expect(formatFte(0.1 + 0.2)).toBe('0,3');
    expect(formatFte(4)).toBe('4,0');
    expect(formatFte(1 / 3)).toBe('0,33');
  });
});

describe('numbers in words', () => {
  const common = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

  it('has a word for each of 0–12, with en/ett by gender', () => {
    common.forEach((word, n) => {
      expect(numberWord(n)).toBe(word);
    });
    expect(numberWord(1, 'common')).toBe('en');
    expect(numberWord(1, 'neuter')).toBe('ett');
    expect(numberWord(2, 'neuter')).toBe('två');
  });

  it('refuses numbers without a word', () => {
    expect(() => numberWord(13)).toThrow(RangeError);
    expect(() => numberWord(-1)).toThrow(RangeError);
    expect(() => numberWord(1.5)).toThrow(RangeError);
  });

  it('switches to grouped digits at 13', () => {
    expect(countInText(4)).toBe('fyra');
    expect(countInText(3)).toBe('tre');
    expect(countInText(12)).toBe('tolv');
    expect(countInText(13)).toBe('13');
    expect(countInText(27)).toBe('27');
    expect(countInText(200000)).toBe(`200${NB}000`);
    expect(countInText(1, { gender: 'neuter' })).toBe('ett');
    expect(countInText(0)).toBe('noll');
    expect(countInText(2.5)).toBe('2,5');
  });
});

describe('dates', () => {
  it('writes dates in text and table style', () => {
    expect(formatDateText({ year: 2020, month: 1, day: 22 })).toBe('22 januari 2020');
    expect(formatDateTable({ year: 2020, month: 1, day: 22 })).toBe('2020-01-22');
    expect(formatDateText({ year: 2019, month: 10, day: 24 })).toBe('24 oktober 2019');
    expect(formatDateText({ year: 2021, month: 12, day: 1 })).toBe('1 december 2021');
  });

  it('reads a Date in the local calendar', () => {
    const d = new Date(2020, 0, 22, 23, 59);
    expect(formatDateText(d)).toBe('22 januari 2020');
    expect(formatDateTable(d)).toBe('2020-01-22');
  });

  it('refuses dates that do not exist', () => {
    expect(() => formatDateText({ year: 2021, month: 2, day: 29 })).toThrow(RangeError);
    expect(formatDateTable({ year: 2020, month: 2, day: 29 })).toBe('2020-02-29');
    expect(() => formatDateTable({ year: 2020, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => formatDateText(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('parseSwedishNumber', () => {
  const accepted: [string, number][] = [
    ['38 500', 38500],
    [`38${NB}500`, 38500],
    ['38\u202f500', 38500],
    ['38500', 38500],
    ['38 500,50', 38500.5],
    ['1,5', 1.5],
    [`${MINUS}3`, -3],
    ['-3', -3],
    ['+3', 3],
    ['1.5', 1.5],
    ['38.50', 38.5],
    ['1 234 567', 1234567],
    ['  42  ', 42],
    ['0', 0],
    ['-0', 0],
    ['1,234', 1.234],
  ];
  it.each(accepted)('reads %j as %d', (text, value) => {
    expect(parseSwedishNumber(text)).toEqual({ ok: true, value });
  });

  it('reads -0 as plain 0', () => {
    const r = parseSwedishNumber('-0');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });

  const refused = [
    '1.5.3',
    '',
    '   ',
    'abc',
    '1,2,3',
    '12 34 5',
    '1 2345',
    '38  500',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e5',
    ',5',
    '1,',
    '-',
    '1.500',
    '1.234.567',
    '38 500 kr',
    '--3',
    '1 000.5',
  ];
  it.each(refused)('refuses %j with a Swedish message', (text) => {
    const r = parseSwedishNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Skriv/);
  });

  it('names the text and shows an example', () => {
    expect(parseSwedishNumber('1.5.3')).toEqual({
      ok: false,
      message: `”1.5.3” är inte ett tal. Skriv till exempel 38${NB}500 eller 1,5.`,
    });
    expect(parseSwedishNumber('')).toEqual({ ok: false, message: `Inget tal är ifyllt. Skriv till exempel 38${NB}500 eller 1,5.` });
    const grouping = parseSwedishNumber('12 34 5');
    expect(grouping.ok === false && grouping.message).toContain('fel gruppering');
  });

  it('explains why a point before three digits is ambiguous', () => {
    const r = parseSwedishNumber('1.500');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`”1.500” kan betyda både 1${NB}500 och 1,5. Skriv tusental med mellanslag (1${NB}500) och decimaler med komma (1,5).`);
  });

  it('refuses numbers too large to compute with', () => {
    const r = parseSwedishNumber('9'.repeat(400));
    expect(r.ok).toBe(false);
  });

  it('round-trips formatNumber with two decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const text = formatNumber(x, { decimals: 2 });
        const r = parseSwedishNumber(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(Math.abs(r.value - x)).toBeLessThanOrEqual(0.005 + Math.abs(x) * 1e-15);
        expect(formatNumber(r.value, { decimals: 2 })).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips integers exactly in every grouping style', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        const r = parseSwedishNumber(formatNumber(n));
        expect(r).toEqual({ ok: true, value: n === 0 ? 0 : n });
        const plain = parseSwedishNumber(String(n));
        expect(plain).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });
});

describe('times of day: one format, "kl. 18.37"', () => {
  it('writes hours and minutes with a full stop, "kl." in text and beside a date', async () => {
    const { formatClock, formatTimeText, formatDateTimeTable } = await import('../../src/core/format/index.ts');
    const d = new Date(2026, 11, 1, 18, 7, 5);
    expect(formatClock(d)).toBe('18.07');
    expect(formatClock(d, { seconds: true })).toBe('18.07.05');
    expect(formatTimeText(d)).toBe('kl. 18.07');
    expect(formatDateTimeTable(d)).toBe('2026-12-01 kl. 18.07');
    expect(() => formatClock(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('never writes a colon, for any time (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { formatDateTimeTable } = await import('../../src/core/format/index.ts');
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (d) => {
        expect(formatDateTimeTable(d)).toMatch(/^\d{4}-\d{2}-\d{2} kl\. \d{2}\.\d{2}$/);
      }),
    );
  });
});

// A number field says what it takes: its messages give an example that fits, and a trailing unit of
// its kind is read ("40 000 kr", "39,15 %", "2 mån").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, numberKindOf, parseSwedishNumber } from '../../../src/core/format/index.ts';
import { readField } from '../../../src/renderer/forecast/forecastForm.ts';

const NB = '\u00a0';

describe('parseSwedishNumber with the kind of the field', () => {
  it('gives an example that fits the field', () => {
    expect(parseSwedishNumber('abc', 'count')).toEqual({ ok: false, message: '”abc” är inte ett tal. Skriv antalet som ett heltal, till exempel 3.' });
    expect(parseSwedishNumber('3.1x', 'perMonth')).toEqual({ ok: false, message: '”3.1x” är inte ett tal. Skriv antalet per månad, till exempel 2,5.' });
    expect(parseSwedishNumber('fyrtio', 'kronor')).toEqual({
      ok: false,
      message: `”fyrtio” är inte ett tal. Skriv beloppet i kronor, till exempel 38${NB}500.`,
    });
    expect(parseSwedishNumber('x', 'percent')).toEqual({ ok: false, message: '”x” är inte ett tal. Skriv värdet i procent, till exempel 39,15.' });
    expect(parseSwedishNumber('', 'months')).toEqual({ ok: false, message: 'Inget tal är ifyllt. Skriv antalet månader, till exempel 2.' });
    // Without a kind, the general example as before.
    expect(parseSwedishNumber('x')).toEqual({ ok: false, message: `”x” är inte ett tal. Skriv till exempel 38${NB}500 eller 1,5.` });
  });

  it('reads a trailing unit that matches the field, with or without a space', () => {
    expect(parseSwedishNumber('40 000 kr', 'kronor')).toEqual({ ok: true, value: 40000 });
    expect(parseSwedishNumber('40 000kr', 'kronor')).toEqual({ ok: true, value: 40000 });
    expect(parseSwedishNumber('38 500 kronor', 'kronor')).toEqual({ ok: true, value: 38500 });
    expect(parseSwedishNumber('39,15 %', 'percent')).toEqual({ ok: true, value: 39.15 });
    expect(parseSwedishNumber('39,15%', 'percent')).toEqual({ ok: true, value: 39.15 });
    expect(parseSwedishNumber('2 mån', 'months')).toEqual({ ok: true, value: 2 });
    expect(parseSwedishNumber('−2 %', 'percent')).toEqual({ ok: true, value: -2 });
  });

  it('refuses a unit of another kind, and a unit alone, naming what was typed', () => {
    expect(parseSwedishNumber('40 000 kr', 'percent')).toEqual({
      ok: false,
      message: '”40 000 kr” är inte ett tal. Skriv värdet i procent, till exempel 39,15.',
    });
    expect(parseSwedishNumber('40 000 kr')).toMatchObject({ ok: false });
    expect(parseSwedishNumber('3 %', 'count')).toMatchObject({ ok: false });
    expect(parseSwedishNumber('kr', 'kronor')).toEqual({ ok: false, message: `”kr” är inte ett tal. Skriv beloppet i kronor, till exempel 38${NB}500.` });
  });

  it('a number written by Lotsplan, with its unit, reads back as itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        expect(parseSwedishNumber(`${formatNumber(n)}${NB}kr`, 'kronor')).toEqual({ ok: true, value: n });
        expect(parseSwedishNumber(`${formatNumber(n / 100, { maxDecimals: 2 })}${NB}%`, 'percent')).toEqual({ ok: true, value: n / 100 });
      }),
    );
  });

  it('finds the kind of a field from its unit or its name', () => {
    expect(numberKindOf({ unit: '%' })).toBe('percent');
    expect(numberKindOf({ unit: 'mån' })).toBe('months');
    expect(numberKindOf({ unit: 'månader' })).toBe('months');
    expect(numberKindOf({ label: 'Månadslön, rad 2' })).toBe('kronor');
    expect(numberKindOf({ label: 'Belopp, rad 1' })).toBe('kronor');
    expect(numberKindOf({ label: 'Sysselsättningsgrad, rad 1' })).toBe('fte');
    expect(numberKindOf({ label: 'Deltagare per lots' })).toBe('decimal');
  });

  it('Prognos passes the kind of each field', () => {
    expect(readField('arrivalsPerMonth', '3.1x')).toEqual({ ok: false, message: '”3.1x” är inte ett tal. Skriv antalet per månad, till exempel 2,5.' });
    expect(readField('trendPercent', '5 %')).toEqual({ ok: true, value: 5 });
    expect(readField('meanStayMonths', '12 månader')).toEqual({ ok: true, value: 12 });
  });
});

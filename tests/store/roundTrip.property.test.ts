// Any valid plan comes back exactly as it went in.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { STAFF_ROLES, type UnitYearPlan } from '../../src/core/plan/model.ts';
import { MAX_AMOUNT, unitYearPlanSchema } from '../../src/core/exchange/unitExchangeFile.ts';
import { tempDir, track } from './helpers.ts';
import { nameProblem, normalizeName } from '../../src/core/validation/names.ts';

const text = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max, unit: 'grapheme' })
    // Names as the schemas let them in (core/validation/names.ts): normalised, no hidden characters,
    // and within the limits in UTF-16 code units, as the schemas count them. A grapheme can be several
    // code units, and NFC can lengthen a text (U+1D160 becomes three code points, six units).
    .filter((s) => nameProblem(s) === null)
    .map(normalizeName)
    .filter((s) => s.length >= min && s.length <= max);
const amount = fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const count = fc.nat({ max: 10_000 });
// Plain objects, so toStrictEqual compares data and not prototypes.
const plain = { noNullPrototype: true };

const staff = fc
  .record({
    role: fc.constantFrom(...STAFF_ROLES),
    title: text(0, 40),
    fte: fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
    monthlySalary: amount,
    months: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })),
  })
  .map(({ months: [a, b], ...s }) => ({ ...s, fromMonth: Math.min(a, b), toMonth: Math.max(a, b) }));

const plan: fc.Arbitrary<UnitYearPlan> = fc
  .record({
    district: text(1, 30),
    unit: text(1, 30),
    year: fc.integer({ min: 2000, max: 2100 }),
    ages: fc.tuple(fc.option(fc.integer({ min: 0, max: 120 })), fc.option(fc.integer({ min: 0, max: 120 }))),
    caseloadPerLots: fc.double({ min: 0.01, max: 100, noNaN: true }),
    poPercent: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
    staff: fc.array(staff, { maxLength: 8 }),
    otherCosts: fc.array(fc.record({ label: text(1, 30), amount }, plain), { maxLength: 5 }),
    funding: fc.array(fc.record({ source: text(1, 30), amount, period: fc.option(text(1, 20)) }, plain), { maxLength: 5 }),
    gender: fc.tuple(count, count, count, count),
    queue: count,
    touched: count,
    demand: fc.option(
      fc.record(
        {
          arrivalsPerMonth: fc.double({ min: 0, max: 10_000, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
          meanStayMonths: fc.double({ min: 0.01, max: 240, noNaN: true }),
        },
        plain,
      ),
    ),
  })
  .map(({ ages: [a, b], gender: [men, women, otherGender, genderUnknown], queue, touched, ...p }) => ({
    ...p,
    ageFrom: a !== null && b !== null ? Math.min(a, b) : a,
    ageTo: a !== null && b !== null ? Math.max(a, b) : b,
    participants: { enrolled: men + women + otherGender + genderUnknown, men, women, otherGender, genderUnknown, queue, touched },
  }));

describe('round trip', () => {
  it('the generator only makes plans the exchange schema accepts', () => {
    fc.assert(
      fc.property(plan, (p) => unitYearPlanSchema.safeParse(p).success),
      { numRuns: 200 },
    );
  });

  it('a period is at most 20 UTF-16 code units after normalisation, so a short-looking one can be too long', () => {
    // Twelve graphemes, but each U+1D160 decomposes under NFC into three code points (six code units).
    const period = '\u05D9\u05B4 \u{1D160}\u{1D160}\u{1D160} !\u{1D160} ! !'.normalize('NFC');
    expect(period.length).toBeGreaterThan(20);
    const base = {
      district: 'A',
      unit: 'B',
      year: 2020,
      caseloadPerLots: 7,
      poPercent: 0,
      staff: [],
      otherCosts: [],
      demand: null,
      ageFrom: null,
      ageTo: null,
    };
    const participants = { enrolled: 0, men: 0, women: 0, otherGender: 0, genderUnknown: 0, queue: 0, touched: 0 };
    const withPeriod = (p: string) => unitYearPlanSchema.safeParse({ ...base, participants, funding: [{ source: 'S', amount: 0, period: p }] }).success;
    expect(withPeriod(period)).toBe(false);
    expect(withPeriod('1')).toBe(true);
  });

  it('replaceUnitYear then getUnitYear gives back exactly the same plan', async () => {
    const store = track(await openStore(path.join(tempDir(), 'lotsplan.sqlite')));
    await fc.assert(
      fc.asyncProperty(plan, fc.boolean(), async (p, exampleValues) => {
        await store.replaceUnitYear(p, { exampleValues });
        expect(await store.getUnitYear({ district: p.district, unit: p.unit, year: p.year })).toStrictEqual({
          plan: p,
          exampleValues,
        });
      }),
      { numRuns: 50 },
    );
  });
});

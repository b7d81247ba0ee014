// Plans for the core tests: the unit of the reference memo (Rinkeby-Kista SIG vuxna 2020, see
// docs/DOMAIN.md and resources/demo) and fast-check arbitraries for plans the exchange file accepts.
import fc from 'fast-check';
import type { StaffPosition, UnitYearPlan } from '../../../src/core/plan/model.ts';
import { STAFF_ROLES } from '../../../src/core/plan/model.ts';
import { nameProblem, normalizeName } from '../../../src/core/validation/names.ts';

export function lots(overrides: Partial<StaffPosition> = {}): StaffPosition {
  return { role: 'lots', title: 'Lots', fte: 1, monthlySalary: 38500, fromMonth: 1, toMonth: 12, ...overrides };
}

/** The reference memo (docs/DOMAIN.md): four lotsar, 27 enrolled (24 men, three women), 4,5 mnkr granted. */
export function seed000Plan(): UnitYearPlan {
  return {
    district: 'Rinkeby-Kista',
    unit: 'SIG vuxna',
    year: 2020,
    ageFrom: 19,
    ageTo: 29,
    caseloadPerLots: 7,
    poPercent: 39.15,
    staff: [
      lots(),
      lots(),
      lots(),
      lots(),
      { role: 'bitradande_enhetschef', title: 'Biträdande enhetschef', fte: 1, monthlySalary: 47000, fromMonth: 1, toMonth: 12 },
      { role: 'enhetschef', title: 'Enhetschef', fte: 0.1, monthlySalary: 62000, fromMonth: 1, toMonth: 12 },
    ],
    otherCosts: [
      { label: 'Lokaler', amount: 250000 },
      { label: 'Aktiviteter och deltagarkostnader', amount: 120000 },
      { label: 'Köpt öppenvård', amount: 300000 },
      { label: 'IT och telefoni', amount: 60000 },
    ],
    funding: [{ source: 'Socialförvaltningen', amount: 4500000, period: null }],
    participants: { enrolled: 27, men: 24, women: 3, otherGender: 0, genderUnknown: 0, queue: 0, touched: 0 },
    demand: { arrivalsPerMonth: 2.25, meanStayMonths: 12 },
  };
}

/** Doubles in [min, max] without NaN and without −0 (JSON cannot carry −0). */
function double(min: number, max: number, minExcluded = false): fc.Arbitrary<number> {
  return fc.double({ min, max, minExcluded, noNaN: true }).map((x) => x + 0);
}

/**
 * Text as the schema keeps it: already normalised by the rule for names (NFC, trimmed, single
 * spaces, no hidden characters), and within the schema's limits, which count UTF-16 code units
 * (a grapheme such as "Ố" written with combining marks is several), not graphemes.
 */
function text(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: 'grapheme', minLength, maxLength })
    .map((s) => (nameProblem(s) === null ? normalizeName(s) : s))
    .filter((s) => nameProblem(s) === null && normalizeName(s) === s && s.length >= minLength && s.length <= maxLength);
}

const month = fc.integer({ min: 1, max: 12 });

export const staffArb: fc.Arbitrary<StaffPosition> = fc
  .record({
    role: fc.constantFrom(...STAFF_ROLES),
    title: text(0, 40),
    fte: double(0, 1, true),
    monthlySalary: double(0, 1e12),
    months: fc.tuple(month, month),
  })
  .map(({ months: [a, b], ...rest }) => ({ ...rest, fromMonth: Math.min(a, b), toMonth: Math.max(a, b) }));

export const lotsArb: fc.Arbitrary<StaffPosition> = staffArb.map((s) => ({ ...s, role: 'lots' as const }));

const count = fc.integer({ min: 0, max: 100_000 });

export const planArb: fc.Arbitrary<UnitYearPlan> = fc
  .record({
    district: text(1, 30),
    unit: text(1, 30),
    year: fc.integer({ min: 2000, max: 2100 }),
    ages: fc.option(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }))),
    ageFromOnly: fc.option(fc.integer({ min: 0, max: 120 })),
    caseloadPerLots: double(0, 100, true),
    poPercent: double(0, 100),
    staff: fc.array(staffArb, { maxLength: 8 }),
    otherCosts: fc.array(fc.record({ label: text(1, 30), amount: double(0, 1e12) }), { maxLength: 5 }),
    funding: fc.array(fc.record({ source: text(1, 30), amount: double(0, 1e12), period: fc.option(text(1, 20)) }), { maxLength: 5 }),
    men: count,
    women: count,
    otherGender: count,
    genderUnknown: count,
    queue: count,
    touched: count,
    demand: fc.option(fc.record({ arrivalsPerMonth: double(0, 10_000), meanStayMonths: double(0, 240, true) })),
  })
  .map(({ ages, ageFromOnly, men, women, otherGender, genderUnknown, queue, touched, ...rest }) => ({
    ...rest,
    ageFrom: ages ? Math.min(...ages) : ageFromOnly,
    ageTo: ages ? Math.max(...ages) : null,
    participants: { enrolled: men + women + otherGender + genderUnknown, men, women, otherGender, genderUnknown, queue, touched },
  }));

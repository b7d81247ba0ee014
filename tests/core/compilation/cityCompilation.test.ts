import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCity, maskGenderCounts } from '../../../src/core/compilation/cityCompilation.ts';
import { demoUnitYears } from '../../../src/api/demo/demoData.ts';

const plans = demoUnitYears().map((u) => u.plan);

describe('the city-wide compilation', () => {
  it('compiles the 2016 report of seed 002: six districts, 138 enrolled, 247 reached, 15 692 000 kronor', () => {
    const c = compileCity(plans, 2016);
    expect(c.rows.map((r) => r.district)).toEqual(['Enskede-Årsta-Vantör', 'Farsta', 'Hässelby-Vällingby', 'Skarpnäck', 'Spånga-Tensta', 'Södermalm']);
    // "touched" is reached without being enrolled: 247 reached of whom 138 enrolled.
    expect(c.totals).toMatchObject({ units: 6, districts: 6, enrolled: 138, touched: 109, funding: 15_692_000 });
    expect(c.periods).toEqual(['1', '2']);
    // The 2016 report has no costs: no cost per participant rather than 0 kronor.
    expect(c.rows.every((r) => r.costPerParticipant === null)).toBe(true);
    expect(c.totals.fundingByPeriod['1']! + c.totals.fundingByPeriod['2']! + (c.totals.fundingByPeriod[''] ?? 0)).toBe(15_692_000);
    expect(c.summary).toBe(
      'År 2016 har sex stadsdelsförvaltningar redovisat Sociala insatsgrupper. 247 personer har berörts av arbetet, och av dessa har 138 varit inskrivna. Finansieringen uppgår till sammanlagt 15,7\u00a0mnkr.',
    );
  });

  it('compiles 2020 with the Rinkeby-Kista plan and masks its three women together with the next smallest count', () => {
    const c = compileCity(plans, 2020);
    expect(c.rows).toHaveLength(1);
    const row = c.rows[0]!;
    expect(row).toMatchObject({ district: 'Rinkeby-Kista', enrolled: 27, lotsarFte: 4, capacity: 28 });
    expect(row.costPerParticipant).toBeCloseTo(row.totalCost / 27, 6);
    // 24 men, 3 women: with the threshold 3 nothing is below it.
    expect(row.gender).toEqual({ men: 24, women: 3, otherGender: 0, genderUnknown: 0 });
    const strict = compileCity(plans, 2020, 5).rows[0]!;
    // Women (3) are hidden; alone they could be worked out from 27 − 24, so men are hidden too.
    expect(strict.gender).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
    expect(compileCity(plans, 2020, 5).summary).toContain('Antal under fem per kön redovisas inte, för att ingen enskild ska kunna identifieras.');
    expect(compileCity(plans, 2020, null).rows[0]!.gender.women).toBe(3);
  });

  it('says so when a year has no plans', () => {
    expect(compileCity(plans, 2030)).toMatchObject({ rows: [], summary: 'Det finns inga planer för 2030 i databasen.' });
  });
});

describe('masking small gender counts', () => {
  it('hides 1 and 2 below the threshold 3, never zeros, and adds the next smallest when only one is hidden', () => {
    expect(maskGenderCounts({ men: 10, women: 2, otherGender: 0, genderUnknown: 0 }, 3)).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
    expect(maskGenderCounts({ men: 10, women: 2, otherGender: 1, genderUnknown: 0 }, 3)).toEqual({ men: 10, women: null, otherGender: null, genderUnknown: 0 });
    expect(maskGenderCounts({ men: 10, women: 5, otherGender: 0, genderUnknown: 0 }, 3)).toEqual({ men: 10, women: 5, otherGender: 0, genderUnknown: 0 });
    expect(maskGenderCounts({ men: 0, women: 2, otherGender: 0, genderUnknown: 0 }, 3)).toEqual({ men: 0, women: null, otherGender: 0, genderUnknown: 0 });
  });

  it('never leaves a small count visible nor a single hidden cell beside others that are shown (property)', () => {
    const n = fc.nat(40);
    fc.assert(
      fc.property(fc.record({ men: n, women: n, otherGender: n, genderUnknown: n }), fc.integer({ min: 2, max: 10 }), (counts, below) => {
        const masked = maskGenderCounts(counts, below);
        const keys = Object.keys(counts) as (keyof typeof counts)[];
        const hidden = keys.filter((k) => masked[k] === null);
        const visibleSmall = keys.some((k) => masked[k] !== null && counts[k] > 0 && counts[k] < below);
        const nonZero = keys.filter((k) => counts[k] > 0).length;
        // A single hidden cell is allowed only when it is the only non-zero count (then the total
        // reveals it anyway, and so does the enrolled count shown beside it).
        const recoverable = hidden.length === 1 && nonZero > 1;
        return !visibleSmall && !recoverable && keys.every((k) => masked[k] === null || masked[k] === counts[k]);
      }),
    );
  });
});

describe('the compilation in words', () => {
  it('speaks of one unit in the singular and of several in the plural', () => {
    const one = compileCity(plans, 2020).summary;
    expect(one).toContain('År 2020 har en stadsdelsförvaltning redovisat Sociala insatsgrupper. 27 personer har berörts av arbetet, och av dessa har 27 varit inskrivna.');
    expect(one).toContain('Enheten har 4 lotstjänster och 28 platser.');
    const rk = plans.find((p) => p.year === 2020)!;
    const two = compileCity([rk, { ...rk, district: 'Farsta' }], 2020).summary;
    expect(two).toContain('År 2020 har två stadsdelsförvaltningar redovisat');
    expect(two).toContain('Enheterna har tillsammans 8 lotstjänster och 56 platser.');
  });
});

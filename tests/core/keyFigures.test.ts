import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeKeyFigures, monthsActive, positionAnnualCost, slotsFor } from '../../src/core/figures/keyFigures.ts';
import type { UnitYearPlan } from '../../src/core/plan/model.ts';
import { lots, lotsArb, planArb, seed000Plan, staffArb } from './support/plans.ts';

function withStaff(plan: UnitYearPlan, staff: UnitYearPlan['staff']): UnitYearPlan {
  return { ...plan, staff };
}

describe('computeKeyFigures: the reference memo (Rinkeby-Kista SIG vuxna 2020)', () => {
  const f = computeKeyFigures(seed000Plan());

  it('has four lotsar, 28 slots and 6,75 participants per lots', () => {
    expect(f.lotsarFte).toBe(4);
    expect(f.capacity).toBe(28);
    expect(f.enrolled).toBe(27);
    expect(f.men).toBe(24);
    expect(f.women).toBe(3);
    expect(f.participantsPerLots).toBe(6.75);
  });

  it('computes staff cost with PO 39,15 % exact to the öre', () => {
    // Lots: 38 500 × 12 × 1,3915 = 642 873,00 each; four of them = 2 571 492,00.
    // Biträdande enhetschef: 47 000 × 12 × 1,3915 = 784 806,00.
    // Enhetschef 10 %: 0,1 × 62 000 × 12 × 1,3915 = 103 527,60.
    expect(f.lotsStaffCost).toBeCloseTo(2_571_492.0, 2);
    expect(f.staffCost).toBeCloseTo(3_459_825.6, 2);
    expect(f.costPerLots).toBeCloseTo(642_873.0, 2);
    expect(f.otherCost).toBe(730_000);
    expect(f.totalCost).toBeCloseTo(4_189_825.6, 2);
    expect(f.funding).toBe(4_500_000);
    expect(f.balance).toBeCloseTo(310_174.4, 2);
    expect(f.costPerParticipant).toBeCloseTo(4_189_825.6 / 27, 6);
  });

  it('gives the DOMAIN worked example: λ 2,25, L 12, C 28 → load 27, utilization 27/28', () => {
    expect(f.offeredLoad).toBe(27);
    expect(f.utilization).toBeCloseTo(27 / 28, 12);
    expect(f.utilization).toBeCloseTo(0.964, 3);
  });

  it('carries the unit-year identity', () => {
    expect([f.district, f.unit, f.year]).toEqual(['Rinkeby-Kista', 'SIG vuxna', 2020]);
  });
});

describe('computeKeyFigures: positions and FTE', () => {
  const base = seed000Plan();

  it('costs a position from April for nine months', () => {
    const april = lots({ fromMonth: 4 });
    expect(monthsActive(april)).toBe(9);
    expect(positionAnnualCost(april, 39.15)).toBeCloseTo(482_154.75, 2);
    const f = computeKeyFigures(withStaff(base, [april]));
    expect(f.staffCost).toBeCloseTo(482_154.75, 2);
    expect(f.lotsarFte).toBe(1); // FTE, not months: a full-time lots from April is one lots
    expect(f.capacity).toBe(7);
  });

  it('defines cost per lots on årsarbetare: a lots added from April does not lower it', () => {
    // Before: 4 lotsar all year. After: a fifth from April. A nine-month cost divided by December's
    // headcount made the figure fall by 32 144 kr; per årsarbetare (4,75) it stays 642 873 kr.
    const before = computeKeyFigures(withStaff(base, [lots(), lots(), lots(), lots()]));
    const after = computeKeyFigures(withStaff(base, [lots(), lots(), lots(), lots(), lots({ fromMonth: 4 })]));
    expect(before.costPerLots).toBeCloseTo(642_873, 2);
    expect(after.costPerLots).toBeCloseTo(642_873, 2);
    expect(after.lotsarFte).toBe(5);
  });

  it('keeps cost per lots equal to a full year of one lots for any start and end month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 10 }), (a, b, tenths) => {
        const [fromMonth, toMonth] = a <= b ? [a, b] : [b, a];
        const f = computeKeyFigures(withStaff(base, [lots(), lots({ fromMonth, toMonth, fte: tenths / 10 })]));
        expect(f.costPerLots).toBeCloseTo(38_500 * 12 * 1.3915, 4);
      }),
    );
  });

  it('has no cost per participant (not 0 kr) when the plan has no costs', () => {
    const f = computeKeyFigures({ ...withStaff(base, []), otherCosts: [] });
    expect(f.totalCost).toBe(0);
    expect(f.costPerParticipant).toBeNull();
  });

  it('counts a 0,5 FTE lots as half a lots and half the cost', () => {
    const f = computeKeyFigures(withStaff(base, [lots({ fte: 0.5 })]));
    expect(f.lotsarFte).toBe(0.5);
    expect(f.capacity).toBe(3); // 3,5 rounded down
    expect(f.staffCost).toBeCloseTo(321_436.5, 2);
    expect(f.costPerLots).toBeCloseTo(642_873, 2);
    expect(f.participantsPerLots).toBe(54);
  });

  it('floors FTE sums that floating point puts just below a whole slot', () => {
    // 0,1 + 0,1 + … (ten times) is 0,9999999999999999 in floating point.
    const tenths = Array.from({ length: 10 }, () => lots({ fte: 0.1 }));
    expect(tenths.reduce((s, p) => s + p.fte, 0)).toBeLessThan(1);
    expect(computeKeyFigures(withStaff(base, tenths)).capacity).toBe(7);
    // 0,1 + 0,2 = 0,30000000000000004: ten per lots gives 3 slots, not 4 and not 2.
    const f = computeKeyFigures({ ...withStaff(base, [lots({ fte: 0.1 }), lots({ fte: 0.2 })]), caseloadPerLots: 10 });
    expect(f.capacity).toBe(3);
    expect(slotsFor(0.7, 10)).toBe(7);
    expect(slotsFor(0.3, 3)).toBe(0);
  });

  it('counts only lots positions in lotsarFte and capacity, but every role in staff cost', () => {
    const f = computeKeyFigures(withStaff(base, [{ ...lots(), role: 'behandlare', title: 'Behandlare' }]));
    expect(f.lotsarFte).toBe(0);
    expect(f.capacity).toBe(0);
    expect(f.staffCost).toBeCloseTo(642_873, 2);
    expect(f.lotsStaffCost).toBe(0);
    expect(f.participantsPerLots).toBeNull();
    expect(f.costPerLots).toBeNull();
    expect(f.utilization).toBeNull(); // demand but no capacity
    expect(f.offeredLoad).toBe(27);
  });
});

describe('computeKeyFigures: figures that cannot be computed', () => {
  it('has no cost per participant when nobody is enrolled', () => {
    const plan = { ...seed000Plan(), participants: { enrolled: 0, men: 0, women: 0, otherGender: 0, genderUnknown: 0, queue: 2, touched: 5 } };
    const f = computeKeyFigures(plan);
    expect(f.costPerParticipant).toBeNull();
    expect(f.participantsPerLots).toBe(0);
    expect(f.queue).toBe(2);
    expect(f.touched).toBe(5);
  });

  it('has no offered load or utilization without demand assumptions', () => {
    const f = computeKeyFigures({ ...seed000Plan(), demand: null });
    expect(f.offeredLoad).toBeNull();
    expect(f.utilization).toBeNull();
    expect(f.capacity).toBe(28);
  });
});

describe('computeKeyFigures: vanishingly small FTE', () => {
  it('gives null rather than infinity when a quotient overflows', () => {
    const f = computeKeyFigures(withStaff(seed000Plan(), [lots({ fte: 5e-324 })]));
    expect(f.lotsarFte).toBe(5e-324);
    expect(f.capacity).toBe(0);
    expect(f.participantsPerLots).toBeNull(); // 27 ÷ 5e-324 = ∞
    expect(f.utilization).toBeNull();
  });
});

describe('computeKeyFigures: properties', () => {
  it('gives only finite numbers or null for every valid plan', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        for (const [key, value] of Object.entries(computeKeyFigures(plan))) {
          if (typeof value === 'number') expect(Number.isFinite(value), key).toBe(true);
        }
      }),
    );
  });

  it('adding a lots position never lowers staff cost, capacity or lots FTE', () => {
    fc.assert(
      fc.property(planArb, lotsArb, (plan, extra) => {
        const before = computeKeyFigures(plan);
        const after = computeKeyFigures(withStaff(plan, [...plan.staff, extra]));
        expect(after.staffCost).toBeGreaterThanOrEqual(before.staffCost);
        expect(after.lotsStaffCost).toBeGreaterThanOrEqual(before.lotsStaffCost);
        expect(after.capacity).toBeGreaterThanOrEqual(before.capacity);
        expect(after.lotsarFte).toBeGreaterThanOrEqual(before.lotsarFte);
      }),
    );
  });

  it('adding any position never lowers staff cost', () => {
    fc.assert(
      fc.property(planArb, staffArb, (plan, extra) => {
        const after = computeKeyFigures(withStaff(plan, [...plan.staff, extra]));
        expect(after.staffCost).toBeGreaterThanOrEqual(computeKeyFigures(plan).staffCost);
      }),
    );
  });

  it('keeps total cost = staff cost + other cost and balance = funding − total cost', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const f = computeKeyFigures(plan);
        expect(f.totalCost).toBe(f.staffCost + f.otherCost);
        expect(f.balance).toBe(f.funding - f.totalCost);
        expect(f.lotsStaffCost).toBeLessThanOrEqual(f.staffCost);
      }),
    );
  });

  it('has capacity ≤ lots FTE × caseload < capacity + 1', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const f = computeKeyFigures(plan);
        const exact = f.lotsarFte * f.caseloadPerLots;
        expect(Number.isInteger(f.capacity)).toBe(true);
        expect(f.capacity).toBeLessThanOrEqual(exact + 1e-9);
        expect(exact).toBeLessThan(f.capacity + 1);
      }),
    );
  });

  it('has utilization = offered load ÷ capacity whenever both exist', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const f = computeKeyFigures(plan);
        if (f.offeredLoad === null || f.capacity === 0) expect(f.utilization).toBeNull();
        else expect(f.utilization).toBe(f.offeredLoad / f.capacity);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthProfile, type ProfilePosition } from '../../../src/core/staffing/profile.ts';
import { evaluatePlan } from '../../../src/core/staffing/evaluate.ts';
import { DEFAULT_BUDGET_SETTINGS } from '../../../src/core/staffing/settings.ts';
import { computeKeyFigures } from '../../../src/core/figures/keyFigures.ts';
import { lots, planArb, seed000Plan, staffArb } from '../support/plans.ts';

const PO = 39.15;
const F = 1 + PO / 100;
const plan = (staff: ProfilePosition[]) => ({ ...seed000Plan(), staff });

describe('month profile', () => {
  it('gives twelve months; four full-time lotsar are 28 slots and 4 × 38 500 × 1,3915 a month', () => {
    const p = monthProfile(plan([lots(), lots(), lots(), lots()]), 2);
    expect(p.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const m of p.months) {
      expect(m.lotsarFte).toBe(4);
      expect(m.capacity).toBe(28);
      expect(m.staffCost).toBeCloseTo(4 * 38500 * F, 6);
    }
    expect(p.decemberCapacity).toBe(28);
  });

  it('counts a saved position from April from April, for cost and capacity alike (no lead time)', () => {
    const p = monthProfile(plan([lots({ fromMonth: 4 })]), 2);
    expect(p.months.slice(0, 3).map((m) => [m.lotsarFte, m.capacity, m.staffCost])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(p.months[3]).toMatchObject({ lotsarFte: 1, capacity: 7 });
    expect(p.months[3]!.staffCost).toBeCloseTo(38500 * F, 6);
    expect(p.totals.staffCost).toBeCloseTo(38500 * 9 * F, 6);
  });

  it('gives a 0,5 FTE lots half the cost and floor(0,5 × 7) = 3 slots', () => {
    const p = monthProfile(plan([lots({ fte: 0.5 })]), 2);
    expect(p.months[0]!.lotsarFte).toBe(0.5);
    expect(p.months[0]!.capacity).toBe(3);
    expect(p.totals.staffCost).toBeCloseTo(0.5 * 38500 * 12 * F, 6);
  });

  it('a vacant position costs nothing and gives no capacity, but is in the budget', () => {
    const p = monthProfile(plan([lots(), lots({ vacant: true })]), 2);
    expect(p.months[0]).toMatchObject({ lotsarFte: 1, capacity: 7 });
    expect(p.totals.staffCost).toBeCloseTo(38500 * 12 * F, 6);
    expect(p.totals.budgetedStaffCost).toBeCloseTo(2 * 38500 * 12 * F, 6);
    expect(p.totals.vacantStaffCost).toBeCloseTo(38500 * 12 * F, 6);
  });

  it('a lots recruited in a scenario from April costs from April and gives capacity from June (lead time 2)', () => {
    const p = monthProfile(plan([lots(), lots(), lots(), lots(), { ...lots({ fromMonth: 4 }), recruited: true }]), 2);
    expect(p.months.map((m) => m.capacity)).toEqual([28, 28, 28, 28, 28, 35, 35, 35, 35, 35, 35, 35]);
    expect(p.months.map((m) => m.lotsarFte)).toEqual([4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(p.months[3]!.staffCost - p.months[2]!.staffCost).toBeCloseTo(38500 * F, 6);
    const noLead = monthProfile(plan([{ ...lots({ fromMonth: 4 }), recruited: true }]), 0);
    expect(noLead.months[3]!.capacity).toBe(7);
    const tooLate = monthProfile(plan([{ ...lots({ fromMonth: 11 }), recruited: true }]), 2);
    expect(tooLate.decemberCapacity).toBe(0);
  });

  it('totals are the sums of the months and match the key figures (property)', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 0, max: 24 }), (p, lead) => {
        const profile = monthProfile(p, lead);
        const sum = (k: 'staffCost' | 'lotsStaffCost' | 'budgetedStaffCost') => profile.months.reduce((s, m) => s + m[k], 0);
        expect(profile.totals.staffCost).toBe(sum('staffCost'));
        expect(profile.totals.lotsStaffCost).toBe(sum('lotsStaffCost'));
        expect(profile.totals.budgetedStaffCost).toBe(sum('budgetedStaffCost'));
        const f = computeKeyFigures(p);
        const tolerance = 1e-9 * Math.max(1, f.staffCost);
        expect(Math.abs(profile.totals.staffCost - f.staffCost)).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 200 },
    );
  });

  it('adding a lots never lowers the cost or the capacity of any month (property)', () => {
    fc.assert(
      fc.property(planArb, staffArb, fc.boolean(), fc.integer({ min: 0, max: 12 }), (p, extra, recruited, lead) => {
        const before = evaluatePlan(p, { ...DEFAULT_BUDGET_SETTINGS, recruitmentLeadTimeMonths: lead });
        const added = { ...p, staff: [...p.staff, { ...extra, role: 'lots' as const, recruited }] };
        const after = evaluatePlan(added, { ...DEFAULT_BUDGET_SETTINGS, recruitmentLeadTimeMonths: lead });
        expect(after.figures.totalCost).toBeGreaterThanOrEqual(before.figures.totalCost);
        expect(after.figures.capacity).toBeGreaterThanOrEqual(before.figures.capacity);
        after.profile.months.forEach((m, i) => {
          expect(m.capacity).toBeGreaterThanOrEqual(before.profile.months[i]!.capacity);
          expect(m.staffCost).toBeGreaterThanOrEqual(before.profile.months[i]!.staffCost);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('evaluatePlan', () => {
  it('applies the savings requirement to the funding unless the unit is exempt', () => {
    const p = seed000Plan();
    const base = evaluatePlan(p, DEFAULT_BUDGET_SETTINGS);
    expect(base.figures.funding).toBe(4_500_000);
    const cut = evaluatePlan(p, { ...DEFAULT_BUDGET_SETTINGS, savingsRequirementPercent: 2 });
    expect(cut.figures.funding).toBeCloseTo(4_410_000, 6);
    expect(cut.savings.savingsAmount).toBeCloseTo(90_000, 6);
    expect(cut.figures.balance).toBeCloseTo(base.figures.balance - 90_000, 6);
    expect(cut.explanations.funding).toContain('besparingskravet på 2\u00a0%');
    const exempt = evaluatePlan(p, { ...DEFAULT_BUDGET_SETTINGS, savingsRequirementPercent: 2, savingsExempt: true });
    expect(exempt.figures.funding).toBe(4_500_000);
    expect(exempt.explanations.savings).toContain('undantagen');
  });

  it('uses the December capacity, and utilization on it', () => {
    const p = { ...seed000Plan(), staff: [lots(), lots(), lots(), lots({ toMonth: 6 })] };
    const e = evaluatePlan(p, DEFAULT_BUDGET_SETTINGS);
    expect(e.figures.capacity).toBe(21);
    expect(e.figures.utilization).toBeCloseTo(27 / 21, 12);
    expect(e.explanations.capacity).toContain('21 platser');
  });

  it('explains that vacant positions are left out, and what they would cost', () => {
    const p = { ...seed000Plan(), staff: [lots(), lots({ vacant: true })] };
    const e = evaluatePlan(p, DEFAULT_BUDGET_SETTINGS);
    expect(e.figures.lotsarFte).toBe(1);
    expect(e.explanations.staffCost).toContain('En vakant tjänst (budgeterade men inte tillsatta) räknas inte med');
    expect(e.explanations.vacantStaffCost).toContain('642\u00a0873\u00a0kr');
  });
});

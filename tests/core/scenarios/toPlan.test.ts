import { describe, expect, it } from 'vitest';
import { nextYearPlanFromScenario } from '../../../src/core/scenarios/toPlan.ts';
import { scenarioOverridesSchema } from '../../../src/core/scenarios/overrides.ts';
import { parseUnitExchangeText, toUnitExchangeText } from '../../../src/core/exchange/unitExchangeFile.ts';
import { defaultYearSettings } from '../../../src/core/staffing/settings.ts';
import { planOf } from '../../../src/core/staffing/state.ts';
import type { UnitYearState } from '../../../src/core/unitYear/state.ts';
import { seed000Plan } from '../support/plans.ts';

describe('nextYearPlanFromScenario', () => {
  it('budgets the scenario December for the whole next year, with the salary revision and its demand', () => {
    const p = seed000Plan();
    const state: UnitYearState = {
      settings: { ...defaultYearSettings(p.poPercent, p.caseloadPerLots), salaryRevisionPercent: 2 },
      staff: p.staff.map((s, i) => ({ ...s, id: i + 1, vacant: false, fundingSource: null, ...(i === 3 ? { toMonth: 6 } : {}) })),
      otherCosts: p.otherCosts.map((c, i) => ({ ...c, id: i + 1 })),
      funding: p.funding.map((f, i) => ({ ...f, id: i + 1 })),
      scenarios: [],
    };
    const overrides = scenarioOverridesSchema.parse({
      arrivalsChangePercent: 30,
      fundingChangePercent: -5,
      addPositions: [{ role: 'lots', title: 'Ny lots', fte: 1, monthlySalary: 38500, fromMonth: 4 }],
    });
    const { plan } = nextYearPlanFromScenario(planOf(p, state), state.settings, {
      id: 1,
      name: 'S',
      preset: 'custom',
      overrides,
      createdAt: '',
      updatedAt: '',
    });
    expect(plan.year).toBe(2021);
    // Four lotsar in December (one of the five ended in June, one added from April), all year.
    expect(plan.staff.filter((s) => s.role === 'lots')).toHaveLength(4);
    expect(plan.staff.every((s) => s.fromMonth === 1 && s.toMonth === 12)).toBe(true);
    expect(plan.staff[0]!.monthlySalary).toBe(Math.round(38500 * 1.02));
    expect(plan.funding[0]!.amount).toBeCloseTo(4_500_000 * 0.95, 6);
    expect(plan.demand!.arrivalsPerMonth).toBeCloseTo(2.925, 12);
    // A valid plan: it goes through the exchange file format unchanged.
    const round = parseUnitExchangeText(toUnitExchangeText(plan));
    expect(round.ok).toBe(true);
  });
});

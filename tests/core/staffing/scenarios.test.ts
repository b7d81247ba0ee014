import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../../src/core/scenarios/apply.ts';
import { compareScenarios } from '../../../src/core/scenarios/compare.ts';
import { scenarioOverridesSchema } from '../../../src/core/scenarios/overrides.ts';
import { presetOverrides } from '../../../src/core/scenarios/presets.ts';
import { describeOverrides } from '../../../src/core/scenarios/describe.ts';
import { checkedOverrides, copyScenario, createScenario, deleteScenario, renameScenario } from '../../../src/core/scenarios/edits.ts';
import { EditError } from '../../../src/core/validation/editError.ts';
import {
  addPosition,
  duplicatePosition,
  movePosition,
  removePosition,
  replaceOtherCosts,
  updatePosition,
  updateSettings,
} from '../../../src/core/staffing/edits.ts';
import { defaultYearSettings } from '../../../src/core/staffing/settings.ts';
import { planOf } from '../../../src/core/staffing/state.ts';
import type { UnitYearState } from '../../../src/core/unitYear/state.ts';
import type { ScenarioPreset, ScenarioRecord } from '../../../src/core/scenarios/types.ts';
import { seed000Plan } from '../support/plans.ts';

const NOW = '2020-03-01T10:00:00.000Z';

function state(): UnitYearState {
  const plan = seed000Plan();
  return {
    settings: defaultYearSettings(plan.poPercent, plan.caseloadPerLots),
    staff: plan.staff.map((s, i) => ({ ...s, id: i + 1, vacant: false, fundingSource: null })),
    otherCosts: plan.otherCosts.map((c, i) => ({ ...c, id: i + 1 })),
    funding: plan.funding.map((f, i) => ({ ...f, id: i + 1 })),
    scenarios: [],
  };
}

function scenario(preset: ScenarioPreset, options = {}, name = 'S'): ScenarioRecord {
  const s = state();
  const overrides = scenarioOverridesSchema.parse(presetOverrides(preset, s.staff, options));
  return { id: 1, name, preset, overrides, createdAt: NOW, updatedAt: NOW };
}

const plan = () => planOf(seed000Plan(), state());

describe('scenarios', () => {
  it('”Oförändrat” equals the saved plan', () => {
    const result = compareScenarios(plan(), state().settings, [scenario('unchanged', {}, 'Oförändrat')]);
    const [item] = result.scenarios;
    expect(item!.evaluation.figures).toEqual(result.baseline.figures);
    expect(Object.values(item!.deltas).every((d) => d === 0)).toBe(true);
    expect(item!.sentence).toBe('Oförändrat: ingen skillnad mot den sparade planen.');
  });

  it('”En lots till” from April at the median salary: deltas and the memo sentence', () => {
    const result = compareScenarios(plan(), state().settings, [scenario('extraLots', { fromMonth: 4 }, 'En lots till')]);
    const [item] = result.scenarios;
    expect(item!.scenario.overrides.addPositions[0]).toMatchObject({ role: 'lots', fte: 1, monthlySalary: 38500, fromMonth: 4 });
    expect(item!.deltas.lotsarFte).toBe(1);
    expect(item!.deltas.capacity).toBe(7);
    expect(item!.deltas.totalCost).toBeCloseTo(38500 * 9 * 1.3915, 6);
    expect(item!.deltas.balance).toBeCloseTo(-38500 * 9 * 1.3915, 6);
    expect(item!.deltas.utilization).toBeCloseTo(27 / 35 - 27 / 28, 12);
    expect(item!.evaluation.profile.months[4]!.capacity).toBe(28);
    expect(item!.evaluation.profile.months[5]!.capacity).toBe(35);
    expect(item!.sentence).toContain('En lots till från april kostar 482\u00a0000\u00a0kronor i år');
  });

  it('”Ökat tryck” raises arrivals by 30 % and ”Besparing” cuts funding by 5 %', () => {
    const result = compareScenarios(plan(), state().settings, [scenario('increasedPressure', {}, 'Ökat tryck'), scenario('savings', {}, 'Besparing')]);
    const [pressure, savings] = result.scenarios;
    expect(pressure!.evaluation.figures.offeredLoad).toBeCloseTo(27 * 1.3, 12);
    expect(pressure!.deltas.totalCost).toBe(0);
    expect(pressure!.sentence).toContain('så en kö växer');
    expect(savings!.evaluation.figures.funding).toBeCloseTo(4_275_000, 6);
    expect(savings!.deltas.balance).toBeCloseTo(-225_000, 6);
    expect(savings!.sentence).toContain('finansieringen minskar med 225\u00a0000\u00a0kronor');
  });

  it('applies removals, changes and setting overrides, and warns about rows that are gone', () => {
    const overrides = scenarioOverridesSchema.parse({
      removePositionIds: [1, 99],
      changePositions: [{ id: 2, fte: 0.5 }],
      changeOtherCosts: [{ id: 1, amount: 0 }],
      settings: { recruitmentLeadTimeMonths: 0, caseloadPerLots: 8 },
    });
    const applied = applyScenario(plan(), state().settings, overrides);
    expect(applied.plan.staff.filter((s) => s.role === 'lots').map((s) => s.fte)).toEqual([0.5, 1, 1]);
    expect(applied.plan.caseloadPerLots).toBe(8);
    expect(applied.plan.otherCosts[0]!.amount).toBe(0);
    expect(applied.settings.recruitmentLeadTimeMonths).toBe(0);
    expect(applied.warnings).toEqual(['Tjänsten med id 99 finns inte i planen längre; den ändringen hoppas över.']);
  });

  it('refuses overrides that refer to unknown rows when they are saved', () => {
    const s = state();
    expect(() => checkedOverrides(seed000Plan(), s, { removePositionIds: [99] })).toThrow(EditError);
    try {
      checkedOverrides(seed000Plan(), s, {
        changePositions: [
          { id: 1, fromMonth: 12, toMonth: 12 },
          { id: 2, fromMonth: 10 },
        ],
        removePositionIds: [42],
      });
    } catch (error) {
      expect((error as EditError).details).toEqual(['Borttagen tjänst 1: tjänsten med id 42 finns inte i planen']);
    }
  });

  it('describes overrides in Swedish', () => {
    expect(describeOverrides(scenario('unchanged').overrides)).toBe('Inga ändringar mot den sparade planen.');
    expect(describeOverrides(scenario('increasedPressure').overrides)).toBe('Anmälningar +30\u00a0%.');
    expect(describeOverrides(scenario('savings').overrides)).toBe('Finansiering \u22125\u00a0%.');
  });

  it('creates, copies, renames and deletes with unique names regardless of case', () => {
    let s = state();
    const overrides = scenarioOverridesSchema.parse({});
    s = { ...createScenario(s, { name: ' Besparing ', preset: 'savings', overrides, now: NOW }).state };
    expect(s.scenarios[0]!.name).toBe('Besparing');
    s = { ...s, scenarios: s.scenarios.map((x) => ({ ...x, id: 5 })) };
    expect(() => createScenario(s, { name: 'besparing', preset: 'custom', overrides, now: NOW })).toThrow(/finns redan/);
    const copied = copyScenario(s, 'BESPARING', 'Besparing 2', NOW);
    expect(copied.label).toBe('Kopierade scenariot ”Besparing” till ”Besparing 2”');
    expect(renameScenario(s, 5, 'Besparing', NOW).state.scenarios[0]!.name).toBe('Besparing');
    expect(() => renameScenario(s, 6, 'X', NOW)).toThrow(/Scenariot med id 6 finns inte/);
    expect(deleteScenario(s, 'Besparing').state.scenarios).toEqual([]);
    try {
      deleteScenario(s, 'Okänt');
    } catch (error) {
      expect((error as EditError).code).toBe('NOT_FOUND');
      expect((error as EditError).message).toBe('Scenariot ”Okänt” finns inte. Följande scenarier finns: ”Besparing”.');
    }
  });
});

describe('staffing edits', () => {
  it('adds, duplicates, moves, updates and removes rows with Swedish labels', () => {
    let s = state();
    let r = addPosition(s, { role: 'lots', title: 'Lots', fte: 0.5, monthlySalary: 39000, fromMonth: 4, toMonth: 12 }, 0);
    expect(r.label).toBe('Lade till tjänsten Lots (rad 1)');
    expect(r.state.staff[0]).toMatchObject({ id: 0, fte: 0.5, vacant: false, fundingSource: null });
    s = { ...r.state, staff: r.state.staff.map((x, i) => ({ ...x, id: i + 1 })) };
    r = duplicatePosition(s, 1);
    expect(r.state.staff).toHaveLength(8);
    expect(r.state.staff[1]).toMatchObject({ id: 0, fte: 0.5 });
    r = movePosition(s, 1, 99);
    expect(r.state.staff.at(-1)!.id).toBe(1);
    expect(r.label).toBe('Flyttade tjänsten Lots (rad 1) till rad 7');
    r = updatePosition(s, 2, { monthlySalary: 40000, vacant: true, fte: undefined });
    expect(r.label).toBe('Ändrade tjänsten Lots (rad 2): månadslön och vakant');
    r = removePosition(s, 7);
    expect(r.label).toBe('Tog bort tjänsten Enhetschef (rad 7)');
    expect(() => removePosition(s, 99)).toThrow(/Tjänsten med id 99 finns inte/);
    expect(() => updatePosition(s, 1, { toMonth: 2 })).toThrow(EditError);
    try {
      updatePosition(s, 1, { fromMonth: 12 }) && updatePosition(s, 1, { toMonth: 3 });
    } catch (error) {
      expect((error as EditError).details).toEqual(['Sista månad: sista månaden (3) ligger före första månaden (4)']);
    }
  });

  it('changes settings and replaces other costs, keeping known ids and refusing unknown ones', () => {
    const s = state();
    const r = updateSettings(s, { poPercent: 40.15, recruitmentLeadTimeMonths: 3 });
    expect(r.label).toBe('Ändrade årsinställningarna: PO-pålägg och rekryteringstid');
    expect(r.state.settings).toMatchObject({ poPercent: 40.15, recruitmentLeadTimeMonths: 3, caseloadPerLots: 7 });
    const costs = replaceOtherCosts(s, [
      { id: 2, label: 'Aktiviteter', amount: 1 },
      { label: 'Ny post', amount: 5 },
    ]);
    expect(costs.state.otherCosts).toEqual([
      { id: 2, label: 'Aktiviteter', amount: 1 },
      { id: 0, label: 'Ny post', amount: 5 },
    ]);
    expect(() => replaceOtherCosts(s, [{ id: 77, label: 'X', amount: 1 }])).toThrow(/id 77 finns inte/);
  });
});

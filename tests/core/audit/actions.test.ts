import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_CODES, AUDIT_ACTION_LABELS, undoableFromLog, unitYearEditAction } from '../../../src/core/audit/actions.ts';
import { copyScenario, createScenario, deleteScenario, renameScenario, updateScenario } from '../../../src/core/scenarios/edits.ts';
import { emptyOverrides } from '../../../src/core/scenarios/overrides.ts';
import { addPosition, replaceOtherCosts, updatePosition, updateSettings } from '../../../src/core/staffing/edits.ts';
import { defaultYearSettings } from '../../../src/core/staffing/settings.ts';
import type { UnitYearState } from '../../../src/core/unitYear/state.ts';

const NOW = '2026-01-05T10:00:00.000Z';

function state(): UnitYearState {
  return {
    settings: defaultYearSettings(41.5, 7),
    staff: [{ id: 1, role: 'lots', title: 'Lots', fte: 1, monthlySalary: 38500, fromMonth: 1, toMonth: 12, vacant: false, fundingSource: null }],
    otherCosts: [],
    funding: [],
    scenarios: [{ id: 7, name: 'Besparing', preset: 'custom', overrides: emptyOverrides(), createdAt: NOW, updatedAt: NOW }],
  };
}

describe('the kind of change an edit of a unit-year is logged as', () => {
  it('is read from the edit itself: a scenario created, copied, changed, renamed or removed', () => {
    const s = state();
    const kind = (after: UnitYearState) => unitYearEditAction(s, after);
    expect(kind(createScenario(s, { name: 'En lots till', preset: 'custom', overrides: emptyOverrides(), now: NOW }).state)).toBe('scenarioCreated');
    expect(kind(copyScenario(s, 'Besparing', 'Besparing 2', NOW).state)).toBe('scenarioCreated');
    expect(kind(renameScenario(s, 7, 'Större besparing', NOW).state)).toBe('scenarioChanged');
    expect(kind(updateScenario(s, 7, { ...emptyOverrides(), fundingChangePercent: -5 }, NOW).state)).toBe('scenarioChanged');
    expect(kind(deleteScenario(s, 7).state)).toBe('scenarioDeleted');
  });

  it('is a change of the plan when anything but the scenarios changed', () => {
    const s = state();
    const kind = (after: UnitYearState) => unitYearEditAction(s, after);
    expect(kind(updatePosition(s, 1, { monthlySalary: 40000 }).state)).toBe('edit');
    expect(kind(addPosition(s, { role: 'lots', title: 'Ny lots', fte: 1, monthlySalary: 38500, fromMonth: 4, toMonth: 12 }).state)).toBe('edit');
    expect(kind(updateSettings(s, { poPercent: 43 }).state)).toBe('edit');
    expect(kind(replaceOtherCosts(s, [{ label: 'Lokaler', amount: 120_000 }]).state)).toBe('edit');
    // A plan change together with a scenario change is a change of the plan.
    const both = createScenario(updatePosition(s, 1, { fte: 0.5 }).state, { name: 'Ny', preset: 'custom', overrides: emptyOverrides(), now: NOW }).state;
    expect(kind(both)).toBe('edit');
  });

  it('gives a scenario as saved (with its new id) the same kind as the edit before it was saved', () => {
    const s = state();
    const saved = { ...s, scenarios: [...s.scenarios, { ...s.scenarios[0]!, id: 8, name: 'Kopia' }] };
    expect(unitYearEditAction(s, saved)).toBe('scenarioCreated');
    // Several scenarios in and out at once is a change of the scenarios, not one created or removed.
    expect(unitYearEditAction(s, { ...s, scenarios: [{ ...s.scenarios[0]!, id: 9 }] })).toBe('scenarioChanged');
  });

  it('has a Swedish label for every kind, each its own, and offers Ångra on edits, redos and statistics only', () => {
    expect(AUDIT_ACTION_LABELS.scenarioCreated).toBe('Nytt scenario');
    expect(AUDIT_ACTION_LABELS.scenarioChanged).toBe('Ändrat scenario');
    expect(AUDIT_ACTION_LABELS.scenarioDeleted).toBe('Borttaget scenario');
    expect(AUDIT_ACTION_LABELS.planCreated).toBe('Ny plan');
    expect(AUDIT_ACTION_LABELS.edit).toBe('Ändrad plan');
    const labels = AUDIT_ACTION_CODES.map((c) => AUDIT_ACTION_LABELS[c]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(AUDIT_ACTION_CODES.filter(undoableFromLog)).toEqual(['edit', 'scenarioCreated', 'scenarioChanged', 'scenarioDeleted', 'redo', 'statistics']);
  });
});

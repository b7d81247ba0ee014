// The staffing state of a unit-year: edits saved whole in one transaction, stable ids, undo/redo.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { addPosition, duplicatePosition, removePosition, updatePosition, updateSettings } from '../../src/core/staffing/edits.ts';
import { createScenario } from '../../src/core/scenarios/edits.ts';
import { scenarioOverridesSchema } from '../../src/core/scenarios/overrides.ts';
import { EditError } from '../../src/core/validation/editError.ts';
import { samplePlan, sha256, tempDir, track } from './helpers.ts';

const KEY = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

async function storeWithPlan() {
  const file = path.join(tempDir(), 'db.sqlite');
  const store = track(await openStore(file));
  await store.replaceUnitYear(samplePlan());
  return { store, file };
}

describe('the unit-year state', () => {
  it('reads the state with ids and default settings', async () => {
    const { store } = await storeWithPlan();
    const w = (await store.getEditableUnitYear(KEY))!;
    expect(w.state.settings).toEqual({
      poPercent: 39.15,
      caseloadPerLots: 7,
      salaryRevisionPercent: 0,
      recruitmentLeadTimeMonths: 2,
      savingsRequirementPercent: 0,
      savingsExempt: false,
    });
    expect(w.state.staff.map((s) => s.id)).toEqual([1, 2, 3, 4]);
    expect(w.state.staff[0]).toMatchObject({ role: 'enhetschef', vacant: false, fundingSource: null });
    expect(w.history).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    expect(await store.getEditableUnitYear({ ...KEY, year: 1999 })).toBeNull();
  });

  it('saves an edit at once, keeps ids of untouched rows, and undoes and redoes it', async () => {
    const { store } = await storeWithPlan();
    const added = await store.editUnitYearState(KEY, (w) =>
      addPosition(w.state, {
        role: 'lots',
        title: 'Lots',
        fte: 0.5,
        monthlySalary: 39000,
        fromMonth: 4,
        toMonth: 12,
        vacant: true,
        fundingSource: 'Egen budget',
      }),
    );
    expect(added.label).toBe('Lade till tjänsten Lots (rad 5)');
    const ids = added.unitYear.state.staff.map((s) => s.id);
    expect(ids.slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(added.unitYear.state.staff[4]).toMatchObject({ vacant: true, fundingSource: 'Egen budget' });
    // The plan read by the Översikt sees the new row too, with its vacancy.
    expect((await store.getUnitYear(KEY))!.plan.staff[4]).toMatchObject({ vacant: true, fundingSource: 'Egen budget' });

    const changed = await store.editUnitYearState(KEY, (w) => updatePosition(w.state, 2, { monthlySalary: 40000 }));
    expect(changed.unitYear.history.undoLabel).toBe('Ändrade tjänsten Lots (rad 2): månadslön');

    const undone = await store.undo(KEY);
    expect(undone.label).toBe('Ändrade tjänsten Lots (rad 2): månadslön');
    expect(undone.unitYear.state.staff[1]!.monthlySalary).toBe(36500.5);
    expect(undone.unitYear.history).toMatchObject({ canUndo: true, canRedo: true });
    const undoneAgain = await store.undo(KEY);
    expect(undoneAgain.unitYear.state.staff.map((s) => s.id)).toEqual([1, 2, 3, 4]);
    expect((await store.undo(KEY)).label).toBeNull();

    const redone = await store.redo(KEY);
    expect(redone.label).toBe('Lade till tjänsten Lots (rad 5)');
    expect(redone.unitYear.state.staff.map((s) => s.id)).toEqual(ids);
    // A new edit drops the redo branch.
    await store.editUnitYearState(KEY, (w) => updateSettings(w.state, { recruitmentLeadTimeMonths: 3 }));
    expect((await store.redo(KEY)).label).toBeNull();
  });

  it('a new row in the middle never takes an id that a later row keeps (duplicate of the first row)', async () => {
    const { store } = await storeWithPlan();
    const result = await store.editUnitYearState(KEY, (w) => duplicatePosition(w.state, 1));
    expect(result.unitYear.state.staff.map((s) => s.id)).toEqual([1, 5, 2, 3, 4]);
  });

  it('records nothing for an edit that changes nothing', async () => {
    const { store } = await storeWithPlan();
    const result = await store.editUnitYearState(KEY, (w) => updatePosition(w.state, 1, { fte: 0.5 }));
    expect(result.label).toBeNull();
    expect(result.unitYear.history.canUndo).toBe(false);
  });

  it('a refused edit saves nothing and reaches the caller as the EditError', async () => {
    const { store, file } = await storeWithPlan();
    await store.close();
    const again = track(await openStore(file));
    const before = sha256(file);
    const error = await again.editUnitYearState(KEY, (w) => removePosition(w.state, 99)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditError);
    expect((error as EditError).code).toBe('NOT_FOUND');
    await again.close();
    expect(sha256(file)).toBe(before);
  });

  it('a write that breaks a database rule rolls back the whole edit', async () => {
    const { store } = await storeWithPlan();
    // fte 2 bypasses the contract; the CHECK constraint stops it after other rows were rewritten.
    const error = await store
      .editUnitYearState(KEY, (w) => ({ state: { ...w.state, staff: [...w.state.staff.slice(1), { ...w.state.staff[0]!, id: 0, fte: 2 }] }, label: 'Fel' }))
      .catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe('WRITE_FAILED');
    const w = (await store.getEditableUnitYear(KEY))!;
    expect(w.state.staff.map((s) => s.id)).toEqual([1, 2, 3, 4]);
    expect(w.history.canUndo).toBe(false);
  });

  it('stores scenarios with their overrides, and re-importing the plan clears the history but keeps them', async () => {
    const { store } = await storeWithPlan();
    const overrides = scenarioOverridesSchema.parse({ arrivalsChangePercent: 30 });
    await store.editUnitYearState(KEY, (w) =>
      createScenario(w.state, { name: 'Ökat tryck', preset: 'increasedPressure', overrides, now: '2020-01-01T00:00:00.000Z' }),
    );
    const w = (await store.getEditableUnitYear(KEY))!;
    expect(w.state.scenarios).toEqual([
      { id: 1, name: 'Ökat tryck', preset: 'increasedPressure', overrides, createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' },
    ]);
    await store.replaceUnitYear(samplePlan());
    const after = (await store.getEditableUnitYear(KEY))!;
    expect(after.state.scenarios).toHaveLength(1);
    expect(after.history.canUndo).toBe(false);
  });

  it('keeps the caseload per year and the other settings across a re-import', async () => {
    const { store } = await storeWithPlan();
    await store.editUnitYearState(KEY, (w) => updateSettings(w.state, { caseloadPerLots: 6, savingsRequirementPercent: 2, savingsExempt: true }));
    expect((await store.getUnitYear(KEY))!.plan.caseloadPerLots).toBe(6);
    await store.replaceUnitYear(samplePlan({ caseloadPerLots: 8 }));
    const w = (await store.getEditableUnitYear(KEY))!;
    expect(w.state.settings).toMatchObject({ caseloadPerLots: 8, savingsRequirementPercent: 2, savingsExempt: true });
  });
});

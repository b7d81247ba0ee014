// Handlers of the staffing plan: read it, edit rows and settings, undo and redo.
import type { Handler } from './handler.ts';
import type { ApiContext } from '../context.ts';
import type { UnitYearEdit } from '../../core/unitYear/state.ts';
import {
  addPosition as addPositionEdit,
  duplicatePosition as duplicatePositionEdit,
  movePosition as movePositionEdit,
  removePosition as removePositionEdit,
  replaceFunding,
  replaceOtherCosts,
  updatePosition as updatePositionEdit,
  updateSettings,
} from '../../core/staffing/edits.ts';
import type { EditableUnitYear } from '../../core/unitYear/state.ts';
import { buildStaffingView } from './staffingView.ts';
import { loadEditableUnitYear, runEdit, targetKey, type UnitYearTarget } from './unitYearAccess.ts';

async function edit(ctx: ApiContext, target: UnitYearTarget, fn: (current: EditableUnitYear) => UnitYearEdit) {
  const { unitYear, label } = await runEdit(ctx, target, fn);
  return { label, staffing: buildStaffingView(unitYear) };
}

export const getStaffingPlan: Handler<'getStaffingPlan'> = async (ctx, input) => buildStaffingView(await loadEditableUnitYear(ctx, input));

export const addPosition: Handler<'addPosition'> = (ctx, input) => edit(ctx, input, (w) => addPositionEdit(w.state, input.position, input.index));

export const duplicatePosition: Handler<'duplicatePosition'> = (ctx, input) => edit(ctx, input, (w) => duplicatePositionEdit(w.state, input.positionId));

export const removePosition: Handler<'removePosition'> = (ctx, input) => edit(ctx, input, (w) => removePositionEdit(w.state, input.positionId));

export const updatePosition: Handler<'updatePosition'> = (ctx, input) => edit(ctx, input, (w) => updatePositionEdit(w.state, input.positionId, input.changes));

export const movePosition: Handler<'movePosition'> = (ctx, input) => edit(ctx, input, (w) => movePositionEdit(w.state, input.positionId, input.toIndex));

export const updateYearSettings: Handler<'updateYearSettings'> = (ctx, input) => edit(ctx, input, (w) => updateSettings(w.state, input.changes));

export const updateOtherCosts: Handler<'updateOtherCosts'> = (ctx, input) => edit(ctx, input, (w) => replaceOtherCosts(w.state, input.otherCosts));

export const updateFunding: Handler<'updateFunding'> = (ctx, input) => edit(ctx, input, (w) => replaceFunding(w.state, input.funding));

async function undoOrRedo(ctx: ApiContext, target: UnitYearTarget, which: 'undo' | 'redo') {
  const store = await ctx.getStore();
  const key = await targetKey(store, target);
  const { unitYear, label } = which === 'undo' ? await store.undo(key) : await store.redo(key);
  const message =
    label === null
      ? which === 'undo'
        ? 'Det finns ingen ändring att ångra.'
        : 'Det finns ingen ångrad ändring att göra om.'
      : `${which === 'undo' ? 'Ångrade' : 'Gjorde om'}: ${label.charAt(0).toLocaleLowerCase('sv')}${label.slice(1)}.`;
  return { done: label !== null, label, message, staffing: buildStaffingView(unitYear) };
}

export const undo: Handler<'undo'> = (ctx, input) => undoOrRedo(ctx, input, 'undo');
export const redo: Handler<'redo'> = (ctx, input) => undoOrRedo(ctx, input, 'redo');

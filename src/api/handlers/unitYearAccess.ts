// Finds the unit-year a staffing or scenario call is about and runs edits against it.
import type { ApiContext } from '../context.ts';
import type { UnitYearKey } from '../../core/plan/model.ts';
import type { EditableUnitYear } from '../../core/unitYear/state.ts';
import type { UnitYearEdit } from '../../core/unitYear/state.ts';
import type { LotsplanStore, UnitYearEditOutcome } from '../../store/contract.ts';
import { ApiFailure } from '../envelope.ts';
import { resolveUnitYear } from './resolveUnitYear.ts';

export interface UnitYearTarget {
  district: string;
  unit?: string | undefined;
  year: number;
}

export async function targetKey(store: LotsplanStore, target: UnitYearTarget): Promise<UnitYearKey> {
  const { plan } = await resolveUnitYear(store, target);
  return { district: plan.district, unit: plan.unit, year: plan.year };
}

export async function loadEditableUnitYear(ctx: ApiContext, target: UnitYearTarget): Promise<EditableUnitYear> {
  const store = await ctx.getStore();
  const key = await targetKey(store, target);
  const unitYear = await store.getEditableUnitYear(key);
  if (!unitYear) throw new ApiFailure('NOT_FOUND', `${key.district}, ${key.unit} har inga uppgifter för ${key.year}.`);
  return unitYear;
}

/** Runs a pure edit in one transaction; an EditError becomes the envelope's error (see dispatch). */
export async function runEdit(ctx: ApiContext, target: UnitYearTarget, edit: (current: EditableUnitYear) => UnitYearEdit): Promise<UnitYearEditOutcome> {
  const store = await ctx.getStore();
  const key = await targetKey(store, target);
  return store.editUnitYearState(key, edit);
}

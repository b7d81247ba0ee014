// The staffing view's reads and writes of one unit-year: read it with ids and history, apply an
// edit (a pure function from src/core) and record it for undo, undo and redo. Each function runs
// inside the caller's transaction (see SqliteStore), so an edit is saved whole or not at all.
import type { Kysely } from 'kysely';
import type { UnitYearKey } from '../core/plan/model.ts';
import { planOf } from '../core/staffing/state.ts';
import type { EditableUnitYear } from '../core/unitYear/state.ts';
import type { UnitYearEdit } from '../core/unitYear/state.ts';
import { EditError } from '../core/validation/editError.ts';
import type { LotsplanDatabase } from './schema.ts';
import type { UnitYearEditOutcome } from './contract.ts';
import { readUnitYear } from './repositories/unitYears.ts';
import { findUnitYearId, readUnitYearState, writeUnitYearState } from './repositories/unitYearState.ts';
import { markUndone, nextRedo, nextUndo, readHistoryState, recordEdit, SNAPSHOT_VERSION } from './repositories/editHistory.ts';

type Db = Kysely<LotsplanDatabase>;

export async function readEditableUnitYear(db: Db, key: UnitYearKey): Promise<EditableUnitYear | null> {
  const unitYearId = await findUnitYearId(db, key);
  if (unitYearId === null) return null;
  const stored = await readUnitYear(db, key);
  if (!stored) return null;
  const state = await readUnitYearState(db, unitYearId);
  return {
    unitYearId,
    key: { district: stored.plan.district, unit: stored.plan.unit, year: stored.plan.year },
    exampleValues: stored.exampleValues,
    plan: planOf(stored.plan, state),
    state,
    history: await readHistoryState(db, unitYearId),
  };
}

async function requireEditableUnitYear(db: Db, key: UnitYearKey): Promise<EditableUnitYear> {
  const unitYear = await readEditableUnitYear(db, key);
  if (!unitYear) throw new EditError('NOT_FOUND', `${key.district}, ${key.unit} har inga uppgifter för ${key.year}.`);
  return unitYear;
}

export async function editUnitYearState(db: Db, key: UnitYearKey, edit: (current: EditableUnitYear) => UnitYearEdit): Promise<UnitYearEditOutcome> {
  const current = await requireEditableUnitYear(db, key);
  const { state, label } = edit(current);
  if (JSON.stringify(state) === JSON.stringify(current.state)) return { unitYear: current, label: null };
  const now = new Date().toISOString();
  await writeUnitYearState(db, current.unitYearId, state, now);
  const saved = await readUnitYearState(db, current.unitYearId);
  await recordEdit(db, current.unitYearId, label, current.state, saved, now);
  return { unitYear: await requireEditableUnitYear(db, key), label };
}

export async function undoOrRedo(db: Db, key: UnitYearKey, which: 'undo' | 'redo'): Promise<UnitYearEditOutcome> {
  const current = await requireEditableUnitYear(db, key);
  const entry = which === 'undo' ? await nextUndo(db, current.unitYearId) : await nextRedo(db, current.unitYearId);
  if (!entry) return { unitYear: current, label: null };
  if (entry.snapshotVersion !== SNAPSHOT_VERSION) {
    throw new EditError(
      'CONFLICT',
      `Ändringen ”${entry.label}” gjordes i en annan version av Lotsplan och kan inte ${which === 'undo' ? 'ångras' : 'göras om'}.`,
    );
  }
  await writeUnitYearState(db, current.unitYearId, which === 'undo' ? entry.before : entry.after, new Date().toISOString());
  await markUndone(db, entry.id, which === 'undo');
  return { unitYear: await requireEditableUnitYear(db, key), label: entry.label };
}

// The staffing view's reads and writes of one unit-year: read it with ids and history, apply an
// edit (a pure function from src/core) and record it for undo, undo and redo. Each function runs
// inside the caller's transaction (see SqliteStore), so an edit is saved whole or not at all.
import type { Kysely } from 'kysely';
import type { UnitYearKey } from '../core/plan/model.ts';
import { planOf, type Workbook } from '../core/staffing/workbook.ts';
import type { EditResult } from '../core/staffing/edits.ts';
import { EditError } from '../core/validation/editError.ts';
import type { LotsplanDatabase } from './schema.ts';
import type { WorkbookEditOutcome } from './contract.ts';
import { readUnitYear } from './repositories/unitYears.ts';
import { findUnitYearId, readWorkbookState, writeWorkbookState } from './repositories/workbook.ts';
import { markUndone, nextRedo, nextUndo, readHistoryState, recordEdit, SNAPSHOT_VERSION } from './repositories/editHistory.ts';

type Db = Kysely<LotsplanDatabase>;

export async function readWorkbook(db: Db, key: UnitYearKey): Promise<Workbook | null> {
  const unitYearId = await findUnitYearId(db, key);
  if (unitYearId === null) return null;
  const stored = await readUnitYear(db, key);
  if (!stored) return null;
  const state = await readWorkbookState(db, unitYearId);
  return {
    unitYearId,
    key: { district: stored.plan.district, unit: stored.plan.unit, year: stored.plan.year },
    exampleValues: stored.exampleValues,
    plan: planOf(stored.plan, state),
    state,
    history: await readHistoryState(db, unitYearId),
  };
}

async function requireWorkbook(db: Db, key: UnitYearKey): Promise<Workbook> {
  const workbook = await readWorkbook(db, key);
  if (!workbook) throw new EditError('NOT_FOUND', `${key.district}, ${key.unit} har inga uppgifter för ${key.year}.`);
  return workbook;
}

export async function editWorkbook(db: Db, key: UnitYearKey, edit: (current: Workbook) => EditResult): Promise<WorkbookEditOutcome> {
  const current = await requireWorkbook(db, key);
  const { state, label } = edit(current);
  if (JSON.stringify(state) === JSON.stringify(current.state)) return { workbook: current, label: null };
  const now = new Date().toISOString();
  await writeWorkbookState(db, current.unitYearId, state, now);
  const saved = await readWorkbookState(db, current.unitYearId);
  await recordEdit(db, current.unitYearId, label, current.state, saved, now);
  return { workbook: await requireWorkbook(db, key), label };
}

export async function undoOrRedo(db: Db, key: UnitYearKey, which: 'undo' | 'redo'): Promise<WorkbookEditOutcome> {
  const current = await requireWorkbook(db, key);
  const entry = which === 'undo' ? await nextUndo(db, current.unitYearId) : await nextRedo(db, current.unitYearId);
  if (!entry) return { workbook: current, label: null };
  if (entry.snapshotVersion !== SNAPSHOT_VERSION) {
    throw new EditError(
      'CONFLICT',
      `Ändringen ”${entry.label}” gjordes i en annan version av Lotsplan och kan inte ${which === 'undo' ? 'ångras' : 'göras om'}.`,
    );
  }
  await writeWorkbookState(db, current.unitYearId, which === 'undo' ? entry.before : entry.after, new Date().toISOString());
  await markUndone(db, entry.id, which === 'undo');
  return { workbook: await requireWorkbook(db, key), label: entry.label };
}

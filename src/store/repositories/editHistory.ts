// Undo and redo per unit-year. Each edit stores the unit-year's editable state before and after
// it (JSON of UnitYearState). Undo restores the newest entry's "before" and marks it undone; redo
// restores the oldest undone entry's "after". A new edit drops the undone entries (the redo branch).
// At most MAX_ENTRIES entries are kept per unit-year. Re-importing the plan clears its history.
import type { Kysely } from 'kysely';
import type { HistoryState, UnitYearState } from '../../core/unitYear/state.ts';
import type { LotsplanDatabase } from '../schema.ts';

type Db = Kysely<LotsplanDatabase>;

/** Bump when UnitYearState changes shape; older snapshots are then not restored. */
export const SNAPSHOT_VERSION = 1;
export const MAX_ENTRIES = 200;

export interface HistoryEntry {
  id: number;
  label: string;
  snapshotVersion: number;
  before: UnitYearState;
  after: UnitYearState;
}

export async function recordEdit(db: Db, unitYearId: number, label: string, before: UnitYearState, after: UnitYearState, now: string): Promise<void> {
  await db.deleteFrom('edit_history').where('unit_year_id', '=', unitYearId).where('undone', '=', 1).execute();
  await db
    .insertInto('edit_history')
    .values({
      unit_year_id: unitYearId,
      label,
      snapshot_version: SNAPSHOT_VERSION,
      before_json: JSON.stringify(before),
      after_json: JSON.stringify(after),
      created_at: now,
    })
    .execute();
  const keep = await db
    .selectFrom('edit_history')
    .select('id')
    .where('unit_year_id', '=', unitYearId)
    .orderBy('id', 'desc')
    .offset(MAX_ENTRIES)
    .limit(1)
    .executeTakeFirst();
  if (keep) await db.deleteFrom('edit_history').where('unit_year_id', '=', unitYearId).where('id', '<=', keep.id).execute();
}

async function entry(db: Db, unitYearId: number, which: 'undo' | 'redo'): Promise<HistoryEntry | null> {
  const row = await db
    .selectFrom('edit_history')
    .selectAll()
    .where('unit_year_id', '=', unitYearId)
    .where('undone', '=', which === 'undo' ? 0 : 1)
    .orderBy('id', which === 'undo' ? 'desc' : 'asc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    label: row.label,
    snapshotVersion: row.snapshot_version,
    before: JSON.parse(row.before_json) as UnitYearState,
    after: JSON.parse(row.after_json) as UnitYearState,
  };
}

export const nextUndo = (db: Db, unitYearId: number) => entry(db, unitYearId, 'undo');
export const nextRedo = (db: Db, unitYearId: number) => entry(db, unitYearId, 'redo');

export async function markUndone(db: Db, entryId: number, undone: boolean): Promise<void> {
  await db
    .updateTable('edit_history')
    .set({ undone: undone ? 1 : 0 })
    .where('id', '=', entryId)
    .execute();
}

export async function readHistoryState(db: Db, unitYearId: number): Promise<HistoryState> {
  const labelOf = async (undone: 0 | 1) =>
    (
      await db
        .selectFrom('edit_history')
        .select('label')
        .where('unit_year_id', '=', unitYearId)
        .where('undone', '=', undone)
        .orderBy('id', undone === 0 ? 'desc' : 'asc')
        .limit(1)
        .executeTakeFirst()
    )?.label ?? null;
  const [undoLabel, redoLabel] = [await labelOf(0), await labelOf(1)];
  return { canUndo: undoLabel !== null, canRedo: redoLabel !== null, undoLabel, redoLabel };
}

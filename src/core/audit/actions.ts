// The kinds of change the audit log records, with their Swedish names. The order is the order of
// the Ändringslogg's filter. An edit of a unit-year's state is stored with the kind that
// unitYearEditAction finds in the edit itself: a change of the plan (staffing, costs, funding,
// year settings) or a scenario created, changed or removed.
export const AUDIT_ACTION_LABELS = {
  import: 'Import',
  demo: 'Demodata',
  planCreated: 'Ny plan',
  edit: 'Ändrad plan',
  scenarioCreated: 'Nytt scenario',
  scenarioChanged: 'Ändrat scenario',
  scenarioDeleted: 'Borttaget scenario',
  undo: 'Ångrad ändring',
  redo: 'Ändring gjord om',
  restore: 'Återställning',
  newDatabase: 'Ny databas',
  statistics: 'Månadsstatistik',
  memo: 'Tjänsteutlåtande',
} as const;

export type AuditActionCode = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTION_CODES = Object.keys(AUDIT_ACTION_LABELS) as AuditActionCode[];

/** The kinds an edit of a unit-year's state is logged as (undo and redo are logged as such). */
export type UnitYearEditAction = 'edit' | 'scenarioCreated' | 'scenarioChanged' | 'scenarioDeleted';

/** The part of a unit-year's state this needs: the scenarios by id, and everything else as a whole. */
interface StateWithScenarios {
  scenarios: readonly { id: number }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What kind of change an edit of a unit-year's state is, from the state before and after it:
 * `edit` when anything but the scenarios changed, otherwise a scenario created (one more id, as
 * when it is created or copied), removed (one id fewer) or changed (the same ids: overrides, name,
 * a saved forecast).
 */
export function unitYearEditAction(before: StateWithScenarios, after: StateWithScenarios): UnitYearEditAction {
  const { scenarios: scenariosBefore, ...restBefore } = before;
  const { scenarios: scenariosAfter, ...restAfter } = after;
  if (!same(restBefore, restAfter)) return 'edit';
  const idsBefore = new Set(scenariosBefore.map((s) => s.id));
  const idsAfter = new Set(scenariosAfter.map((s) => s.id));
  const added = [...idsAfter].some((id) => !idsBefore.has(id));
  const removed = [...idsBefore].some((id) => !idsAfter.has(id));
  if (added && !removed) return 'scenarioCreated';
  if (removed && !added) return 'scenarioDeleted';
  return 'scenarioChanged';
}

const UNDOABLE_FROM_LOG: ReadonlySet<AuditActionCode> = new Set(['edit', 'scenarioCreated', 'scenarioChanged', 'scenarioDeleted', 'redo', 'statistics']);

/**
 * Whether the Ändringslogg offers Ångra on an entry of this kind when it is the newest in the
 * database: an edit of a unit-year (undone through its undo history), an edit done again, or a
 * change of the monthly statistics (undone from the log's before and after).
 */
export function undoableFromLog(action: AuditActionCode): boolean {
  return UNDOABLE_FROM_LOG.has(action);
}

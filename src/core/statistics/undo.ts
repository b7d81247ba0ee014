// The rules for undoing the latest change of monthly statistics ("Ångra senaste ändringen" on the
// statistics screen), as pure functions: which audit entry can be undone, and when the months have
// changed since so that undoing would overwrite someone's later work. The store only reads and writes.
import { EditError } from '../validation/editError.ts';
import { monthlyStatisticsListSchema, sortMonths, type MonthlyStatistics } from './monthly.ts';

/** The parts of an audit-log entry the rules read. */
export interface StatisticsAuditEntry {
  action: string;
  summary: string;
  district: string | null;
  unit: string | null;
  before: unknown;
  after: unknown;
}

export interface StatisticsUndo {
  key: { district: string; unit: string };
  /** The months as they were before the change: what the undo writes back. */
  restore: MonthlyStatistics[];
  /** The months as the change left them: what the database must still hold. */
  expected: MonthlyStatistics[];
  /** Every month the change touched (before or after). */
  touched: string[];
  /** The audit summary of the undo: "Ångrade: …". */
  summary: string;
  /** The refusal when the unit of the entry no longer exists. */
  unitGoneMessage: string;
}

/** What undoing the entry means; throws EditError (CONFLICT, in Swedish) when it cannot be undone. */
export function statisticsUndoOf(entry: StatisticsAuditEntry | null): StatisticsUndo {
  if (entry?.action !== 'statistics' || !entry.district || !entry.unit) {
    throw new EditError('CONFLICT', 'Den senaste ändringen i databasen gäller inte månadsstatistik och ångras inte här.');
  }
  const before = monthlyStatisticsListSchema.safeParse(entry.before ?? []);
  const after = monthlyStatisticsListSchema.safeParse(entry.after ?? []);
  if (!before.success || !after.success) {
    throw new EditError('CONFLICT', unusableEntryMessage(entry.summary));
  }
  const touched = [...new Set([...before.data, ...after.data].map((m) => m.month))];
  return {
    key: { district: entry.district, unit: entry.unit },
    restore: before.data,
    expected: after.data,
    touched,
    summary: `Ångrade: ${entry.summary}`,
    unitGoneMessage: unusableEntryMessage(entry.summary),
  };
}

/** The refusal when the log does not hold enough to undo the change (or the unit is gone). */
function unusableEntryMessage(summary: string): string {
  return `Ändringen ”${summary}” kan inte ångras: uppgifterna i ändringsloggen räcker inte.`;
}

/** Throws EditError (CONFLICT) when the touched months are no longer as the change left them. */
export function checkStatisticsUnchanged(undo: StatisticsUndo, current: readonly MonthlyStatistics[]): void {
  const now = sortMonths(current.filter((m) => undo.touched.includes(m.month)));
  if (JSON.stringify(now) !== JSON.stringify(sortMonths(undo.expected))) {
    throw new EditError(
      'CONFLICT',
      `Månadsstatistiken för ${undo.key.unit} (${undo.key.district}) har ändrats sedan dess, så ändringen kan inte ångras härifrån.`,
    );
  }
}

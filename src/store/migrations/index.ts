// Every migration, statically imported in order (the main process is bundled, so no folder scan).
import { initialMigration } from './001_initial.ts';
import { staffingScenariosMigration } from './002_staffing_scenarios.ts';
import { auditLogMigration } from './003_audit_log.ts';
import { monthlyStatisticsMigration } from './004_monthly_statistics.ts';
import { memosMigration } from './005_memos.ts';
import { uiStateMigration } from './006_ui_state.ts';
import { dropPoRatesMigration } from './007_drop_po_rates.ts';
import { auditChangeKindsMigration } from './008_audit_change_kinds.ts';
import type { Migration } from './types.ts';

export type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [
  initialMigration,
  staffingScenariosMigration,
  auditLogMigration,
  monthlyStatisticsMigration,
  memosMigration,
  uiStateMigration,
  dropPoRatesMigration,
  auditChangeKindsMigration,
];

/** The schema version this build of Lotsplan writes. */
export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
});

// Schema version 8: the audit log names more kinds of change. Until now every edit of a unit-year
// was logged as `edit` (shown as a change of the plan) and a plan made in Lotsplan as `import`.
// Entries are now logged as `scenarioCreated`, `scenarioChanged` or `scenarioDeleted` when an edit
// created, changed or removed a scenario, and as `planCreated` for an empty plan or a plan made
// from a scenario. This gives the older entries the same kinds, from the summaries Lotsplan wrote
// for them (their wording has not changed since they were introduced); any other entry keeps its
// kind. A Lotsplan that knows only the older kinds refuses the file as written by a newer one.
// Frozen once released.
import { sql } from 'kysely';
import type { Migration, SchemalessDb } from './types.ts';

/** The kind, the kind it had, and how its summaries begin (GLOB patterns: case-sensitive, exact). */
const RECLASSIFIED: readonly { action: string; from: string; summaries: readonly string[] }[] = [
  {
    action: 'scenarioCreated',
    from: 'edit',
    // "Skapade scenariot ”X”", "Skapade scenariot ”X” med en sparad prognos", "Kopierade scenariot ”X” till ”Y”".
    summaries: ['Skapade scenariot ”*', 'Kopierade scenariot ”*'],
  },
  {
    action: 'scenarioChanged',
    from: 'edit',
    summaries: ['Ändrade scenariot ”*', 'Bytte namn på scenariot ”*', 'Sparade en prognos i scenariot ”*'],
  },
  { action: 'scenarioDeleted', from: 'edit', summaries: ['Tog bort scenariot ”*'] },
  {
    action: 'planCreated',
    from: 'import',
    // "Skapade en tom plan för SIG vuxna (Rinkeby-Kista) 2020.", "Gjorde scenariot ”X” till planen för 2021 (Rinkeby-Kista, SIG vuxna)."
    summaries: ['Skapade en tom plan för *', 'Gjorde scenariot ”*” till planen för *'],
  },
];

export const auditChangeKindsMigration: Migration = {
  version: 8,
  name: 'fler slags ändringar i ändringsloggen',
  async up(db: SchemalessDb) {
    for (const { action, from, summaries } of RECLASSIFIED) {
      const matches = sql.join(
        summaries.map((pattern) => sql`summary GLOB ${pattern}`),
        sql` OR `,
      );
      await sql`UPDATE audit_log SET action = ${action} WHERE action = ${from} AND (${matches})`.execute(db);
    }
  },
};

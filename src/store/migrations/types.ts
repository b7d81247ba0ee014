import type { Kysely } from 'kysely';

/**
 * The database as a migration sees it: any table, any column, values of no known type. A migration
 * must not depend on today's schema types (src/store/schema.ts), which will move on.
 */
export type SchemalessTables = Record<string, Record<string, unknown>>;
export type SchemalessDb = Kysely<SchemalessTables>;

/** One step of the schema. `up` runs inside a transaction that also sets `PRAGMA user_version`. */
export interface Migration {
  /** The schema version after this migration; migrations are numbered 1, 2, 3, … without gaps. */
  readonly version: number;
  /** Short Swedish description, for logs and messages. */
  readonly name: string;
  up(db: SchemalessDb): Promise<void>;
}

import type { Kysely } from 'kysely';

/** One step of the schema. `up` runs inside a transaction that also sets `PRAGMA user_version`. */
export interface Migration {
  /** The schema version after this migration; migrations are numbered 1, 2, 3, … without gaps. */
  readonly version: number;
  /** Short Swedish description, for logs and messages. */
  readonly name: string;
  // Kysely<any>: a migration must not depend on today's schema types, which will move on.
  up(db: Kysely<any>): Promise<void>;
}

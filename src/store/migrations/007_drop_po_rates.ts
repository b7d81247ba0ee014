// Schema version 7: drops po_rates. Migration 1 filled it with SKR's published PO-pålägg, but
// nothing ever read it: the rates that prefill a year live in src/core/staffing/poRates.ts, and a
// unit-year keeps its own PO-pålägg. A table nobody reads only invites two sources of truth.
// Frozen once released.
import { sql } from 'kysely';
import type { Migration, SchemalessDb } from './types.ts';

export const dropPoRatesMigration: Migration = {
  version: 7,
  name: 'ta bort oanvänd tabell för PO-pålägg',
  async up(db: SchemalessDb) {
    await sql.raw('DROP TABLE IF EXISTS po_rates').execute(db);
  },
};

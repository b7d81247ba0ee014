// Migration 008 gives the audit log's older entries the kinds that new entries get: scenarios
// created, changed and removed, and plans made in Lotsplan; every other entry keeps its kind.
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/openStore.ts';
import { tempDir, track } from './helpers.ts';
import type { SchemalessTables } from '../../src/store/migrations/types.ts';

/** Entries as Lotsplan of schema version 7 wrote them, each with the kind it should have after. */
const ENTRIES: readonly [before: string, summary: string, after: string][] = [
  ['import', 'Läste in SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil.', 'import'],
  ['edit', 'Ändrade tjänsten Lots (rad 1)', 'edit'],
  ['edit', 'Skapade scenariot ”En lots till”', 'scenarioCreated'],
  ['edit', 'Skapade scenariot ”Prognos”, med en sparad prognos', 'scenarioCreated'],
  ['edit', 'Kopierade scenariot ”En lots till” till ”Två lotsar till”', 'scenarioCreated'],
  ['edit', 'Bytte namn på scenariot ”Två lotsar till” till ”Tre”', 'scenarioChanged'],
  ['edit', 'Ändrade scenariot ”Tre”', 'scenarioChanged'],
  ['edit', 'Sparade en prognos i scenariot ”Tre”', 'scenarioChanged'],
  ['edit', 'Tog bort scenariot ”Tre”', 'scenarioDeleted'],
  ['edit', 'Tog bort tjänsten Lots (rad 2)', 'edit'],
  ['undo', 'Ångrade: Skapade scenariot ”En lots till”', 'undo'],
  ['redo', 'Gjorde om: Tog bort scenariot ”Tre”', 'redo'],
  ['import', 'Skapade en tom plan för SIG unga (Skärholmen) 2024.', 'planCreated'],
  ['import', 'Gjorde scenariot ”En lots till” till planen för 2021 (Rinkeby-Kista, SIG vuxna).', 'planCreated'],
  ['demo', 'Läste in demodata för SIG vuxna (Rinkeby-Kista) 2020.', 'demo'],
  // Only entries of the kind Lotsplan wrote them as: another kind's summary that starts alike keeps its kind.
  ['memo', 'Tog bort scenariot ”X” ur tjänsteutlåtandet', 'memo'],
];

async function versionSevenFile(dir: string): Promise<string> {
  const file = path.join(dir, 'lotsplan.sqlite');
  const raw = new Database(file);
  const db = new Kysely<SchemalessTables>({ dialect: new SqliteDialect({ database: raw }) });
  for (const migration of MIGRATIONS.filter((m) => m.version <= 7)) await migration.up(db);
  await sql.raw('PRAGMA user_version = 7').execute(db);
  await db.destroy();
  const w = new Database(file);
  const insert = w.prepare("INSERT INTO audit_log (at, os_user, action, summary) VALUES ('2026-01-05T10:00:00.000Z', 'anna', ?, ?)");
  for (const [action, summary] of ENTRIES) insert.run(action, summary);
  w.close();
  return file;
}

describe('migration 008 (kinds of change in the audit log)', () => {
  it('gives the older scenario changes and plans made in Lotsplan their own kinds, and leaves the rest', async () => {
    const dir = tempDir();
    const file = await versionSevenFile(dir);
    const store = track(await openStore(file));
    expect(store.schemaVersion).toBe(8);
    const { entries } = await store.auditLog({ limit: 100 });
    expect(entries.map((e) => [e.summary, e.action]).reverse()).toEqual(ENTRIES.map(([, summary, after]) => [summary, after]));
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { StoreError } from '../../src/store/contract.ts';
import { LOTSPLAN_APPLICATION_ID } from '../../src/store/schema.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/store/migrations/index.ts';
import { tempDir, track } from './helpers.ts';

describe('openStore on a new file', () => {
  it('creates the file and its folder at the current schema version, with our application_id and WAL', async () => {
    const file = path.join(tempDir(), 'ny', 'mapp', 'lotsplan.sqlite');
    const store = await openStore(file);
    expect(store.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(8);
    expect(store.path).toBe(file);
    await store.close();

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(8);
      expect(db.pragma('application_id', { simple: true })).toBe(LOTSPLAN_APPLICATION_ID);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
      expect(tables).toEqual([
        'audit_log',
        'demand_assumptions',
        'districts',
        'edit_history',
        'funding_lines',
        'memo_district_settings',
        'memo_templates',
        'memo_versions',
        'memos',
        'monthly_statistics',
        'other_costs',
        'participant_figures',
        'scenarios',
        'staff_positions',
        'ui_state',
        'unit_years',
        'units',
        'year_settings',
      ]);
      // Migration 7 drops the table migration 1 filled: nothing read it.
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'po_rates'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('sets synchronous=FULL, foreign_keys=ON and busy_timeout on the open connection', async () => {
    const store = track(await openStore(path.join(tempDir(), 'a.sqlite')));
    const raw = (store as unknown as { raw: Database.Database }).raw;
    expect(raw.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('reopens its own file without migrating or backing it up again', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'lotsplan.sqlite');
    await (await openStore(file)).close();
    const store = track(await openStore(file));
    expect(store.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses a missing file with NOT_FOUND when creation is not allowed, and creates nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'saknas', 'lotsplan.sqlite');
    const error = await openStore(file, { create: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('NOT_FOUND');
    expect((error as StoreError).path).toBe(file);
    expect((error as StoreError).message).toContain(file);
    expect((error as StoreError).message).toContain('finns inte');
    expect(fs.existsSync(path.join(dir, 'saknas'))).toBe(false);
  });

  it('check() reports a healthy file in Swedish, naming it', async () => {
    const file = path.join(tempDir(), 'lotsplan.sqlite');
    const store = track(await openStore(file));
    const report = await store.check();
    expect(report).toMatchObject({ path: file, schemaVersion: 8, healthy: true });
    expect(report.messages[0]).toContain(file);
    expect(report.messages.join(' ')).toContain('hittade inga fel');
    // Written for the user, without the database's own commands.
    expect(report.messages.join(' ')).not.toContain('PRAGMA');
  });

  it('check() reports a broken reference', async () => {
    const file = path.join(tempDir(), 'lotsplan.sqlite');
    const store = track(await openStore(file));
    const raw = (store as unknown as { raw: Database.Database }).raw;
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO units (district_id, name) VALUES (999, 'Spökenhet')").run();
    raw.pragma('foreign_keys = ON');
    const report = await store.check();
    expect(report.healthy).toBe(false);
    expect(report.messages.join(' ')).toContain('tabellen units pekar på en rad som saknas i tabellen districts');
  });
});

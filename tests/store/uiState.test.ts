// The last place in the database file (schema 6): migration 006 on a v5 file, save and read back,
// a replaced value, a value that does not hold up read field by field, and no audit entry.
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/openStore.ts';
import { lastPlaceSchema, readStoredLastPlace, type LastPlace } from '../../src/core/uiState/lastPlace.ts';
import { samplePlan, tempDir, track } from './helpers.ts';
import type { SchemalessTables } from '../../src/store/migrations/types.ts';

const PLACE: LastPlace = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, path: '/prognos' };

describe('the last place in the store (schema 6)', () => {
  it('migration 006 adds ui_state to a v5 file, keeping its data; nothing is saved until the app saves it', async () => {
    const file = path.join(tempDir(), 'lotsplan.sqlite');
    const raw = new Database(file);
    raw.pragma('application_id = 1280267347');
    const db = new Kysely<SchemalessTables>({ dialect: new SqliteDialect({ database: raw }) });
    for (const m of MIGRATIONS.slice(0, 5)) await m.up(db);
    await sql.raw('PRAGMA user_version = 5').execute(db);
    await db.destroy();
    const first = track(await openStore(file));
    expect(first.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect((first as unknown as { migrationBackup: string | null }).migrationBackup).not.toBeNull();
    expect(await first.getLastPlace()).toBeNull();
  });

  it('keeps the saved place across a reopen, and a second save replaces the first', async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const store = await openStore(file);
    await store.replaceUnitYear(samplePlan());
    const before = (await store.auditLog({})).total;
    await store.saveLastPlace(PLACE);
    await store.saveLastPlace({ ...PLACE, path: '/scenarier', year: 2021 });
    expect((await store.auditLog({})).total).toBe(before);
    await store.close();
    const again = track(await openStore(file));
    expect(await again.getLastPlace()).toEqual({ ...PLACE, path: '/scenarier', year: 2021 });
  });

  it('reads a stored value that does not hold up field by field', async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    track(await openStore(file)).close();
    const raw = new Database(file);
    raw
      .prepare("INSERT INTO ui_state (key, value_json, updated_at) VALUES ('last_place', ?, 'x')")
      .run(JSON.stringify({ district: 'Skärholmen', unit: '', year: '2020', path: 'javascript:alert(1)' }));
    raw.close();
    const store = track(await openStore(file));
    expect(await store.getLastPlace()).toEqual({ district: 'Skärholmen', unit: null, year: null, path: null });
  });
});

describe('lastPlaceSchema and readStoredLastPlace', () => {
  it('refuses a path that is not a page of the app, in Swedish', () => {
    const result = lastPlaceSchema.safeParse({ ...PLACE, path: 'https://example.org' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Sidans adress ska vara en sida i Lotsplan, till exempel /prognos.');
  });

  it('reads back every place the schema accepts unchanged, and never throws on anything else', () => {
    const place = fc.record({
      district: fc.option(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0),
        { nil: null },
      ),
      unit: fc.option(fc.constantFrom('SIG vuxna', 'SIG unga'), { nil: null }),
      year: fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: null }),
      path: fc.option(fc.constantFrom('/prognos', '/tjansteutlatanden/12', '/hjalp'), { nil: null }),
    });
    fc.assert(
      fc.property(place, (p) => {
        expect(readStoredLastPlace(JSON.parse(JSON.stringify(p)))).toEqual(lastPlaceSchema.parse(p));
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (v) => {
        readStoredLastPlace(v);
      }),
    );
  });
});

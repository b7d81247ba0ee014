// The full checks' findings in a refusal's "Teknisk information" say in Swedish which check found
// them; the database's own commands ("PRAGMA …") are never shown.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { StoreError } from '../../src/store/contract.ts';
import { fullCheckProblems } from '../../src/store/checks.ts';
import { restoreDatabase } from '../../src/store/backups/restore.ts';
import { samplePlan, tempDir } from './helpers.ts';

async function database(file: string): Promise<string> {
  const store = await openStore(file);
  await store.replaceUnitYear(samplePlan({ unit: 'Enhet A' }));
  await store.close();
  return file;
}

/** A reference that points nowhere: only foreign_key_check finds it. */
function breakReference(file: string): void {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  db.prepare("INSERT INTO units (district_id, name) VALUES (999, 'Spökenhet')").run();
  db.close();
}

/** An index whose definition no longer matches its entries: only integrity_check finds it. */
function breakIndex(file: string): void {
  const db = new Database(file);
  db.exec("CREATE TABLE extra (a INTEGER, b TEXT); CREATE INDEX extra_b ON extra (b); INSERT INTO extra VALUES (1, 'x'), (2, 'y'), (3, 'z');");
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX extra_b ON extra (a)' WHERE name = 'extra_b'").run();
  db.close();
}

async function refusal(target: string, candidate: string): Promise<StoreError> {
  const error = await restoreDatabase(target, candidate, { busyTimeoutMs: 50 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe('DAMAGED');
  return error as StoreError;
}

describe('the full checks in Swedish', () => {
  it('names the check of references, in Swedish, when a candidate has a broken reference', async () => {
    const target = await database(path.join(tempDir(), 'lotsplan.sqlite'));
    const candidate = await database(path.join(tempDir(), 'kandidat.sqlite'));
    breakReference(candidate);
    const { message } = await refusal(target, candidate);
    expect(message).toContain(
      'Teknisk information: Databasens kontroll av hänvisningar mellan tabeller (foreign_key_check): rad 2 i tabellen units pekar på en rad som saknas i tabellen districts',
    );
    expect(message).not.toContain('PRAGMA');
  });

  it('names the check of the whole file, in Swedish, when a candidate has a damaged index', async () => {
    const target = await database(path.join(tempDir(), 'lotsplan.sqlite'));
    const candidate = await database(path.join(tempDir(), 'kandidat.sqlite'));
    breakIndex(candidate);
    const { message } = await refusal(target, candidate);
    expect(message).toContain('Teknisk information: Databasens egen kontroll av filen (integrity_check): ');
    expect(message).not.toContain('PRAGMA');
  });

  it('is empty for a whole file, and every line of a damaged one starts with the Swedish name of its check', async () => {
    const file = await database(path.join(tempDir(), 'lotsplan.sqlite'));
    const whole = new Database(file, { readonly: true });
    expect(fullCheckProblems(whole)).toEqual([]);
    whole.close();
    breakReference(file);
    breakIndex(file);
    const db = new Database(file, { readonly: true });
    const lines = fullCheckProblems(db);
    db.close();
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines)
      expect(line).toMatch(/^Databasens (egen kontroll av filen \(integrity_check\)|kontroll av hänvisningar mellan tabeller \(foreign_key_check\)): \S/);
  });
});

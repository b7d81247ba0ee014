import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from '../../src/store/backups/create.ts';
import { openStore } from '../../src/store/openStore.ts';
import { StoreError, type LotsplanStore } from '../../src/store/contract.ts';
import { samplePlan, tempDir, track } from './helpers.ts';

function countIn(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM unit_years').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('backupDatabase', () => {
  it('copies an open store, including what is still only in the WAL, under a dated name', async () => {
    const dir = tempDir();
    const store = track(await openStore(path.join(dir, 'lotsplan.sqlite')));
    await store.replaceUnitYear(samplePlan());
    const now = new Date(2026, 10, 22, 21, 30);
    const target = await backupDatabase(store, { reason: 'före export', now });
    expect(target).toBe(path.join(dir, 'backups', 'lotsplan-2026-11-22T213000-fore-export.sqlite'));
    expect(countIn(target)).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual(['lotsplan-2026-11-22T213000-fore-export.sqlite']);

    // A second backup in the same minute gets its own name.
    const second = await backupDatabase(store, { reason: 'före export', now });
    expect(path.basename(second)).toBe('lotsplan-2026-11-22T213000-fore-export-2.sqlite');
  });

  it('copies a closed database file by path into the given folder, leaving no sidecars', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'lotsplan.sqlite');
    const store = await openStore(file);
    await store.replaceUnitYear(samplePlan());
    await store.close();
    const backupDir = path.join(tempDir(), 'kopior');
    const target = await backupDatabase(file, { dir: backupDir, reason: 'manuell' });
    expect(path.dirname(target)).toBe(backupDir);
    expect(fs.readdirSync(dir)).toEqual(['lotsplan.sqlite']);
    expect(countIn(target)).toBe(1);
  });

  it('fails with a Swedish WRITE_FAILED naming the file when the folder cannot be made', async () => {
    const dir = tempDir();
    const store: LotsplanStore = track(await openStore(path.join(dir, 'lotsplan.sqlite')));
    const blocker = path.join(dir, 'inte-en-mapp');
    fs.writeFileSync(blocker, 'x');
    const error = await backupDatabase(store, { dir: path.join(blocker, 'under'), reason: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('WRITE_FAILED');
    expect((error as StoreError).message).toContain(store.path);
    expect((error as StoreError).message).toContain('säkerhetskopia');
  });
});

// Symbolic links in front of the database: resolved once, and the link itself is never created
// through, replaced or removed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { StoreError } from '../../src/store/contract.ts';
import { restoreDatabase } from '../../src/store/backups/restore.ts';
import { samplePlan, tempDir, track } from './helpers.ts';

async function refused(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

async function databaseWith(file: string, unit: string): Promise<string> {
  const store = await openStore(file);
  await store.replaceUnitYear(samplePlan({ unit }));
  await store.close();
  return file;
}

async function unitsIn(file: string): Promise<string[]> {
  const store = await openStore(file, { create: false });
  try {
    return (await store.catalog()).flatMap((d) => d.units.map((u) => u.name));
  } finally {
    await store.close();
  }
}

describe('a symbolic link as the database path', () => {
  it('a dangling link is refused, naming link and target, and the link is left and nothing created', async () => {
    const dir = tempDir();
    const link = path.join(dir, 'lotsplan.sqlite');
    const missing = path.join(dir, 'saknas', 'riktig.sqlite');
    fs.symlinkSync(missing, link);
    for (const create of [true, false]) {
      const error = await refused(openStore(link, { create }));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toBe(
        `${link} är en symbolisk länk till ${missing}, som inte finns. Kontrollera länken eller ange databasfilen själv. Lotsplan har inte ändrat länken och inte skapat någon fil.`,
      );
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      expect(fs.readlinkSync(link)).toBe(missing);
      expect(fs.existsSync(missing)).toBe(false);
      expect(fs.readdirSync(dir)).toEqual(['lotsplan.sqlite']);
    }
  });

  it('a loop of links is refused in Swedish with ELOOP after "Teknisk information:"', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    fs.symlinkSync(b, a);
    fs.symlinkSync(a, b);
    const error = await refused(openStore(a));
    expect(error.message).toMatch(
      /^.+ är en symbolisk länk som leder runt i en slinga och aldrig fram till en fil\. Ange databasfilen själv\. Lotsplan har inte ändrat länken\. Teknisk information: ELOOP/,
    );
    expect(fs.readdirSync(dir).sort()).toEqual(['a.sqlite', 'b.sqlite']);
    expect(fs.lstatSync(a).isSymbolicLink()).toBe(true);
  });

  it('a link to a database opens the real file, with its backups beside it', async () => {
    const dir = tempDir();
    const real = await databaseWith(path.join(dir, 'data', 'lotsplan.sqlite'), 'Riktig');
    const link = path.join(dir, 'genvag.sqlite');
    fs.symlinkSync(real, link);
    const store = track(await openStore(link, { create: false }));
    expect(store.path).toBe(fs.realpathSync(real));
    expect(await unitsIn(real)).toEqual(['Riktig']);
  });

  it('a restore through a link replaces the file it points to, and the link stays a link', async () => {
    const dir = tempDir();
    const real = await databaseWith(path.join(dir, 'data', 'lotsplan.sqlite'), 'Nuvarande');
    const candidate = await databaseWith(path.join(dir, 'kopia.sqlite'), 'Gammal');
    const link = path.join(dir, 'genvag.sqlite');
    fs.symlinkSync(real, link);
    const result = await restoreDatabase(link, candidate);
    expect(result.databasePath).toBe(fs.realpathSync(real));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(real);
    expect(await unitsIn(real)).toEqual(['Gammal']);
    expect(await unitsIn(result.safetyBackup!)).toEqual(['Nuvarande']);
    expect(path.dirname(result.safetyBackup!)).toBe(path.join(fs.realpathSync(path.dirname(real)), 'backups'));
  });
});

describe('the backups of a database behind a symbolic link', () => {
  it('are listed from beside the real file, where they are taken', async () => {
    const { listBackups } = await import('../../src/store/backups/list.ts');
    const { backupDatabase } = await import('../../src/store/backups/create.ts');
    const dir = tempDir();
    const real = await databaseWith(path.join(dir, 'data', 'lotsplan.sqlite'), 'Riktig');
    const link = path.join(dir, 'lotsplan.sqlite');
    fs.symlinkSync(real, link);
    const store = track(await openStore(link, { create: false }));
    const backup = await backupDatabase(store, { reason: 'manuell' });
    const listing = listBackups(link);
    expect(listing.backupDir).toBe(path.join(fs.realpathSync(path.join(dir, 'data')), 'backups'));
    expect(listing.backups.map((b) => b.path)).toEqual([backup]);
  });
});

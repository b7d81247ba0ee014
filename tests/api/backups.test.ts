// The backup calls through the dispatcher and the hosts' store context, on temp files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/api/dispatch.ts';
import { createStoreContext } from '../../src/api/storeContext.ts';
import { openStore } from '../../src/store/index.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';
import type { CallInput, CallName, CallOutput } from '../../src/api/contracts/index.ts';
import type { Envelope } from '../../src/api/envelope.ts';
import { sizeText, takenAtText } from '../../src/api/handlers/backups.ts';
import { validExchange } from '../fixtures/exchange.ts';

const opened: LotsplanStore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function setup(initial?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-api-backups-'));
  dirs.push(dir);
  const file = path.join(dir, 'lotsplan.sqlite');
  if (initial !== undefined) fs.writeFileSync(file, initial);
  const context = createStoreContext(file, {
    open: (f, options) =>
      openStore(f, options).then((s) => {
        opened.push(s);
        return s;
      }),
  });
  const internalErrors: unknown[] = [];
  const dispatch = createDispatch(context, { onInternalError: (_call, error) => internalErrors.push(error) });
  const call = <N extends CallName>(name: N, input: CallInput<N>) => dispatch(name, input) as Promise<Envelope<CallOutput<N>>>;
  const ok = async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { dir, file, context, dispatch, call, ok, internalErrors };
}

const NOT_A_DATABASE = 'Budget 2020;Lokaler;250000\n'.repeat(100);

describe('backupNow and listBackups', () => {
  it('takes a manual backup and lists it with Swedish texts', async () => {
    const { ok, dir } = setup();
    await ok('loadDemo', {});
    const backup = await ok('backupNow', {});
    expect(path.dirname(backup.path)).toBe(path.join(dir, 'backups'));
    expect(backup.fileName).toMatch(/^lotsplan-\d{4}-\d{2}-\d{2}T\d{6}-manuell\.sqlite$/);
    const listing = await ok('listBackups', {});
    expect(listing.databasePath).toBe(path.join(dir, 'lotsplan.sqlite'));
    expect(listing.backups).toHaveLength(1);
    expect(listing.backups[0]).toMatchObject({
      fileName: backup.fileName,
      reasonText: 'Manuell säkerhetskopia',
      manual: true,
      usable: true,
      problem: null,
    });
    expect(listing.backups[0]!.takenAtText).toMatch(/^\d{4}-\d{2}-\d{2} kl\. \d{2}\.\d{2}\.\d{2}$/);
    expect(listing.backups[0]!.sizeText).toMatch(/ kB$/);
  });

  it('takes a backup before an import into a database with data, not into an empty one', async () => {
    const { ok, dir } = setup();
    await ok('importExchange', { text: JSON.stringify(validExchange()) });
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    await ok('importExchange', { text: JSON.stringify(validExchange()) });
    const listing = await ok('listBackups', {});
    expect(listing.backups.map((b) => b.reasonText)).toEqual(['Före import']);
  });

  it('keeps the state before each of four imports in a row, each in its own backup, newest first', async () => {
    const { ok } = setup();
    const units = ['Enhet A', 'Enhet B', 'Enhet C', 'Enhet D', 'Enhet E'];
    const catalogs: string[][] = [];
    for (const unit of units) {
      catalogs.push((await ok('listCatalog', {})).districts.flatMap((d) => d.units.map((u) => u.name)).sort());
      await ok('importExchange', { text: JSON.stringify({ ...validExchange(), unit }) });
    }
    const listing = await ok('listBackups', {});
    // The first import went into an empty database; each of the four later ones took a backup.
    expect(listing.backups.map((b) => b.reasonText)).toEqual(['Före import', 'Före import', 'Före import', 'Före import']);
    expect(new Set(listing.backups.map((b) => b.fileName)).size).toBe(4);
    const held: string[][] = [];
    for (const backup of listing.backups) {
      const store = await openStore(path.join(listing.backupDir, backup.fileName), { create: false });
      held.push((await store.catalog()).flatMap((d) => d.units.map((u) => u.name)).sort());
      await store.close();
    }
    // Newest first: the state before the fifth import, then before the fourth, and so on.
    expect(held).toEqual([catalogs[4], catalogs[3], catalogs[2], catalogs[1]]);
  });

  it('formats times and sizes the Swedish way', () => {
    expect(takenAtText('2026-11-22T21:30')).toBe('2026-11-22 kl. 21.30');
    expect(takenAtText('2026-11-22T21:30:05')).toBe('2026-11-22 kl. 21.30.05');
    expect(sizeText(812)).toBe('812 byte');
    expect(sizeText(48_123)).toBe('48 kB');
    expect(sizeText(1_234_567)).toBe('1,2 MB');
  });
});

describe('restoreBackup', () => {
  it('restores a listed backup by file name, backing up the current database first', async () => {
    const { ok } = setup();
    await ok('loadDemo', {});
    const before = await ok('listCatalog', {});
    const backup = await ok('backupNow', {});
    await ok('importExchange', { text: JSON.stringify({ ...validExchange(), district: 'Farsta', unit: 'SIG unga' }) });
    expect((await ok('listCatalog', {})).districts.map((d) => d.name)).toContain('Farsta');

    const result = await ok('restoreBackup', { fileName: backup.fileName });
    expect(result.replaced).toBe(true);
    expect(result.message).toContain('har återställts');
    expect(result.message).toContain('sparades först som');
    expect(await ok('listCatalog', {})).toEqual(before);
    const reasons = (await ok('listBackups', {})).backups.map((b) => b.reasonText);
    expect(reasons).toContain('Före återställning');
    expect(reasons).toContain('Manuell säkerhetskopia');
  });

  it('accepts only a bare file name from the backups folder', async () => {
    const { ok, call, dir, file } = setup();
    await ok('loadDemo', {});
    await ok('backupNow', {});
    // A real Lotsplan database outside the backups folder, reachable only by a path.
    const outside = path.join(dir, 'lotsplan-2026-01-01T0000-manuell.sqlite');
    const listing = await ok('listBackups', {});
    fs.copyFileSync(path.join(listing.backupDir, listing.backups[0]!.fileName), outside);
    const attempts = [
      '../lotsplan-2026-01-01T0000-manuell.sqlite',
      '..\\lotsplan-2026-01-01T0000-manuell.sqlite',
      outside,
      'backups/../../lotsplan.sqlite',
      '..',
      '.hidden.sqlite',
      'C:\\Windows\\lotsplan.sqlite',
      'lotsplan..sqlite',
      '',
    ];
    for (const fileName of attempts) {
      const result = await call('restoreBackup', { fileName });
      expect(result.ok, fileName).toBe(false);
      if (!result.ok) expect(result.error.code, fileName).toBe('VALIDATION');
    }
    const missing = await call('restoreBackup', { fileName: 'lotsplan-2026-01-01T0000-manuell.sqlite' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!missing.ok) expect(missing.error.message).toContain(path.join(dir, 'backups'));
    // Nothing was restored, and so no backup was taken before a restore either.
    expect((await ok('getDatabaseStatus', {})).unitYears).toBe(7);
    expect(await ok('listBackups', {})).toEqual(listing);
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['backups', path.basename(outside), path.basename(file), `${path.basename(file)}-shm`, `${path.basename(file)}-wal`].sort(),
    );
  });

  it('refuses a listed backup that fails the header check, naming it', async () => {
    const { ok, call, dir } = setup();
    await ok('loadDemo', {});
    const name = 'lotsplan-2026-01-01T0000-automatisk.sqlite';
    fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'backups', name), NOT_A_DATABASE);
    const result = await call('restoreBackup', { fileName: name });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.message).toContain(path.join(dir, 'backups', name));
  });
});

describe('the recovery screen’s calls on a refused file', () => {
  it('lists the refused file’s backups and restores one to a new file beside it, leaving the refused file as it was', async () => {
    // A healthy database with a backup, then the file itself is overwritten with text.
    const first = setup();
    await first.ok('loadDemo', {});
    const backup = await first.ok('backupNow', {});
    await first.context.close();
    fs.writeFileSync(first.file, NOT_A_DATABASE);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(first.file + suffix, { force: true });

    const { ok, call, file, dir } = (() => {
      const context = createStoreContext(first.file, {
        open: (f, o) =>
          openStore(f, o).then((s) => {
            opened.push(s);
            return s;
          }),
      });
      const dispatch = createDispatch(context);
      const c = <N extends CallName>(name: N, input: CallInput<N>) => dispatch(name, input) as Promise<Envelope<CallOutput<N>>>;
      const o = async <N extends CallName>(name: N, input: CallInput<N>) => {
        const result = await c(name, input);
        if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
        return result.value;
      };
      return { ok: o, call: c, file: first.file, dir: first.dir };
    })();
    const refused = await call('listCatalog', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'DATABASE' } });

    const listing = await ok('listBackups', {});
    expect(listing.databasePath).toBe(file);
    expect(listing.backups.map((b) => b.fileName)).toEqual([backup.fileName]);

    const result = await ok('restoreBackup', { fileName: backup.fileName });
    expect(result.replaced).toBe(false);
    expect(path.dirname(result.databasePath)).toBe(dir);
    expect(path.basename(result.databasePath)).toMatch(/^lotsplan-aterstalld-\d{4}-\d{2}-\d{2}T\d{4}\.sqlite$/);
    expect(result.message).toContain(`Filen ${file} har inte ändrats.`);
    expect((await ok('getDatabaseStatus', {})).unitYears).toBe(7);
    expect(fs.readFileSync(file, 'utf8')).toBe(NOT_A_DATABASE);
  });

  it('starts a new, empty database beside the refused file and leaves that file byte-identical', async () => {
    const { ok, call, file, dir, context } = setup(NOT_A_DATABASE);
    expect(await call('listCatalog', {})).toMatchObject({ ok: false, error: { code: 'DATABASE' } });
    const result = await ok('startNewDatabase', {});
    expect(path.dirname(result.databasePath)).toBe(dir);
    expect(path.basename(result.databasePath)).toMatch(/^lotsplan-ny-\d{4}-\d{2}-\d{2}T\d{4}\.sqlite$/);
    expect(result.message).toContain(file);
    expect(context.databasePath).toBe(result.databasePath);
    expect(await ok('listCatalog', {})).toEqual({ districts: [] });
    expect(fs.readFileSync(file, 'utf8')).toBe(NOT_A_DATABASE);
    // The database now opens, so a second new one is refused.
    expect(await call('startNewDatabase', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses to start a new database while the current one opens', async () => {
    const { call, ok, context, file } = setup();
    await ok('listCatalog', {});
    const result = await call('startNewDatabase', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(context.databasePath).toBe(file);
  });
});

// Backups beyond the single copy: rotation, the list, the start-up backup and restore.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { StoreError } from '../../src/store/contract.ts';
import { backupDatabase } from '../../src/store/backups/create.ts';
import { nextBackupName, parseBackupName, reasonText } from '../../src/store/backups/names.ts';
import { planRotation, rotateBackups } from '../../src/store/backups/rotation.ts';
import { listBackups } from '../../src/store/backups/list.ts';
import { ensureRecentBackup } from '../../src/store/backups/automatic.ts';
import { databasePathBeside, restoreDatabase } from '../../src/store/backups/restore.ts';
import { samplePlan, sha256, tempDir, track } from './helpers.ts';

const DB = '/data/lotsplan.sqlite';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A backup name for local time y-m-d h:00. */
function nameAt(y: number, m: number, d: number, h: number, reason: string, seq = 1): string {
  return `lotsplan-${y}-${two(m)}-${two(d)}T${two(h)}00-${reason}${seq > 1 ? `-${seq}` : ''}.sqlite`;
}

/** A closed Lotsplan database holding the given units of Rinkeby-Kista 2020. */
async function databaseWith(file: string, units: string[]): Promise<string> {
  const store = await openStore(file);
  for (const unit of units) await store.replaceUnitYear(samplePlan({ unit }));
  await store.close();
  return file;
}

async function unitsIn(file: string): Promise<string[]> {
  const store = await openStore(file, { create: false });
  try {
    const catalog = await store.catalog();
    return catalog.flatMap((d) => d.units.map((u) => u.name)).sort();
  } finally {
    await store.close();
  }
}

/** Every file in a folder tree with its hash, for "nothing changed" checks. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = sha256(file);
  }
  return out;
}

describe('backup names', () => {
  it('reads time, reason and sequence, and only for the database’s own stem', () => {
    const parsed = parseBackupName(DB, 'lotsplan-2026-11-22T2130-fore-migrering-v1-till-v2-3.sqlite');
    expect(parsed).toMatchObject({ takenAtIso: '2026-11-22T21:30', reason: 'fore-migrering-v1-till-v2', sequence: 3, manual: false });
    expect(parsed!.takenAt).toEqual(new Date(2026, 10, 22, 21, 30));
    expect(parseBackupName(DB, 'lotsplan-2026-11-22T2130-manuell.sqlite')?.manual).toBe(true);
    expect(parseBackupName(DB, 'lotsplan-ny-2026-11-22T2130-2026-11-23T0800-automatisk.sqlite')).toBeNull();
    expect(parseBackupName(DB, 'lotsplan-2026-11-22T2130-manuell.sqlite.part')).toBeNull();
    expect(parseBackupName(DB, 'lotsplan-2026-02-31T2130-manuell.sqlite')).toBeNull();
    expect(parseBackupName(DB, 'annan-2026-11-22T2130-manuell.sqlite')).toBeNull();
    expect(reasonText('fore-migrering-v1-till-v2')).toBe('Före uppgradering från databasversion 1 till 2');
    expect(reasonText('fore-import')).toBe('Före import');
    expect(reasonText('fore-export')).toBe('Före export');
  });

  it('reads names to the second, and names from earlier versions as second 0 of their minute', () => {
    const parsed = parseBackupName(DB, 'lotsplan-2026-11-22T213045-fore-import-2.sqlite');
    expect(parsed).toMatchObject({ takenAtIso: '2026-11-22T21:30:45', reason: 'fore-import', sequence: 2 });
    expect(parsed!.takenAt).toEqual(new Date(2026, 10, 22, 21, 30, 45));
    expect(parseBackupName(DB, 'lotsplan-2026-11-22T2130-fore-import.sqlite')!.takenAt).toEqual(new Date(2026, 10, 22, 21, 30, 0));
    expect(parseBackupName(DB, 'lotsplan-2026-11-22T213060-fore-import.sqlite')).toBeNull();
  });

  it('never gives a new backup the name of one removed before it: the sequence follows the highest of the second', () => {
    const dir = tempDir();
    const at = new Date(2026, 10, 22, 21, 30, 45, 500);
    const next = () => path.basename(nextBackupName(dir, path.join(dir, 'lotsplan.sqlite'), 'fore-import', at));
    expect(next()).toBe('lotsplan-2026-11-22T213045-fore-import.sqlite');
    // The first of the second was removed; a second one exists. The next one ranks after it.
    fs.writeFileSync(path.join(dir, 'lotsplan-2026-11-22T213045-fore-import-2.sqlite'), '');
    expect(next()).toBe('lotsplan-2026-11-22T213045-fore-import-3.sqlite');
    // Any reason of the same second counts, and so does a copy still being written.
    fs.writeFileSync(path.join(dir, 'lotsplan-2026-11-22T213045-fore-aterstallning-4.sqlite.123-abcd.part'), '');
    expect(next()).toBe('lotsplan-2026-11-22T213045-fore-import-5.sqlite');
    // Other seconds, old minute names and other databases do not.
    fs.writeFileSync(path.join(dir, 'lotsplan-2026-11-22T213046-fore-import-9.sqlite'), '');
    fs.writeFileSync(path.join(dir, 'lotsplan-2026-11-22T2130-fore-import-9.sqlite'), '');
    fs.writeFileSync(path.join(dir, 'annan-2026-11-22T213045-fore-import-9.sqlite'), '');
    expect(next()).toBe('lotsplan-2026-11-22T213045-fore-import-5.sqlite');
  });

  it('several backups in one second get their own files, each holding its own state, newest ranked first', async () => {
    const dir = tempDir();
    const store = track(await openStore(path.join(dir, 'lotsplan.sqlite')));
    const at = new Date(2026, 10, 22, 21, 30, 45);
    const made: string[] = [];
    for (const unit of ['A', 'B', 'C', 'D']) {
      await store.replaceUnitYear(samplePlan({ unit }));
      made.push(await ensureBackupAt(store, at));
    }
    expect(new Set(made).size).toBe(4);
    const listed = listBackups(store.path).backups.map((b) => b.path);
    expect(listed).toEqual([...made].reverse());
    expect(await unitsIn(made[0]!)).toEqual(['A']);
    expect(await unitsIn(made[3]!)).toEqual(['A', 'B', 'C', 'D']);
  });
});

async function ensureBackupAt(store: Awaited<ReturnType<typeof openStore>>, now: Date): Promise<string> {
  const { takeAutomaticBackup } = await import('../../src/store/backups/automatic.ts');
  return takeAutomaticBackup(store, 'fore-import', { now });
}

describe('rotation', () => {
  // Wednesday 25 November 2026, 12:00. ISO weeks: 23–29 Nov (this), 16–22, 9–15, 2–8 Nov.
  const now = new Date(2026, 10, 25, 12, 0);

  function syntheticSet(): string[] {
    const names: string[] = [];
    for (let day = new Date(2026, 9, 1); day <= now; day.setDate(day.getDate() + 1)) {
      const [y, m, d] = [day.getFullYear(), day.getMonth() + 1, day.getDate()];
      names.push(nameAt(y, m, d, 8, 'automatisk'), nameAt(y, m, d, 10, 'fore-import'), nameAt(y, m, d, 10, 'fore-import', 2));
    }
    names.push(nameAt(2026, 10, 3, 9, 'manuell'), nameAt(2026, 11, 20, 9, 'manuell'), nameAt(2026, 1, 1, 9, 'manuell'));
    names.push(nameAt(2026, 11, 27, 9, 'automatisk')); // a wrong clock: in the future
    // Exactly 24 hours old (removed) and 23 hours old (kept, and the newest of 24 November).
    names.push(nameAt(2026, 11, 24, 12, 'automatisk'), nameAt(2026, 11, 24, 13, 'automatisk'));
    return names;
  }

  it('keeps every backup of the last 24 hours, the newest of each of the last 7 days and of the last 4 ISO weeks, and every manual backup', () => {
    const backups = syntheticSet().map((n) => parseBackupName(DB, n)!);
    const { keep, remove } = planRotation(backups, now);
    expect(keep.map((b) => b.fileName).sort()).toEqual(
      [
        // The last 24 hours: everything from 24 November 13:00 on.
        nameAt(2026, 11, 24, 13, 'automatisk'),
        nameAt(2026, 11, 25, 8, 'automatisk'),
        nameAt(2026, 11, 25, 10, 'fore-import'),
        nameAt(2026, 11, 25, 10, 'fore-import', 2),
        // The days before: the newest of each is the second backup at 10:00.
        ...[19, 20, 21, 22, 23].map((d) => nameAt(2026, 11, d, 10, 'fore-import', 2)),
        // The newest of the weeks 9–15 and 2–8 November (the two later weeks are covered above).
        nameAt(2026, 11, 15, 10, 'fore-import', 2),
        nameAt(2026, 11, 8, 10, 'fore-import', 2),
        nameAt(2026, 10, 3, 9, 'manuell'),
        nameAt(2026, 11, 20, 9, 'manuell'),
        nameAt(2026, 1, 1, 9, 'manuell'),
        nameAt(2026, 11, 27, 9, 'automatisk'),
      ].sort(),
    );
    expect(keep.length + remove.length).toBe(backups.length);
    // Oldest first, so an interrupted rotation has removed the least valuable.
    expect(remove[0]!.fileName).toBe(nameAt(2026, 10, 1, 8, 'automatisk'));
  });

  it('removes exactly the other files from the folder and leaves foreign files alone', () => {
    const dir = path.join(tempDir(), 'backups');
    fs.mkdirSync(dir);
    const names = syntheticSet();
    for (const name of names) fs.writeFileSync(path.join(dir, name), '');
    const foreign = ['annan-2026-10-01T0800-automatisk.sqlite', 'lotsplan-2026-10-01T0800-automatisk.sqlite.part', 'anteckningar.txt'];
    for (const name of foreign) fs.writeFileSync(path.join(dir, name), '');
    fs.mkdirSync(path.join(dir, nameAt(2026, 10, 2, 8, 'automatisk', 7)));

    const removed = rotateBackups(path.join(path.dirname(dir), 'lotsplan.sqlite'), { now });
    const expected = planRotation(
      names.map((n) => parseBackupName(DB, n)!),
      now,
    );
    expect(removed).toEqual(expected.remove.map((b) => b.fileName));
    expect(fs.readdirSync(dir).sort()).toEqual([...expected.keep.map((b) => b.fileName), ...foreign, nameAt(2026, 10, 2, 8, 'automatisk', 7)].sort());
    expect(fs.readdirSync(dir)).toHaveLength(4 + 5 + 2 + 3 + 1 + foreign.length + 1);
  });
});

describe('listBackups', () => {
  it('lists newest first with the reason in Swedish, size and a cheap header check', async () => {
    const dir = tempDir();
    const file = await databaseWith(path.join(dir, 'lotsplan.sqlite'), ['SIG vuxna']);
    const older = await backupDatabase(file, { reason: 'fore-import', now: new Date(2026, 10, 20, 9, 5) });
    const newer = await backupDatabase(file, { reason: 'manuell', now: new Date(2026, 10, 22, 21, 30) });
    // A truncated copy and a text file with a backup name.
    const truncated = path.join(dir, 'backups', 'lotsplan-2026-11-21T1200-automatisk.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(older).subarray(0, 4096 * 2));
    const text = path.join(dir, 'backups', 'lotsplan-2026-11-19T1200-automatisk.sqlite');
    fs.writeFileSync(text, 'inte en databas');

    const listing = listBackups(file);
    expect(listing.backupDir).toBe(path.join(dir, 'backups'));
    expect(listing.backups.map((b) => b.path)).toEqual([newer, truncated, older, text]);
    expect(listing.backups[0]).toMatchObject({
      fileName: 'lotsplan-2026-11-22T213000-manuell.sqlite',
      takenAt: '2026-11-22T21:30:00',
      reasonText: 'Manuell säkerhetskopia',
      manual: true,
      sizeBytes: fs.statSync(newer).size,
      usable: true,
      problem: null,
    });
    expect(listing.backups[1]).toMatchObject({ usable: false, problem: expect.stringContaining('ofullständig') });
    expect(listing.backups[2]).toMatchObject({ reasonText: 'Före import', usable: true });
    expect(listing.backups[3]).toMatchObject({ usable: false, problem: expect.stringContaining('ingen SQLite-databas') });
  });

  it('is empty when there is no backups folder', () => {
    expect(listBackups(path.join(tempDir(), 'lotsplan.sqlite')).backups).toEqual([]);
  });
});

describe('ensureRecentBackup', () => {
  it('skips an empty database, backs up when none is newer than 12 hours, and skips otherwise', async () => {
    const dir = tempDir();
    const store = track(await openStore(path.join(dir, 'lotsplan.sqlite')));
    const t0 = new Date(2026, 10, 22, 8, 0);
    expect(await ensureRecentBackup(store, { maxAgeHours: 12, now: t0 })).toBeNull();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);

    await store.replaceUnitYear(samplePlan());
    const first = await ensureRecentBackup(store, { maxAgeHours: 12, now: t0 });
    expect(path.basename(first!)).toBe('lotsplan-2026-11-22T080000-automatisk.sqlite');
    expect(await ensureRecentBackup(store, { maxAgeHours: 12, now: new Date(2026, 10, 22, 19, 59) })).toBeNull();
    const second = await ensureRecentBackup(store, { maxAgeHours: 12, now: new Date(2026, 10, 22, 20, 0) });
    expect(path.basename(second!)).toBe('lotsplan-2026-11-22T200000-automatisk.sqlite');
    // The rotation keeps every backup of the last 24 hours.
    expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual([
      'lotsplan-2026-11-22T080000-automatisk.sqlite',
      'lotsplan-2026-11-22T200000-automatisk.sqlite',
    ]);
    // A day and a half later only the newest of 22 November is left.
    const third = await ensureRecentBackup(store, { maxAgeHours: 12, now: new Date(2026, 10, 24, 8, 30) });
    expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual(['lotsplan-2026-11-22T200000-automatisk.sqlite', path.basename(third!)]);
  });
});

describe('restoreDatabase', () => {
  async function twoDatabases() {
    const dir = tempDir();
    const target = await databaseWith(path.join(dir, 'lotsplan.sqlite'), ['Nuvarande enhet']);
    const candidate = await databaseWith(path.join(tempDir(), 'kopia.sqlite'), ['Gammal enhet A', 'Gammal enhet B']);
    return { dir, target, candidate };
  }

  it('backs up the current file, replaces it with the candidate, and the reopened store has the candidate’s data', async () => {
    const { dir, target, candidate } = await twoDatabases();
    const candidateHash = sha256(candidate);
    const now = new Date(2026, 10, 22, 21, 30);
    const result = await restoreDatabase(target, candidate, { now });
    expect(result.safetyBackup).toBe(path.join(dir, 'backups', 'lotsplan-2026-11-22T213000-fore-aterstallning.sqlite'));
    expect(await unitsIn(target)).toEqual(['Gammal enhet A', 'Gammal enhet B']);
    expect(await unitsIn(result.safetyBackup!)).toEqual(['Nuvarande enhet']);
    expect(sha256(candidate)).toBe(candidateHash);
    // No temporary file or stale sidecar is left beside the database.
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'lotsplan.sqlite']);
  });

  it('carries over what is only in the current file’s WAL into the backup and never applies that WAL to the new file', async () => {
    const { dir, target, candidate } = await twoDatabases();
    // A crashed session: committed writes still in the -wal beside the file.
    const crashed = path.join(dir, 'snapshot');
    fs.mkdirSync(crashed);
    const live = new Database(target);
    live.pragma('journal_mode = WAL');
    live.pragma('wal_autocheckpoint = 0');
    live.exec("UPDATE units SET name = 'Bara i WAL'");
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(target + suffix, path.join(crashed, `lotsplan.sqlite${suffix}`));
    live.close();
    const crashedDb = path.join(crashed, 'lotsplan.sqlite');
    expect(fs.statSync(`${crashedDb}-wal`).size).toBeGreaterThan(0);

    const result = await restoreDatabase(crashedDb, candidate);
    expect(fs.readdirSync(crashed).sort()).toEqual(['backups', 'lotsplan.sqlite']);
    expect(await unitsIn(crashedDb)).toEqual(['Gammal enhet A', 'Gammal enhet B']);
    expect(await unitsIn(result.safetyBackup!)).toEqual(['Bara i WAL']);
  });

  it('restores to a path where there is no file yet, without a backup', async () => {
    const { candidate } = await twoDatabases();
    const target = path.join(tempDir(), 'ny', 'lotsplan.sqlite');
    const result = await restoreDatabase(target, candidate);
    expect(result.safetyBackup).toBeNull();
    expect(await unitsIn(target)).toEqual(['Gammal enhet A', 'Gammal enhet B']);
  });

  async function expectRefusedLeavingBoth(target: string, candidate: string, code: string, text: string) {
    const before = { target: snapshot(path.dirname(target)), candidate: snapshot(path.dirname(candidate)) };
    const error = await restoreDatabase(target, candidate, { busyTimeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe(code);
    expect((error as StoreError).message).toContain(text);
    expect({ target: snapshot(path.dirname(target)), candidate: snapshot(path.dirname(candidate)) }).toEqual(before);
    return error as StoreError;
  }

  it('refuses a foreign SQLite file, naming it, and changes neither file', async () => {
    const { target } = await twoDatabases();
    const foreign = path.join(tempDir(), 'recept.sqlite');
    const db = new Database(foreign);
    db.exec("CREATE TABLE recept (namn TEXT); INSERT INTO recept VALUES ('kanelbulle');");
    db.close();
    const error = await expectRefusedLeavingBoth(target, foreign, 'FOREIGN', foreign);
    expect(error.message).toBe(
      `Filen ${foreign} är inte en Lotsplan-databas (den tillhör ett annat program). Den kan därför inte återställas. Ingenting har ändrats, varken i ${foreign} eller i databasen ${target}.`,
    );
  });

  it('refuses a blank SQLite file and a text file', async () => {
    const { target } = await twoDatabases();
    const blank = path.join(tempDir(), 'tom.sqlite');
    const empty = new Database(blank);
    empty.exec('CREATE TABLE t (x); DROP TABLE t;');
    empty.close();
    expect(fs.statSync(blank).size).toBeGreaterThan(0);
    await expectRefusedLeavingBoth(target, blank, 'FOREIGN', blank);
    const text = path.join(tempDir(), 'text.sqlite');
    fs.writeFileSync(text, 'Budget 2020;Lokaler;250000\n'.repeat(100));
    await expectRefusedLeavingBoth(target, text, 'NOT_SQLITE', text);
  });

  it('refuses a file from a newer Lotsplan', async () => {
    const { target, candidate } = await twoDatabases();
    const db = new Database(candidate);
    db.pragma('user_version = 99');
    db.close();
    const error = await expectRefusedLeavingBoth(target, candidate, 'NEWER', candidate);
    expect(error.message).toContain('databasversion 99');
  });

  it('refuses a damaged candidate (overwritten pages and a truncated copy)', async () => {
    const { target, candidate } = await twoDatabases();
    const bytes = fs.readFileSync(candidate);
    const pageSize = bytes.readUInt16BE(16);
    const damaged = path.join(tempDir(), 'skadad.sqlite');
    const broken = Buffer.from(bytes);
    broken.fill(0x5a, pageSize * 2, Math.min(broken.length, pageSize * 4));
    fs.writeFileSync(damaged, broken);
    await expectRefusedLeavingBoth(target, damaged, 'DAMAGED', damaged);

    const truncated = path.join(tempDir(), 'avkapad.sqlite');
    fs.writeFileSync(truncated, bytes.subarray(0, pageSize * 2));
    await expectRefusedLeavingBoth(target, truncated, 'DAMAGED', truncated);
  });

  it('never replaces a current file that is itself refused', async () => {
    const { candidate } = await twoDatabases();
    const target = path.join(tempDir(), 'lotsplan.sqlite');
    fs.writeFileSync(target, 'Budget 2020;Lokaler;250000\n'.repeat(100));
    const error = await expectRefusedLeavingBoth(target, candidate, 'NOT_SQLITE', target);
    expect(error.message).toContain('ersätter inte en databas som inte går att öppna');
  });

  it('refuses while another connection has the database open', async () => {
    const { target, candidate } = await twoDatabases();
    const store = track(await openStore(target));
    await store.countUnitYears();
    await expectRefusedLeavingBoth(target, candidate, 'LOCKED', target);
  });

  it('refuses to restore a file over itself', async () => {
    const { target } = await twoDatabases();
    await expectRefusedLeavingBoth(target, target, 'WRITE_FAILED', target);
  });
});

describe('databasePathBeside', () => {
  it('names a new file beside the database, never an existing one', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lotsplan.sqlite');
    const now = new Date(2026, 10, 22, 21, 30);
    expect(databasePathBeside(db, 'ny', now)).toBe(path.join(dir, 'lotsplan-ny-2026-11-22T2130.sqlite'));
    fs.writeFileSync(path.join(dir, 'lotsplan-ny-2026-11-22T2130.sqlite'), '');
    expect(databasePathBeside(db, 'ny', now)).toBe(path.join(dir, 'lotsplan-ny-2026-11-22T2130-2.sqlite'));
  });
});

describe('partial copies of killed backups', () => {
  it('are removed on open when their writer is gone, and nothing else is', async () => {
    const dir = tempDir();
    const file = await databaseWith(path.join(dir, 'lotsplan.sqlite'), ['SIG vuxna']);
    const good = await backupDatabase(file, { reason: 'manuell', now: new Date(2026, 10, 22, 9, 0, 0) });
    const backups = path.join(dir, 'backups');
    const deadPid = 999_999_999;
    const old = new Date(Date.now() - 10 * 60_000);
    const stale = [
      `lotsplan-2026-11-22T090001-fore-import.sqlite.${deadPid}-ab12cd34.part`,
      `lotsplan-2026-11-22T090001-fore-import.sqlite.${deadPid}-ab12cd34.part-journal`,
      `lotsplan-2026-11-22T0900-automatisk-2.sqlite.${deadPid}-0f0f0f0f.part`,
      // Older than a day: removed whoever wrote it.
      `lotsplan-2026-11-20T090000-manuell.sqlite.${process.pid}-11111111.part`,
    ];
    const kept = [
      // Its writer is alive (this very process) and it is recent: a backup in progress.
      `lotsplan-2026-11-22T090002-fore-import.sqlite.${process.pid}-22222222.part`,
      // The writer is gone but the copy is only seconds old (perhaps written from another computer).
      `lotsplan-2026-11-22T090003-fore-import.sqlite.${deadPid}-33333333.part`,
      // Another database's, and files that are not partial copies.
      `annan-2026-11-22T090001-fore-import.sqlite.${deadPid}-ab12cd34.part`,
      'anteckningar.part',
    ];
    for (const name of [...stale, ...kept]) fs.writeFileSync(path.join(backups, name), 'halv kopia');
    for (const name of stale.slice(0, 3)) fs.utimesSync(path.join(backups, name), old, old);
    const dayOld = new Date(Date.now() - 25 * 3_600_000);
    fs.utimesSync(path.join(backups, stale[3]!), dayOld, dayOld);
    fs.utimesSync(path.join(backups, kept[2]!), old, old);
    fs.utimesSync(path.join(backups, kept[3]!), old, old);

    const store = track(await openStore(file, { create: false }));
    expect(await store.countUnitYears()).toBe(1);
    expect(fs.readdirSync(backups).sort()).toEqual([path.basename(good), ...kept].sort());
  });
});

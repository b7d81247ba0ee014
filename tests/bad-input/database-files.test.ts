// Catalogue, part 4: bad database files, through the real CLI as a child process. --db pointing
// at a directory, at something that is not a Lotsplan database, at a read-only file or into a
// read-only folder, and a database on a full disk (a tiny tmpfs). The expected result is always a
// Swedish message and a file that is unchanged (or not created).
//
// Tests run as root here, and chmod does not stop root from writing. The chmod cases therefore
// run twice: as the current user (skipped for root, where they would prove nothing) and as the
// user `nobody` through `runuser` (skipped when that is not possible).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validExchange } from '../fixtures/exchange.ts';
import { canRunAs, dbHash, expectSwedish, isRoot, logicalState, runCliAsync, seededDatabase, tempDir } from './support.ts';

const asNobody = canRunAs('nobody');
const onWindows = process.platform === 'win32';

/** Whether a tmpfs can be mounted here (root on Linux with mount rights). */
function tryMount(dir: string, size: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
}
function unmount(dir: string): void {
  spawnSync('umount', [dir], { stdio: 'ignore' });
}
const canMount = (() => {
  if (!isRoot || process.platform !== 'linux') return false;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-mount-probe-'));
  const ok = tryMount(dir, '64k');
  if (ok) unmount(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  return ok;
})();

/** Whether `chattr +i` makes a folder immutable here (root on a file system that supports it): then root cannot write in it either. */
function tryImmutable(dir: string, on: boolean): boolean {
  return spawnSync('chattr', [on ? '+i' : '-i', dir], { stdio: 'ignore' }).status === 0;
}
const canMakeImmutable = (() => {
  if (!isRoot || process.platform !== 'linux') return false;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-chattr-probe-'));
  const ok = tryImmutable(dir, true);
  if (ok) tryImmutable(dir, false);
  fs.rmSync(dir, { recursive: true, force: true });
  return ok;
})();

let template: string;
let validFile: string;
let nextYearFile: string;

beforeAll(async () => {
  const dir = tempDir();
  fs.chmodSync(dir, 0o755);
  template = await seededDatabase(path.join(dir, 'mall.sqlite'));
  validFile = path.join(dir, 'giltig.json');
  fs.writeFileSync(validFile, JSON.stringify(validExchange()));
  nextYearFile = path.join(dir, 'nasta-ar.json');
  fs.writeFileSync(nextYearFile, JSON.stringify({ ...validExchange(), year: 2022 }));
});

/** A folder with a copy of the seeded database, readable by everyone. */
function folderWithDatabase(mode = 0o755): { dir: string; db: string } {
  const dir = tempDir();
  const db = path.join(dir, 'lotsplan.sqlite');
  fs.copyFileSync(template, db);
  fs.chmodSync(dir, mode);
  return { dir, db };
}

function expectRefused(run: { status: number | null; stdout: string; stderr: string }, ...messages: string[]): void {
  expect(run.status, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  for (const message of messages) expect(run.stderr).toContain(message);
  expectSwedish(run.stderr);
}

describe.concurrent('--db that is not a usable database file', () => {
  it('a directory: refused, nothing created in it', async () => {
    const dir = tempDir();
    const run = await runCliAsync(['import', validFile, '--db', dir]);
    expectRefused(run, `${dir} är en mapp, inte en databasfil`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('the exchange file itself (not SQLite): refused, file unchanged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'enhet.json');
    fs.copyFileSync(validFile, file);
    const before = dbHash(file);
    const run = await runCliAsync(['import', validFile, '--db', file]);
    expectRefused(run, `Filen ${file} är inte en Lotsplan-databas`);
    expect(dbHash(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['enhet.json']);
  });

  it('an empty file: refused, still 0 bytes', async () => {
    const file = path.join(tempDir(), 'tom.sqlite');
    fs.writeFileSync(file, '');
    const run = await runCliAsync(['import', validFile, '--db', file]);
    expectRefused(run, 'är tom (0 byte)');
    expect(fs.statSync(file).size).toBe(0);
  });

  it('a path below a regular file: refused, nothing created', async () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'fil');
    fs.writeFileSync(blocker, 'x');
    const run = await runCliAsync(['import', validFile, '--db', path.join(blocker, 'lotsplan.sqlite')]);
    expectRefused(run, blocker);
    expect(fs.readFileSync(blocker, 'utf8')).toBe('x');
  });
});

describe.concurrent('read-only database files and folders', () => {
  const rootReason = 'körs som root: chmod hindrar inte root från att skriva (se fallet som användaren nobody)';
  it.skipIf(isRoot || onWindows)(`a read-only file (chmod 0444) – ${isRoot ? rootReason : 'current user'}`, async () => {
    const { db } = folderWithDatabase();
    fs.chmodSync(db, 0o444);
    const before = dbHash(db);
    const run = await runCliAsync(['import', nextYearFile, '--db', db]);
    expectRefused(run, 'skrivskyddad');
    expect(dbHash(db)).toBe(before);
  });

  it.skipIf(isRoot || onWindows)(`a database in a read-only folder (chmod 0555) – ${isRoot ? rootReason : 'current user'}`, async () => {
    const { dir, db } = folderWithDatabase();
    const before = dbHash(db);
    fs.chmodSync(dir, 0o555);
    const run = await runCliAsync(['import', nextYearFile, '--db', db]);
    fs.chmodSync(dir, 0o755);
    expectRefused(run, `kan inte skriva i mappen ${dir}`);
    expect(dbHash(db)).toBe(before);
  });

  const nobodyReason = asNobody ? 'som användaren nobody' : 'hoppas över: kan inte köra som nobody (kräver root och runuser)';
  it.skipIf(!asNobody)(`a read-only file (chmod 0444, owned by root) – ${nobodyReason}`, async () => {
    const { dir, db } = folderWithDatabase(0o777);
    fs.chmodSync(db, 0o444);
    const before = dbHash(db);
    const run = await runCliAsync(['import', nextYearFile, '--db', db], { asUser: 'nobody' });
    expectRefused(run, `Lotsplan kan inte skriva till filen ${db} eftersom den är skrivskyddad`);
    expect(dbHash(db)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['lotsplan.sqlite']);
  });

  it.skipIf(!asNobody)(`a database (owned by nobody) in a read-only folder – ${nobodyReason}`, async () => {
    const { dir, db } = folderWithDatabase(0o755);
    spawnSync('chown', ['nobody', db]);
    const before = dbHash(db);
    const run = await runCliAsync(['import', nextYearFile, '--db', db], { asUser: 'nobody' });
    expectRefused(run, `kan inte skriva i mappen ${dir}`);
    expect(dbHash(db)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['lotsplan.sqlite']);
  });

  it.skipIf(!canMakeImmutable)(
    `a database in a folder that cannot be written (chattr +i) is said to be in such a folder, not unreadable${canMakeImmutable ? '' : ' – hoppas över: chattr +i fungerar inte här'}`,
    async () => {
      const { dir, db } = folderWithDatabase(0o755);
      const before = dbHash(db);
      expect(tryImmutable(dir, true)).toBe(true);
      try {
        for (const args of [
          ['import', nextYearFile, '--db', db],
          ['backup', '--db', db],
        ]) {
          const run = await runCliAsync(args);
          expectRefused(run, `Lotsplan kan inte skriva i mappen ${dir}, där databasen ${db} ligger. Flytta databasen till en mapp där du har skrivrätt.`);
          expect(run.stderr).not.toContain('kunde inte läsas');
        }
      } finally {
        tryImmutable(dir, false);
      }
      expect(dbHash(db)).toBe(before);
      expect(fs.readdirSync(dir)).toEqual(['lotsplan.sqlite']);
    },
  );

  it.skipIf(!asNobody)(`a new database into a read-only folder is not created – ${nobodyReason}`, async () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    const db = path.join(dir, 'ny.sqlite');
    const run = await runCliAsync(['import', validFile, '--db', db], { asUser: 'nobody' });
    expectRefused(run, `kan inte skriva i mappen ${dir}`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('a full disk (a tmpfs of 2 MB, filled up)', () => {
  const reason = canMount ? '' : ' – hoppas över: kan inte montera tmpfs (kräver root på Linux med rätt att montera)';

  /** Mounts a tmpfs, lets `prepare` put files in it, fills it up to `keepBytes` free, runs `test`. */
  async function onFullDisk(keepBytes: number, prepare: (dir: string) => Promise<void> | void, test: (dir: string) => Promise<void>) {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    expect(tryMount(dir, '2m')).toBe(true);
    try {
      await prepare(dir);
      const filler = path.join(dir, 'fyllnad');
      const fd = fs.openSync(filler, 'w');
      const block = Buffer.alloc(64 * 1024);
      try {
        for (;;) fs.writeSync(fd, block);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        fs.closeSync(fd);
      }
      if (keepBytes > 0) fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - keepBytes));
      await test(dir);
    } finally {
      unmount(dir);
    }
  }

  it.skipIf(!canMount)(`a new database: refused in Swedish, no file left behind${reason}`, async () => {
    await onFullDisk(
      0,
      () => {},
      async (dir) => {
        const db = path.join(dir, 'ny.sqlite');
        const run = await runCliAsync(['import', validFile, '--db', db]);
        expectRefused(run, `Disken där filen ${db} ligger eller ska skapas är full`);
        expect(fs.readdirSync(dir)).toEqual(['fyllnad']);
      },
    );
  });

  it.skipIf(!canMount)(`a database with data, no space at all: refused, file unchanged${reason}`, async () => {
    let before: string | null = null;
    const db = (dir: string) => path.join(dir, 'lotsplan.sqlite');
    await onFullDisk(
      0,
      (dir) => {
        fs.copyFileSync(template, db(dir));
        before = dbHash(db(dir));
      },
      async (dir) => {
        const run = await runCliAsync(['import', nextYearFile, '--db', db(dir)]);
        expectRefused(run, 'är full');
        expect(dbHash(db(dir))).toBe(before);
        expect(fs.readdirSync(dir).sort()).toEqual(['fyllnad', 'lotsplan.sqlite']);
      },
    );
  });

  it.skipIf(!canMount)(`a database with data, room to open but not for the backup before the import${reason}`, async () => {
    let before: string | null = null;
    const db = (dir: string) => path.join(dir, 'lotsplan.sqlite');
    await onFullDisk(
      64 * 1024,
      (dir) => {
        fs.copyFileSync(template, db(dir));
        before = dbHash(db(dir));
      },
      async (dir) => {
        const run = await runCliAsync(['import', nextYearFile, '--db', db(dir)]);
        expectRefused(run, 'kunde inte ta en säkerhetskopia', 'disken är full');
        expect(dbHash(db(dir))).toBe(before);
        expect(logicalState(db(dir))).toEqual({ integrity: 'ok', unitYears: ['Spånga-Tensta/SIG unga/2021'] });
        // No half-written backup is left.
        const backups = path.join(dir, 'backups');
        expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
      },
    );
  });

  it.skipIf(!canMount)(`an empty database, the import's own write fills the disk: rolled back${reason}`, async () => {
    const db = (dir: string) => path.join(dir, 'lotsplan.sqlite');
    const big = path.join(tempDir(), 'stor.json');
    const plan = validExchange();
    plan.staff = Array.from({ length: 500 }, (_, i) => ({ role: 'lots', title: `Lots ${'x'.repeat(190)}`, fte: 0.5, monthlySalary: 39000 + i }));
    plan.otherCosts = Array.from({ length: 500 }, (_, i) => ({ label: `Kostnad ${i} ${'y'.repeat(180)}`, amount: i }));
    fs.writeFileSync(big, JSON.stringify(plan));
    await onFullDisk(
      100 * 1024,
      async (dir) => {
        const { openStore } = await import('../../src/store/index.ts');
        await (await openStore(db(dir))).close();
      },
      async (dir) => {
        const run = await runCliAsync(['import', big, '--db', db(dir)]);
        expectRefused(run, 'disken är full', 'Ingenting ändrades i filen');
        expect(logicalState(db(dir))).toEqual({ integrity: 'ok', unitYears: [] });
      },
    );
  });
});

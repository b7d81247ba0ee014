// A database that cannot be written (an archive copy) can still be checked, read and backed up:
// the reading commands open it read-only and say that changes are not possible; nothing is written.
// Run as the user `nobody` (root ignores chmod), skipped where that is not possible.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canRunAs, dbHash, runCliAsync, seededDatabase, tempDir, validExchangeText } from '../bad-input/support.ts';

const asNobody = canRunAs('nobody');
let template = '';

beforeAll(async () => {
  const dir = tempDir();
  fs.chmodSync(dir, 0o755);
  template = await seededDatabase(path.join(dir, 'mall.sqlite'));
});

/** A copy of the seeded database owned by root, readable by all, in a folder of the given mode. */
function archiveCopy(folderMode: number): { dir: string; db: string } {
  const dir = tempDir();
  const db = path.join(dir, 'arkiv.sqlite');
  fs.copyFileSync(template, db);
  fs.chmodSync(db, 0o444);
  fs.chmodSync(dir, folderMode);
  return { dir, db };
}

describe.skipIf(!asNobody)('a read-only database (as the user nobody)', () => {
  it('check, figures, log and city read it, say that it cannot be changed, and write nothing', async () => {
    const { dir, db } = archiveCopy(0o777);
    const before = dbHash(db);
    const check = await runCliAsync(['check', '--db', db], { asUser: 'nobody' });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('Databasen är frisk.');
    expect(check.stdout).toContain('Filen är skrivskyddad: Lotsplan kan läsa den men inte ändra den.');
    const figures = await runCliAsync(['figures', '--db', db, '--district', 'Spånga-Tensta'], { asUser: 'nobody' });
    expect(figures.status, figures.stderr).toBe(0);
    expect(figures.stdout).toContain('SIG unga');
    const log = await runCliAsync(['log', '--db', db], { asUser: 'nobody' });
    expect(log.status, log.stderr).toBe(0);
    const city = await runCliAsync(['city', '--db', db, '--year', '2021'], { asUser: 'nobody' });
    expect(city.status, city.stderr).toBe(0);
    expect(dbHash(db)).toBe(before);
    // No -wal or -shm is left behind.
    expect(fs.readdirSync(dir)).toEqual(['arkiv.sqlite']);
  });

  it('backup copies it into backups/ when that folder can be written, and the file is unchanged', async () => {
    const { dir, db } = archiveCopy(0o777);
    const before = dbHash(db);
    const run = await runCliAsync(['backup', '--db', db], { asUser: 'nobody' });
    expect(run.status, run.stderr).toBe(0);
    const printed = run.stdout.trim().split('\n').at(-1)!;
    expect(path.dirname(printed)).toBe(path.join(dir, 'backups'));
    expect(fs.existsSync(printed)).toBe(true);
    expect(dbHash(db)).toBe(before);
  });

  it('a change is still refused as read-only, and the file is unchanged', async () => {
    const { db } = archiveCopy(0o755);
    const before = dbHash(db);
    const exchange = path.join(tempDir(), 'fil.json');
    fs.writeFileSync(exchange, validExchangeText({ year: 2022 }));
    fs.chmodSync(path.dirname(exchange), 0o755);
    fs.chmodSync(exchange, 0o644);
    const run = await runCliAsync(['import', exchange, '--db', db], { asUser: 'nobody' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/skrivskyddad|kan inte skriva i mappen/);
    expect(dbHash(db)).toBe(before);
  });
});

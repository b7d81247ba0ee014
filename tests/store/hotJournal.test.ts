// A process killed in the middle of a write in rollback-journal mode leaves a hot -journal (a
// restored file is in that mode until it is switched to WAL on its first open). A read-only look
// cannot roll it back; the store lets SQLite's recovery put back the last committed state and
// then opens the file, instead of calling it read-only. Found by the crash test of restores.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { samplePlan, tempDir } from './helpers.ts';

describe('a hot journal left by a killed writer', () => {
  it('is rolled back on open: the file opens, passes its checks and holds the last committed state', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'lotsplan.sqlite');
    const store = await openStore(file);
    await store.replaceUnitYear(samplePlan());
    await store.close();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const costs = (f: string) => {
      const c = new Database(f, { fileMustExist: true });
      try {
        return c.prepare('SELECT count(*) FROM other_costs').pluck().get();
      } finally {
        c.close();
      }
    };
    const before = costs(file);
    // A child starts a large change with a tiny page cache (so pages spill to the file) and is
    // killed before it commits.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)}); db.pragma('cache_size = 1');
         db.exec('BEGIN'); db.exec('DELETE FROM other_costs');
         for (let i = 0; i < 3000; i++) db.prepare('INSERT INTO audit_log (at, os_user, action, summary) VALUES (?, ?, ?, ?)').run('2020-01-01', 'x', 'edit', 'y'.repeat(200));
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { cwd: path.resolve(import.meta.dirname, '../..') },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(fs.statSync(`${file}-journal`).size).toBeGreaterThan(0);

    const reopened = await openStore(file, { create: false });
    const health = await reopened.check();
    await reopened.close();
    expect(health.healthy).toBe(true);
    expect(costs(file)).toBe(before);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
  });
});

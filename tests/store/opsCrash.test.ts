// SIGKILL during the operations that write files besides SQLite: imports with their backup,
// manual backups and restores (see crash/runOpsCrashTest.ts). `npm run bench -- --crash` runs 300.
import { describe, expect, it } from 'vitest';
import { runOpsCrashTest } from './crash/runOpsCrashTest.ts';

const KILLS = Number(process.env.LOTSPLAN_OPS_CRASH_KILLS ?? 8);

describe('crash safety of imports, backups and restores', () => {
  it(`keeps the database and every backup whole across ${KILLS} SIGKILLs during imports with backup, backups and restores`, async () => {
    const result = await runOpsCrashTest(KILLS);
    expect(result.problems).toEqual([]);
    // The test means nothing unless the kills hit operations in flight and the child got work done.
    expect(result.inFlight).toBeGreaterThan(KILLS / 3);
    expect(result.finished).toBeGreaterThan(2);
  }, 300_000);
});

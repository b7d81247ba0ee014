import { describe, expect, it } from 'vitest';
import { runCrashTest } from './crash/runCrashTest.ts';

// 50 kills in CI (CI=true); 10 on a developer's machine unless LOTSPLAN_CRASH_KILLS says otherwise.
// `npm run bench -- --crash` runs 1 000.
const KILLS = Number(process.env.LOTSPLAN_CRASH_KILLS ?? (process.env.CI ? 50 : 10));

describe('crash safety', () => {
  it(`keeps every committed write and no partial write across ${KILLS} SIGKILLs`, async () => {
    const result = await runCrashTest(KILLS);
    expect(result.problems).toEqual([]);
    // The test means nothing if the child never got to commit anything. Kills land 0–60 ms after
    // the child is ready, so a busy machine commits fewer than one write per kill on average.
    expect(result.committed).toBeGreaterThanOrEqual(Math.ceil(KILLS / 4));
  }, 240_000);
});

import { describe, expect, it } from 'vitest';
import { runCrashTest } from './crash/runCrashTest.ts';

describe('crash safety', () => {
  it('keeps every committed write and no partial write across 50 SIGKILLs', async () => {
    const result = await runCrashTest(50);
    expect(result.problems).toEqual([]);
    // The test means nothing if the child never got to commit anything.
    expect(result.committed).toBeGreaterThan(50);
  }, 240_000);
});

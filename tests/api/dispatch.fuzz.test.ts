// The dispatcher under fuzzed payloads for every contract: a file of its own because it is the
// longest API test, so `npm run test:fast` leaves it to the "deep" project (vitest.config.ts).
// LOTSPLAN_FUZZ_RUNS sets the number of payloads per call. The payloads nest at most two levels
// and have at most six keys a level: random keys almost never name a contract's field, so deeper
// values only reach the first check of a schema all the same, and building them was half the
// test's time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../src/api/contracts/index.ts';
import { dbHash as sha, hostContextSetup as setup } from './support.ts';

describe('dispatch', () => {
  it('never throws and never writes for arbitrary payloads (fuzz, every contract)', async () => {
    const { dispatch, file, internalErrors } = setup();
    await dispatch('loadDemo', {});
    const before = sha(file);
    const runs = Number(process.env.LOTSPLAN_FUZZ_RUNS ?? 500);
    for (const name of CALL_NAMES) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.anything({ maxDepth: 2, maxKeys: 6 }),
            fc.object({ maxDepth: 2, maxKeys: 6 }),
            fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
          ),
          async (payload) => {
            // The one valid writing payload of loadDemo is not a fuzz case.
            fc.pre(!(name === 'loadDemo' && JSON.stringify(payload) === '{"force":true}'));
            const result = await dispatch(name, payload);
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: runs },
      );
    }
    expect(internalErrors).toEqual([]);
    expect(sha(file)).toBe(before);
  }, 600_000);
});

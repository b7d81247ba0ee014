// The dispatcher under fuzzed payloads for every contract: a file of its own because it is the
// longest API test, so `npm run test:fast` leaves it to the "deep" project (vitest.config.ts).
// LOTSPLAN_FUZZ_RUNS sets the number of payloads per call.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/api/dispatch.ts';
import { createStoreContext } from '../../src/api/storeContext.ts';
import { CALL_NAMES } from '../../src/api/contracts/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';

const opened: LotsplanStore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

function setup(file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-api-')), 'db.sqlite')) {
  const internalErrors: unknown[] = [];
  // The hosts' own context, so that restore and switching work as in the app.
  const context = createStoreContext(file, {
    open: (f, options) =>
      openStore(f, options).then((s) => {
        opened.push(s);
        return s;
      }),
  });
  const dispatch = createDispatch(context, { onInternalError: (_call, error) => internalErrors.push(error) });
  return { dispatch, file, internalErrors };
}

/** Hash of the database file and its WAL: while the store is open, writes land in the WAL first. */
const sha = (file: string) => {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(file));
  if (fs.existsSync(`${file}-wal`)) hash.update(fs.readFileSync(`${file}-wal`));
  return hash.digest('hex');
};

describe('dispatch', () => {
  it('never throws and never writes for arbitrary payloads (fuzz, every contract)', async () => {
    const { dispatch, file, internalErrors } = setup();
    await dispatch('loadDemo', {});
    const before = sha(file);
    const runs = Number(process.env.LOTSPLAN_FUZZ_RUNS ?? 500);
    for (const name of CALL_NAMES) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), fc.object(), fc.dictionary(fc.string(), fc.jsonValue())), async (payload) => {
          // The one valid writing payload of loadDemo is not a fuzz case.
          fc.pre(!(name === 'loadDemo' && JSON.stringify(payload) === '{"force":true}'));
          const result = await dispatch(name, payload);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
        }),
        { numRuns: runs },
      );
    }
    expect(internalErrors).toEqual([]);
    expect(sha(file)).toBe(before);
  }, 600_000);
});

// A dispatcher on a fresh temp database, for the API tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { createDispatch } from '../../src/api/dispatch.ts';
import { createStoreContext } from '../../src/api/storeContext.ts';
import { openStore } from '../../src/store/index.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';
import type { CallInput, CallName, CallOutput } from '../../src/api/contracts/index.ts';
import type { Envelope } from '../../src/api/envelope.ts';

import { deferCleanup, deferFileCleanup } from '../support/cleanups.ts';

const opened: LotsplanStore[] = [];
let scheduled = false;

/** Closes the stores the dispatchers opened, after the test that opened them. */
function closeAfterTest(store: LotsplanStore): void {
  opened.push(store);
  if (scheduled) return;
  scheduled = true;
  deferCleanup(async () => {
    scheduled = false;
    while (opened.length) await opened.pop()!.close();
  });
}

/** A database file in a temp folder of its own, removed after the test file (its stores are closed after each test). */
function tempDatabaseFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-api-'));
  deferFileCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'db.sqlite');
}

export function apiSetup() {
  const file = tempDatabaseFile();
  let store: Promise<LotsplanStore> | undefined;
  const internalErrors: unknown[] = [];
  const dispatch = createDispatch(
    {
      getStore: () =>
        (store ??= openStore(file).then((s) => {
          closeAfterTest(s);
          return s;
        })),
    },
    { onInternalError: (_call, error) => internalErrors.push(error) },
  );
  const call = <N extends CallName>(name: N, input: CallInput<N>) => dispatch(name, input) as Promise<Envelope<CallOutput<N>>>;
  /** Calls and expects success. */
  const ok = async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { dispatch, call, ok, file, internalErrors };
}

/**
 * A dispatcher on the hosts' own store context (so that restore and switching work as in the
 * app), on a fresh temp database unless `file` is given; its stores are closed after the test.
 */
export function hostContextSetup(file = tempDatabaseFile()) {
  const internalErrors: unknown[] = [];
  const context = createStoreContext(file, {
    open: (f, options) =>
      openStore(f, options).then((s) => {
        closeAfterTest(s);
        return s;
      }),
  });
  const dispatch = createDispatch(context, { onInternalError: (_call, error) => internalErrors.push(error) });
  return { dispatch, file, internalErrors };
}

/** Hash of the database file and its WAL: while the store is open, writes land in the WAL first. */
export function dbHash(file: string): string {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(file));
  if (fs.existsSync(`${file}-wal`)) hash.update(fs.readFileSync(`${file}-wal`));
  return hash.digest('hex');
}

export const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 } as const;

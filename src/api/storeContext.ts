// The one ApiContext of every host (Electron main, browser host, CLI): it opens the database on
// first use, remembers the open store, and can close it, restore a backup over it and switch to
// another file. A refused file is not remembered, so the user can fix it and try again without
// restarting. Restores and switches run one at a time; calls that arrive meanwhile wait for them.
import type { LotsplanStore } from '../store/contract.ts';
import { restoreDatabase, type RestoreResult } from '../store/backups/restore.ts';
import type { ApiContext } from './context.ts';

export type OpenStoreFn = (path: string, options: { create: boolean }) => Promise<LotsplanStore> | LotsplanStore;
export type RestoreFn = (databasePath: string, candidatePath: string) => Promise<RestoreResult>;

export interface StoreContextOptions {
  /** How a file is opened (openStore in the hosts, fakes in tests). */
  open: OpenStoreFn;
  /** Whether a missing file is created on first use. Default true. */
  create?: boolean;
  /**
   * Runs once after each successful open, before the store is handed out: the hosts take the
   * start-up backup here. A failure is reported to `onBackgroundError` and does not stop the open.
   */
  afterOpen?: ((store: LotsplanStore) => Promise<unknown>) | undefined;
  onBackgroundError?: (what: string, error: unknown) => void;
  /** For tests: how a backup is restored. Default restoreDatabase. */
  restore?: RestoreFn;
}

export interface StoreContext extends ApiContext {
  /** The database file the context opens now (it changes with switchDatabase). */
  readonly databasePath: string;
  /** Closes the store if it was opened; safe to call more than once. */
  close(): Promise<void>;
  /** Closes the store, restores `candidatePath` over the file, and reopens it. */
  restore(candidatePath: string): Promise<RestoreResult>;
  /**
   * Opens `path` and makes it the context's database; the previous store is closed. When the new
   * file is refused, the error is thrown and the context keeps its previous file.
   */
  switchDatabase(path: string, options: { create: boolean }): Promise<void>;
}

export function createStoreContext(databasePath: string, options: StoreContextOptions): StoreContext {
  let current = databasePath;
  let pending: Promise<LotsplanStore> | null = null;
  /** The tail of the queue of restores and switches (and opens, which must not overlap them). */
  let queue: Promise<unknown> = Promise.resolve();
  const restore = options.restore ?? ((db, candidate) => restoreDatabase(db, candidate));

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  }

  async function openPrepared(file: string, create: boolean): Promise<LotsplanStore> {
    const store = await options.open(file, { create });
    if (options.afterOpen) {
      try {
        await options.afterOpen(store);
      } catch (error) {
        options.onBackgroundError?.('afterOpen', error);
      }
    }
    return store;
  }

  async function closeCurrent(): Promise<void> {
    const previous = pending;
    pending = null;
    if (!previous) return;
    const store = await previous.catch(() => null);
    await store?.close();
  }

  function getStore(): Promise<LotsplanStore> {
    return serial(() => {
      pending ??= openPrepared(current, options.create ?? true).catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    });
  }

  return {
    get databasePath() {
      return current;
    },
    getStore,
    close: () => serial(closeCurrent),
    restore: (candidatePath) =>
      serial(async () => {
        await closeCurrent();
        const result = await restore(current, candidatePath);
        const reopened = openPrepared(current, false);
        pending = reopened;
        try {
          await reopened;
        } catch {
          // The restore itself succeeded; a refusal on reopening is shown by the next call, and
          // like any refused file it is not remembered.
          if (pending === reopened) pending = null;
        }
        return result;
      }),
    switchDatabase: (file, { create }) =>
      serial(async () => {
        const store = await openPrepared(file, create);
        await closeCurrent();
        current = file;
        pending = Promise.resolve(store);
      }),
  };
}

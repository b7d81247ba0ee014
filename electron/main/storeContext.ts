// An ApiContext that opens the database on first use and closes it once on quit.
import type { ApiContext } from '../../src/api/context.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';

export type OpenStore = (path: string) => Promise<LotsplanStore> | LotsplanStore;

export interface LazyStoreContext extends ApiContext {
  /** Closes the store if it was opened; safe to call more than once. */
  close(): Promise<void>;
}

export function createLazyStoreContext(dbPath: string, openStore: OpenStore): LazyStoreContext {
  let pending: Promise<LotsplanStore> | null = null;
  return {
    getStore() {
      // A refused file is not cached: the next call tries again (the user may have fixed it).
      pending ??= Promise.resolve()
        .then(() => openStore(dbPath))
        .catch((error: unknown) => {
          pending = null;
          throw error;
        });
      return pending;
    },
    async close() {
      const current = pending;
      pending = null;
      if (!current) return;
      const store = await current.catch(() => null);
      await store?.close();
    },
  };
}

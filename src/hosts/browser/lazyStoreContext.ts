// An ApiContext that opens the database on first use. A refused file is not remembered, so the
// user can fix it and try again without restarting.
import type { ApiContext } from '../../api/context.ts';
import type { LotsplanStore } from '../../store/contract.ts';

export type OpenStoreFn = (path: string) => Promise<LotsplanStore>;

export interface LazyStoreContext extends ApiContext {
  close(): Promise<void>;
}

export function createLazyStoreContext(dbPath: string, open: OpenStoreFn): LazyStoreContext {
  let pending: Promise<LotsplanStore> | null = null;
  return {
    getStore() {
      pending ??= Promise.resolve()
        .then(() => open(dbPath))
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

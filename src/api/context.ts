// What a handler may use. Hosts (Electron main, browser host, CLI) build one per database file
// with createStoreContext (src/api/storeContext.ts); tests may build one around a single store,
// which is why everything beyond getStore is optional.
import type { LotsplanStore } from '../store/contract.ts';
import type { RestoreResult } from '../store/backups/restore.ts';

export interface ApiContext {
  /** Opens the store lazily; throws StoreError when the file is refused. */
  getStore(): Promise<LotsplanStore>;
  /** The database file, known even when it is refused (its backups lie beside it). */
  readonly databasePath?: string;
  /** Closes the store, restores the candidate over the database file and reopens it. */
  restore?(candidatePath: string): Promise<RestoreResult>;
  /** Opens another file and makes it the database; throws (and changes nothing) when refused. */
  switchDatabase?(path: string, options: { create: boolean }): Promise<void>;
}

// What a handler may use. Hosts (Electron main, browser host, CLI) build one per database file.
import type { LotsplanStore } from '../store/contract.ts';

export interface ApiContext {
  /** Opens the store lazily; throws StoreError when the file is refused. */
  getStore(): Promise<LotsplanStore>;
}

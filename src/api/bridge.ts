// The shape the Electron preload exposes on window.lotsplan (via contextBridge).
// Both the preload (which builds it from the contracts) and the renderer (which uses it) import
// this type, so neither can drift from the other.
import type { Envelope } from './envelope.ts';
import type { LotsplanClient } from './client.ts';
import type { HostCallInput, HostCallName, HostCallOutput } from './contracts/host.ts';

export type HostClient = {
  [N in HostCallName]: (input: HostCallInput<N>) => Promise<Envelope<HostCallOutput<N>>>;
};

export interface LotsplanBridge {
  readonly api: LotsplanClient;
  readonly host: HostClient;
}

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_KEY = 'lotsplan';

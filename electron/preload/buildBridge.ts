// Builds the object the preload exposes as window.lotsplan: one method per contract and host call.
// Pure (the IPC invoke is passed in) so a test can check the exact method list.
import type { LotsplanBridge } from '../../src/api/bridge.ts';
import { CALL_NAMES, channelFor } from '../../src/api/contracts/index.ts';
import { HOST_CALL_NAMES, hostChannelFor } from '../../src/api/contracts/host.ts';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function buildBridge(invoke: Invoke): LotsplanBridge {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of CALL_NAMES) {
    const channel = channelFor(name);
    api[name] = (input) => invoke(channel, input);
  }
  const host: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of HOST_CALL_NAMES) {
    const channel = hostChannelFor(name);
    host[name] = (input) => invoke(channel, input);
  }
  return Object.freeze({
    api: Object.freeze(api),
    host: Object.freeze(host),
  }) as unknown as LotsplanBridge;
}

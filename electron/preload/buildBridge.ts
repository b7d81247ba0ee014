// Builds the object the preload exposes as window.lotsplan: one method per contract and host call.
// Pure (the IPC invoke is passed in) so a test can check the exact method list.
import { MENU_CHANNEL, MENU_COMMANDS, SAVE_BEFORE_CLOSE_CHANNEL, type LotsplanBridge, type MenuCommand } from '../../src/api/bridge.ts';
import { CALL_NAMES, channelFor } from '../../src/api/contracts/index.ts';
import { HOST_CALL_NAMES, hostChannelFor } from '../../src/api/contracts/host.ts';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Subscribes to one channel from main; returns the unsubscribe function. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export function buildBridge(invoke: Invoke, subscribe: Subscribe = () => () => {}): LotsplanBridge {
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
    // Only the menu channel, and only known commands: the renderer never sees raw IPC events.
    onMenuCommand: (listener: (command: MenuCommand) => void) =>
      subscribe(MENU_CHANNEL, (payload) => {
        if ((MENU_COMMANDS as readonly unknown[]).includes(payload)) listener(payload as MenuCommand);
      }),
    // Nothing of the message reaches the listener.
    onSaveBeforeClose: (listener: () => void) => subscribe(SAVE_BEFORE_CLOSE_CHANNEL, () => listener()),
  }) as unknown as LotsplanBridge;
}

// One ipcMain.handle per API contract and per host call, nothing else. Every handler checks that
// the call comes from the app's own window before anything is validated or run.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CALL_NAMES, channelFor } from '../../src/api/contracts/index.ts';
import { HOST_CALL_NAMES, hostChannelFor, hostContracts, type HostCallName, type HostContracts } from '../../src/api/contracts/host.ts';
import type { HandlerOutputOf, ParsedInputOf } from '../../src/api/contracts/defineCall.ts';
import { createContractDispatch, type Dispatch } from '../../src/api/dispatch.ts';
import { failure, type Envelope } from '../../src/api/envelope.ts';
import { isAppUrl } from './origin.ts';

export const UNTRUSTED_SENDER_MESSAGE = 'Anropet kom inte från Lotsplans eget fönster och har avvisats.';

/** The main process's implementation of the host calls (electron/main/dialogs.ts). */
export type HostHandlers = {
  [N in HostCallName]: (input: ParsedInputOf<HostContracts, N>) => Promise<HandlerOutputOf<HostContracts, N>>;
};

/** The host calls run through the same dispatcher as the API calls. */
export function createHostDispatch(
  hostHandlers: HostHandlers,
  options: { onInternalError?: ((call: string, error: unknown) => void) | undefined } = {},
): Dispatch {
  return createContractDispatch(hostContracts, (call, input) => (hostHandlers[call] as (input: unknown) => Promise<unknown>)(input), options);
}

/** The parts of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface RegisterIpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  dispatch: Dispatch;
  hostHandlers: HostHandlers;
  isTrustedSender: (event: SenderEvent) => boolean;
  onInternalError?: (call: string, error: unknown) => void;
}

/** Trusted: sent by the app's own window, from a frame showing app://lotsplan/. */
export function createSenderCheck(getAppWebContents: () => WebContents | null | undefined) {
  return (event: SenderEvent): boolean => {
    const own = getAppWebContents();
    if (!own || event.sender !== own) return false;
    const frame = event.senderFrame;
    return frame != null && isAppUrl(frame.url);
  };
}

export function registerIpc(deps: RegisterIpcDeps): string[] {
  const channels: string[] = [];
  const refused = (): Envelope<never> => failure('VALIDATION', UNTRUSTED_SENDER_MESSAGE);

  for (const name of CALL_NAMES) {
    const channel = channelFor(name);
    deps.ipcMain.handle(channel, async (event, input: unknown) => {
      if (!deps.isTrustedSender(event)) return refused();
      return deps.dispatch(name, input);
    });
    channels.push(channel);
  }

  const hostDispatch = createHostDispatch(deps.hostHandlers, { onInternalError: deps.onInternalError });
  for (const name of HOST_CALL_NAMES) {
    const channel = hostChannelFor(name);
    deps.ipcMain.handle(channel, async (event, input: unknown) => {
      if (!deps.isTrustedSender(event)) return refused();
      return hostDispatch(name, input);
    });
    channels.push(channel);
  }
  return channels;
}

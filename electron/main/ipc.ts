// One ipcMain.handle per API contract and per host call, nothing else. Every handler checks that
// the call comes from the app's own window before anything is validated or run.
import type * as z from 'zod';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CALL_NAMES, channelFor } from '../../src/api/contracts/index.ts';
import {
  HOST_CALL_NAMES,
  hostChannelFor,
  hostContracts,
  type HostCallName,
  type HostCallOutput,
  type HostContracts,
} from '../../src/api/contracts/host.ts';
import type { Dispatch } from '../../src/api/dispatch.ts';
import { ApiFailure, failure, type Envelope } from '../../src/api/envelope.ts';
import { formatIssues } from '../../src/core/validation/swedishIssues.ts';
import { isAppUrl } from './origin.ts';

export const UNTRUSTED_SENDER_MESSAGE = 'Anropet kom inte från Lotsplans eget fönster och har avvisats.';

export type HostHandlers = {
  [N in HostCallName]: (input: z.output<HostContracts[N]['input']>) => Promise<HostCallOutput<N>>;
};

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

  for (const name of HOST_CALL_NAMES) {
    const channel = hostChannelFor(name);
    deps.ipcMain.handle(channel, async (event, input: unknown) => {
      if (!deps.isTrustedSender(event)) return refused();
      return runHostCall(name, input, deps.hostHandlers, deps.onInternalError);
    });
    channels.push(channel);
  }
  return channels;
}

export async function runHostCall(
  name: HostCallName,
  input: unknown,
  hostHandlers: HostHandlers,
  onInternalError?: (call: string, error: unknown) => void,
): Promise<Envelope<unknown>> {
  const parsed = hostContracts[name].input.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) {
    return failure('VALIDATION', 'Uppgifterna kunde inte tas emot.', formatIssues(parsed.error.issues));
  }
  try {
    const handler = hostHandlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) return failure(error.code, error.message, error.details);
    onInternalError?.(name, error);
    return failure('INTERNAL', 'Ett oväntat fel inträffade. Inga filer har ändrats.');
  }
}

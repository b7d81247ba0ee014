// The one API client of the renderer (see rendererClient.ts for why it needs no contracts).
import type { LotsplanClient } from '../../api/client.ts';
import type { CallInput, CallName, CallOutput } from '../../api/contracts/index.ts';
import type { Envelope } from '../../api/envelope.ts';
import { createRendererClient } from './rendererClient.ts';
import { createTransport, createUnloadSend } from './transport.ts';

export const api: LotsplanClient = createRendererClient(createTransport());

const unloadSend = createUnloadSend();

/**
 * Sends a call that the browser carries out although the page is being unloaded, or returns null
 * when it cannot be sent so (too large, or in Electron): see UnloadSend in httpRequest.ts.
 */
export function sendOnUnload<N extends CallName>(call: N, input: CallInput<N>): Promise<Envelope<CallOutput<N>>> | null {
  return unloadSend(call, input) as Promise<Envelope<CallOutput<N>>> | null;
}

// A typed client over any transport: the renderer (IPC or HTTP) and tests use it alike.
import type { Envelope } from './envelope.ts';
import { CALL_NAMES, type CallInput, type CallName, type CallOutput } from './contracts/index.ts';

export type Transport = (call: CallName, input: unknown) => Promise<Envelope<unknown>>;

export type LotsplanClient = {
  [N in CallName]: (input: CallInput<N>) => Promise<Envelope<CallOutput<N>>>;
};

export function createClient(transport: Transport): LotsplanClient {
  const client = {} as Record<CallName, (input: unknown) => Promise<Envelope<unknown>>>;
  for (const name of CALL_NAMES) client[name] = (input) => transport(name, input);
  return client as LotsplanClient;
}

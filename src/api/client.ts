// A typed client over any transport: the renderer (IPC or HTTP) and tests use it alike.
import type { Envelope } from './envelope.ts';
import { CALL_NAMES, type CallName, type Contracts } from './contracts/index.ts';
import type { ClientOf } from './contracts/defineCall.ts';

export type Transport = (call: CallName, input: unknown) => Promise<Envelope<unknown>>;

export type LotsplanClient = ClientOf<Contracts>;

export function createClient(transport: Transport): LotsplanClient {
  const client = {} as Record<CallName, (input: unknown) => Promise<Envelope<unknown>>>;
  for (const name of CALL_NAMES) client[name] = (input) => transport(name, input);
  return client as LotsplanClient;
}

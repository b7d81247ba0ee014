// The renderer's API client, made from the call names alone, not from the contracts: importing the
// contracts would put zod and every schema into the start bundle and build them all before the
// first screen, only for their names. The types still come from the contracts, so only declared
// calls compile, and the host checks every call's name and input against its contract first.
import type { LotsplanClient, Transport } from '../../api/client.ts';
import type { CallName } from '../../api/contracts/index.ts';
import type { Envelope } from '../../api/envelope.ts';

type Method = (input: unknown) => Promise<Envelope<unknown>>;

/** A client whose method `name` sends the call `name` with its input through `transport`. */
export function createRendererClient(transport: Transport): LotsplanClient {
  const methods = new Map<string, Method>();
  const client = new Proxy(Object.create(null) as Record<string, Method>, {
    get(_target, name) {
      // Not a thenable (`await api` must not call the host) and no symbols.
      if (typeof name !== 'string' || name === 'then') return undefined;
      let method = methods.get(name);
      if (!method) {
        method = (input) => transport(name as CallName, input);
        methods.set(name, method);
      }
      return method;
    },
  });
  return client as unknown as LotsplanClient;
}

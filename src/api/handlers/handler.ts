// The shape of an API handler, in a file of its own so that the handler files and the handler
// table (index.ts) do not import each other.
import type { ApiContext } from '../context.ts';
import type { CallName, Contracts } from '../contracts/index.ts';
import type { HandlerOutputOf, ParsedInputOf } from '../contracts/defineCall.ts';

export type Handler<N extends CallName> = (ctx: ApiContext, input: ParsedInputOf<Contracts, N>) => Promise<HandlerOutputOf<Contracts, N>>;

export type Handlers = { [N in CallName]: Handler<N> };

// The dispatcher of every API call (contracts/index.ts): what the Electron main process and the
// browser host answer. The dispatching itself is in contractDispatch.ts.
import { contracts, type CallName } from './contracts/index.ts';
import type { ApiContext } from './context.ts';
import type { Handlers } from './handlers/handler.ts';
import { createCallDispatch, type Dispatch, type DispatchOptions } from './contractDispatch.ts';

export { createCallDispatch, createContractDispatch, outputChecksByDefault, type Dispatch, type DispatchOptions } from './contractDispatch.ts';

export function isCallName(call: string): call is CallName {
  return Object.hasOwn(contracts, call);
}

/** The dispatcher of the API calls, with the default handlers unless the caller gives others. */
export function createDispatch(ctx: ApiContext, options: DispatchOptions & { handlers?: Handlers } = {}): Dispatch {
  return createCallDispatch(ctx, contracts, options);
}

// The host-agnostic entry point: validate the input against the contract, run the handler,
// and always answer with an envelope. Nothing thrown here ever reaches a host uncaught.
// The API calls and the host calls (contracts/host.ts) go through the same dispatcher.
// This module does not load the contracts themselves: dispatch.ts answers every API call
// (contracts/index.ts), and a CLI command dispatches only the calls it makes (contracts/groups.ts),
// so that it does not build the schemas of the others at each start.
import * as z from 'zod';
import type { CallName, Contracts } from './contracts/index.ts';
import type { ContractSet } from './contracts/defineCall.ts';
import { ApiFailure, failure, type Envelope } from './envelope.ts';
import type { ApiContext } from './context.ts';
import { handlers as defaultHandlers } from './handlers/index.ts';
import type { Handlers } from './handlers/handler.ts';
import { StoreError } from '../store/contract.ts';
import { formatIssues } from '../core/validation/swedishIssues.ts';
import { EditError } from '../core/validation/editError.ts';

export type Dispatch = (call: string, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  onInternalError?: ((call: string, error: unknown) => void) | undefined;
  /**
   * Parse every output against its contract before answering; a mismatch is answered as INTERNAL
   * and reported to onInternalError. Default: on under Vitest, in development (NODE_ENV) and when
   * LOTSPLAN_CHECK_OUTPUTS=1; off otherwise, where the types alone keep handlers to their contracts.
   */
  checkOutputs?: boolean;
}

/** Whether outputs are checked when the caller does not say: tests and development. */
export function outputChecksByDefault(env: Record<string, string | undefined> = process.env): boolean {
  if (env.LOTSPLAN_CHECK_OUTPUTS === '0') return false;
  return env.LOTSPLAN_CHECK_OUTPUTS === '1' || env.VITEST !== undefined || env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}

/**
 * A dispatcher over any contract set. `run` calls the handler of a call with its parsed input;
 * the contract set decides which names exist and what their input and output look like.
 */
export function createContractDispatch<S extends ContractSet>(
  set: S,
  run: (call: keyof S & string, input: unknown) => Promise<unknown>,
  options: DispatchOptions = {},
): Dispatch {
  const checkOutputs = options.checkOutputs ?? outputChecksByDefault();
  return async (call, input) => {
    if (!Object.hasOwn(set, call)) return failure('UNKNOWN_CALL', `Anropet ”${String(call).slice(0, 80)}” finns inte.`);
    const contract = set[call as keyof S & string] as S[keyof S & string];
    const parsed = contract.input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) {
      return failure('VALIDATION', 'Uppgifterna kunde inte tas emot.', formatIssues(parsed.error.issues));
    }
    try {
      const value = await run(call, parsed.data);
      // The value itself is answered (not the parsed copy), so that checking never changes an answer.
      if (checkOutputs) contract.output.parse(value);
      return { ok: true, value };
    } catch (error) {
      return toFailure(call, error, options.onInternalError);
    }
  };
}

/**
 * The dispatcher of the API calls in `calls` (all of them, or the part a CLI command makes), with
 * the default handlers unless the caller gives others. A call outside `calls` is answered as
 * UNKNOWN_CALL, like a name that does not exist.
 */
export function createCallDispatch<N extends CallName>(
  ctx: ApiContext,
  calls: Pick<Contracts, N>,
  options: DispatchOptions & { handlers?: Handlers } = {},
): Dispatch {
  const handlers = options.handlers ?? defaultHandlers;
  return createContractDispatch(calls, (call, input) => (handlers[call] as (ctx: ApiContext, input: unknown) => Promise<unknown>)(ctx, input), options);
}

function toFailure(call: string, error: unknown, onInternalError?: (call: string, error: unknown) => void): Envelope<never> {
  if (error instanceof ApiFailure) return failure(error.code, error.message, error.details, error.reason);
  if (error instanceof EditError) return failure(error.code, error.message, error.details);
  if (error instanceof StoreError) return failure('DATABASE', error.message);
  if (error instanceof z.ZodError) {
    // An output that does not match its contract is our bug, never the user's.
    onInternalError?.(call, error);
    return failure('INTERNAL', 'Ett internt fel inträffade. Inga uppgifter har ändrats.');
  }
  onInternalError?.(call, error);
  return failure('INTERNAL', 'Ett oväntat fel inträffade. Inga uppgifter har ändrats.');
}

// The host-agnostic entry point: validate the input against the contract, run the handler,
// and always answer with an envelope. Nothing thrown here ever reaches a host uncaught.
import * as z from 'zod';
import { contracts, type CallName } from './contracts/index.ts';
import { ApiFailure, failure, type Envelope } from './envelope.ts';
import type { ApiContext } from './context.ts';
import { handlers as defaultHandlers, type Handlers } from './handlers/index.ts';
import { StoreError } from '../store/contract.ts';
import { formatIssues } from '../core/validation/swedishIssues.ts';
import { EditError } from '../core/staffing/editError.ts';

export type Dispatch = (call: string, input: unknown) => Promise<Envelope<unknown>>;

export function isCallName(call: string): call is CallName {
  return Object.hasOwn(contracts, call);
}

export function createDispatch(
  ctx: ApiContext,
  options: { handlers?: Handlers; onInternalError?: (call: string, error: unknown) => void } = {},
): Dispatch {
  const handlers = options.handlers ?? defaultHandlers;
  return async (call, input) => {
    if (!isCallName(call)) return failure('UNKNOWN_CALL', `Anropet "${String(call).slice(0, 80)}" finns inte.`);
    const contract = contracts[call];
    const parsed = contract.input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) {
      return failure('VALIDATION', 'Uppgifterna kunde inte tas emot.', formatIssues(parsed.error.issues));
    }
    try {
      const handler = handlers[call] as (ctx: ApiContext, input: unknown) => Promise<unknown>;
      const value = await handler(ctx, parsed.data);
      return { ok: true, value };
    } catch (error) {
      return toFailure(call, error, options.onInternalError);
    }
  };
}

function toFailure(call: string, error: unknown, onInternalError?: (call: string, error: unknown) => void): Envelope<never> {
  if (error instanceof ApiFailure) return failure(error.code, error.message, error.details);
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

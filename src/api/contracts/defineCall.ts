import type * as z from 'zod';
import type { Envelope } from '../envelope.ts';

/** One API call: its input and output schemas and a Swedish one-line description. */
export interface CallContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
}

export function defineCall<I extends z.ZodType, O extends z.ZodType>(c: CallContract<I, O>): CallContract<I, O> {
  return c;
}

/**
 * A set of calls keyed by name. The app has two: the API calls (contracts/index.ts), which every
 * host answers, and the host calls (contracts/host.ts), which only a desktop host answers. Both
 * are declared with defineCall and run through the same dispatcher (src/api/dispatch.ts).
 */
export type ContractSet = { readonly [name: string]: CallContract };

/** What a caller passes (defaults not yet applied). */
export type InputOf<S extends ContractSet, N extends keyof S> = z.input<S[N]['input']>;
/** What a handler receives: the input after the contract has parsed it. */
export type ParsedInputOf<S extends ContractSet, N extends keyof S> = z.output<S[N]['input']>;
/** What a caller gets back. */
export type OutputOf<S extends ContractSet, N extends keyof S> = z.output<S[N]['output']>;
/** What a handler may return (the contract's output before any defaults). */
export type HandlerOutputOf<S extends ContractSet, N extends keyof S> = z.input<S[N]['output']>;

/** A typed client of a contract set: one method per call, each answering with an envelope. */
export type ClientOf<S extends ContractSet> = {
  [N in keyof S]: (input: InputOf<S, N>) => Promise<Envelope<OutputOf<S, N>>>;
};

/** The names of a contract set, in declaration order. */
export function callNamesOf<S extends ContractSet>(set: S): (keyof S & string)[] {
  return Object.keys(set) as (keyof S & string)[];
}

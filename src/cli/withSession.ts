// The one open-session / call / report / close sequence of the CLI commands. The session (and
// with it the API, the store and SQLite) is loaded only when a command gets this far, so a
// command that needs no database, or fails on its input, starts without them; and only the
// contracts of the calls the command names in `calls` are loaded and built.
import type { Envelope } from '../api/envelope.ts';
import type { CallInput, CallName, CallOutput } from '../api/contracts/index.ts';
import { type CallsOf, type ContractGroup, loadContracts } from '../api/contracts/groups.ts';
import { type CliIo, EXIT_OK } from './io.ts';

/** A refused or failed call; `main` reports it on stderr (message, then details) with exit 1. */
export class CallFailed extends Error {
  readonly details: string[];
  constructor(error: { message: string; details?: string[] }) {
    super(error.message);
    this.name = 'CallFailed';
    this.details = error.details ?? [];
  }
}

/** A session over the calls N (the calls of the contract groups the command names). */
export interface CommandSession<N extends CallName> {
  /** The database file, resolved from --db, LOTSPLAN_DB or the app's default file. */
  readonly dbPath: string;
  /** The call's value; a refusal throws CallFailed, which `main` reports. */
  run<M extends N>(name: M, input: CallInput<M>): Promise<CallOutput<M>>;
  /** The envelope itself, for a command that answers a refusal in its own way. */
  call<M extends N>(name: M, input: CallInput<M>): Promise<Envelope<CallOutput<M>>>;
}

/** The session of a command whose calls are in the contract groups G. */
export type SessionOf<G extends ContractGroup> = CommandSession<CallsOf<G>>;

export interface SessionOptions<G extends ContractGroup> {
  /** Whether a missing database file is created (demo, import). */
  create: boolean;
  /** A file that cannot be written is opened for reading only (check, figures, log, city, backup). */
  readOnlyWhenProtected?: boolean;
  /** The contract groups (src/api/contracts/groups.ts) of the calls the command makes; no other call is answered. */
  calls: readonly G[];
}

/** Opens the database lazily for `work`, runs its calls through the API, and always closes it. */
export async function withSession<G extends ContractGroup, T>(
  io: CliIo,
  dbFlag: string | undefined,
  options: SessionOptions<G>,
  work: (session: SessionOf<G>) => Promise<T>,
): Promise<T> {
  const [{ openSession }, calls] = await Promise.all([import('./session.ts'), loadContracts(options.calls)]);
  const session = openSession(io, dbFlag, options, calls);
  try {
    const result = await work({
      dbPath: session.dbPath,
      call: (name, input) => session.call(name, input),
      run: async (name, input) => {
        const result = await session.call(name, input);
        if (!result.ok) throw new CallFailed(result.error);
        return result.value;
      },
    });
    // A command that may create the file (import, demo) says when it did: a mistyped --db would
    // otherwise go unnoticed. (restore says it in its own words.)
    if (options.create && result === EXIT_OK && session.createdDatabase()) io.stdout(`En ny databas skapades: ${session.dbPath}.\n`);
    return result;
  } finally {
    await session.close();
  }
}

/** Writes a failed envelope to stderr: the message, then one line per detail. */
export function reportFailure(io: CliIo, result: { ok: false; error: { message: string; details?: string[] } }): void {
  const lines = [`Fel: ${result.error.message}`, ...(result.error.details ?? []).map((d) => `  – ${d}`)];
  io.stderr(`${lines.join('\n')}\n`);
}

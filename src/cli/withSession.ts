// The one open-session / call / report / close sequence of the CLI commands. The session (and
// with it the API, the store and SQLite) is loaded only when a command gets this far, so a
// command that needs no database, or fails on its input, starts without them.
import type { Envelope } from '../api/envelope.ts';
import type { CallInput, CallName, CallOutput } from '../api/contracts/index.ts';
import type { CliIo } from './io.ts';

/** A refused or failed call; `main` reports it on stderr (message, then details) with exit 1. */
export class CallFailed extends Error {
  readonly details: string[];
  constructor(error: { message: string; details?: string[] }) {
    super(error.message);
    this.name = 'CallFailed';
    this.details = error.details ?? [];
  }
}

export interface CommandSession {
  /** The database file, resolved from --db, LOTSPLAN_DB or the app's default file. */
  readonly dbPath: string;
  /** The call's value; a refusal throws CallFailed, which `main` reports. */
  run<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** The envelope itself, for a command that answers a refusal in its own way. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Envelope<CallOutput<N>>>;
}

export interface SessionOptions {
  /** Whether a missing database file is created (demo, import). */
  create: boolean;
  /** A file that cannot be written is opened for reading only (check, figures, log, city, backup). */
  readOnlyWhenProtected?: boolean;
}

/** Opens the database lazily for `work`, runs its calls through the API, and always closes it. */
export async function withSession<T>(
  io: CliIo,
  dbFlag: string | undefined,
  options: SessionOptions,
  work: (session: CommandSession) => Promise<T>,
): Promise<T> {
  const { openSession } = await import('./session.ts');
  const session = openSession(io, dbFlag, options);
  try {
    return await work({
      dbPath: session.dbPath,
      call: (name, input) => session.call(name, input),
      run: async (name, input) => {
        const result = await session.call(name, input);
        if (!result.ok) throw new CallFailed(result.error);
        return result.value;
      },
    });
  } finally {
    await session.close();
  }
}

/** Writes a failed envelope to stderr: the message, then one line per detail. */
export function reportFailure(io: CliIo, result: { ok: false; error: { message: string; details?: string[] } }): void {
  const lines = [`Fel: ${result.error.message}`, ...(result.error.details ?? []).map((d) => `  – ${d}`)];
  io.stderr(`${lines.join('\n')}\n`);
}

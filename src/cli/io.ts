// The CLI's contact with the outside world, injected so tests can run commands in-process.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The standard streams whose reader has gone (see dropOutputWhenReaderGone). */
const readerGone = new Set<NodeJS.WriteStream>();
let droppingOutput = false;

/** Writes to a standard stream unless its reader has gone. */
function writeTo(stream: NodeJS.WriteStream, text: string): void {
  if (!readerGone.has(stream) && !stream.destroyed) stream.write(text);
}

export const processIo: CliIo = {
  stdout: (t) => writeTo(process.stdout, t),
  stderr: (t) => writeTo(process.stderr, t),
  env: process.env,
  cwd: process.cwd(),
};

/**
 * When the reader of standard output (or error) stops reading, as `lotsplan log | head` does,
 * writing fails with EPIPE. The command then finishes as it would have, its exit code unchanged,
 * with the rest of that output dropped, instead of ending on a stack trace. Any other error of the
 * streams is left to Node as before. For the real process only (processIo).
 */
export function dropOutputWhenReaderGone(): void {
  if (droppingOutput) return;
  droppingOutput = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      readerGone.add(stream);
    });
  }
}

/** Exit codes: 0 success, 1 refused or failed, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Thrown for wrong usage (unknown flag, missing argument); the message is Swedish. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

// The local log file of the Electron app and the browser host: lotsplan.log in the data folder,
// beside the database, rotated by size (1 MB, three files). Lines are made and redacted in core
// (src/core/log/logLine.ts). Writing is synchronous and small (a few lines per session) and never
// throws: a log that cannot be written must not stop the app; the first failure is reported once.
import realFs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  describeError,
  formatLogLine,
  LOG_FILE_COUNT,
  LOG_MAX_BYTES,
  logFileNames,
  mustRotate,
  type LogFieldValue,
  type LogLevel,
  type LogSource,
  type RedactionContext,
} from '../../core/log/logLine.ts';

type Fields = Readonly<Record<string, LogFieldValue>>;

export interface LogFileFs {
  mkdirSync: typeof realFs.mkdirSync;
  statSync: (p: string) => { size: number };
  appendFileSync: (p: string, data: string, options: { encoding: 'utf8'; mode: number }) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (p: string, options: { force: boolean }) => void;
  readFileSync: (p: string, encoding: 'utf8') => string;
  existsSync: (p: string) => boolean;
}

export interface LogFileOptions {
  /** The data folder: the log is written here. */
  dir: string;
  source: LogSource;
  /** Default: this folder, the user's home folder and login name. */
  redaction?: RedactionContext;
  maxBytes?: number;
  fileCount?: number;
  now?: () => Date;
  fs?: LogFileFs;
  /** Told once when the log cannot be written. Default: a line on standard error. */
  onWriteError?: (error: unknown) => void;
}

export interface LogContents {
  /** The current log file. */
  path: string;
  /** The files oldest first, at most `maxChars` from the end. */
  text: string;
  /** Whether older lines were left out. */
  truncated: boolean;
}

export interface LogFile {
  readonly path: string;
  info(event: string, fields?: Fields, message?: string): void;
  warn(event: string, fields?: Fields, message?: string): void;
  /** An error: its name, message and first stack frames become the line's message. */
  error(event: string, fields: Fields, error: unknown): void;
  read(maxChars?: number): LogContents;
}

/** The redaction for this user: the data folder, the home folder and the login name. */
export function defaultRedaction(dataDir: string): RedactionContext {
  let userName = '';
  try {
    userName = os.userInfo().username;
  } catch {
    userName = process.env.USERNAME ?? process.env.USER ?? '';
  }
  return { dataDir, homeDir: os.homedir(), userName };
}

/** The default characters shown by read(): about the last 200 KB. */
export const LOG_READ_MAX_CHARS = 200_000;

const defaultFs: LogFileFs = {
  mkdirSync: realFs.mkdirSync,
  statSync: (p) => realFs.statSync(p),
  appendFileSync: (p, data, options) => realFs.appendFileSync(p, data, options),
  renameSync: realFs.renameSync,
  rmSync: realFs.rmSync,
  readFileSync: (p, encoding) => realFs.readFileSync(p, encoding),
  existsSync: realFs.existsSync,
};

export function createLogFile(options: LogFileOptions): LogFile {
  const fs = options.fs ?? defaultFs;
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const names = logFileNames(options.fileCount ?? LOG_FILE_COUNT);
  const files = names.map((n) => path.join(options.dir, n));
  const current = files[0]!;
  const redaction = options.redaction ?? defaultRedaction(options.dir);
  const now = options.now ?? (() => new Date());
  let reported = false;
  const reportOnce = (error: unknown) => {
    if (reported) return;
    reported = true;
    if (options.onWriteError) options.onWriteError(error);
    else process.stderr.write(`[lotsplan] loggfilen kunde inte skrivas: ${describeError(error, 0)}\n`);
  };

  const size = (file: string): number => {
    try {
      return fs.statSync(file).size;
    } catch {
      return 0;
    }
  };

  /** lotsplan.1.log → lotsplan.2.log, lotsplan.log → lotsplan.1.log; the oldest is removed. */
  const rotate = () => {
    fs.rmSync(files.at(-1)!, { force: true });
    for (let i = files.length - 1; i >= 1; i--) {
      if (fs.existsSync(files[i - 1]!)) fs.renameSync(files[i - 1]!, files[i]!);
    }
  };

  const write = (level: LogLevel, event: string, fields?: Fields, message?: string) => {
    try {
      const line = formatLogLine({ time: now(), level, source: options.source, event, fields: fields ?? {}, message: message ?? '' }, redaction);
      fs.mkdirSync(options.dir, { recursive: true });
      if (mustRotate(size(current), Buffer.byteLength(line, 'utf8'), maxBytes)) rotate();
      fs.appendFileSync(current, line, { encoding: 'utf8', mode: 0o600 });
    } catch (error) {
      reportOnce(error);
    }
  };

  return {
    path: current,
    info: (event, fields, message) => write('info', event, fields, message),
    warn: (event, fields, message) => write('warn', event, fields, message),
    error: (event, fields, error) => write('error', event, fields, describeError(error)),
    read(maxChars = LOG_READ_MAX_CHARS) {
      let text = '';
      for (const file of [...files].reverse()) {
        try {
          if (fs.existsSync(file)) text += fs.readFileSync(file, 'utf8');
        } catch {
          // An unreadable older file is left out; the newest lines matter most.
        }
      }
      if (text.length <= maxChars) return { path: current, text, truncated: false };
      // Cut at a line start so that no half line is shown.
      const tail = text.slice(text.length - maxChars);
      const firstBreak = tail.indexOf('\n');
      return { path: current, text: firstBreak >= 0 ? tail.slice(firstBreak + 1) : tail, truncated: true };
    },
  };
}

/**
 * A store opener that logs each opening (db-open) and each refusal (db-refused, with the store's
 * message, which names the file; the path is redacted like every other).
 */
export function loggedOpen<O, S>(
  open: (file: string, options: O) => Promise<S> | S,
  log: Pick<LogFile, 'info' | 'error'>,
): (file: string, options: O) => Promise<S> {
  return async (file, options) => {
    try {
      const store = await open(file, options);
      log.info('db-open', { dbFile: file });
      return store;
    } catch (error) {
      log.error('db-refused', { dbFile: file }, error);
      throw error;
    }
  };
}

/** An internal-error reporter that also writes the error to the log. */
export function loggedInternalError(report: (call: string, error: unknown) => void, log: Pick<LogFile, 'error'>): (call: string, error: unknown) => void {
  return (call, error) => {
    log.error('error', { call }, error);
    report(call, error);
  };
}

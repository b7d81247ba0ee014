// The local log file's lines and the rule that keeps personal data out of them. Pure: the hosts
// (Electron main, browser host) write the lines with src/hosts/shared/logFile.ts.
//
// What is logged: the start of the app, the opening of the database (and its refusal), and
// unexpected errors. Never figures, plans or names: the callers pass events and error texts only.
//
// The redaction rule, applied to every field and message:
// - a path inside the data folder (where the database and the log live) is written relative to
//   it, as <datamapp>/lotsplan.sqlite;
// - the home folder becomes ~ and the login name <användare> wherever they appear (a Windows
//   profile folder is usually the user's name);
// - any other path keeps only its file name, as ~/…/fil.sqlite under the profile and …/fil.sqlite
//   elsewhere (another disk, a network share): folder names can name people or cases;
// - e-mail addresses become <e-post> and anything shaped like a personnummer <personnummer>;
// - a line is one line (line breaks become " | ") of at most LOG_LINE_MAX_CHARS characters.
// Paths given as fields are redacted exactly; in free text (an error message) a path is found
// when it is quoted ('…', "…", ”…”) or has no spaces.

export type LogLevel = 'info' | 'warn' | 'error';
export type LogSource = 'app' | 'webb' | 'cli';
export type LogFieldValue = string | number | boolean | null;

export interface LogEntry {
  time: Date;
  level: LogLevel;
  source: LogSource;
  /** A short, fixed event name: start, db-open, db-refused, error, stop. */
  event: string;
  /** Values that are paths are marked by the key: a key ending in "path" or "file" is redacted as a path. */
  fields?: Readonly<Record<string, LogFieldValue>>;
  message?: string;
}

export interface RedactionContext {
  /** The folder of the database and the log (Electron's userData). */
  dataDir: string;
  /** The user's home folder. */
  homeDir: string;
  /** The login name. */
  userName: string;
}

export const LOG_LINE_MAX_CHARS = 4000;
/** Rotation: the current file up to this size, then it becomes .1 and .1 becomes .2. */
export const LOG_MAX_BYTES = 1024 * 1024;
/** Files kept: lotsplan.log, lotsplan.1.log, lotsplan.2.log. */
export const LOG_FILE_COUNT = 3;
export const LOG_FILE_NAME = 'lotsplan.log';

const DATA_DIR_LABEL = '<datamapp>';
const USER_LABEL = '<användare>';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A folder as a pattern matching either slash and, on a drive letter or UNC path, any case. */
function folderPattern(dir: string): RegExp | null {
  const trimmed = dir.replace(/[\\/]+$/, '');
  if (trimmed.length < 2) return null;
  const windowsLike = /^[A-Za-z]:|^\\\\/.test(trimmed);
  const source = trimmed
    .split(/[\\/]+/)
    .map(escapeRegExp)
    .join('[\\\\/]+');
  // Only a whole folder: followed by a separator, a quote, a space or the end.
  return new RegExp(`${source}(?=[\\\\/]|$|[\\s'"”“’),;:])`, windowsLike ? 'gi' : 'g');
}

const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\[^\\/\s]+[\\/])/;
const POSIX_ABSOLUTE = /^\/[^/\s]/;

function isAbsolutePath(text: string): boolean {
  return WINDOWS_ABSOLUTE.test(text) || POSIX_ABSOLUTE.test(text);
}

/** A path outside the data folder keeps only its last part (under the profile: ~/…/name). */
function fileNameOnly(p: string): string {
  const parts = p.split(/[\\/]+/).filter((s) => s.length > 0);
  const last = parts.at(-1) ?? '';
  if (p.startsWith('~')) return parts.length <= 1 ? '~' : `~/…/${last}`;
  return `…/${last}`;
}

function replaceFolder(text: string, dir: string, label: string): string {
  const pattern = folderPattern(dir);
  if (!pattern) return text;
  return text.replace(pattern, label).replace(new RegExp(`${escapeRegExp(label)}[\\\\/]+`, 'g'), `${label}/`);
}

/** A path to shorten: absolute, or under the profile (~/…); a data-folder path is already relative. */
function isShortenable(p: string): boolean {
  return isAbsolutePath(p) || /^~[\\/]/.test(p);
}

/** Quoted paths (spaces allowed inside the quotes), then bare ones (up to a space). */
const QUOTED_PATH = /(['"”“’])((?:[A-Za-z]:[\\/]|\\\\[^\\/\s'"”]+[\\/]|\/|~[\\/])[^'"”“’\n]*?)(['"”“’])/g;
const BARE_PATH = /(^|[\s(=,:])((?:[A-Za-z]:[\\/]|\\\\[^\\/\s]+[\\/]|\/(?=[^/\s])|~[\\/])[^\s'"”“’(),;]*)/g;

/** A word with a backslash, or with slashes and a file extension, that is not a shortened path already. */
const PATH_REMAINDER = /(^|[\s(=,:])((?![~<…])[^\s'"”“’(),;]*(?:\\[^\s'"”“’(),;]+|\/[^\s'"”“’(),;/]+\.[A-Za-z0-9]{1,8}(?=[\s'"”“’(),;:]|$)))/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN (and samordningsnummer, day + 60), with or without the separator, not inside a longer number. */
const PERSONNUMMER = /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])[-+]?\d{4}(?!\d)/g;

/** Free text without personal data, by the rule at the top of this file. */
export function redactText(text: string, ctx: RedactionContext): string {
  let out = replaceFolder(text, ctx.dataDir, DATA_DIR_LABEL);
  out = replaceFolder(out, ctx.homeDir, '~');
  out = out.replace(QUOTED_PATH, (_, open: string, p: string, close: string) => `${open}${isShortenable(p) ? fileNameOnly(p) : p}${close}`);
  out = out.replace(BARE_PATH, (_, lead: string, p: string) => `${lead}${isShortenable(p) ? fileNameOnly(p) : p}`);
  // The rest of an unquoted path with spaces ("Norr\\db.sqlite" of "D:\\Enhet Norr\\db.sqlite").
  out = out.replace(PATH_REMAINDER, (_, lead: string, p: string) => `${lead}${fileNameOnly(p)}`);
  out = out.replace(EMAIL, '<e-post>');
  const userName = ctx.userName.trim();
  if (userName.length >= 2) out = out.replace(new RegExp(escapeRegExp(userName), 'gi'), USER_LABEL);
  out = out.replace(PERSONNUMMER, '<personnummer>');
  return out;
}

function isUnder(p: string, dir: string): boolean {
  const pattern = folderPattern(dir);
  if (!pattern) return false;
  const match = pattern.exec(p);
  return match !== null && match.index === 0;
}

/** A path as the log shows it: relative to the data folder, else its file name only. */
export function redactPath(p: string, ctx: RedactionContext): string {
  if (isUnder(p, ctx.dataDir)) return redactText(replaceFolder(p, ctx.dataDir, DATA_DIR_LABEL).replace(/\\/g, '/'), ctx);
  if (isUnder(p, ctx.homeDir)) return redactText(fileNameOnly(replaceFolder(p, ctx.homeDir, '~')), ctx);
  if (!isAbsolutePath(p)) return redactText(p, ctx);
  return redactText(fileNameOnly(p), ctx);
}

function isPathKey(key: string): boolean {
  return /(?:path|file)$/i.test(key);
}

function fieldText(value: LogFieldValue): string {
  if (value === null) return 'null';
  const text = String(value);
  return /^[^\s"=|]+$/.test(text) ? text : JSON.stringify(text);
}

/** An error as text: its name, message and the first frames of its stack, without personal data once redacted. */
export function describeError(error: unknown, frames = 4): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const head = `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${error.message}`;
    const stack = (error.stack ?? '')
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter((l) => l.startsWith('at '))
      .slice(0, frames);
    return [head, ...stack].join(' | ');
  }
  return typeof error === 'string' ? error : `Okänt fel: ${String(error)}`;
}

/** One line of the log, redacted and ending in a newline. */
export function formatLogLine(entry: LogEntry, ctx: RedactionContext): string {
  const parts = [entry.time.toISOString(), entry.level.toUpperCase().padEnd(5), entry.source, entry.event];
  for (const [key, value] of Object.entries(entry.fields ?? {})) {
    if (!/^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(key)) continue;
    const shown = typeof value === 'string' ? (isPathKey(key) ? redactPath(value, ctx) : redactText(value, ctx)) : value;
    parts.push(`${key}=${fieldText(shown)}`);
  }
  if (entry.message !== undefined && entry.message.length > 0) parts.push(`– ${redactText(entry.message, ctx)}`);
  let line = parts.join(' ').replace(/\r\n|\r|\n/g, ' | ');
  // Other control characters would make the file hard to read.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  line = line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
  if (line.length > LOG_LINE_MAX_CHARS) line = `${line.slice(0, LOG_LINE_MAX_CHARS - 1)}…`;
  return `${line}\n`;
}

/** The log's files, newest first: lotsplan.log, lotsplan.1.log, lotsplan.2.log. */
export function logFileNames(count = LOG_FILE_COUNT, baseName = LOG_FILE_NAME): string[] {
  const stem = baseName.replace(/\.log$/, '');
  return Array.from({ length: count }, (_, i) => (i === 0 ? baseName : `${stem}.${i}.log`));
}

/** Whether the current file must be rotated before a line of `lineBytes` is added. */
export function mustRotate(currentBytes: number, lineBytes: number, maxBytes = LOG_MAX_BYTES): boolean {
  return currentBytes > 0 && currentBytes + lineBytes > maxBytes;
}

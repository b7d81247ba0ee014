// Recognises better-sqlite3's errors (SqliteError has a `code` such as "SQLITE_CONSTRAINT_CHECK").
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from './contract.ts';
import { refuse, writeFailed } from './messages.ts';

export function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function hasCode(error: unknown, prefix: string): boolean {
  const code = sqliteCode(error);
  return code === prefix || (code?.startsWith(`${prefix}_`) ?? false);
}

export const isCorrupt = (e: unknown) => hasCode(e, 'SQLITE_CORRUPT') || hasCode(e, 'SQLITE_NOTADB');
export const isBusy = (e: unknown) => hasCode(e, 'SQLITE_BUSY') || hasCode(e, 'SQLITE_LOCKED');
export const isReadOnly = (e: unknown) => hasCode(e, 'SQLITE_READONLY') || hasCode(e, 'SQLITE_PERM');
export const isIoError = (e: unknown) => hasCode(e, 'SQLITE_IOERR') || hasCode(e, 'SQLITE_CANTOPEN');

/**
 * A full disk: SQLITE_FULL, or an I/O error (e.g. SQLITE_IOERR_SHMSIZE when the -shm file cannot
 * grow) while the folder's file system has next to no space left.
 */
export function isDiskFull(error: unknown, file: string): boolean {
  if (hasCode(error, 'SQLITE_FULL')) return true;
  if (!isIoError(error)) return false;
  try {
    const stats = fs.statfsSync(path.dirname(file));
    return stats.bavail * stats.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

function folderWritable(file: string): boolean {
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function technical(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Maps an error from reading a file before it is accepted to a refusal. Rethrows StoreErrors. */
export function inspectionError(file: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isCorrupt(error)) return refuse.damaged(file, `SQLite: ${technical(error)}`);
  if (isBusy(error)) return refuse.locked(file);
  if (isDiskFull(error, file)) return refuse.diskFull(file);
  // E.g. SQLITE_READONLY_DIRECTORY: a WAL file in a folder where SQLite cannot create its -shm.
  if (isReadOnly(error)) {
    return hasCode(error, 'SQLITE_READONLY_DIRECTORY') ? refuse.folderNotWritable(file, path.dirname(file)) : refuse.readOnlyFile(file);
  }
  // SQLite says only "unable to open database file" when it cannot create the -shm of a WAL file
  // beside a file it can read (an immutable or read-only folder): the folder is the problem.
  if (hasCode(error, 'SQLITE_CANTOPEN') && fs.existsSync(file) && !folderWritable(file)) return refuse.folderNotWritable(file, path.dirname(file));
  return refuse.unreadable(file, technical(error));
}

/** Maps an error from a write transaction (already rolled back) to a StoreError. */
export function writeError(file: string, what: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isBusy(error)) return refuse.locked(file);
  const detail = technical(error);
  if (hasCode(error, 'SQLITE_CONSTRAINT')) {
    return writeFailed(file, what, 'uppgifterna bryter mot databasens regler', detail);
  }
  if (isDiskFull(error, file)) return writeFailed(file, what, 'disken är full');
  if (isReadOnly(error)) return writeFailed(file, what, 'filen eller mappen är skrivskyddad', detail);
  if (isCorrupt(error)) return writeFailed(file, what, 'filen verkar vara skadad', detail);
  if (isIoError(error)) return writeFailed(file, what, 'ett läs- eller skrivfel uppstod', detail);
  return writeFailed(file, what, null, detail);
}

// Backups with SQLite's online backup API: a consistent copy even while the store is open.
// The copy is written under a temporary name, switched to a single-file journal mode, checked
// with quick_check and only then given its final name, so a backup that exists is a good one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { LotsplanStore } from './contract.ts';
import { backupFailed } from './messages.ts';
import { isDiskFull } from './sqliteErrors.ts';
import { integrityProblems } from './checks.ts';
import { SqliteStore } from './sqliteStore.ts';
import { openReadOnly } from './inspect.ts';
import { fileSlug } from '../core/format/slug.ts';

export interface BackupOptions {
  /** Folder for the backup; default `backups/` beside the database file. */
  dir?: string;
  /** Why the backup is taken, as a file-name slug, e.g. "fore-migrering-v0-till-v1". */
  reason: string;
  /** For tests: the time in the file name. */
  now?: Date;
}

export function defaultBackupDir(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'backups');
}

/** Local time as 2026-11-22T2130: sorts by time and is valid in file names on every platform. */
export function stamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}${two(now.getMinutes())}`;
}

/** Lower-case ASCII with dashes: "före export" → "fore-export". */
export const slug = fileSlug;

/** `<base>.sqlite`, or `<base>-2.sqlite` and so on when taken. */
export function freeName(dir: string, base: string): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? `${base}.sqlite` : `${base}-${n}.sqlite`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** The first part of the names of a database file's backups: "lotsplan" for lotsplan.sqlite. */
export function backupStem(databasePath: string): string {
  return slug(path.basename(databasePath, path.extname(databasePath))) || 'lotsplan';
}

/** Copies an open connection (read-only or not) to a new file in `dir`; returns the file's path. */
export async function backupConnection(
  source: Database.Database,
  databasePath: string,
  options: BackupOptions,
): Promise<string> {
  const dir = path.resolve(options.dir ?? defaultBackupDir(databasePath));
  const stem = backupStem(databasePath);
  const reason = slug(options.reason);
  const base = [stem, stamp(options.now ?? new Date()), reason].filter(Boolean).join('-');
  let target = '';
  let partial = '';
  try {
    fs.mkdirSync(dir, { recursive: true });
    target = freeName(dir, base);
    // Unique per process: two programs backing up the same file in the same minute must not
    // write into (or remove) each other's partial copy.
    partial = `${target}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.part`;
    await source.backup(partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const problems = integrityProblems(copy, 'quick_check');
      if (problems.length > 0) throw new Error(`kopian klarade inte quick_check: ${problems.join('; ')}`);
    } finally {
      copy.close();
    }
    // The name may have been taken meanwhile by another program's backup.
    if (fs.existsSync(target)) target = freeName(dir, base);
    fs.renameSync(partial, target);
    return target;
  } catch (error) {
    if (partial) for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
    const full = isDiskFull(error, path.join(dir, 'x')) || (error as NodeJS.ErrnoException | null)?.code === 'ENOSPC';
    throw backupFailed(databasePath, dir, full ? 'disken är full' : error instanceof Error ? error.message : String(error));
  }
}

/** Backs up an open store or a database file; returns the backup's path. */
export async function backupDatabase(source: LotsplanStore | string, options: BackupOptions): Promise<string> {
  if (typeof source !== 'string') {
    if (!(source instanceof SqliteStore)) throw new TypeError('backupDatabase needs a store opened by openStore');
    return backupConnection(source.raw, source.path, options);
  }
  const { db, close } = openReadOnly(source, 5000);
  try {
    return await backupConnection(db, source, options);
  } finally {
    close();
  }
}

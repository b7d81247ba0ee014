// Restores a backup (or any Lotsplan database file) over the database file.
//
// 1. The candidate is checked read-only and never changed: SQLite header, Lotsplan's
//    application_id, a user_version this version can read, integrity_check and foreign_key_check.
// 2. The current file, if there is one, must itself pass the checks on open (a refused file is never
//    replaced: that is the recovery screen's "restore beside" instead), and no other connection may
//    hold it: an exclusive lock is taken.
// 3. A backup of the current file is taken (reason "fore-aterstallning").
// 4. The candidate is copied with SQLite's backup API to a temporary file in the same folder,
//    checked, fsynced and renamed over the database file; the old file's -wal/-shm are removed
//    only after its last connection is closed (and checkpointed), so they can never be applied to
//    the new file. Then the folder is fsynced.
// The caller closes its store before and reopens it after.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../contract.ts';
import { type Inspection, inspectFile } from '../inspect.ts';
import { fullCheckProblems, integrityProblems } from '../checks.ts';
import { refuse } from '../messages.ts';
import { isBusy } from '../sqliteErrors.ts';
import { backupConnection } from './create.ts';
import { BEFORE_RESTORE_REASON, backupStem } from './names.ts';
import { rotateBackups } from './rotation.ts';
import { restoreRefusal } from './messages.ts';
import { realDatabasePath } from '../realPath.ts';
import { restoreCopyName } from './partials.ts';
import { fileOps, fsyncFile, fsyncFolder, unlinkWithSidecars } from '../fileOps.ts';

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export interface RestoreOptions {
  /** Where the backup of the current file goes; default `backups/` beside it. */
  backupDir?: string;
  /** For tests: the time in the backup's name. */
  now?: Date;
  busyTimeoutMs?: number;
}

export interface RestoreResult {
  databasePath: string;
  candidatePath: string;
  /** The backup of the file that was replaced; null when there was no file. */
  safetyBackup: string | null;
  /** The restored file's database version (it is upgraded when next opened if older). */
  schemaVersion: number;
}

function sameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Checks the candidate read-only and copies it (including anything still in its WAL) to `copy`.
 * Returns the candidate's database version. Refusals name the candidate; the candidate is never
 * changed.
 */
async function copyCheckedCandidate(candidate: string, target: string, copy: string, busyTimeoutMs: number): Promise<number> {
  let inspection: Inspection;
  try {
    inspection = inspectFile(candidate, busyTimeoutMs);
  } catch (error) {
    if (error instanceof StoreError) throw restoreRefusal.candidate(candidate, target, error);
    throw error;
  }
  if (inspection.kind === 'missing') throw restoreRefusal.candidate(candidate, target, refuse.notFound(candidate));
  try {
    // inspectFile adopts a blank SQLite file (version 0); a restore needs a real Lotsplan database.
    if (inspection.schemaVersion < 1) throw restoreRefusal.candidate(candidate, target, refuse.foreign(candidate));
    const problems = fullCheckProblems(inspection.db);
    if (problems.length > 0) throw restoreRefusal.candidateDamaged(candidate, target, problems.join('; '));
    fileOps().sqliteStep('restore-copy', copy);
    await inspection.db.backup(copy);
    return inspection.schemaVersion;
  } finally {
    inspection.close();
  }
}

/** Makes the copy a single file, checks it again and forces it to disk. */
function finishCopy(copy: string, expectedVersion: number): void {
  fileOps().sqliteStep('restore-finish', copy);
  const db = new Database(copy, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const problems = integrityProblems(db, 'quick_check');
    if (problems.length > 0) throw new Error(`kopian klarade inte databasens snabbkontroll (quick_check): ${problems.join('; ')}`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version !== expectedVersion) throw new Error(`kopian har databasversion ${version}, inte ${expectedVersion}`);
  } finally {
    db.close();
  }
  fsyncFile(copy);
}

/**
 * Takes the current file exclusively (refusing when another connection has it open), backs it up,
 * checkpoints its WAL and closes it; then removes its sidecars. Returns the backup's path.
 */
async function backUpAndReleaseCurrent(target: string, options: RestoreOptions, busyTimeoutMs: number): Promise<string> {
  let db: Database.Database;
  try {
    db = new Database(target, { fileMustExist: true, timeout: busyTimeoutMs });
  } catch (error) {
    if (isBusy(error)) throw restoreRefusal.locked(target);
    throw error;
  }
  let backup: string;
  try {
    try {
      // In exclusive locking mode the lock taken here is kept until the connection closes.
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      db.exec('COMMIT');
    } catch (error) {
      if (isBusy(error)) throw restoreRefusal.locked(target);
      throw error;
    }
    backup = await backupConnection(db, target, { dir: options.backupDir, reason: BEFORE_RESTORE_REASON, now: options.now });
    fileOps().sqliteStep('restore-checkpoint', target);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  // The connection is closed: what the -wal held is in the file (and in the backup).
  unlinkWithSidecars(target, ['-wal', '-shm', '-journal']);
  return backup;
}

/**
 * Replaces the database file `databasePath` with the checked candidate; all connections to it
 * must be closed. A refused candidate or current file throws a Swedish StoreError and changes
 * nothing.
 */
export async function restoreDatabase(databasePath: string, candidatePath: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  // The real file behind a symbolic link is restored; the link stays as it is.
  const target = realDatabasePath(databasePath);
  const candidate = path.resolve(candidatePath);
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (candidate === target || sameFile(candidate, target)) throw restoreRefusal.sameFile(candidate);

  // The current file: missing (a restore to a new path), or a database that opens without refusal.
  let currentExists = false;
  try {
    const current = inspectFile(target, busyTimeoutMs);
    if (current.kind === 'existing') {
      current.close();
      currentExists = true;
    }
  } catch (error) {
    if (error instanceof StoreError) throw restoreRefusal.currentRefused(target, error);
    throw error;
  }

  const folder = path.dirname(target);
  fileOps().mkdir(folder);
  const copy = restoreCopyName(target);
  let safetyBackup: string | null = null;
  try {
    const schemaVersion = await copyCheckedCandidate(candidate, target, copy, busyTimeoutMs);
    finishCopy(copy, schemaVersion);
    if (currentExists) safetyBackup = await backUpAndReleaseCurrent(target, options, busyTimeoutMs);
    fileOps().rename(copy, target);
    try {
      fsyncFolder(folder);
    } catch {
      // The rename has happened; only its durability across a power cut depends on this.
    }
    if (safetyBackup) {
      try {
        rotateBackups(target, { dir: options.backupDir, now: options.now });
      } catch {
        // A backup too many is harmless.
      }
    }
    return { databasePath: target, candidatePath: candidate, safetyBackup, schemaVersion };
  } catch (error) {
    try {
      unlinkWithSidecars(copy);
    } catch {
      // A temporary copy that cannot be removed now is removed on a later open (partials.ts).
    }
    if (error instanceof StoreError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw restoreRefusal.failed(target, candidate, 'WRITE_FAILED', detail);
  }
}

/**
 * A free path for a new database beside `databasePath`, e.g. `lotsplan-ny-2026-11-22T2130.sqlite`
 * for kind "ny", or `lotsplan-aterstalld-…` for a restore beside a refused file.
 */
export function databasePathBeside(databasePath: string, kind: string, now: Date = new Date()): string {
  const target = path.resolve(databasePath);
  return freeName(path.dirname(target), `${backupStem(target)}-${kind}-${minuteStamp(now)}`);
}

/**
 * Local time as 2026-11-22T2130: sorts by time and is valid in file names on every platform. For
 * the names of new database files beside a database; backups carry the second (backupStamp).
 */
function minuteStamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}${two(now.getMinutes())}`;
}

/** `<base>.sqlite`, or `<base>-2.sqlite` and so on when taken. Not for backups: see nextBackupName. */
function freeName(dir: string, base: string): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? `${base}.sqlite` : `${base}-${n}.sqlite`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

// Backups with SQLite's online backup API: a consistent copy even while the store is open.
// The copy is written under a temporary name, switched to a single-file journal mode, checked
// with quick_check and only then given its final name, so a backup that exists is a good one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { LotsplanStore } from '../contract.ts';
import { backupFailed } from '../messages.ts';
import { fileOps, fsyncFile, fsyncFolder, unlinkWithSidecars } from '../fileOps.ts';
import { isDiskFull } from '../sqliteErrors.ts';
import { integrityProblems } from '../checks.ts';
import { SqliteStore } from '../sqliteStore.ts';
import { openReadOnly } from '../inspect.ts';
import { fileSlug } from '../../core/format/slug.ts';
import { defaultBackupDir, nextBackupName } from './names.ts';

export interface BackupOptions {
  /** Folder for the backup; default `backups/` beside the database file. */
  dir?: string | undefined;
  /** Why the backup is taken, as a file-name slug, e.g. "fore-migrering-v0-till-v1". */
  reason: string;
  /** For tests: the time in the file name. */
  now?: Date | undefined;
}

/**
 * Gives the finished copy `partial` the name `first`, or the next free backup name when another
 * program took that name meanwhile: an existing backup is never replaced. A hard link fails when
 * the name exists; file systems without hard links (FAT on a USB stick) fall back to a rename after
 * a check.
 */
function publishWithoutReplacing(partial: string, next: () => string, first: string): string {
  const ops = fileOps();
  let target = first;
  for (let attempt = 0; attempt < 1000; attempt++) {
    try {
      ops.link(partial, target);
      ops.unlink(partial);
      return target;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        target = next();
        continue;
      }
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV') {
        if (fs.existsSync(target)) {
          target = next();
          continue;
        }
        ops.rename(partial, target);
        return target;
      }
      // The link may exist although the removal of the partial name failed: take it back, so a
      // failed backup leaves no file behind.
      try {
        if (fs.existsSync(target) && fs.existsSync(partial) && sameInode(partial, target)) ops.unlink(target);
      } catch {
        // Both names are left; the partial one is removed on a later open, the other is a valid backup.
      }
      throw error;
    }
  }
  throw new Error('inget ledigt namn för säkerhetskopian');
}

function sameInode(a: string, b: string): boolean {
  const sa = fs.statSync(a);
  const sb = fs.statSync(b);
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Copies an open connection (read-only or not) to a new file in `dir`; returns the file's path. */
export async function backupConnection(source: Database.Database, databasePath: string, options: BackupOptions): Promise<string> {
  const dir = path.resolve(options.dir ?? defaultBackupDir(databasePath));
  const reason = fileSlug(options.reason) || 'kopia';
  const now = options.now ?? new Date();
  const ops = fileOps();
  let target = '';
  let partial = '';
  let published = '';
  try {
    // A folder made now is itself a new name in its parent: sync that too, or a power cut may
    // lose the folder with every backup in it.
    const newFolder = !fs.existsSync(dir);
    ops.mkdir(dir);
    if (newFolder) fsyncFolder(path.dirname(dir));
    target = nextBackupName(dir, databasePath, reason, now);
    // Unique per process: two programs backing up the same file in the same second must not
    // write into (or remove) each other's partial copy.
    partial = `${target}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.part`;
    ops.sqliteStep('backup-copy', partial);
    await source.backup(partial);
    ops.sqliteStep('backup-finish', partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const problems = integrityProblems(copy, 'quick_check');
      if (problems.length > 0) throw new Error(`kopian klarade inte databasens snabbkontroll (quick_check): ${problems.join('; ')}`);
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    published = publishWithoutReplacing(partial, () => nextBackupName(dir, databasePath, reason, now), target);
    // The new name must survive a power cut: until the folder is synced it may be lost although
    // the copy's contents are on disk.
    fsyncFolder(dir);
    return published;
  } catch (error) {
    // A failed backup leaves nothing behind: neither the partial copy nor a published name that
    // was not made durable (best effort; what cannot be removed is cleaned up on a later open).
    for (const leftover of [partial, published]) {
      if (!leftover) continue;
      try {
        unlinkWithSidecars(leftover);
      } catch {
        // A partial copy is removed by removeStalePartials on a later open; a published one is a valid backup.
      }
    }
    const full = isDiskFull(error, path.join(dir, 'x')) || (error as NodeJS.ErrnoException | null)?.code === 'ENOSPC';
    if (full) throw backupFailed(databasePath, dir, '', 'disken är full');
    throw backupFailed(databasePath, dir, error instanceof Error ? error.message : String(error));
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

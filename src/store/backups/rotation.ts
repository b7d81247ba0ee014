// Rotation of the automatic backups in `backups/` beside the database.
//
// Kept: every automatic backup taken in the last 24 hours; then the newest automatic backup of
// each of the last 7 calendar days (today and the six days before) and the newest of each of the
// last 4 ISO weeks (Monday–Sunday; this week and the three before). Times are local time as written
// in the file names (to the second); "newest" orders by that time, then by the sequence within the
// second, never by anything else in the name. Everything else that is an automatic backup of this
// database is removed, oldest first.
//
// Never removed: manual backups (reason "manuell", made by "Säkerhetskopiera nu" and
// `lotsplan backup`), backups dated in the future (a clock that was wrong), files whose names are
// not a backup name of this database (other databases' backups, unfinished `.part` files, anything
// the user put there) and folders.
import fs from 'node:fs';
import path from 'node:path';
import { fileOps } from '../fileOps.ts';
import { compareNewestFirst, defaultBackupDir, parseBackupName, type BackupName } from './names.ts';

export const KEEP_DAYS = 7;
export const KEEP_WEEKS = 4;
/** Every automatic backup younger than this is kept. */
export const KEEP_ALL_HOURS = 24;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the local calendar date of `date`. */
function dayNumber(date: Date): number {
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** ISO weeks (starting on Monday) since the week of 1970-01-01, which was a Thursday. */
function weekNumber(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** Which backups to keep and which to remove; pure, for tests with synthetic dates. */
export function planRotation(backups: readonly BackupName[], now: Date): { keep: BackupName[]; remove: BackupName[] } {
  const today = dayNumber(now);
  const thisWeek = weekNumber(today);
  const keep = new Set<BackupName>();
  const seenDays = new Set<number>();
  const seenWeeks = new Set<number>();
  for (const backup of [...backups].sort(compareNewestFirst)) {
    const day = dayNumber(backup.takenAt);
    const week = weekNumber(day);
    const ageMs = now.getTime() - backup.takenAt.getTime();
    if (backup.manual || day > today || ageMs < KEEP_ALL_HOURS * 3_600_000) {
      keep.add(backup);
      // A backup of the last 24 hours is still the newest of its day and week for the rules below.
      if (!backup.manual && day <= today) {
        seenDays.add(day);
        seenWeeks.add(week);
      }
      continue;
    }
    // The first seen of a day or week is its newest, because the list is sorted newest first.
    if (today - day < KEEP_DAYS && !seenDays.has(day)) keep.add(backup);
    if (thisWeek - week < KEEP_WEEKS && !seenWeeks.has(week)) keep.add(backup);
    seenDays.add(day);
    seenWeeks.add(week);
  }
  const sorted = [...backups].sort(compareNewestFirst);
  return { keep: sorted.filter((b) => keep.has(b)), remove: sorted.filter((b) => !keep.has(b)).reverse() };
}

/** The backups of `databasePath` in `dir` (default `backups/` beside it), by their names. */
export function readBackupNames(databasePath: string, dir = defaultBackupDir(databasePath)): BackupName[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => parseBackupName(databasePath, e.name))
    .filter((b): b is BackupName => b !== null)
    .sort(compareNewestFirst);
}

/**
 * Removes the automatic backups the rotation does not keep; returns the removed file names.
 * A file that cannot be removed is left and the rest still handled.
 */
export function rotateBackups(databasePath: string, options: { dir?: string | undefined; now?: Date | undefined } = {}): string[] {
  const dir = path.resolve(options.dir ?? defaultBackupDir(databasePath));
  const { remove } = planRotation(readBackupNames(databasePath, dir), options.now ?? new Date());
  const removed: string[] = [];
  for (const backup of remove) {
    try {
      fileOps().unlink(path.join(dir, backup.fileName));
      removed.push(backup.fileName);
    } catch {
      // Left for the next rotation; a backup too many is harmless.
    }
  }
  return removed;
}

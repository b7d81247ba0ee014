// Automatic backups: at start when the newest backup is too old, and before imports. Each is
// followed by the rotation (see rotation.ts), which never removes manual backups.
import type { LotsplanStore } from '../contract.ts';
import { backupDatabase } from './create.ts';
import { STARTUP_REASON } from './names.ts';
import { readBackupNames, rotateBackups } from './rotation.ts';

export interface AutomaticBackupOptions {
  /** Folder for the backups; default `backups/` beside the database. */
  dir?: string | undefined;
  /** For tests. */
  now?: Date | undefined;
}

/** Backs up the open store under `reason`, then rotates; returns the backup's path. */
export async function takeAutomaticBackup(store: LotsplanStore, reason: string, options: AutomaticBackupOptions = {}): Promise<string> {
  const backup = await backupDatabase(store, { reason, dir: options.dir, now: options.now });
  try {
    rotateBackups(store.path, { dir: options.dir, now: options.now });
  } catch {
    // A backup too many is harmless; the new one exists.
  }
  return backup;
}

/**
 * Takes an automatic backup when the newest backup of the database (of any kind) is older than
 * `maxAgeHours`, or there is none. An empty database is not backed up. Returns the new backup's
 * path, or null when none was needed.
 */
export async function ensureRecentBackup(store: LotsplanStore, options: AutomaticBackupOptions & { maxAgeHours?: number } = {}): Promise<string | null> {
  const now = options.now ?? new Date();
  const maxAgeMs = (options.maxAgeHours ?? 12) * 3_600_000;
  if ((await store.countUnitYears()) === 0) return null;
  const newest = readBackupNames(store.path, options.dir)[0];
  if (newest && now.getTime() - newest.takenAt.getTime() < maxAgeMs) return null;
  return takeAutomaticBackup(store, STARTUP_REASON, { dir: options.dir, now });
}

// Reads what a backup's file name says: whose backup it is, when it was taken and why.
// Names are made by backupConnection: `<stem>-YYYY-MM-DDTHHMM-<reason>.sqlite`, with `-2`, `-3` …
// before `.sqlite` when several are taken in the same minute. The time is local time.
import { backupStem } from '../backup.ts';

/** The reason of a backup the user asked for. Manual backups are never removed by the rotation. */
export const MANUAL_REASON = 'manuell';
/** The reason of the backup taken at start when the newest backup is too old. */
export const STARTUP_REASON = 'automatisk';
export const BEFORE_IMPORT_REASON = 'fore-import';
export const BEFORE_RESTORE_REASON = 'fore-aterstallning';

export interface BackupName {
  fileName: string;
  /** Local time from the name (minute resolution). */
  takenAt: Date;
  /** "2026-11-22T21:30", local time as in the name. */
  takenAtIso: string;
  /** The reason slug, e.g. "fore-import". */
  reason: string;
  /** 1 for the first backup of a minute, 2 for `-2` and so on: orders backups within a minute. */
  sequence: number;
  manual: boolean;
}

const NAME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*?)(?:-(\d+))?\.sqlite$/;

/** The backup's parts when `fileName` is a backup of the database `databasePath`; otherwise null. */
export function parseBackupName(databasePath: string, fileName: string): BackupName | null {
  const prefix = `${backupStem(databasePath)}-`;
  if (!fileName.startsWith(prefix)) return null;
  const match = NAME.exec(fileName.slice(prefix.length));
  if (!match) return null;
  const [, y, mo, d, h, mi, reason, seq] = match;
  const takenAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  // Reject impossible dates such as 2026-02-31 (the Date would roll over to March).
  if (takenAt.getMonth() !== Number(mo) - 1 || takenAt.getDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59) {
    return null;
  }
  return {
    fileName,
    takenAt,
    takenAtIso: `${y}-${mo}-${d}T${h}:${mi}`,
    reason: reason!,
    sequence: seq === undefined ? 1 : Number(seq),
    manual: reason === MANUAL_REASON,
  };
}

/** Newest first: by the time in the name, then by the sequence within the minute. */
export function compareNewestFirst(a: BackupName, b: BackupName): number {
  return b.takenAt.getTime() - a.takenAt.getTime() || b.sequence - a.sequence;
}

/** The reason in Swedish, for the list of backups. */
export function reasonText(reason: string): string {
  if (reason === MANUAL_REASON) return 'Manuell säkerhetskopia';
  if (reason === STARTUP_REASON) return 'Automatisk vid start';
  if (reason === BEFORE_IMPORT_REASON) return 'Före import';
  if (reason === BEFORE_RESTORE_REASON) return 'Före återställning';
  const migration = /^fore-migrering-v(\d+)-till-v(\d+)$/.exec(reason);
  if (migration) return `Före uppgradering från databasversion ${migration[1]} till ${migration[2]}`;
  const words = reason.replace(/-/g, ' ').replace(/^fore\b/, 'före');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

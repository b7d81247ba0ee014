// Where a database's backups live and what their file names say: whose backup it is, when it was
// taken and why.
// Names are made by backupConnection: `<stem>-YYYY-MM-DDTHHMMSS-<reason>.sqlite`, with `-2`, `-3` …
// before `.sqlite` for the second, third … backup taken in the same second. The time is local time.
// Names from earlier versions carry only the minute (`…THHMM-…`); they are still read, as taken at
// second 0 of that minute.
//
// A sequence number is never reused while a backup of the same second exists: a new backup gets one
// more than the highest sequence of that second (see nextBackupName), so within a second the higher
// sequence is always the later backup, whichever backups rotation has removed.
import fs from 'node:fs';
import path from 'node:path';
import { fileSlug } from '../../core/format/slug.ts';

/** The folder of a database's backups unless another is given: `backups/` beside the database file. */
export function defaultBackupDir(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'backups');
}

/** The first part of the names of a database file's backups: "lotsplan" for lotsplan.sqlite. */
export function backupStem(databasePath: string): string {
  return fileSlug(path.basename(databasePath, path.extname(databasePath))) || 'lotsplan';
}

/** The reason of a backup the user asked for. Manual backups are never removed by the rotation. */
export const MANUAL_REASON = 'manuell';
/** The reason of the backup taken at start when the newest backup is too old. */
export const STARTUP_REASON = 'automatisk';
export const BEFORE_IMPORT_REASON = 'fore-import';
export const BEFORE_STATISTICS_IMPORT_REASON = 'fore-import-av-statistik';
export const BEFORE_RESTORE_REASON = 'fore-aterstallning';

export interface BackupName {
  fileName: string;
  /** Local time from the name (second resolution; second 0 for names from earlier versions). */
  takenAt: Date;
  /** "2026-11-22T21:30:45", local time as in the name ("2026-11-22T21:30" for a minute-only name). */
  takenAtIso: string;
  /** The reason slug, e.g. "fore-import". */
  reason: string;
  /** 1 for the first backup of a second (minute, for old names), 2 for `-2` and so on. */
  sequence: number;
  manual: boolean;
}

const NAME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})?-([a-z0-9]+(?:-[a-z0-9]+)*?)(?:-(\d+))?\.sqlite$/;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local time to the second as 2026-11-22T213045: sorts by time and is valid in file names everywhere. */
export function backupStamp(now: Date): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

/** The backup's parts when `fileName` is a backup of the database `databasePath`; otherwise null. */
export function parseBackupName(databasePath: string, fileName: string): BackupName | null {
  const prefix = `${backupStem(databasePath)}-`;
  if (!fileName.startsWith(prefix)) return null;
  const match = NAME.exec(fileName.slice(prefix.length));
  if (!match) return null;
  const [, y, mo, d, h, mi, s, reason, seq] = match;
  const takenAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // Reject impossible dates such as 2026-02-31 (the Date would roll over to March).
  if (takenAt.getMonth() !== Number(mo) - 1 || takenAt.getDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return null;
  }
  return {
    fileName,
    takenAt,
    takenAtIso: `${y}-${mo}-${d}T${h}:${mi}${s === undefined ? '' : `:${s}`}`,
    reason: reason!,
    sequence: seq === undefined ? 1 : Number(seq),
    manual: reason === MANUAL_REASON,
  };
}

/** Newest first: by the time in the name, then by the sequence within the second. */
export function compareNewestFirst(a: BackupName, b: BackupName): number {
  return b.takenAt.getTime() - a.takenAt.getTime() || b.sequence - a.sequence;
}

/**
 * The file name for a new backup of `databasePath` taken at `now` for `reason` in `dir`: its
 * sequence is one more than the highest of any backup of this database taken in the same second
 * (of any reason), so it ranks after all of them and never takes a name that exists.
 */
export function nextBackupName(dir: string, databasePath: string, reason: string, now: Date): string {
  const second = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes(), now.getSeconds()).getTime();
  let highest = 0;
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const base = `${backupStem(databasePath)}-${backupStamp(now)}`;
  for (const entry of entries) {
    // Partial copies count too: they will get a name of this second when they are done.
    const parsed = parseBackupName(databasePath, entry.replace(/\.sqlite\..*$/, '.sqlite'));
    if (parsed && parsed.takenAtIso.length > 16 && parsed.takenAt.getTime() === second) highest = Math.max(highest, parsed.sequence);
  }
  const sequence = highest + 1;
  return path.join(dir, `${base}-${reason}${sequence === 1 ? '' : `-${sequence}`}.sqlite`);
}

/** The reason in Swedish, for the list of backups. */
export function reasonText(reason: string): string {
  if (reason === MANUAL_REASON) return 'Manuell säkerhetskopia';
  if (reason === STARTUP_REASON) return 'Automatisk vid start';
  if (reason === BEFORE_IMPORT_REASON) return 'Före import';
  if (reason === BEFORE_STATISTICS_IMPORT_REASON) return 'Före import av statistik';
  if (reason === BEFORE_RESTORE_REASON) return 'Före återställning';
  const migration = /^fore-migrering-v(\d+)-till-v(\d+)$/.exec(reason);
  if (migration) return `Före uppgradering från databasversion ${migration[1]} till ${migration[2]}`;
  const words = reason.replace(/-/g, ' ').replace(/^fore\b/, 'före');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

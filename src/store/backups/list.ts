// The list of a database's backups, newest first, each with a cheap check of its header: enough
// to tell a usable backup from a truncated, foreign or newer file without opening SQLite. The
// full checks (integrity_check, foreign_key_check) run when a backup is chosen for restore.
import fs from 'node:fs';
import path from 'node:path';
import { LOTSPLAN_APPLICATION_ID } from '../schema.ts';
import { CURRENT_SCHEMA_VERSION } from '../migrations/index.ts';
import { readBackupNames } from './rotation.ts';
import { defaultBackupDir, reasonText } from './names.ts';
import { realDatabasePath } from '../realPath.ts';
import { SQLITE_MAGIC } from '../sqliteFile.ts';

export interface BackupEntry {
  fileName: string;
  path: string;
  /** Local time from the file name, "2026-11-22T21:30". */
  takenAt: string;
  /** The reason slug from the file name, e.g. "fore-import". */
  reason: string;
  /** The reason in Swedish, e.g. "Före import". */
  reasonText: string;
  /** A manual backup; the rotation never removes it. */
  manual: boolean;
  sizeBytes: number;
  /** True when the header says this is a complete Lotsplan database this version can read. */
  usable: boolean;
  /** Why it is not usable, in Swedish; null when usable. */
  problem: string | null;
}

export interface BackupListing {
  databasePath: string;
  backupDir: string;
  backups: BackupEntry[];
}

const HEADER_SIZE = 100;

/** Reads the 100-byte SQLite header; null when the file is shorter or unreadable. */
function readHeader(file: string): Buffer | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(HEADER_SIZE);
    return fs.readSync(fd, buffer, 0, HEADER_SIZE, 0) === HEADER_SIZE ? buffer : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A Swedish reason why the file is not a usable backup, or null when its header is in order. */
export function quickBackupProblem(file: string, size: number): string | null {
  const header = readHeader(file);
  if (!header?.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return 'Filen är ingen SQLite-databas eller är ofullständig.';
  }
  // SQLite file format: page size at 16 (1 means 65 536), change counter at 24, page count at 28,
  // user_version at 60, application_id at 68, "version valid for" at 92; all big-endian.
  if (header.readUInt32BE(68) !== LOTSPLAN_APPLICATION_ID) return 'Filen är inte en Lotsplan-databas.';
  const version = header.readUInt32BE(60);
  if (version > CURRENT_SCHEMA_VERSION) {
    return `Filen är från en nyare version av Lotsplan (databasversion ${version}).`;
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const pageCountValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  const expected = pageSize * header.readUInt32BE(28);
  if (pageSize < 512 || size % pageSize !== 0 || (pageCountValid && size < expected)) {
    return 'Filen är ofullständig (den är kortare än databasen den kopierades från).';
  }
  return null;
}

/** The real file behind a symbolic link (its backups are beside it); the path itself when that fails. */
function realPathOrAsGiven(databasePath: string): string {
  try {
    return realDatabasePath(databasePath);
  } catch {
    return path.resolve(databasePath);
  }
}

/** The backups of `databasePath` in `dir` (default `backups/` beside it), newest first. */
export function listBackups(databasePath: string, options: { dir?: string | undefined } = {}): BackupListing {
  const dbPath = realPathOrAsGiven(databasePath);
  const backupDir = path.resolve(options.dir ?? defaultBackupDir(dbPath));
  const backups: BackupEntry[] = [];
  for (const name of readBackupNames(dbPath, backupDir)) {
    const file = path.join(backupDir, name.fileName);
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      continue; // Removed since the folder was read.
    }
    const problem = quickBackupProblem(file, size);
    backups.push({
      fileName: name.fileName,
      path: file,
      takenAt: name.takenAtIso,
      reason: name.reason,
      reasonText: reasonText(name.reason),
      manual: name.manual,
      sizeBytes: size,
      usable: problem === null,
      problem,
    });
  }
  return { databasePath: dbPath, backupDir, backups };
}

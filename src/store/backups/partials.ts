// Partial backup copies left by a backup that was killed (power cut, SIGKILL, a full disk that
// crashed the program): `<backup name>.sqlite.<pid>-<random>.part` and its `-journal`, `-wal`,
// `-shm`. They are never a usable backup (a finished copy is renamed), so they are removed when
// the database is next opened, but only when they are surely abandoned: the process that wrote
// them is gone and they are older than two minutes, or they are older than a day (a copy on a
// shared folder may be written by a process on another computer, whose pid means nothing here).
// The same holds for the temporary copy a restore writes beside the database file
// (`.<file>.aterstalls-<pid>-<random>.tmp`), removed by removeStaleRestoreCopies.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultBackupDir, parseBackupName } from './names.ts';
import { fileOps } from '../fileOps.ts';

const PARTIAL = /^(.+\.sqlite)\.(\d+)-[0-9a-f]+\.part(?:-journal|-wal|-shm)?$/;
const DEAD_WRITER_AGE_MS = 2 * 60_000;
const ANY_WRITER_AGE_MS = 24 * 3_600_000;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isAbandoned(file: string, pid: number, now: number): boolean {
  const age = now - fs.statSync(file).mtimeMs;
  return age > ANY_WRITER_AGE_MS || (age > DEAD_WRITER_AGE_MS && pid !== process.pid && !processIsAlive(pid));
}

/** The temporary copy a restore of `target` writes beside it before renaming it over the file. */
export function restoreCopyName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.aterstalls-${process.pid}-${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes the abandoned temporary copies of restores of `databasePath` (and their SQLite
 * sidecars) beside it; returns the removed file names. The same rules as for partial backups.
 */
export function removeStaleRestoreCopies(databasePath: string, options: { now?: Date | undefined } = {}): string[] {
  const folder = path.dirname(databasePath);
  const prefix = `.${path.basename(databasePath)}.aterstalls-`;
  const now = (options.now ?? new Date()).getTime();
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.startsWith(prefix)) continue;
    const match = /^(\d+)-[0-9a-f]+\.tmp(?:-journal|-wal|-shm)?$/.exec(entry.name.slice(prefix.length));
    if (!match) continue;
    const file = path.join(folder, entry.name);
    try {
      if (!isAbandoned(file, Number(match[1]), now)) continue;
      fileOps().unlink(file);
      removed.push(entry.name);
    } catch {
      // Left for the next open.
    }
  }
  return removed.sort();
}

/**
 * Removes the abandoned partial copies of backups of `databasePath` in `dir` (default `backups/`
 * beside it); returns the removed file names. Files of other databases and anything that is not a
 * partial copy are left alone; a file that cannot be removed is left too.
 */
export function removeStalePartials(databasePath: string, options: { dir?: string | undefined; now?: Date | undefined } = {}): string[] {
  const dir = path.resolve(options.dir ?? defaultBackupDir(databasePath));
  const now = (options.now ?? new Date()).getTime();
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const match = PARTIAL.exec(entry.name);
    if (!match || !parseBackupName(databasePath, match[1]!)) continue;
    const file = path.join(dir, entry.name);
    try {
      if (!isAbandoned(file, Number(match[2]), now)) continue;
      fileOps().unlink(file);
      removed.push(entry.name);
    } catch {
      // Left for the next open.
    }
  }
  return removed.sort();
}

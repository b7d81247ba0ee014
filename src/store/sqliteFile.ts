// Telling an SQLite database file by its first bytes, and a file SQLite keeps beside one, so that a
// command or a save dialog never writes a report over the data (an --out naming the --db file, a
// copy in the backups folder, the write-ahead log).
import fs from 'node:fs';

/** The 16 bytes every SQLite database file begins with. */
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** The files SQLite keeps beside a database while it is open or after a crash. */
const SIDE_FILE = /-(wal|shm|journal)$/i;

/** Whether the file begins as an SQLite database does (false when it cannot be read). */
export function hasSqliteHeader(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_MAGIC);
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Whether `file` is a database, or the write-ahead log, shared memory or journal of one that exists. */
export function isDatabaseOrSideFile(file: string): boolean {
  if (SIDE_FILE.test(file) && fs.existsSync(file.replace(SIDE_FILE, ''))) return true;
  return hasSqliteHeader(file);
}

// Looks at a database file before Lotsplan opens it for writing, without changing it:
// first with plain file reads (the 100-byte SQLite header), then, if still needed, through a
// read-only SQLite connection. Refusals are StoreErrors with Swedish messages naming the file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LOTSPLAN_APPLICATION_ID } from './schema.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations/index.ts';
import { refuse } from './messages.ts';
import { inspectionError } from './sqliteErrors.ts';
import { integrityProblems } from './checks.ts';
import { SQLITE_MAGIC } from './sqliteFile.ts';

const HEADER_SIZE = 100;
const SIDECARS = ['-wal', '-shm', '-journal'] as const;

export interface ExistingFile {
  /** `PRAGMA user_version`; 0 for a blank SQLite file that Lotsplan may adopt. */
  schemaVersion: number;
  /** A read-only connection, open until `close()`; use it for checks and the pre-migration backup. */
  readonly db: Database.Database;
  /** Closes the connection and removes the -wal/-shm files that opening it created. */
  close(): void;
  /**
   * Closes the connection and leaves the -wal/-shm files: for an accepted file that is opened
   * for writing next. Another program may have opened the file meanwhile and be using them, and
   * removing a WAL or shared-memory file in use loses that program's writes.
   */
  release(): void;
}

export type Inspection = { kind: 'missing' } | ({ kind: 'existing' } & ExistingFile);

interface Header {
  userVersion: number;
  applicationId: number;
}

function readHeader(file: string, size: number): Header {
  if (size === 0) throw refuse.emptyFile(file);
  const buffer = Buffer.alloc(HEADER_SIZE);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, buffer, 0, HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < HEADER_SIZE || !buffer.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw refuse.notSqlite(file);
  }
  // SQLite file format: user_version at offset 60, application_id at 68, both big-endian.
  return { userVersion: buffer.readUInt32BE(60), applicationId: buffer.readUInt32BE(68) };
}

function classify(file: string, header: Header, objectCount: number | null): void {
  const { applicationId, userVersion } = header;
  if (applicationId === LOTSPLAN_APPLICATION_ID) {
    if (userVersion > CURRENT_SCHEMA_VERSION) throw refuse.newer(file, userVersion, CURRENT_SCHEMA_VERSION);
    return;
  }
  if (applicationId !== 0) throw refuse.foreign(file);
  // application_id 0: only a blank SQLite file (no tables, no user_version) is ours to adopt.
  if (userVersion !== 0 || (objectCount !== null && objectCount > 0)) throw refuse.foreign(file);
}

function existingSidecars(file: string): Set<string> {
  return new Set(SIDECARS.filter((s) => fs.existsSync(file + s)));
}

/**
 * A read-only connection to a WAL file creates empty -wal and -shm files that it cannot remove
 * on close. Remove the ones this inspection created (never ones that were there before), and
 * the -wal only when it is empty, so nothing of anyone's data can be lost.
 */
function removeCreatedSidecars(file: string, before: Set<string>): void {
  const wal = `${file}-wal`;
  let walGone = !before.has('-wal');
  if (!before.has('-wal') && fs.existsSync(wal)) {
    if (fs.statSync(wal).size === 0) fs.rmSync(wal, { force: true });
    else walGone = false;
  }
  if (walGone && !before.has('-shm')) fs.rmSync(`${file}-shm`, { force: true });
}

/**
 * A read-only connection that leaves no -wal/-shm behind once closed. Errors opening the file
 * become refusals.
 */
export function openReadOnly(
  file: string,
  busyTimeoutMs: number,
  before: Set<string> = existingSidecars(file),
): { db: Database.Database; close(): void; release(): void } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
  } catch (error) {
    removeCreatedSidecars(file, before);
    throw inspectionError(file, error);
  }
  return {
    db,
    close: () => {
      if (db.open) db.close();
      removeCreatedSidecars(file, before);
    },
    release: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * A program killed (or a power cut) in the middle of a write in rollback-journal mode, such as the
 * switch of a restored file to WAL, leaves a hot -journal. A read-only connection cannot roll it
 * back and reports the file as read-only; SQLite's own recovery on a read-write connection puts
 * back the last committed state. So when the file can be written, let SQLite do that first. Any
 * failure leaves the file to the inspection, which then refuses it as before.
 */
function rollBackHotJournal(file: string): void {
  const journal = `${file}-journal`;
  try {
    if (fs.statSync(journal).size === 0) return;
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    return;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 1000 });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch {
    // The inspection reports what is wrong.
  } finally {
    db?.close();
  }
}

export function inspectFile(file: string, busyTimeoutMs: number): Inspection {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    throw refuse.unreadable(file, String((error as Error).message));
  }
  if (stat.isDirectory()) throw refuse.isDirectory(file);
  if (!stat.isFile()) throw refuse.notSqlite(file);

  rollBackHotJournal(file);
  let header: Header;
  try {
    header = readHeader(file, fs.statSync(file).size);
  } catch (error) {
    throw inspectionError(file, error);
  }
  const before = existingSidecars(file);
  // Without a -wal file the header on disk is current, so refuse from it without opening SQLite.
  if (!before.has('-wal')) classify(file, header, null);

  const { db, close, release } = openReadOnly(file, busyTimeoutMs, before);
  try {
    const live: Header = {
      applicationId: Number(db.pragma('application_id', { simple: true })) >>> 0,
      userVersion: Number(db.pragma('user_version', { simple: true })),
    };
    const objectCount = Number(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get());
    classify(file, live, objectCount);
    const problems = integrityProblems(db, 'quick_check');
    if (problems.length > 0) throw refuse.damaged(file, `Databasens snabbkontroll av filen (quick_check): ${problems.join('; ')}`);
    return { kind: 'existing', schemaVersion: live.userVersion, db, close, release };
  } catch (error) {
    close();
    throw inspectionError(file, error);
  }
}

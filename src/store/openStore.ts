// Opens (or creates) the Lotsplan database. A file is inspected without being changed and
// refused with a Swedish StoreError unless it is a healthy Lotsplan database of this or an older
// version. An older file is checked in full and backed up before it is migrated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { LotsplanStore, OpenStoreOptions } from './contract.ts';
import type { LotsplanDatabase } from './schema.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations/index.ts';
import { runMigrations } from './migrations/runMigrations.ts';
import { inspectFile, openReadOnly } from './inspect.ts';
import { fullCheckProblems } from './checks.ts';
import { backupConnection } from './backups/create.ts';
import { removeStalePartials, removeStaleRestoreCopies } from './backups/partials.ts';
import { fileOps, unlinkWithSidecars } from './fileOps.ts';
import { realDatabasePath } from './realPath.ts';
import { migrationFailed, refuse } from './messages.ts';
import { inspectionError, isBusy, isReadOnly } from './sqliteErrors.ts';
import { SqliteStore } from './sqliteStore.ts';

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

function canWrite(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** WAL needs to create -wal/-shm files beside the database, so the folder must be writable too. */
function assertWritable(file: string): void {
  if (!canWrite(file)) throw refuse.readOnlyFile(file);
  const folder = path.dirname(file);
  if (!canWrite(folder)) throw refuse.folderNotWritable(file, folder);
}

function ensureFolder(file: string): void {
  const folder = path.dirname(file);
  try {
    fileOps().mkdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw refuse.readOnlyFolder(file, folder);
    throw refuse.unreadable(file, (error as Error).message);
  }
  if (!canWrite(folder)) throw refuse.readOnlyFolder(file, folder);
}

/** The full checks an older file must pass before Lotsplan changes it. */
function assertHealthyForMigration(db: Database.Database, file: string): void {
  const problems = fullCheckProblems(db);
  if (problems.length > 0) throw refuse.damaged(file, problems.join('; '));
}

function openReadWrite(file: string, create: boolean, busyTimeoutMs: number): Database.Database {
  let raw: Database.Database | undefined;
  try {
    if (create) fileOps().sqliteStep('create-database', file);
    raw = new Database(file, { fileMustExist: !create, timeout: busyTimeoutMs });
    raw.pragma(`busy_timeout = ${busyTimeoutMs}`);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    return raw;
  } catch (error) {
    raw?.close();
    // A new file that could not be set up (e.g. on a full disk) is not left behind half made.
    if (create) removeCreatedFile(file);
    if (isReadOnly(error)) throw refuse.readOnlyFile(file);
    if (isBusy(error)) throw refuse.locked(file);
    throw inspectionError(file, error);
  }
}

/** Whether both the file and its folder can be written (WAL needs -wal/-shm beside the file). */
function isWritable(file: string): boolean {
  return canWrite(file) && canWrite(path.dirname(file));
}

/** A file that cannot be written, opened for reading only: no pragma that writes, no migration. */
function openProtected(target: string, version: number, busyTimeoutMs: number, options: OpenStoreOptions): LotsplanStore {
  // Like the inspection's connection: the -wal/-shm SQLite makes for reading are removed on close.
  const connection = openReadOnly(target, busyTimeoutMs);
  const raw = connection.db;
  try {
    raw.pragma(`busy_timeout = ${busyTimeoutMs}`);
    raw.pragma('foreign_keys = ON');
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    connection.close();
    if (isBusy(error)) throw refuse.locked(target);
    throw inspectionError(target, error);
  }
  const closeRaw = raw.close.bind(raw);
  raw.close = () => {
    closeRaw();
    connection.close();
    return raw;
  };
  const db = new Kysely<LotsplanDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  return new SqliteStore(target, version, raw, db, null, options.osUser ?? currentOsUser());
}

function removeCreatedFile(file: string): void {
  try {
    unlinkWithSidecars(file, ['', '-wal', '-shm', '-journal']);
  } catch {
    // A half-made new file that cannot be removed is refused as a damaged or foreign file when next opened.
  }
}

export async function openStore(file: string, options: OpenStoreOptions = {}): Promise<LotsplanStore> {
  // The real file, resolved once: a symbolic link is never created through, replaced or removed.
  const target = realDatabasePath(file);
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const inspection = inspectFile(target, busyTimeoutMs);

  let fromVersion = 0;
  let backup: string | null = null;
  let readOnly = false;
  const create = inspection.kind === 'missing';
  if (inspection.kind === 'missing') {
    if (options.create === false) throw refuse.notFound(target);
    ensureFolder(target);
  } else {
    let accepted = false;
    try {
      fromVersion = inspection.schemaVersion;
      readOnly = options.readOnlyWhenProtected === true && !isWritable(target);
      if (readOnly && fromVersion < CURRENT_SCHEMA_VERSION) throw refuse.readOnlyOlder(target, fromVersion, CURRENT_SCHEMA_VERSION);
      if (!readOnly) assertWritable(target);
      if (fromVersion < CURRENT_SCHEMA_VERSION) {
        assertHealthyForMigration(inspection.db, target);
        backup = await backupConnection(inspection.db, target, {
          dir: options.backupDir,
          reason: `fore-migrering-v${fromVersion}-till-v${CURRENT_SCHEMA_VERSION}`,
        });
      }
      accepted = true;
    } catch (error) {
      throw inspectionError(target, error);
    } finally {
      // An accepted file keeps its -wal/-shm: another process may be using them by now.
      // A file opened read-only gets its own connection, which removes what SQLite makes for it.
      if (accepted && !readOnly) inspection.release();
      else inspection.close();
    }
  }

  if (readOnly) return openProtected(target, fromVersion, busyTimeoutMs, options);
  const raw = openReadWrite(target, create, busyTimeoutMs);
  const db = new Kysely<LotsplanDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    if (fromVersion < CURRENT_SCHEMA_VERSION) {
      fileOps().sqliteStep(create ? 'create-schema' : 'migrate', target);
      await runMigrations(db, raw, fromVersion);
    }
    const version = Number(raw.pragma('user_version', { simple: true }));
    if (version !== CURRENT_SCHEMA_VERSION) throw new Error(`user_version är ${version} efter uppgraderingen`);
    // Partial copies of killed backups are never usable; remove the abandoned ones (partials.ts).
    if (!create) {
      removeStalePartials(target, { dir: options.backupDir });
      removeStaleRestoreCopies(target);
    }
    return new SqliteStore(target, version, raw, db, backup, options.osUser ?? currentOsUser());
  } catch (error) {
    await db.destroy();
    if (create) removeCreatedFile(target);
    const detail = error instanceof Error ? error.message : String(error);
    throw migrationFailed(target, { created: create, from: fromVersion, to: CURRENT_SCHEMA_VERSION, backup }, detail);
  }
}

/** The login name of whoever runs Lotsplan, for the audit log. */
function currentOsUser(): string {
  try {
    return os.userInfo().username || 'okänd användare';
  } catch {
    return 'okänd användare';
  }
}

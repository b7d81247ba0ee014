// A backup kept somewhere else (a network share, a USB stick): one file that carries the database
// and a manifest with its checksum, so that a copy damaged on the way is refused before it is used.
//
// The format ("Lotsplan-säkerhetskopia", extension .lotsplan), in this order:
//   1. the line `LOTSPLAN-SAKERHETSKOPIA 1` (ASCII, ending in \n; 1 is the format version);
//   2. the manifest: one line of JSON (UTF-8, at most 4 096 bytes, ending in \n) with
//      format "lotsplan-sakerhetskopia", formatVersion 1, createdAt (ISO 8601, UTC),
//      sourceFileName, schemaVersion, sizeBytes and sha256 (lower-case hex) of the database;
//   3. exactly sizeBytes bytes: the SQLite database itself, unchanged (a single file in rollback
//      journal mode, checked with integrity_check and foreign_key_check before it was written).
// Cutting off the two lines gives a database file that SQLite and Lotsplan open as it is.
//
// Restoring accepts such a file, or a plain Lotsplan database file (.sqlite); it runs the checks
// of every restore (restore.ts) on top of the checksum.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../contract.ts';
import { foreignKeyProblems, integrityProblems } from '../checks.ts';
import { fileOps, unlinkWithSidecars } from '../fileOps.ts';
import { backupStamp, backupStem } from './names.ts';
import { restoreCopyName } from './partials.ts';
import { technicalInformation } from '../messages.ts';
import { SQLITE_MAGIC } from '../sqliteFile.ts';

export const BACKUP_FILE_EXTENSION = 'lotsplan';
export const BACKUP_FILE_MAGIC = 'LOTSPLAN-SAKERHETSKOPIA';
export const BACKUP_FILE_FORMAT_VERSION = 1;
const MAX_MANIFEST_BYTES = 4096;

export interface BackupFileManifest {
  format: 'lotsplan-sakerhetskopia';
  formatVersion: number;
  createdAt: string;
  sourceFileName: string;
  schemaVersion: number;
  sizeBytes: number;
  sha256: string;
}

export interface ExportedBackupFile {
  fileName: string;
  bytes: Buffer;
  manifest: BackupFileManifest;
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * Makes the export file of an open connection: a copy with SQLite's backup API, made a single
 * file and checked in full, then wrapped with its manifest. Nothing is written beside the database.
 */
export async function exportBackupFile(source: Database.Database, databasePath: string, now: Date = new Date()): Promise<ExportedBackupFile> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-export-'));
  const copy = path.join(dir, 'kopia.sqlite');
  try {
    fileOps().sqliteStep('export-copy', copy);
    await source.backup(copy);
    const db = new Database(copy, { fileMustExist: true });
    let schemaVersion: number;
    try {
      db.pragma('journal_mode = DELETE');
      const problems = [...integrityProblems(db, 'integrity_check'), ...foreignKeyProblems(db)];
      if (problems.length > 0) {
        throw new StoreError(
          'DAMAGED',
          databasePath,
          `Databasen ${databasePath} klarar inte kontrollen och exporteras därför inte. Ingenting har sparats.${technicalInformation(problems.join('; '))}`,
        );
      }
      schemaVersion = Number(db.pragma('user_version', { simple: true }));
    } finally {
      db.close();
    }
    const database = fs.readFileSync(copy);
    const manifest: BackupFileManifest = {
      format: 'lotsplan-sakerhetskopia',
      formatVersion: BACKUP_FILE_FORMAT_VERSION,
      createdAt: now.toISOString(),
      sourceFileName: path.basename(databasePath),
      schemaVersion,
      sizeBytes: database.byteLength,
      sha256: sha256(database),
    };
    const head = Buffer.from(`${BACKUP_FILE_MAGIC} ${BACKUP_FILE_FORMAT_VERSION}\n${JSON.stringify(manifest)}\n`, 'utf8');
    return {
      fileName: `${backupStem(databasePath)}-sakerhetskopia-${backupStamp(now)}.${BACKUP_FILE_EXTENSION}`,
      bytes: Buffer.concat([head, database]),
      manifest,
    };
  } finally {
    try {
      unlinkWithSidecars(copy);
    } catch {
      // A temporary file in the system's temporary folder.
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReadBackupFile {
  /** The database bytes. */
  database: Buffer;
  /** The manifest; null for a plain database file. */
  manifest: BackupFileManifest | null;
}

const refused = (fileName: string, sentence: string) => new StoreError('DAMAGED', fileName, `${sentence} Ingenting har ändrats.`);

function parseManifest(line: string): BackupFileManifest | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  const ok =
    m.format === 'lotsplan-sakerhetskopia' &&
    Number.isSafeInteger(m.formatVersion) &&
    typeof m.createdAt === 'string' &&
    typeof m.sourceFileName === 'string' &&
    Number.isSafeInteger(m.schemaVersion) &&
    Number.isSafeInteger(m.sizeBytes) &&
    (m.sizeBytes as number) >= 0 &&
    typeof m.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(m.sha256);
  return ok ? (m as unknown as BackupFileManifest) : null;
}

/**
 * Reads an export file (or a plain database file) and checks its manifest and checksum. Throws a
 * Swedish StoreError naming `fileName` when the file is not one, is cut short or is damaged.
 * The database inside is checked further by the restore.
 */
export function readBackupFile(bytes: Buffer, fileName: string): ReadBackupFile {
  const name = `”${fileName}”`;
  if (bytes.byteLength === 0) throw refused(fileName, `Filen ${name} är tom.`);
  if (bytes.byteLength >= SQLITE_MAGIC.length && bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { database: bytes, manifest: null };
  }
  const magic = Buffer.from(`${BACKUP_FILE_MAGIC} `, 'latin1');
  if (!bytes.subarray(0, magic.length).equals(magic)) {
    throw refused(fileName, `Filen ${name} är varken en säkerhetskopia från Lotsplan eller en Lotsplan-databas.`);
  }
  const firstEnd = bytes.indexOf(0x0a);
  const version = firstEnd < 0 ? NaN : Number(bytes.subarray(magic.length, firstEnd).toString('latin1'));
  if (!Number.isSafeInteger(version) || version < 1) {
    throw refused(fileName, `Filen ${name} är en ofullständig eller skadad säkerhetskopia: första raden går inte att läsa.`);
  }
  if (version > BACKUP_FILE_FORMAT_VERSION) {
    throw refused(fileName, `Filen ${name} är en säkerhetskopia i ett nyare format (version ${version}) än den här versionen av Lotsplan kan läsa.`);
  }
  const secondEnd = bytes.indexOf(0x0a, firstEnd + 1);
  const manifest =
    secondEnd < 0 || secondEnd - firstEnd - 1 > MAX_MANIFEST_BYTES ? null : parseManifest(bytes.subarray(firstEnd + 1, secondEnd).toString('utf8'));
  if (!manifest) {
    throw refused(fileName, `Filen ${name} är en ofullständig eller skadad säkerhetskopia: beskrivningen i början av filen går inte att läsa.`);
  }
  const database = bytes.subarray(secondEnd + 1);
  if (database.byteLength !== manifest.sizeBytes) {
    throw refused(
      fileName,
      database.byteLength < manifest.sizeBytes
        ? `Filen ${name} är ofullständig: den är kortare än säkerhetskopian som sparades.`
        : `Filen ${name} är skadad: den är längre än säkerhetskopian som sparades.`,
    );
  }
  if (sha256(database) !== manifest.sha256) {
    throw refused(fileName, `Filen ${name} är skadad: kontrollsumman (SHA-256) stämmer inte med innehållet.`);
  }
  return { database: Buffer.from(database), manifest };
}

/**
 * Writes the database of a read export file beside `databasePath` (so the restore's rename stays
 * in one folder), runs `restore` on it and removes it again. The file is written through the
 * file seam and fsynced. Refusals that name the temporary file name `fileName` instead.
 */
export async function withCandidateFile<T>(
  databasePath: string,
  read: ReadBackupFile,
  fileName: string,
  restore: (candidate: string) => Promise<T>,
): Promise<T> {
  const ops = fileOps();
  const candidate = restoreCopyName(databasePath);
  try {
    ops.mkdir(path.dirname(candidate));
    const fd = ops.open(candidate, 'wx', 0o600);
    try {
      ops.write(fd, read.database);
      ops.fsync(fd);
    } finally {
      ops.close(fd);
    }
    return await restore(candidate);
  } catch (error) {
    if (error instanceof StoreError) {
      throw new StoreError(error.code, fileName, error.message.replaceAll(candidate, `”${fileName}”`));
    }
    throw new StoreError(
      'WRITE_FAILED',
      fileName,
      `Lotsplan kunde inte skriva en tillfällig kopia av ”${fileName}” i mappen ${path.dirname(candidate)}. Ingenting har ändrats.${technicalInformation(error instanceof Error ? error.message : String(error))}`,
    );
  } finally {
    try {
      unlinkWithSidecars(candidate);
    } catch {
      // Removed on a later open (partials.ts).
    }
  }
}

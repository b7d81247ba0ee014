// Calls about the database file and its backups (handlers/backups.ts): backups, restore, export and the recovery screen's choices.
import * as z from 'zod';
import { defineCall } from './defineCall.ts';

/** A backup's file name: no folders, no "..", only the characters Lotsplan's backup names use. */
export const backupFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/, 'Ange bara filnamnet på en säkerhetskopia från listan.');

/** The longest name of a file restored with restoreBackupFile (a path or a file name, for the messages). */
export const MAX_RESTORE_FILE_NAME_LENGTH = 255;
/** The largest file restoreBackupFile accepts: 525 MB, 700 000 000 characters in base64. */
export const MAX_RESTORE_FILE_BYTES = 525_000_000;

export const backupEntrySchema = z.strictObject({
  fileName: z.string(),
  /** Local time from the file name, "2026-11-22T21:30". */
  takenAt: z.string(),
  /** "2026-11-22 kl. 21.30" */
  takenAtText: z.string(),
  reason: z.string(),
  /** The reason in Swedish, e.g. "Före import". */
  reasonText: z.string(),
  manual: z.boolean(),
  sizeBytes: z.int().nonnegative(),
  /** "48 kB", "1,2 MB" */
  sizeText: z.string(),
  usable: z.boolean(),
  /** Why the backup cannot be restored, in Swedish; null when it can. */
  problem: z.string().nullable(),
});

export const backupContracts = {
  backupNow: defineCall({
    summary: 'Tar en säkerhetskopia av databasen nu (manuell; tas aldrig bort automatiskt).',
    input: z.strictObject({}),
    output: z.strictObject({ path: z.string(), fileName: z.string() }),
  }),
  listBackups: defineCall({
    summary: 'Säkerhetskopiorna av databasfilen, nyaste först. Fungerar även när databasen inte går att öppna.',
    input: z.strictObject({}),
    output: z.strictObject({
      databasePath: z.string(),
      backupDir: z.string(),
      backups: z.array(backupEntrySchema),
    }),
  }),
  restoreBackup: defineCall({
    summary:
      'Återställer en säkerhetskopia ur listan. Den nuvarande databasen sparas först som säkerhetskopia; en databas som inte går att öppna ersätts aldrig, utan kopian återställs till en ny fil bredvid.',
    input: z.strictObject({ fileName: backupFileNameSchema }),
    output: z.strictObject({
      /** The database file in use after the restore. */
      databasePath: z.string(),
      /** True when the database file was replaced; false when the backup was restored to a new file beside a refused one. */
      replaced: z.boolean(),
      /** The backup taken of the replaced file, if any. */
      safetyBackup: z.string().nullable(),
      /** What happened, in Swedish. */
      message: z.string(),
    }),
  }),
  exportBackupFile: defineCall({
    summary:
      'Gör en säkerhetskopia att spara någon annanstans (en nätverksmapp, ett USB-minne): en fil med databasen och dess kontrollsumma (SHA-256), kontrollerad innan den lämnas ut.',
    input: z.strictObject({}),
    output: z.strictObject({
      /** "lotsplan-sakerhetskopia-2026-12-01T233000.lotsplan" */
      fileName: z.string(),
      base64: z.string(),
      sizeBytes: z.int().nonnegative(),
      sizeText: z.string(),
      sha256: z.string(),
    }),
  }),
  restoreBackupFile: defineCall({
    summary:
      'Återställer en säkerhetskopia från en fil (en exporterad säkerhetskopia eller en Lotsplan-databas) efter kontrollsumman och samma kontroller som vid en återställning. Den nuvarande databasen sparas först som säkerhetskopia.',
    input: z.strictObject({
      fileName: z.string().trim().min(1).max(MAX_RESTORE_FILE_NAME_LENGTH),
      /** The file's bytes in base64. */
      base64: z.string().max(Math.ceil(MAX_RESTORE_FILE_BYTES / 3) * 4),
    }),
    output: z.strictObject({
      databasePath: z.string(),
      replaced: z.boolean(),
      safetyBackup: z.string().nullable(),
      message: z.string(),
    }),
  }),
  startNewDatabase: defineCall({
    summary: 'Startar en ny, tom databas bredvid en databasfil som inte går att öppna. Den vägrade filen lämnas orörd.',
    input: z.strictObject({}),
    output: z.strictObject({ databasePath: z.string(), message: z.string() }),
  }),
} as const;

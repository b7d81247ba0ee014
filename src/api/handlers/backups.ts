// Handlers of the database file itself: manual backup, the list of backups, restore, and the
// recovery screen's "start a new, empty database". The renderer is untrusted: a restore names a
// backup only by its file name, and only a file listed in the database's own backups folder is
// accepted.
import path from 'node:path';
import type { Handler } from './handler.ts';
import type { ApiContext } from '../context.ts';
import { ApiFailure } from '../envelope.ts';
import { StoreError } from '../../store/contract.ts';
import { backupDatabase } from '../../store/backups/create.ts';
import { listBackups as readBackupListing, type BackupEntry } from '../../store/backups/list.ts';
import { MANUAL_REASON } from '../../store/backups/names.ts';
import { databasePathBeside, restoreDatabase } from '../../store/backups/restore.ts';
import { formatBytes, formatDateTable } from '../../core/format/index.ts';
import { SqliteStore } from '../../store/sqliteStore.ts';
import { exportBackupFile as makeBackupFile, readBackupFile, withCandidateFile } from '../../store/backups/exportFile.ts';

/** "2026-11-22T21:30:05" → "2026-11-22 kl. 21.30.05"; a minute-only "2026-11-22T21:30" → "2026-11-22 kl. 21.30" */
export function takenAtText(takenAt: string): string {
  const [date = '', time = ''] = takenAt.split('T');
  return `${date} kl. ${time.replaceAll(':', '.')}`;
}

/** "812 byte", "48 kB", "1,2 MB": the one size formatter of core/format. */
export const sizeText = formatBytes;

function entryView(entry: BackupEntry) {
  return {
    fileName: entry.fileName,
    takenAt: entry.takenAt,
    takenAtText: takenAtText(entry.takenAt),
    reason: entry.reason,
    reasonText: entry.reasonText,
    manual: entry.manual,
    sizeBytes: entry.sizeBytes,
    sizeText: sizeText(entry.sizeBytes),
    usable: entry.usable,
    problem: entry.problem,
  };
}

/** The database file of the context, known even when the file is refused. */
async function databasePathOf(ctx: ApiContext): Promise<string> {
  return ctx.databasePath ?? (await ctx.getStore()).path;
}

/** Whether the current database opens; a refusal is an answer here, not an error. */
async function currentIsRefused(ctx: ApiContext): Promise<boolean> {
  try {
    await ctx.getStore();
    return false;
  } catch (error) {
    if (error instanceof StoreError) return true;
    throw error;
  }
}

/**
 * Whether a restore may replace the database file: it opens, or there is no file yet (a host that
 * does not create one, such as the CLI, restores into a new file at the path). A file that exists
 * and is refused is never replaced.
 */
async function mayReplace(ctx: ApiContext): Promise<boolean> {
  try {
    await ctx.getStore();
    return true;
  } catch (error) {
    if (error instanceof StoreError) return error.code === 'NOT_FOUND';
    throw error;
  }
}

/** A bare file name from the backups folder: no folders, no "..", no separators of any platform. */
function assertBareFileName(fileName: string): void {
  const bare =
    fileName === path.posix.basename(fileName) &&
    fileName === path.win32.basename(fileName) &&
    !fileName.includes('..') &&
    !fileName.startsWith('.') &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL in a file name is refused on purpose
    !/[\\/:\u0000]/.test(fileName);
  if (!bare) {
    throw new ApiFailure('VALIDATION', 'Ange bara filnamnet på en säkerhetskopia i listan, utan mappar. Ingenting har ändrats.');
  }
}

export const backupNow: Handler<'backupNow'> = async (ctx) => {
  const store = await ctx.getStore();
  const file = await backupDatabase(store, { reason: MANUAL_REASON });
  return { path: file, fileName: path.basename(file) };
};

export const listBackups: Handler<'listBackups'> = async (ctx) => {
  const listing = readBackupListing(await databasePathOf(ctx));
  return { databasePath: listing.databasePath, backupDir: listing.backupDir, backups: listing.backups.map(entryView) };
};

export const restoreBackup: Handler<'restoreBackup'> = async (ctx, input) => {
  assertBareFileName(input.fileName);
  const databasePath = await databasePathOf(ctx);
  const listing = readBackupListing(databasePath);
  const entry = listing.backups.find((b) => b.fileName === input.fileName);
  if (!entry) {
    throw new ApiFailure('NOT_FOUND', `Säkerhetskopian ${input.fileName} finns inte i mappen ${listing.backupDir}. Ingenting har ändrats.`);
  }
  if (!entry.usable) {
    throw new ApiFailure('VALIDATION', `Säkerhetskopian ${entry.path} kan inte återställas: ${entry.problem} Ingenting har ändrats.`);
  }
  if (!ctx.restore || !ctx.switchDatabase) {
    throw new ApiFailure('INTERNAL', 'Säkerhetskopior kan inte återställas härifrån. Ingenting har ändrats.');
  }
  const when = takenAtText(entry.takenAt);

  if (await mayReplace(ctx)) {
    const result = await ctx.restore(entry.path);
    const saved = result.safetyBackup ? ` Den tidigare databasen sparades först som ${path.basename(result.safetyBackup)}.` : '';
    await (await ctx.getStore()).recordEvent('restore', `Återställde databasen från säkerhetskopian ${entry.fileName} (${when}).${saved}`);
    return {
      databasePath: result.databasePath,
      replaced: true,
      safetyBackup: result.safetyBackup,
      message: `Säkerhetskopian från ${when} har återställts.${saved}`,
    };
  }

  // The database file is refused: it is never replaced. The backup becomes a new file beside it.
  const target = databasePathBeside(databasePath, 'aterstalld');
  await restoreDatabase(target, entry.path);
  await ctx.switchDatabase(target, { create: false });
  await (await ctx.getStore()).recordEvent(
    'restore',
    `Återställde säkerhetskopian ${entry.fileName} (${when}) till en ny fil, eftersom ${databasePath} inte gick att öppna.`,
  );
  return {
    databasePath: target,
    replaced: false,
    safetyBackup: null,
    message: `Säkerhetskopian från ${when} har återställts till en ny fil, ${target}. Filen ${databasePath} har inte ändrats.`,
  };
};

export const exportBackupFile: Handler<'exportBackupFile'> = async (ctx) => {
  const store = await ctx.getStore();
  if (!(store instanceof SqliteStore)) throw new ApiFailure('INTERNAL', 'Säkerhetskopian kan inte göras härifrån.');
  const file = await makeBackupFile(store.raw, store.path);
  return {
    fileName: file.fileName,
    base64: file.bytes.toString('base64'),
    sizeBytes: file.bytes.byteLength,
    sizeText: sizeText(file.bytes.byteLength),
    sha256: file.manifest.sha256,
  };
};

/** The manifest's time (ISO 8601, UTC) as the local day; a file from elsewhere may carry anything. */
function savedDay(createdAt: string): string {
  const at = new Date(createdAt);
  return Number.isNaN(at.getTime()) ? createdAt.slice(0, 10) : formatDateTable(at);
}

export const restoreBackupFile: Handler<'restoreBackupFile'> = async (ctx, input) => {
  if (!ctx.restore || !ctx.switchDatabase) {
    throw new ApiFailure('INTERNAL', 'Säkerhetskopior kan inte återställas härifrån. Ingenting har ändrats.');
  }
  // The checksum first: a file damaged on the way is refused before anything is written.
  const read = readBackupFile(Buffer.from(input.base64, 'base64'), input.fileName);
  const databasePath = await databasePathOf(ctx);
  const from = read.manifest ? `säkerhetskopian ”${input.fileName}” (sparad ${savedDay(read.manifest.createdAt)})` : `databasfilen ”${input.fileName}”`;

  if (await mayReplace(ctx)) {
    const restore = ctx.restore;
    const result = await withCandidateFile(databasePath, read, input.fileName, (candidate) => restore(candidate));
    const saved = result.safetyBackup ? ` Den tidigare databasen sparades först som ${path.basename(result.safetyBackup)}.` : '';
    await (await ctx.getStore()).recordEvent('restore', `Återställde databasen från ${from}.${saved}`);
    return { databasePath: result.databasePath, replaced: true, safetyBackup: result.safetyBackup, message: `Databasen har återställts från ${from}.${saved}` };
  }

  // The database file is refused: it is never replaced; the file becomes a new database beside it.
  const target = databasePathBeside(databasePath, 'aterstalld');
  await withCandidateFile(target, read, input.fileName, (candidate) => restoreDatabase(target, candidate));
  await ctx.switchDatabase(target, { create: false });
  await (await ctx.getStore()).recordEvent('restore', `Återställde ${from} till en ny fil, eftersom ${databasePath} inte gick att öppna.`);
  return {
    databasePath: target,
    replaced: false,
    safetyBackup: null,
    message: `${from.charAt(0).toUpperCase()}${from.slice(1)} har återställts till en ny fil, ${target}. Filen ${databasePath} har inte ändrats.`,
  };
};

export const startNewDatabase: Handler<'startNewDatabase'> = async (ctx) => {
  if (!ctx.switchDatabase) {
    throw new ApiFailure('INTERNAL', 'En ny databas kan inte startas härifrån. Ingenting har ändrats.');
  }
  const databasePath = await databasePathOf(ctx);
  if (!(await currentIsRefused(ctx))) {
    throw new ApiFailure('CONFLICT', `Databasen ${databasePath} går att öppna. En ny, tom databas startas bara när den nuvarande inte går att öppna.`);
  }
  const target = databasePathBeside(databasePath, 'ny');
  await ctx.switchDatabase(target, { create: true });
  await (await ctx.getStore()).recordEvent('newDatabase', `Startade en ny, tom databas eftersom ${databasePath} inte gick att öppna.`);
  return {
    databasePath: target,
    message: `Lotsplan använder nu den nya databasen ${target}. Filen ${databasePath} har inte ändrats och ligger kvar där den låg.`,
  };
};

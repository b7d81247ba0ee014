import fs from 'node:fs';
import path from 'node:path';
import { DB_OPTION, defineCommand } from './types.ts';
import { openSession } from '../session.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { restoreDatabase } from '../../store/backups/restore.ts';
import { StoreError } from '../../store/contract.ts';
import { readBackupFile, withCandidateFile } from '../../store/backups/exportFile.ts';

/** Whether the file starts as an exported backup file (exportFile.ts) rather than a database. */
function isExportFile(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(24);
      return fs.readSync(fd, head, 0, 24, 0) === 24 && head.toString('latin1') === 'LOTSPLAN-SAKERHETSKOPIA ';
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'Återställer en säkerhetskopia: kontrollerar den, sparar den nuvarande databasen som säkerhetskopia och ersätter filen.',
  positionals: [
    {
      name: 'FIL',
      description:
        'Säkerhetskopian som ska återställas: en från mappen backups, en exporterad (.lotsplan, kontrollsumman prövas först) eller en annan Lotsplan-databas.',
    },
  ],
  options: { db: DB_OPTION },
  examples: [
    'npx lotsplan restore backups/lotsplan-2026-11-22T2130-manuell.sqlite --db /tmp/lotsplan.sqlite',
    'npx lotsplan restore /media/usb/lotsplan.lotsplan --db /tmp/lotsplan.sqlite',
  ],
  async run({ values, positionals }, io) {
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('Ange filen som ska återställas, till exempel: lotsplan restore backups/kopia.sqlite');
    if (extra.length > 0) throw new UsageError(`Ange bara en fil åt gången (fick också ${extra.join(', ')}).`);
    const candidate = path.resolve(io.cwd, file);
    // The session is used only for where the database is; no store is opened, so none is in the way.
    const session = openSession(io, values.db, { create: false });
    try {
      const target = session.dbPath;
      const result = isExportFile(candidate)
        ? await withCandidateFile(target, readBackupFile(fs.readFileSync(candidate), candidate), candidate, (copy) => restoreDatabase(target, copy))
        : await restoreDatabase(target, candidate);
      const saved = result.safetyBackup ? ` Den tidigare databasen sparades först som ${result.safetyBackup}.` : ' Där fanns ingen databas tidigare.';
      io.stdout(`${candidate} har återställts till ${result.databasePath}.${saved}\n`);
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      io.stderr(`Fel: ${error.message}\n`);
      return EXIT_FAILED;
    } finally {
      await session.close();
    }
  },
});

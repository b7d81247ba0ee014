import fs from 'node:fs';
import path from 'node:path';
import { DB_OPTION, defineCommand } from './types.ts';
import { withSession, type SessionOf } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK, type CliIo } from '../io.ts';
import { outputFileType, resolveOutputFile, writeOutputFile, type OutputFileType } from '../outputFile.ts';
import { BACKUP_FILE_EXTENSION, readBackupFile } from '../../store/backups/exportFile.ts';
import { StoreError } from '../../store/contract.ts';

const BACKUP_FILE: OutputFileType = { format: 'lotsplan', extension: BACKUP_FILE_EXTENSION, label: 'Lotsplan-säkerhetskopia' };

/**
 * `--out FIL`: a backup to keep somewhere else, one file with the database and its checksum
 * (src/store/backups/exportFile.ts). It is written atomically and read back and checked.
 */
async function exportTo(session: SessionOf<'backups'>, out: string, io: CliIo): Promise<number> {
  const exported = await session.run('exportBackupFile', {});
  const bytes = Buffer.from(exported.base64, 'base64');
  if (!writeOutputFile(io, out, bytes)) return EXIT_FAILED;
  try {
    const written = readBackupFile(fs.readFileSync(out), path.basename(out));
    if (written.manifest?.sha256 !== exported.sha256) throw new StoreError('DAMAGED', out, `Filen ${out} stämmer inte med säkerhetskopian som skrevs.`);
  } catch (error) {
    io.stderr(`Fel: Säkerhetskopian ${out} gick inte att läsa tillbaka oskadad: ${(error as Error).message} Spara den på nytt, gärna någon annanstans.\n`);
    return EXIT_FAILED;
  }
  io.stdout(`${out}\n`);
  return EXIT_OK;
}

export const backupCommand = defineCommand({
  name: 'backup',
  summary:
    'Tar en säkerhetskopia av databasen i mappen backups bredvid filen, eller med --out en kontrollerad fil att spara någon annanstans, och skriver ut dess sökväg.',
  options: {
    db: DB_OPTION,
    out: {
      type: 'string',
      valueName: 'FIL',
      description: 'Spara säkerhetskopian som en fil (.lotsplan) med databasen och dess kontrollsumma, till exempel på ett USB-minne eller i en nätverksmapp.',
    },
  },
  examples: ['npx lotsplan backup --db /tmp/lotsplan.sqlite', 'npx lotsplan backup --db /tmp/lotsplan.sqlite --out /media/usb/lotsplan.lotsplan'],
  async run({ values }, io) {
    // The file is checked before the database is opened, so that a refusal leaves everything as it was.
    if (values.out !== undefined) outputFileType('out', values.out, [BACKUP_FILE]);
    const out = values.out === undefined ? null : resolveOutputFile(io, values.out);
    if (values.out !== undefined && out === null) return EXIT_FAILED;
    return withSession(io, values.db, { create: false, readOnlyWhenProtected: true, calls: ['backups'] }, async (session) => {
      if (out !== null) return exportTo(session, out, io);
      const backup = await session.run('backupNow', {});
      // Only the path on standard output, so that scripts can use it.
      io.stdout(`${backup.path}\n`);
      return EXIT_OK;
    });
  },
});

import fs from 'node:fs';
import path from 'node:path';
import { DB_OPTION, type CliCommand } from './types.ts';
import { openSession, reportFailure } from '../session.ts';
import { EXIT_FAILED, EXIT_OK } from '../io.ts';
import { writeFileAtomic } from '../writeFileAtomic.ts';
import { readBackupFile } from '../../store/backups/exportFile.ts';
import { StoreError } from '../../store/contract.ts';

/**
 * `--out FIL`: a backup to keep somewhere else, one file with the database and its checksum
 * (src/store/backups/exportFile.ts). It is written atomically and read back and checked.
 */
async function exportTo(session: ReturnType<typeof openSession>, out: string, io: Parameters<CliCommand['run']>[1]): Promise<number> {
  const result = await session.call('exportBackupFile', {});
  if (!result.ok) {
    reportFailure(io, result);
    return EXIT_FAILED;
  }
  const bytes = Buffer.from(result.value.base64, 'base64');
  try {
    writeFileAtomic(out, bytes);
  } catch (error) {
    io.stderr(`Fel: Säkerhetskopian kunde inte sparas som ${out}. Kontrollera att mappen finns och att du får skriva i den. Teknisk information: ${(error as Error).message}.\n`);
    return EXIT_FAILED;
  }
  try {
    const written = readBackupFile(fs.readFileSync(out), path.basename(out));
    if (written.manifest?.sha256 !== result.value.sha256) throw new StoreError('DAMAGED', out, `Filen ${out} stämmer inte med säkerhetskopian som skrevs.`);
  } catch (error) {
    io.stderr(`Fel: Säkerhetskopian ${out} gick inte att läsa tillbaka oskadad: ${(error as Error).message} Spara den på nytt, gärna någon annanstans.\n`);
    return EXIT_FAILED;
  }
  io.stdout(`${out}\n`);
  return EXIT_OK;
}

export const backupCommand: CliCommand = {
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
    const session = openSession(io, values.db as string | undefined, { create: false, readOnlyWhenProtected: true });
    try {
      if (typeof values.out === 'string') return await exportTo(session, path.resolve(io.cwd, values.out), io);
      const result = await session.call('backupNow', {});
      if (!result.ok) {
        reportFailure(io, result);
        return EXIT_FAILED;
      }
      // Only the path on standard output, so that scripts can use it.
      io.stdout(`${result.value.path}\n`);
      return EXIT_OK;
    } finally {
      await session.close();
    }
  },
};

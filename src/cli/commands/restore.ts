import fs from 'node:fs';
import path from 'node:path';
import { DB_OPTION, defineCommand } from './types.ts';
import { withSession } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { MAX_RESTORE_FILE_BYTES, MAX_RESTORE_FILE_NAME_LENGTH } from '../../api/contracts/backups.ts';
import { formatBytes, sizeLimitText } from '../../core/format/index.ts';

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
    let bytes: Buffer;
    try {
      const size = fs.statSync(candidate).size;
      if (size > MAX_RESTORE_FILE_BYTES) {
        io.stderr(
          `Fel: Filen ${candidate} är för stor (${formatBytes(size)}). En säkerhetskopia som återställs får vara högst ${sizeLimitText(MAX_RESTORE_FILE_BYTES)}. Ingenting har ändrats.\n`,
        );
        return EXIT_FAILED;
      }
      bytes = fs.readFileSync(candidate);
    } catch {
      io.stderr(`Fel: Filen ${candidate} finns inte eller kunde inte läsas. Ingenting har ändrats.\n`);
      return EXIT_FAILED;
    }
    // The same call as "Återställ från fil…" in the app: an exported backup's checksum is checked
    // first, then every restore's checks; the current database is backed up before it is replaced.
    return withSession(io, values.db, { create: false, calls: ['backups'] }, async (session) => {
      // The path names the file in the messages; a very long one is named by its last part.
      const fileName = candidate.length <= MAX_RESTORE_FILE_NAME_LENGTH ? candidate : path.basename(candidate);
      const result = await session.run('restoreBackupFile', { fileName, base64: bytes.toString('base64') });
      if (!result.replaced) {
        io.stdout(`${result.message}\n`);
        return EXIT_OK;
      }
      const saved = result.safetyBackup ? ` Den tidigare databasen sparades först som ${result.safetyBackup}.` : ' Där fanns ingen databas tidigare.';
      io.stdout(`${candidate} har återställts till ${result.databasePath}.${saved}\n`);
      return EXIT_OK;
    });
  },
});

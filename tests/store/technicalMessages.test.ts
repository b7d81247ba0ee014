// Technical details from SQLite and the operating system come after the Swedish sentences, behind
// "Teknisk information:", never in place of them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { backupDatabase } from '../../src/store/backups/create.ts';
import { StoreError } from '../../src/store/contract.ts';
import { technicalInformation, writeFailed } from '../../src/store/messages.ts';
import { samplePlan, tempDir } from './helpers.ts';

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/** The message's Swedish part ends before "Teknisk information:", which holds the detail. */
function parts(message: string): { swedish: string; technical: string } {
  const at = message.indexOf(' Teknisk information: ');
  expect(at, message).toBeGreaterThan(0);
  return { swedish: message.slice(0, at), technical: message.slice(at + ' Teknisk information: '.length) };
}

describe('technical information', () => {
  it('is put after the sentences, and left out without a detail', () => {
    expect(technicalInformation('ELOOP: too many symbolic links encountered.')).toBe(' Teknisk information: ELOOP: too many symbolic links encountered.');
    expect(technicalInformation('  ')).toBe('');
    expect(writeFailed('/x.sqlite', 'spara planen', 'filen verkar vara skadad', 'database disk image is malformed').message).toBe(
      'Lotsplan kunde inte spara planen i filen /x.sqlite: filen verkar vara skadad. Ingenting ändrades i filen. Teknisk information: database disk image is malformed.',
    );
  });

  it('a damaged database: Swedish first, "database disk image is malformed" after', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'lotsplan.sqlite');
    const store = await openStore(file);
    for (let i = 0; i < 30; i++) await store.replaceUnitYear(samplePlan({ unit: `Enhet ${i}` }));
    await store.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, pageSize * 5);
    fs.writeFileSync(file, bytes);
    const error = await refusal(openStore(file, { create: false }));
    const { swedish, technical } = parts(error.message);
    expect(swedish).toContain(`Filen ${file} är skadad och kan inte öppnas säkert.`);
    expect(swedish).toContain('Lotsplan har inte ändrat filen.');
    expect(swedish).not.toMatch(/malformed|SQLITE_|quick_check|SQLite:/);
    expect(technical).toMatch(/malformed|quick_check|SQLite/);
  });

  it('a backup into a folder that cannot be made (EEXIST): Swedish first, the error code after', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'lotsplan.sqlite');
    const store = await openStore(file);
    await store.replaceUnitYear(samplePlan());
    // A file where the backups folder should be.
    fs.writeFileSync(path.join(dir, 'backups'), 'inte en mapp');
    const error = await refusal(backupDatabase(store, { reason: 'manuell' }));
    await store.close();
    const { swedish, technical } = parts(error.message);
    expect(swedish).toBe(`Lotsplan kunde inte ta en säkerhetskopia av filen ${file} i mappen ${path.join(dir, 'backups')}. Lotsplan har inte ändrat filen.`);
    expect(technical).toMatch(/^(EEXIST|ENOTDIR)/);
  });
});

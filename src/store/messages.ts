// The Swedish refusals and failures of the store. Every message names the file.
import path from 'node:path';
import { StoreError } from './contract.ts';

const UNCHANGED = 'Lotsplan har inte ändrat filen.';

/**
 * The technical detail of a failure (often English, from SQLite or the operating system, such as
 * "database disk image is malformed" or "ELOOP: too many symbolic links"), put after the Swedish
 * sentences that say what happened: " Teknisk information: <detail>." Empty without a detail.
 */
export function technicalInformation(detail: string | null | undefined): string {
  const text = (detail ?? '').trim().replace(/[.\s]+$/, '');
  return text === '' ? '' : ` Teknisk information: ${text}.`;
}

export const refuse = {
  notFound: (file: string) => new StoreError('NOT_FOUND', file, `Filen ${file} finns inte. Kontrollera sökvägen. Lotsplan har inte skapat någon fil.`),
  isDirectory: (file: string) =>
    new StoreError(
      'IS_DIRECTORY',
      file,
      `${file} är en mapp, inte en databasfil. Ange en fil, till exempel ${path.join(file, 'lotsplan.sqlite')}. Lotsplan har inte ändrat något i mappen.`,
    ),
  emptyFile: (file: string) => new StoreError('NOT_SQLITE', file, `Filen ${file} är tom (0 byte) och är inte en Lotsplan-databas. ${UNCHANGED}`),
  notSqlite: (file: string) => new StoreError('NOT_SQLITE', file, `Filen ${file} är inte en Lotsplan-databas (den är ingen SQLite-databas). ${UNCHANGED}`),
  foreign: (file: string) => new StoreError('FOREIGN', file, `Filen ${file} är inte en Lotsplan-databas (den tillhör ett annat program). ${UNCHANGED}`),
  newer: (file: string, fileVersion: number, ownVersion: number) =>
    new StoreError(
      'NEWER',
      file,
      `Filen ${file} är skapad av en nyare version av Lotsplan (databasversion ${fileVersion}; den här versionen kan läsa till och med version ${ownVersion}). Uppdatera Lotsplan för att öppna den. ${UNCHANGED}`,
    ),
  damaged: (file: string, detail: string) =>
    new StoreError(
      'DAMAGED',
      file,
      `Filen ${file} är skadad och kan inte öppnas säkert. ${UNCHANGED} Återställ en säkerhetskopia, till exempel från mappen backups bredvid filen.${technicalInformation(detail)}`,
    ),
  unreadable: (file: string, detail: string) => new StoreError('DAMAGED', file, `Filen ${file} kunde inte läsas. ${UNCHANGED}${technicalInformation(detail)}`),
  readOnlyFile: (file: string) => new StoreError('READ_ONLY', file, `Lotsplan kan inte skriva till filen ${file} eftersom den är skrivskyddad. ${UNCHANGED}`),
  readOnlyFolder: (file: string, folder: string) =>
    new StoreError(
      'READ_ONLY',
      file,
      `Lotsplan kan inte skriva i mappen ${folder}, där filen ${file} ligger eller ska skapas. Välj en mapp där du har skrivrättighet. ${UNCHANGED}`,
    ),
  /** An existing database in a folder Lotsplan cannot write to (SQLite needs its -wal and -shm files beside it). */
  folderNotWritable: (file: string, folder: string) =>
    new StoreError(
      'READ_ONLY',
      file,
      `Lotsplan kan inte skriva i mappen ${folder}, där databasen ${file} ligger. Flytta databasen till en mapp där du har skrivrätt. ${UNCHANGED}`,
    ),
  readOnlyOlder: (file: string, fileVersion: number, ownVersion: number) =>
    new StoreError(
      'READ_ONLY',
      file,
      `Filen ${file} är skrivskyddad och från en äldre version av Lotsplan (databasversion ${fileVersion}); den måste uppgraderas till version ${ownVersion} innan den kan läsas, och det går inte när den inte får ändras. Kopiera filen till en mapp där du får skriva och öppna kopian. ${UNCHANGED}`,
    ),
  diskFull: (file: string) =>
    new StoreError(
      'WRITE_FAILED',
      file,
      `Disken där filen ${file} ligger eller ska skapas är full, så Lotsplan kan inte öppna filen. Frigör utrymme och försök igen. ${UNCHANGED}`,
    ),
  danglingLink: (file: string, target: string) =>
    new StoreError(
      'NOT_FOUND',
      file,
      `${file} är en symbolisk länk till ${target}, som inte finns. Kontrollera länken eller ange databasfilen själv. Lotsplan har inte ändrat länken och inte skapat någon fil.`,
    ),
  linkLoop: (file: string, detail: string) =>
    new StoreError(
      'NOT_FOUND',
      file,
      `${file} är en symbolisk länk som leder runt i en slinga och aldrig fram till en fil. Ange databasfilen själv. Lotsplan har inte ändrat länken.${technicalInformation(detail)}`,
    ),
  locked: (file: string) =>
    new StoreError('LOCKED', file, `Filen ${file} är låst av ett annat program just nu. Stäng det programmet och försök igen. ${UNCHANGED}`),
};

/**
 * A failed write: the transaction was rolled back, so the file holds what it held before. `reason`
 * is Swedish ("disken är full"); `detail` the technical text, shown after it.
 */
export function writeFailed(file: string, what: string, reason: string | null, detail?: string): StoreError {
  const why = reason ? `: ${reason}` : '';
  return new StoreError('WRITE_FAILED', file, `Lotsplan kunde inte ${what} i filen ${file}${why}. Ingenting ändrades i filen.${technicalInformation(detail)}`);
}

/** The backup could not be written; the database itself was not touched. */
export function backupFailed(file: string, folder: string, detail: string, reason?: string): StoreError {
  const why = reason ? ` eftersom ${reason}` : '';
  return new StoreError(
    'WRITE_FAILED',
    file,
    `Lotsplan kunde inte ta en säkerhetskopia av filen ${file} i mappen ${folder}${why}. ${UNCHANGED}${technicalInformation(detail)}`,
  );
}

/** A migration or the creation of a new file failed; its transaction was rolled back. */
export function migrationFailed(file: string, step: { created: boolean; from: number; to: number; backup: string | null }, detail: string): StoreError {
  const { from, to, backup } = step;
  if (step.created) {
    return new StoreError('WRITE_FAILED', file, `Lotsplan kunde inte skapa databasen ${file}.${technicalInformation(detail)}`);
  }
  const copy = backup ? ` En säkerhetskopia från före uppgraderingen finns i ${backup}.` : '';
  return new StoreError(
    'WRITE_FAILED',
    file,
    `Lotsplan kunde inte uppgradera filen ${file} från databasversion ${from} till ${to}. Uppgraderingen avbröts och filens innehåll är oförändrat.${copy}${technicalInformation(detail)}`,
  );
}

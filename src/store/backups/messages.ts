// The Swedish refusals and failures of restoring a backup. Every message names the files.
import { StoreError, type StoreErrorCode } from '../contract.ts';
import { technicalInformation } from '../messages.ts';

const REFUSED_SUFFIX = / ?(Lotsplan har inte ändrat filen\.|Återställ en säkerhetskopia, till exempel från mappen backups bredvid filen\.)/g;

/** The inner refusal's Swedish sentences without its closing advice, and its technical part. */
function innerParts(inner: StoreError): { sentences: string; technical: string } {
  const at = inner.message.indexOf(' Teknisk information: ');
  const main = at < 0 ? inner.message : inner.message.slice(0, at);
  return { sentences: main.replace(REFUSED_SUFFIX, '').trim(), technical: at < 0 ? '' : inner.message.slice(at) };
}

export const restoreRefusal = {
  /** The candidate was refused by the checks; `inner` is the refusal from the file checks. */
  candidate: (candidate: string, target: string, inner: StoreError) =>
    new StoreError(
      inner.code,
      candidate,
      `${innerParts(inner).sentences} Den kan därför inte återställas. Ingenting har ändrats, varken i ${candidate} eller i databasen ${target}.${innerParts(inner).technical}`,
    ),
  candidateDamaged: (candidate: string, target: string, detail: string) =>
    new StoreError(
      'DAMAGED',
      candidate,
      `Filen ${candidate} är skadad och kan inte återställas. Ingenting har ändrats, varken i ${candidate} eller i databasen ${target}.${technicalInformation(detail)}`,
    ),
  sameFile: (candidate: string) =>
    new StoreError('WRITE_FAILED', candidate, `Filen ${candidate} är databasen själv och kan inte återställas över sig själv. Ingenting har ändrats.`),
  /** The current database could not be opened; a refused file is never replaced. */
  currentRefused: (target: string, inner: StoreError) =>
    new StoreError(
      inner.code,
      target,
      `${innerParts(inner).sentences} Lotsplan ersätter inte en databas som inte går att öppna. Återställ i stället till en ny fil. Ingenting har ändrats.${innerParts(inner).technical}`,
    ),
  locked: (target: string) =>
    new StoreError(
      'LOCKED',
      target,
      `Databasen ${target} är öppen i ett annat program, till exempel ett annat Lotsplan-fönster. Stäng det och försök igen. Ingenting har ändrats.`,
    ),
  failed: (target: string, candidate: string, code: StoreErrorCode, detail: string) =>
    new StoreError(
      code,
      target,
      `Lotsplan kunde inte återställa ${candidate} till ${target}. Databasen ${target} är oförändrad.${technicalInformation(detail)}`,
    ),
};

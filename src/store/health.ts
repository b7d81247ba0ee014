// LotsplanStore.check(): SQLite's integrity and foreign-key checks as a Swedish report.
import type Database from 'better-sqlite3';
import type { HealthReport } from './contract.ts';
import { foreignKeyProblems, integrityProblems } from './checks.ts';

export function checkHealth(db: Database.Database, file: string, schemaVersion: number): HealthReport {
  const integrity = integrityProblems(db, 'integrity_check');
  const foreignKeys = foreignKeyProblems(db);
  const messages = [`Kontrollerade filen ${file} (databasversion ${schemaVersion}).`];
  messages.push(integrity.length === 0 ? 'Kontrollen av hela filen hittade inga fel.' : `Kontrollen av hela filen hittade fel: ${integrity.join('; ')}.`);
  messages.push(
    foreignKeys.length === 0 ? 'Alla hänvisningar mellan tabellerna är hela.' : `Brutna hänvisningar mellan tabellerna: ${foreignKeys.join('; ')}.`,
  );
  const healthy = integrity.length === 0 && foreignKeys.length === 0;
  messages.push(healthy ? 'Filen är hel.' : 'Filen har fel. Återställ en säkerhetskopia eller kontakta support.');
  return { path: file, schemaVersion, healthy, messages };
}

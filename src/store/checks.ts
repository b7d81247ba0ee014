// SQLite's own consistency checks, as Swedish lines. Used before opening, before migrating and
// by LotsplanStore.check().
import type Database from 'better-sqlite3';

const MAX_LINES = 20;

/** Problems reported by `PRAGMA quick_check` or `PRAGMA integrity_check`; empty when "ok". */
export function integrityProblems(db: Database.Database, pragma: 'quick_check' | 'integrity_check'): string[] {
  const lines = db.pragma(`${pragma}(${MAX_LINES})`, { simple: false }) as Record<string, unknown>[];
  const texts = lines.map((row) => String(Object.values(row)[0]));
  return texts.length === 1 && texts[0] === 'ok' ? [] : texts;
}

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
}

/** Rows whose reference points nowhere (`PRAGMA foreign_key_check`), as Swedish lines. */
export function foreignKeyProblems(db: Database.Database): string[] {
  const rows = db.pragma('foreign_key_check') as ForeignKeyViolation[];
  return rows
    .slice(0, MAX_LINES)
    .map((r) => `rad ${r.rowid ?? '?'} i tabellen ${r.table} pekar på en rad som saknas i tabellen ${r.parent}`)
    .concat(rows.length > MAX_LINES ? [`… och ${rows.length - MAX_LINES} till`] : []);
}

/**
 * The problems of both full checks as lines for a message's "Teknisk information", each saying in
 * Swedish which check found it (the SQLite name in parentheses, for support); empty when the file
 * is whole.
 */
export function fullCheckProblems(db: Database.Database): string[] {
  return [
    ...integrityProblems(db, 'integrity_check').map((p) => `Databasens egen kontroll av filen (integrity_check): ${p}`),
    ...foreignKeyProblems(db).map((p) => `Databasens kontroll av hänvisningar mellan tabeller (foreign_key_check): ${p}`),
  ];
}

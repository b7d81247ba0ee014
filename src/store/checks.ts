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

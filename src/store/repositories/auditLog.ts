// The audit log: written inside the transaction of the change it records, read with filters.
import { sql, type Kysely } from 'kysely';
import { AUDIT_ACTION_CODES, type AuditActionCode } from '../../core/audit/actions.ts';
import type { LotsplanDatabase } from '../schema.ts';

type Db = Kysely<LotsplanDatabase>;

/** What kind of change an entry records; the kinds and their Swedish labels live in src/core/audit/actions.ts. */
export const AUDIT_ACTIONS: readonly AuditAction[] = AUDIT_ACTION_CODES;
export type AuditAction = AuditActionCode;

export interface AuditEntryInput {
  action: AuditAction;
  summary: string;
  district?: string | null;
  unit?: string | null;
  year?: number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  id: number;
  at: string;
  osUser: string;
  action: AuditAction;
  summary: string;
  district: string | null;
  unit: string | null;
  year: number | null;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  district?: string | undefined;
  unit?: string | undefined;
  year?: number | undefined;
  action?: AuditAction | undefined;
  /** Inclusive, ISO dates (yyyy-mm-dd) or times. */
  from?: string | undefined;
  to?: string | undefined;
  /** Case-insensitive text in the summary or the user name. */
  text?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export async function insertAuditEntry(db: Db, osUser: string, entry: AuditEntryInput, at = new Date()): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      os_user: osUser,
      action: entry.action,
      summary: entry.summary,
      district: entry.district ?? null,
      unit: entry.unit ?? null,
      year: entry.year ?? null,
      before_json: json(entry.before),
      after_json: json(entry.after),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function filtered(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.district) q = q.where('district', '=', f.district);
  if (f.unit) q = q.where('unit', '=', f.unit);
  if (f.year !== undefined) q = q.where('year', '=', f.year);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', f.from);
  // A date "to" includes the whole day.
  if (f.to) q = q.where('at', '<=', f.to.length === 10 ? `${f.to}T23:59:59.999Z` : f.to);
  if (f.text) {
    const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('summary', 'like', sql<string>`${like} ESCAPE '\\'`), eb('os_user', 'like', sql<string>`${like} ESCAPE '\\'`)]));
  }
  return q;
}

export async function readAuditLog(db: Db, f: AuditFilter): Promise<{ total: number; entries: AuditEntry[] }> {
  const total = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, f)
    .selectAll()
    .orderBy('id', 'desc')
    .limit(f.limit ?? 100)
    .offset(f.offset ?? 0)
    .execute();
  return {
    total: Number(total.n),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      osUser: r.os_user,
      action: r.action as AuditAction,
      summary: r.summary,
      district: r.district,
      unit: r.unit,
      year: r.year,
      before: r.before_json === null ? null : JSON.parse(r.before_json),
      after: r.after_json === null ? null : JSON.parse(r.after_json),
    })),
  };
}

/** The newest entry of the log, or null when it is empty. */
export async function readLatestAuditEntry(db: Db): Promise<AuditEntry | null> {
  const { entries } = await readAuditLog(db, { limit: 1 });
  return entries[0] ?? null;
}

/** Moves an entry to a later time with a new "after" (saves of a memo coalesced into one version). */
export async function updateAuditEntry(db: Db, id: number, entry: { summary: string; after?: unknown }, at = new Date()): Promise<void> {
  await db
    .updateTable('audit_log')
    .set({ at: at.toISOString(), summary: entry.summary, after_json: json(entry.after) })
    .where('id', '=', id)
    .execute();
}

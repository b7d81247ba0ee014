// Tjänsteutlåtanden (memos), their versions, the districts' Word templates and memo defaults.
// Every write runs in the caller's write transaction and records itself in the audit log, so
// every change of a memo is in Ändringslogg. Stored JSON is validated with the core schemas when
// it is read: a file changed outside Lotsplan must not reach an export unchecked.
//
// Versions: saves of the editor's autosave are coalesced. A save whose latest version row is an
// ordinary save begun less than two minutes earlier replaces that row's content (and moves its
// audit entry to the new time) instead of adding a row; every other save, and every creation,
// copy, figure update and restore, adds a version. So a long editing session leaves one version
// per two minutes of typing, not one per keystroke pause, and the memo's own `version` still
// increases with every save (it is what the conflict check compares).
import type { Kysely } from 'kysely';
import * as z from 'zod';
import type { UnitYearKey } from '../../core/plan/model.ts';
import {
  MEMO_TYPE_LABELS,
  MEMO_TYPES,
  SECTION_HEADINGS,
  SECTION_KEYS,
  memoContentSchema,
  signatorySchema,
  type MemoContent,
  type MemoType,
} from '../../core/memo/model.ts';
import type { MemoDefaults } from '../../core/memo/sources.ts';
import { EditError } from '../../core/validation/editError.ts';
import { memoTemplateRemovedSummary } from '../../core/audit/summaries.ts';
import type { LotsplanDatabase } from '../schema.ts';
import { insertAuditEntry, updateAuditEntry } from './auditLog.ts';
import { findUnitYearId } from './unitYearState.ts';

type Db = Kysely<LotsplanDatabase>;

/** Saves of one memo closer than this to the start of its latest version row are coalesced. */
export const MEMO_VERSION_COALESCE_MS = 2 * 60 * 1000;

export type MemoVersionKind = 'create' | 'copy' | 'save' | 'figures' | 'restore';

export interface StoredMemo {
  id: number;
  district: string;
  unit: string;
  year: number;
  scenarioId: number | null;
  type: MemoType;
  title: string;
  content: MemoContent;
  version: number;
  templateId: number | null;
  createdAt: string;
  updatedAt: string;
  exportedAt: string | null;
  deletedAt: string | null;
}

export interface MemoVersionInfo {
  version: number;
  kind: MemoVersionKind;
  savedAt: string;
  summary: string;
}

export interface StoredMemoTemplate {
  id: number;
  district: string;
  name: string;
  sizeBytes: number;
  addedAt: string;
  isDefault: boolean;
  /** Every placeholder name found in the template when it was added. */
  placeholders: string[];
}

export interface MemoDistrictSettings {
  district: string;
  /** null: nothing saved, the built-in defaults apply. */
  defaults: MemoDefaults | null;
  defaultTemplateId: number | null;
}

export interface NewMemo {
  key: UnitYearKey;
  scenarioId: number | null;
  content: MemoContent;
  templateId?: number | null;
  kind: 'create' | 'copy';
  /** For a copy: the title of the memo copied. */
  copiedFrom?: string;
}

export interface MemoSave {
  kind: 'save' | 'figures' | 'restore';
  /** For a restore: the version restored. */
  restoredVersion?: number;
}

const field = z.string().max(300);
export const memoDefaultsStoredSchema = z.strictObject({
  namnd: field,
  forvaltning: field,
  avdelning: field,
  handlaggare: z.strictObject({ name: field, phone: field }),
  signatories: z.array(signatorySchema).max(2),
});

const placeholdersSchema = z.array(z.string().max(200)).max(2000);

// ---- Reading ---------------------------------------------------------------------------------

function parseContent(json: string, id: number): MemoContent {
  const parsed = memoContentSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`memos.content_json of memo ${id} is not a valid memo: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

function memoQuery(db: Db) {
  return db
    .selectFrom('memos as m')
    .innerJoin('unit_years as uy', 'uy.id', 'm.unit_year_id')
    .innerJoin('units as u', 'u.id', 'uy.unit_id')
    .innerJoin('districts as d', 'd.id', 'u.district_id')
    .select([
      'm.id',
      'd.name as district',
      'u.name as unit',
      'uy.year',
      'm.scenario_id',
      'm.type',
      'm.title',
      'm.content_json',
      'm.version',
      'm.template_id',
      'm.created_at',
      'm.updated_at',
      'm.exported_at',
      'm.deleted_at',
    ]);
}

type MemoRow = Awaited<ReturnType<ReturnType<typeof memoQuery>['executeTakeFirstOrThrow']>>;

function toMemo(r: MemoRow): StoredMemo {
  if (!(MEMO_TYPES as readonly string[]).includes(r.type)) throw new Error(`memos.type of memo ${r.id} is "${r.type}"`);
  return {
    id: r.id,
    district: r.district,
    unit: r.unit,
    year: r.year,
    scenarioId: r.scenario_id,
    type: r.type as MemoType,
    title: r.title,
    content: parseContent(r.content_json, r.id),
    version: r.version,
    templateId: r.template_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    exportedAt: r.exported_at,
    deletedAt: r.deleted_at,
  };
}

/** A memo by id, removed or not; null when there is none. */
export async function readMemo(db: Db, id: number): Promise<StoredMemo | null> {
  const row = await memoQuery(db).where('m.id', '=', id).executeTakeFirst();
  return row ? toMemo(row) : null;
}

/** The memos of a unit (one year or all), not removed, newest change first. */
export async function readMemos(db: Db, filter: { district: string; unit: string; year?: number | undefined }): Promise<StoredMemo[]> {
  let q = memoQuery(db).where('d.name', '=', filter.district).where('u.name', '=', filter.unit).where('m.deleted_at', 'is', null);
  if (filter.year !== undefined) q = q.where('uy.year', '=', filter.year);
  const rows = await q.orderBy('m.updated_at', 'desc').orderBy('m.id', 'desc').execute();
  return rows.map(toMemo);
}

/**
 * When what a memo's figures come from last changed: the unit-year's updated_at (plan, settings,
 * scenarios) or the newest saved month of the unit's statistics, whichever is later. Figures
 * computed before it are outdated. (A removed month leaves no time behind; its removal is in the
 * audit log.)
 */
export async function readPlanUpdatedAt(db: Db, key: UnitYearKey): Promise<string | null> {
  const id = await findUnitYearId(db, key);
  if (id === null) return null;
  const row = await db.selectFrom('unit_years').select(['updated_at', 'unit_id']).where('id', '=', id).executeTakeFirstOrThrow();
  const statistics = await db
    .selectFrom('monthly_statistics')
    .select((eb) => eb.fn.max('updated_at').as('latest'))
    .where('unit_id', '=', row.unit_id)
    .executeTakeFirst();
  const latest = statistics?.latest ?? null;
  return latest !== null && latest > row.updated_at ? latest : row.updated_at;
}

export async function readMemoVersions(db: Db, memoId: number): Promise<MemoVersionInfo[]> {
  const rows = await db
    .selectFrom('memo_versions')
    .select(['version', 'kind', 'saved_at', 'summary'])
    .where('memo_id', '=', memoId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ version: r.version, kind: r.kind as MemoVersionKind, savedAt: r.saved_at, summary: r.summary }));
}

export async function readMemoVersion(db: Db, memoId: number, version: number): Promise<{ version: number; savedAt: string; content: MemoContent } | null> {
  const row = await db
    .selectFrom('memo_versions')
    .select(['version', 'saved_at', 'content_json'])
    .where('memo_id', '=', memoId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? { version: row.version, savedAt: row.saved_at, content: parseContent(row.content_json, memoId) } : null;
}

// ---- Audit helpers ---------------------------------------------------------------------------

const memoLabel = (m: { title: string; content?: MemoContent }) => `”${m.title || 'Utan titel'}”`;
const where = (m: { district: string; unit: string; year: number }) => `${m.unit} (${m.district}) ${m.year}`;
const auditScope = (m: { district: string; unit: string; year: number }) => ({ district: m.district, unit: m.unit, year: m.year });

/** The parts of a memo that differ, by their Swedish names, in the memo's order. */
export function changedParts(before: MemoContent, after: MemoContent): string[] {
  const parts: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (before.type !== after.type) parts.push('typ');
  if (!same(before.metadata, after.metadata)) parts.push('uppgifter');
  if (!same(before.skrivelse, after.skrivelse)) parts.push('skrivelsen');
  for (const key of SECTION_KEYS) if (!same(before.sections[key], after.sections[key])) parts.push(SECTION_HEADINGS[key]);
  if (!same(before.options, after.options)) parts.push('inställningar');
  if (!same(before.figures, after.figures)) parts.push('siffror');
  return parts;
}

// ---- Writing memos ---------------------------------------------------------------------------

async function insertVersion(
  db: Db,
  memoId: number,
  version: number,
  kind: MemoVersionKind,
  summary: string,
  content: MemoContent,
  at: string,
  auditId: number,
): Promise<void> {
  await db
    .insertInto('memo_versions')
    .values({ memo_id: memoId, version, kind, first_saved_at: at, saved_at: at, summary, content_json: JSON.stringify(content), audit_id: auditId })
    .execute();
}

async function requireUnitYear(db: Db, key: UnitYearKey): Promise<number> {
  const id = await findUnitYearId(db, key);
  if (id === null) throw new EditError('NOT_FOUND', `${key.district}, ${key.unit} har inga uppgifter för ${key.year}.`);
  return id;
}

async function requireTemplateOf(db: Db, templateId: number, district: string): Promise<void> {
  const row = await db
    .selectFrom('memo_templates as t')
    .innerJoin('districts as d', 'd.id', 't.district_id')
    .select(['d.name'])
    .where('t.id', '=', templateId)
    .executeTakeFirst();
  if (!row) throw new EditError('NOT_FOUND', `Word-mallen med nummer ${templateId} finns inte.`);
  if (row.name !== district) throw new EditError('VALIDATION', `Word-mallen med nummer ${templateId} hör till ${row.name}, inte till ${district}.`);
}

export async function insertMemo(db: Db, osUser: string, input: NewMemo, now = new Date()): Promise<StoredMemo> {
  const unitYearId = await requireUnitYear(db, input.key);
  if (input.templateId != null) await requireTemplateOf(db, input.templateId, input.key.district);
  const at = now.toISOString();
  const title = input.content.metadata.title;
  const { id } = await db
    .insertInto('memos')
    .values({
      unit_year_id: unitYearId,
      scenario_id: input.scenarioId,
      type: input.content.type,
      title,
      content_json: JSON.stringify(input.content),
      version: 1,
      template_id: input.templateId ?? null,
      created_at: at,
      updated_at: at,
      exported_at: null,
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const typeLabel = MEMO_TYPE_LABELS[input.content.type].toLocaleLowerCase('sv');
  const summary =
    input.kind === 'copy'
      ? `Kopierade tjänsteutlåtandet ${memoLabel({ title: input.copiedFrom ?? title })} till ett nytt, ${where(input.key)}.`
      : `Skapade tjänsteutlåtandet ${memoLabel({ title })} (${typeLabel}), ${where(input.key)}.`;
  const auditId = await insertAuditEntry(
    db,
    osUser,
    { action: 'memo', summary, ...auditScope(input.key), before: null, after: { memoId: id, version: 1, title } },
    now,
  );
  await insertVersion(db, id, 1, input.kind, input.kind === 'copy' ? 'Kopia' : 'Skapad', input.content, at, auditId);
  return (await readMemo(db, id))!;
}

async function requireMemo(db: Db, id: number, options: { deleted?: boolean } = {}): Promise<StoredMemo> {
  const memo = await readMemo(db, id);
  if (!memo) throw new EditError('NOT_FOUND', `Tjänsteutlåtandet med nummer ${id} finns inte.`);
  if (memo.deletedAt !== null && !options.deleted) throw new EditError('NOT_FOUND', `Tjänsteutlåtandet ${memoLabel(memo)} är borttaget.`);
  return memo;
}

function conflict(memo: StoredMemo, baseVersion: number): EditError {
  return new EditError(
    'CONFLICT',
    `Tjänsteutlåtandet ${memoLabel(memo)} har ändrats sedan det öppnades (du utgick från version ${baseVersion}, den sparade är version ${memo.version}). ` +
      'Din ändring har inte sparats. Öppna tjänsteutlåtandet igen för att se den senaste versionen.',
  );
}

export async function updateMemo(
  db: Db,
  osUser: string,
  id: number,
  baseVersion: number,
  content: MemoContent,
  save: MemoSave,
  now = new Date(),
): Promise<StoredMemo> {
  const memo = await requireMemo(db, id);
  if (baseVersion !== memo.version) throw conflict(memo, baseVersion);
  if (content.type !== memo.type)
    throw new EditError('VALIDATION', 'Ett tjänsteutlåtandes typ kan inte ändras. Skapa ett nytt tjänsteutlåtande av den andra typen.');
  const parts = changedParts(memo.content, content);
  if (parts.length === 0 && save.kind === 'save') return memo;
  const at = now.toISOString();
  const version = memo.version + 1;
  const title = content.metadata.title;
  await db
    .updateTable('memos')
    .set({ title, content_json: JSON.stringify(content), version, updated_at: at })
    .where('id', '=', id)
    .execute();

  const latest = await db
    .selectFrom('memo_versions')
    .select(['id', 'kind', 'first_saved_at', 'audit_id'])
    .where('memo_id', '=', id)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  const coalesce =
    save.kind === 'save' &&
    latest !== undefined &&
    latest.kind === 'save' &&
    latest.audit_id !== null &&
    now.getTime() - Date.parse(latest.first_saved_at) < MEMO_VERSION_COALESCE_MS;

  if (coalesce) {
    const entry = await db.selectFrom('audit_log').select('after_json').where('id', '=', latest.audit_id!).executeTakeFirst();
    const after: unknown = entry?.after_json ? JSON.parse(entry.after_json) : null;
    const earlier = after !== null && typeof after === 'object' ? (after as { changed?: unknown }).changed : undefined;
    const order = ['typ', 'uppgifter', 'skrivelsen', ...SECTION_KEYS.map((k) => SECTION_HEADINGS[k]), 'inställningar', 'siffror'];
    const union = [...new Set([...(Array.isArray(earlier) ? earlier.filter((p): p is string => typeof p === 'string') : []), ...parts])].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b),
    );
    await db
      .updateTable('memo_versions')
      .set({ version, saved_at: at, content_json: JSON.stringify(content) })
      .where('id', '=', latest.id)
      .execute();
    await updateAuditEntry(db, latest.audit_id!, { summary: saveSummary(memo, title, union), after: { memoId: id, version, title, changed: union } }, now);
  } else {
    const summary =
      save.kind === 'figures'
        ? `Uppdaterade siffrorna i tjänsteutlåtandet ${memoLabel({ title })}, ${where(memo)}.`
        : save.kind === 'restore'
          ? `Återställde tjänsteutlåtandet ${memoLabel({ title })} till version ${save.restoredVersion ?? '?'}, ${where(memo)}.`
          : saveSummary(memo, title, parts);
    const auditId = await insertAuditEntry(
      db,
      osUser,
      {
        action: 'memo',
        summary,
        ...auditScope(memo),
        before: { memoId: id, version: memo.version, title: memo.title },
        after: { memoId: id, version, title, changed: parts },
      },
      now,
    );
    const versionSummary =
      save.kind === 'figures'
        ? 'Siffrorna uppdaterade'
        : save.kind === 'restore'
          ? `Återställd från version ${save.restoredVersion ?? '?'}`
          : `Ändrat: ${parts.join(', ')}`;
    await insertVersion(db, id, version, save.kind, versionSummary, content, at, auditId);
  }
  return (await readMemo(db, id))!;
}

function saveSummary(memo: StoredMemo, title: string, parts: readonly string[]): string {
  const renamed = title !== memo.title ? ` (tidigare ${memoLabel(memo)})` : '';
  return `Ändrade tjänsteutlåtandet ${memoLabel({ title })}${renamed}, ${where(memo)}: ${parts.join(', ') || 'inga ändringar'}.`;
}

export async function setMemoDeleted(db: Db, osUser: string, id: number, deleted: boolean, now = new Date()): Promise<StoredMemo> {
  const memo = await requireMemo(db, id, { deleted: true });
  if ((memo.deletedAt !== null) === deleted) {
    throw new EditError(
      'CONFLICT',
      deleted ? `Tjänsteutlåtandet ${memoLabel(memo)} är redan borttaget.` : `Tjänsteutlåtandet ${memoLabel(memo)} är inte borttaget.`,
    );
  }
  const at = now.toISOString();
  await db
    .updateTable('memos')
    .set({ deleted_at: deleted ? at : null })
    .where('id', '=', id)
    .execute();
  await insertAuditEntry(
    db,
    osUser,
    {
      action: 'memo',
      summary: `${deleted ? 'Tog bort' : 'Ångrade borttagningen av'} tjänsteutlåtandet ${memoLabel(memo)}, ${where(memo)}.`,
      ...auditScope(memo),
      before: { memoId: id, deleted: !deleted },
      after: { memoId: id, deleted },
    },
    now,
  );
  return (await readMemo(db, id))!;
}

/** Records an export of the memo as it stands now and returns the time recorded, as an ISO timestamp. */
export async function setMemoExported(db: Db, osUser: string, id: number, formatLabel: string, now = new Date()): Promise<string> {
  const memo = await requireMemo(db, id);
  const exportedAt = now.toISOString();
  await db.updateTable('memos').set({ exported_at: exportedAt }).where('id', '=', id).execute();
  await insertAuditEntry(
    db,
    osUser,
    {
      action: 'memo',
      summary: `Exporterade tjänsteutlåtandet ${memoLabel(memo)} (version ${memo.version}) som ${formatLabel}, ${where(memo)}.`,
      ...auditScope(memo),
      after: { memoId: id, version: memo.version },
    },
    now,
  );
  return exportedAt;
}

export async function setTemplateOfMemo(db: Db, osUser: string, memoId: number, templateId: number | null): Promise<void> {
  const memo = await requireMemo(db, memoId);
  if (templateId !== null) await requireTemplateOf(db, templateId, memo.district);
  if (memo.templateId === templateId) return;
  await db.updateTable('memos').set({ template_id: templateId }).where('id', '=', memoId).execute();
  const name = templateId === null ? null : await templateName(db, templateId);
  await insertAuditEntry(db, osUser, {
    action: 'memo',
    summary: `${name === null ? `Tjänsteutlåtandet ${memoLabel(memo)} använder inte längre någon egen Word-mall` : `Valde Word-mallen ”${name}” för tjänsteutlåtandet ${memoLabel(memo)}`}, ${where(memo)}.`,
    ...auditScope(memo),
    before: { memoId, templateId: memo.templateId },
    after: { memoId, templateId },
  });
}

// ---- Templates and district settings ---------------------------------------------------------

async function districtId(db: Db, district: string): Promise<number> {
  const row = await db.selectFrom('districts').select('id').where('name', '=', district).executeTakeFirst();
  if (!row) throw new EditError('NOT_FOUND', `Stadsdelen ${district} finns inte i databasen.`);
  return row.id;
}

async function templateName(db: Db, id: number): Promise<string | null> {
  const row = await db.selectFrom('memo_templates').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

async function defaultTemplateIdOf(db: Db, districtIdValue: number): Promise<number | null> {
  const row = await db.selectFrom('memo_district_settings').select('default_template_id').where('district_id', '=', districtIdValue).executeTakeFirst();
  return row?.default_template_id ?? null;
}

function templateQuery(db: Db) {
  return db
    .selectFrom('memo_templates as t')
    .innerJoin('districts as d', 'd.id', 't.district_id')
    .leftJoin('memo_district_settings as s', 's.district_id', 't.district_id')
    .select((eb) => [
      't.id',
      'd.name as district',
      't.name',
      eb.fn<number>('length', ['t.bytes']).as('size_bytes'),
      't.added_at',
      't.placeholders_json',
      's.default_template_id',
    ]);
}

type TemplateRow = Awaited<ReturnType<ReturnType<typeof templateQuery>['executeTakeFirstOrThrow']>>;

function toTemplate(r: TemplateRow): StoredMemoTemplate {
  return {
    id: r.id,
    district: r.district,
    name: r.name,
    sizeBytes: Number(r.size_bytes),
    addedAt: r.added_at,
    isDefault: r.default_template_id === r.id,
    placeholders: placeholdersSchema.parse(JSON.parse(r.placeholders_json)),
  };
}

export async function readMemoTemplates(db: Db, district: string): Promise<StoredMemoTemplate[]> {
  const rows = await templateQuery(db).where('d.name', '=', district).orderBy('t.added_at').orderBy('t.id').execute();
  return rows.map(toTemplate);
}

export async function readMemoTemplate(db: Db, id: number): Promise<(StoredMemoTemplate & { bytes: Uint8Array }) | null> {
  const row = await templateQuery(db).where('t.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const { bytes } = await db.selectFrom('memo_templates').select('bytes').where('id', '=', id).executeTakeFirstOrThrow();
  return { ...toTemplate(row), bytes: new Uint8Array(bytes) };
}

async function upsertDefaultTemplate(db: Db, districtIdValue: number, templateId: number | null): Promise<void> {
  await db
    .insertInto('memo_district_settings')
    .values({ district_id: districtIdValue, defaults_json: null, default_template_id: templateId })
    .onConflict((oc) => oc.column('district_id').doUpdateSet({ default_template_id: templateId }))
    .execute();
}

export async function insertMemoTemplate(
  db: Db,
  osUser: string,
  district: string,
  template: { name: string; bytes: Uint8Array; placeholders: readonly string[] },
  makeDefault: boolean,
  now = new Date(),
): Promise<StoredMemoTemplate> {
  const dId = await districtId(db, district);
  const { id } = await db
    .insertInto('memo_templates')
    .values({
      district_id: dId,
      name: template.name,
      bytes: Buffer.from(template.bytes),
      placeholders_json: JSON.stringify(template.placeholders),
      added_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (makeDefault) await upsertDefaultTemplate(db, dId, id);
  await insertAuditEntry(
    db,
    osUser,
    {
      action: 'memo',
      summary: `Lade till Word-mallen ”${template.name}” för tjänsteutlåtanden i ${district}${makeDefault ? ' som stadsdelens standardmall' : ''}.`,
      district,
      after: { templateId: id, name: template.name, sizeBytes: template.bytes.byteLength, isDefault: makeDefault },
    },
    now,
  );
  const rows = await templateQuery(db).where('t.id', '=', id).execute();
  return toTemplate(rows[0]!);
}

export async function removeMemoTemplate(db: Db, osUser: string, id: number): Promise<StoredMemoTemplate> {
  const rows = await templateQuery(db).where('t.id', '=', id).execute();
  if (rows.length === 0) throw new EditError('NOT_FOUND', `Word-mallen med nummer ${id} finns inte.`);
  const template = toTemplate(rows[0]!);
  const users = await db
    .selectFrom('memos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('template_id', '=', id)
    .executeTakeFirstOrThrow();
  await db.deleteFrom('memo_templates').where('id', '=', id).execute();
  const n = Number(users.n);
  await insertAuditEntry(db, osUser, {
    action: 'memo',
    summary: memoTemplateRemovedSummary(template.name, template.district, n),
    district: template.district,
    before: { templateId: id, name: template.name, sizeBytes: template.sizeBytes, isDefault: template.isDefault },
    after: null,
  });
  return template;
}

export async function setDistrictDefaultTemplate(db: Db, osUser: string, district: string, templateId: number | null): Promise<void> {
  const dId = await districtId(db, district);
  if (templateId !== null) await requireTemplateOf(db, templateId, district);
  const before = await defaultTemplateIdOf(db, dId);
  if (before === templateId) return;
  await upsertDefaultTemplate(db, dId, templateId);
  const name = templateId === null ? null : await templateName(db, templateId);
  await insertAuditEntry(db, osUser, {
    action: 'memo',
    summary:
      name === null
        ? `${district} har inte längre någon standardmall för tjänsteutlåtanden.`
        : `Gjorde Word-mallen ”${name}” till standardmall för tjänsteutlåtanden i ${district}.`,
    district,
    before: { defaultTemplateId: before },
    after: { defaultTemplateId: templateId },
  });
}

export async function readMemoDistrictSettings(db: Db, district: string): Promise<MemoDistrictSettings | null> {
  const d = await db.selectFrom('districts').select(['id', 'name']).where('name', '=', district).executeTakeFirst();
  if (!d) return null;
  const row = await db.selectFrom('memo_district_settings').selectAll().where('district_id', '=', d.id).executeTakeFirst();
  let defaults: MemoDefaults | null = null;
  if (row?.defaults_json) {
    const parsed = memoDefaultsStoredSchema.safeParse(JSON.parse(row.defaults_json));
    if (!parsed.success) throw new Error(`memo_district_settings.defaults_json of ${district} is not valid: ${parsed.error.issues[0]?.message ?? ''}`);
    defaults = parsed.data;
  }
  return { district: d.name, defaults, defaultTemplateId: row?.default_template_id ?? null };
}

export async function writeMemoDefaults(
  db: Db,
  osUser: string,
  district: string,
  defaults: MemoDefaults,
  options: { demo?: boolean } = {},
  now = new Date(),
): Promise<void> {
  const valid = memoDefaultsStoredSchema.parse(defaults);
  const dId = await districtId(db, district);
  const before = await readMemoDistrictSettings(db, district);
  const json = JSON.stringify(valid);
  await db
    .insertInto('memo_district_settings')
    .values({ district_id: dId, defaults_json: json, default_template_id: null })
    .onConflict((oc) => oc.column('district_id').doUpdateSet({ defaults_json: json }))
    .execute();
  await insertAuditEntry(
    db,
    osUser,
    {
      action: options.demo ? 'demo' : 'memo',
      summary: options.demo
        ? `Läste in demodata: standarduppgifter för tjänsteutlåtanden i ${district}.`
        : `Sparade standarduppgifterna för tjänsteutlåtanden i ${district}.`,
      district,
      before: before?.defaults ?? null,
      after: valid,
    },
    now,
  );
}

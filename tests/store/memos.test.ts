// Memos in the store: migration 005 on a v4 file, create/save/version/conflict, coalesced
// autosaves, delete and undelete, templates, district defaults, and an audit entry for each write.
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/openStore.ts';
import { EditError } from '../../src/core/validation/editError.ts';
import type { MemoContent } from '../../src/core/memo/model.ts';
import { sampleContent, text } from './memoFixture.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';
import { samplePlan, sha256, tempDir, track } from './helpers.ts';
import type { SchemalessTables } from '../../src/store/migrations/types.ts';

const KEY = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

const withArendet = (content: MemoContent, t: string): MemoContent => ({ ...content, sections: { ...content.sections, arendet: text(t) } });

async function storeWithPlan(): Promise<LotsplanStore> {
  const store = track(await openStore(path.join(tempDir(), 'db.sqlite'), { osUser: 'testare' }));
  await store.replaceUnitYear(samplePlan());
  return store;
}

async function memoEntries(store: LotsplanStore) {
  return (await store.auditLog({ action: 'memo' })).entries;
}

describe('memos in the store (schema 5)', () => {
  it('migration 005 adds the memo tables to a v4 file after a backup, keeping its data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'lotsplan.sqlite');
    const raw = new Database(file);
    raw.pragma('application_id = 1280267347');
    const db = new Kysely<SchemalessTables>({ dialect: new SqliteDialect({ database: raw }) });
    for (const m of MIGRATIONS.slice(0, 4)) await m.up(db);
    await sql.raw('PRAGMA user_version = 4').execute(db);
    await db.destroy();
    const store = track(await openStore(file));
    expect(store.schemaVersion).toBe(8);
    await store.replaceUnitYear(samplePlan());
    expect(await store.listMemos(KEY)).toEqual([]);
    expect(await store.getPlanUpdatedAt(KEY)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await store.getPlanUpdatedAt({ ...KEY, year: 1999 })).toBeNull();
  });

  it('creates a memo as version 1 with an audit entry, and reads it back exactly', async () => {
    const store = await storeWithPlan();
    const memo = await store.createMemo({ key: KEY, scenarioId: 7, content: sampleContent(), kind: 'create' });
    expect(memo).toMatchObject({
      ...KEY,
      scenarioId: 7,
      type: 'redovisning',
      title: 'Redovisning av SIG 2020',
      version: 1,
      templateId: null,
      exportedAt: null,
      deletedAt: null,
    });
    expect(memo.content).toEqual(sampleContent());
    expect(await store.getMemo(memo.id)).toEqual(memo);
    expect(await store.listMemos({ district: KEY.district, unit: KEY.unit })).toEqual([memo]);
    expect(await store.listMemos({ ...KEY, year: 2021 })).toEqual([]);
    const [entry] = await memoEntries(store);
    expect(entry).toMatchObject({ action: 'memo', osUser: 'testare', ...KEY });
    expect(entry!.summary).toContain('Skapade tjänsteutlåtandet ”Redovisning av SIG 2020”');
    expect(await store.listMemoVersions(memo.id)).toEqual([expect.objectContaining({ version: 1, kind: 'create', summary: 'Skapad' })]);
  });

  it('refuses a memo for a unit-year that does not exist, saving nothing', async () => {
    const store = await storeWithPlan();
    const error = await store.createMemo({ key: { ...KEY, year: 2031 }, scenarioId: null, content: sampleContent(), kind: 'create' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditError);
    expect((error as EditError).code).toBe('NOT_FOUND');
    expect((error as EditError).message).toContain('2031');
    expect(await memoEntries(store)).toEqual([]);
  });

  it('saves as the next version, refuses a save from an older version with CONFLICT and keeps the content', async () => {
    const store = await storeWithPlan();
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    const saved = await store.saveMemo(memo.id, 1, withArendet(memo.content, 'Nytt ärende.'), { kind: 'save' });
    expect(saved.version).toBe(2);
    expect(saved.content.sections.arendet).toEqual(text('Nytt ärende.'));
    const error = await store.saveMemo(memo.id, 1, withArendet(memo.content, 'Gammal flik.'), { kind: 'save' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditError);
    expect((error as EditError).code).toBe('CONFLICT');
    expect((error as EditError).message).toMatch(/har ändrats sedan det öppnades.*version 1.*version 2/);
    expect((await store.getMemo(memo.id))!.content.sections.arendet).toEqual(text('Nytt ärende.'));
    const entries = await memoEntries(store);
    expect(entries).toHaveLength(2);
    expect(entries[0]!.summary).toContain('Ärendet');
  });

  it('a save that changes nothing adds no version and no entry', async () => {
    const store = await storeWithPlan();
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    const same = await store.saveMemo(memo.id, 1, sampleContent(), { kind: 'save' });
    expect(same.version).toBe(1);
    expect(await memoEntries(store)).toHaveLength(1);
  });

  it('coalesces autosaves within two minutes into one version and one audit entry; a figure update or restore is its own version', async () => {
    const store = await storeWithPlan();
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    let current = await store.saveMemo(memo.id, 1, withArendet(memo.content, 'Ett.'), { kind: 'save' });
    current = await store.saveMemo(
      memo.id,
      current.version,
      { ...withArendet(current.content, 'Två.'), metadata: { ...current.content.metadata, dnr: '1.5.1-1/2020' } },
      { kind: 'save' },
    );
    expect(current.version).toBe(3);
    let versions = await store.listMemoVersions(memo.id);
    expect(versions.map((v) => v.version)).toEqual([3, 1]);
    expect((await store.getMemoVersion(memo.id, 3))!.content.sections.arendet).toEqual(text('Två.'));
    expect(await store.getMemoVersion(memo.id, 2)).toBeNull();
    let entries = await memoEntries(store);
    expect(entries).toHaveLength(2);
    expect(entries[0]!.summary).toContain('uppgifter, Ärendet');
    expect(entries[0]!.after).toMatchObject({ version: 3 });

    current = await store.saveMemo(
      memo.id,
      3,
      { ...current.content, figures: { ...current.content.figures, computedAt: '2021-01-01T00:00:00.000Z' } },
      { kind: 'figures' },
    );
    current = await store.saveMemo(memo.id, 4, withArendet(current.content, 'Tre.'), { kind: 'save' });
    const old = (await store.getMemoVersion(memo.id, 1))!;
    current = await store.saveMemo(memo.id, 5, old.content, { kind: 'restore', restoredVersion: 1 });
    expect(current.version).toBe(6);
    expect(current.content).toEqual(sampleContent());
    versions = await store.listMemoVersions(memo.id);
    expect(versions.map((v) => [v.version, v.kind])).toEqual([
      [6, 'restore'],
      [5, 'save'],
      [4, 'figures'],
      [3, 'save'],
      [1, 'create'],
    ]);
    entries = await memoEntries(store);
    expect(entries).toHaveLength(5);
    expect(entries[0]!.summary).toContain('Återställde tjänsteutlåtandet ”Redovisning av SIG 2020” till version 1');
    expect(entries[2]!.summary).toContain('Uppdaterade siffrorna');
  });

  it('refuses to change a memo type', async () => {
    const store = await storeWithPlan();
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    const error = await store.saveMemo(memo.id, 1, { ...memo.content, type: 'eget' }, { kind: 'save' }).catch((e: unknown) => e);
    expect((error as EditError).code).toBe('VALIDATION');
    expect((await store.getMemo(memo.id))!.type).toBe('redovisning');
  });

  it('removes a memo (not listed, not saved), brings it back, and logs both', async () => {
    const store = await storeWithPlan();
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    const removed = await store.setMemoDeleted(memo.id, true);
    expect(removed.deletedAt).not.toBeNull();
    expect(await store.listMemos(KEY)).toEqual([]);
    const error = await store.saveMemo(memo.id, 1, withArendet(memo.content, 'X'), { kind: 'save' }).catch((e: unknown) => e);
    expect((error as EditError).code).toBe('NOT_FOUND');
    expect((error as EditError).message).toContain('borttaget');
    const again = await store.setMemoDeleted(memo.id, true).catch((e: unknown) => e);
    expect((again as EditError).code).toBe('CONFLICT');
    const back = await store.setMemoDeleted(memo.id, false);
    expect(back.deletedAt).toBeNull();
    expect((await store.listMemos(KEY)).map((m) => m.id)).toEqual([memo.id]);
    const summaries = (await memoEntries(store)).map((e) => e.summary);
    expect(summaries[0]).toContain('Ångrade borttagningen av tjänsteutlåtandet');
    expect(summaries[1]).toContain('Tog bort tjänsteutlåtandet');
  });

  it('records an export', async () => {
    const store = await storeWithPlan();
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    expect(memo.exportedAt).toBeNull();
    const exportedAt = await store.markMemoExported(memo.id, 'Word-fil');
    expect((await store.getMemo(memo.id))!.exportedAt).toBe(exportedAt);
    expect((await memoEntries(store))[0]!.summary).toContain('som Word-fil');
  });

  it('keeps templates per district with their bytes, a default, and unsets them when a template is removed', async () => {
    const store = await storeWithPlan();
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const a = await store.addMemoTemplate('Rinkeby-Kista', { name: 'mall.docx', bytes, placeholders: ['titel', 'okänd'] }, true);
    expect(a).toMatchObject({ district: 'Rinkeby-Kista', name: 'mall.docx', sizeBytes: 7, isDefault: true, placeholders: ['titel', 'okänd'] });
    expect((await store.getMemoTemplate(a.id))!.bytes).toEqual(bytes);
    expect((await store.getMemoDistrictSettings('Rinkeby-Kista'))!.defaultTemplateId).toBe(a.id);
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    await store.setMemoTemplate(memo.id, a.id);
    expect((await store.getMemo(memo.id))!.templateId).toBe(a.id);
    const removed = await store.deleteMemoTemplate(a.id);
    expect(removed.name).toBe('mall.docx');
    expect(await store.listMemoTemplates('Rinkeby-Kista')).toEqual([]);
    expect((await store.getMemo(memo.id))!.templateId).toBeNull();
    expect((await store.getMemoDistrictSettings('Rinkeby-Kista'))!.defaultTemplateId).toBeNull();
    const summaries = (await memoEntries(store)).map((e) => e.summary);
    expect(summaries[0]).toContain('Tog bort Word-mallen ”mall.docx” i Rinkeby-Kista; ett tjänsteutlåtande som använde den');
    expect(summaries.some((s) => s.includes('Lade till Word-mallen ”mall.docx”'))).toBe(true);
  });

  it("refuses a template for a district that does not exist, or another district's template for a memo", async () => {
    const store = await storeWithPlan();
    await store.replaceUnitYear(samplePlan({ district: 'Spånga-Tensta' }));
    const bytes = new Uint8Array([1]);
    const missing = await store.addMemoTemplate('Atlantis', { name: 'x.docx', bytes, placeholders: [] }, false).catch((e: unknown) => e);
    expect((missing as EditError).code).toBe('NOT_FOUND');
    const other = await store.addMemoTemplate('Spånga-Tensta', { name: 'st.docx', bytes, placeholders: [] }, false);
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    const error = await store.setMemoTemplate(memo.id, other.id).catch((e: unknown) => e);
    expect((error as EditError).code).toBe('VALIDATION');
    expect((error as EditError).message).toContain('hör till Spånga-Tensta');
    const error2 = await store.setDefaultMemoTemplate('Rinkeby-Kista', other.id).catch((e: unknown) => e);
    expect((error2 as EditError).code).toBe('VALIDATION');
  });

  it('saves district defaults, validated when read back', async () => {
    const store = await storeWithPlan();
    expect(await store.getMemoDistrictSettings('Atlantis')).toBeNull();
    expect(await store.getMemoDistrictSettings('Rinkeby-Kista')).toEqual({ district: 'Rinkeby-Kista', defaults: null, defaultTemplateId: null });
    const defaults = {
      namnd: 'Rinkeby-Kista stadsdelsnämnd',
      forvaltning: 'Rinkeby-Kista stadsdelsförvaltning',
      avdelning: 'Avdelningen individ och familj',
      handlaggare: { name: 'Anna Mattsson', phone: '08-508 01 000' },
      signatories: [{ name: 'Susanne Leinsköld', title: 'Stadsdelsdirektör' }],
    };
    await store.saveMemoDefaults('Rinkeby-Kista', defaults);
    expect((await store.getMemoDistrictSettings('Rinkeby-Kista'))!.defaults).toEqual(defaults);
    expect((await memoEntries(store))[0]!.summary).toBe('Sparade standarduppgifterna för tjänsteutlåtanden i Rinkeby-Kista.');
  });

  it('refuses to read a memo whose stored content was changed outside Lotsplan', async () => {
    const store = await storeWithPlan();
    const memo = await store.createMemo({ key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' });
    const file = store.path;
    await store.close();
    const raw = new Database(file);
    raw.prepare('UPDATE memos SET content_json = ? WHERE id = ?').run(JSON.stringify({ type: 'redovisning', evil: '<script>' }), memo.id);
    raw.close();
    const again = track(await openStore(file));
    await expect(again.getMemo(memo.id)).rejects.toThrow(/not a valid memo/);
    expect(sha256(file)).toBeTruthy();
  });
});

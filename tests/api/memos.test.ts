// Tjänsteutlåtanden through the dispatcher: a memo of every type from the demo, saves with
// versions and conflicts, "Uppdatera siffror" after a plan change, a deleted scenario, bad input
// refused with Swedish messages and nothing changed, Word templates and their refusals, exports.
import { describe, expect, it } from 'vitest';
import { MEMO_TYPES, SECTION_KEYS, type RichText } from '../../src/core/memo/model.ts';
import { apiSetup, dbHash, RK } from './support.ts';
import { TEMPLATE_PLACEHOLDER_LIST } from '../../src/core/memo/placeholders.ts';
import { outdatedText } from '../../src/core/memo/sourceFingerprints.ts';
import { docxWith, encryptedDocx, macroDocument, oldDoc, renamedPdf, sampleTemplate, zipBomb } from '../support/memoTemplates.ts';

const text = (t: string): RichText => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
const editOf = (view: { content: { metadata: unknown; skrivelse: unknown; sections: unknown; options: unknown } }) => ({
  metadata: view.content.metadata,
  skrivelse: view.content.skrivelse,
  sections: view.content.sections,
  options: view.content.options,
});

async function withDemo() {
  const api = apiSetup();
  await api.ok('loadDemo', {});
  return api;
}

describe('memo handlers', () => {
  it('drafts a memo of every type from the demo, with the district defaults of the reference memo', async () => {
    const { ok } = await withDemo();
    for (const type of MEMO_TYPES) {
      const view = await ok('createMemo', { ...RK, type });
      expect(view.summary).toMatchObject({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, type, outdated: false, exportedAt: null });
      expect(view.version).toBe(1);
      expect(view.scenarioMissing).toBe(false);
      expect(view.content.type).toBe(type);
      expect(view.content.metadata.namnd).toBe('Rinkeby-Kista stadsdelsnämnd');
      expect(view.content.metadata.signatories.map((s) => s.name)).toEqual(['Karin Exempelsson', 'Johan Exempelsson']);
      expect(view.content.options.mask).toBe(true);
      if (type !== 'eget') {
        // Every standard section but Bilagor has a default text.
        for (const key of SECTION_KEYS.filter((k) => k !== 'bilagor')) expect(view.content.sections[key], `${type} ${key}`).not.toBeNull();
      }
    }
    const list = await ok('listMemos', { district: 'rinkeby-kista', year: 2020 });
    expect(list.memos.map((m) => m.type).sort()).toEqual([...MEMO_TYPES].sort());
    expect((await ok('listMemos', { district: 'Rinkeby-Kista', year: 2019 })).memos).toEqual([]);
  });

  it('refuses a unit-year that does not exist and a scenario that does not exist, saving nothing', async () => {
    const { call, ok } = await withDemo();
    const year = await call('createMemo', { ...RK, year: 2031, type: 'redovisning' });
    expect(year).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(!year.ok && year.error.message).toContain('2031');
    const scenario = await call('createMemo', { ...RK, type: 'redovisning', scenarioId: 999 });
    expect(scenario).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(!scenario.ok && scenario.error.message).toContain('Scenariot med nummer 999 finns inte');
    expect((await ok('listMemos', RK)).memos).toEqual([]);
  });

  it('saves a change as a new version, refuses a save from an older version and keeps the saved text', async () => {
    const { call, ok } = await withDemo();
    const memo = await ok('createMemo', { ...RK, type: 'redovisning' });
    const edit = editOf(memo);
    const saved = await ok('saveMemo', {
      id: memo.summary.id,
      baseVersion: 1,
      edit: { ...edit, sections: { ...memo.content.sections, arendet: text('Nytt ärende.') } } as never,
    });
    expect(saved.version).toBe(2);
    expect(saved.content.figures).toEqual(memo.content.figures);
    const stale = await call('saveMemo', {
      id: memo.summary.id,
      baseVersion: 1,
      edit: { ...edit, sections: { ...memo.content.sections, arendet: text('Från en gammal flik.') } } as never,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!stale.ok && stale.error.message).toMatch(/har ändrats sedan det öppnades/);
    expect((await ok('getMemo', { id: memo.summary.id })).content.sections.arendet).toEqual(text('Nytt ärende.'));
    const versions = await ok('listMemoVersions', { id: memo.summary.id });
    expect(versions.versions.map((v) => v.version)).toEqual([2, 1]);
    const restored = await ok('restoreMemoVersion', { id: memo.summary.id, version: 1 });
    expect(restored.version).toBe(3);
    expect(restored.content.sections.arendet).toEqual(memo.content.sections.arendet);
    expect((await ok('getMemoVersion', { id: memo.summary.id, version: 1 })).content).toEqual(memo.content);
    expect((await ok('getMemoVersion', { id: memo.summary.id, version: 2 })).content.sections.arendet).toEqual(text('Nytt ärende.'));
    const gone = await call('getMemoVersion', { id: memo.summary.id, version: 50 });
    expect(!gone.ok && gone.error.message).toContain('Version 50');
    const log = await ok('listAuditLog', { action: 'memo', limit: 10 });
    expect(log.entries[0]!.summary).toContain('Återställde tjänsteutlåtandet');
    expect(log.entries.some((e) => e.summary.includes('Ärendet'))).toBe(true);
  });

  it('refuses a section of 200 000 characters with a Swedish message and changes nothing', async () => {
    const { call, ok, file } = await withDemo();
    const memo = await ok('createMemo', { ...RK, type: 'redovisning' });
    const huge: RichText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a'.repeat(100_000) },
            { type: 'text', text: 'b'.repeat(100_000), marks: [{ type: 'bold' }] },
          ],
        },
      ],
    };
    const before = dbHash(file);
    const result = await call('saveMemo', {
      id: memo.summary.id,
      baseVersion: 1,
      edit: { ...editOf(memo), sections: { ...memo.content.sections, arendet: huge } } as never,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!result.ok && result.error.details?.join(' ')).toMatch(/Avsnittet Ärendet har 200\s000 tecken; högst 100\s000/);
    expect(dbHash(file)).toBe(before);
    expect((await ok('getMemo', { id: memo.summary.id })).version).toBe(1);
  });

  it('refuses rich text pasted from Word with styles and images (not the memo format), changing nothing', async () => {
    const { call, ok, file } = await withDemo();
    const memo = await ok('createMemo', { ...RK, type: 'redovisning' });
    const pasted = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { style: 'mso-fareast-font-family:Calibri' },
          content: [{ type: 'text', text: 'Klistrat', marks: [{ type: 'textStyle', attrs: { color: 'red' } }] }],
        },
        { type: 'image', attrs: { src: 'file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png' } },
      ],
    };
    const before = dbHash(file);
    const result = await call('saveMemo', {
      id: memo.summary.id,
      baseVersion: 1,
      edit: { ...editOf(memo), sections: { ...memo.content.sections, sammanfattning: pasted } } as never,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Uppgifterna kunde inte tas emot.' } });
    expect(dbHash(file)).toBe(before);
  });

  it('"Uppdatera siffror" lists a plan change, marks the memo outdated and applies it as a version', async () => {
    const { ok } = await withDemo();
    const memo = await ok('createMemo', { ...RK, type: 'redovisning' });
    expect((await ok('previewFigureUpdate', { id: memo.summary.id })).changes).toEqual([]);
    await ok('addPosition', { ...RK, position: { role: 'lots', fte: 1, monthlySalary: 38500 } });
    const listed = await ok('listMemos', RK);
    expect(listed.memos[0]!.outdated).toBe(true);
    const preview = await ok('previewFigureUpdate', { id: memo.summary.id });
    const lotsar = preview.changes.find((c) => c.key === 'lotsar');
    expect(lotsar, JSON.stringify(preview.changes.map((c) => c.key))).toBeDefined();
    expect(lotsar!.before).not.toBe(lotsar!.after);
    expect(preview.notices).toEqual([]);
    // Nothing is saved by the preview.
    expect((await ok('getMemo', { id: memo.summary.id })).version).toBe(1);
    const applied = await ok('applyFigureUpdate', { id: memo.summary.id, baseVersion: 1 });
    expect(applied.version).toBe(2);
    expect(applied.summary.outdated).toBe(false);
    expect((await ok('previewFigureUpdate', { id: memo.summary.id })).changes).toEqual([]);
  });

  it('new monthly statistics make the figures outdated too', async () => {
    const { ok } = await withDemo();
    const memo = await ok('createMemo', { ...RK, type: 'redovisning' });
    expect((await ok('getMemo', { id: memo.summary.id })).summary.outdated).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ok('saveMonthlyStatistics', {
      district: 'Rinkeby-Kista',
      months: [{ month: '2021-01', referrals: 6, newEnrolments: 3, discharges: 1, enrolledAtMonthEnd: 29, queueAtMonthEnd: 2, dischargesByStay: null }],
    });
    expect((await ok('getMemo', { id: memo.summary.id })).summary.outdated).toBe(true);
    const applied = await ok('applyFigureUpdate', { id: memo.summary.id, baseVersion: 1 });
    expect(applied.summary.outdated).toBe(false);
  });

  it('a new scenario leaves a memo without scenarios current, and flags one that compares them, naming the scenarios', async () => {
    const { ok } = await withDemo();
    await ok('createScenario', { ...RK, name: 'En lots till', preset: 'extraLots', extraLots: { fromMonth: 4 } });
    const plain = await ok('createMemo', { ...RK, type: 'redovisning' });
    const compared = await ok('createMemo', { ...RK, type: 'bemanning' });
    expect(compared.content.options.tables).toContain('scenarios');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ok('createScenario', { ...RK, name: 'Ökat tryck', preset: 'increasedPressure' });

    expect((await ok('getMemo', { id: plain.summary.id })).summary).toMatchObject({ outdated: false, outdatedBecause: [] });
    const flagged = (await ok('getMemo', { id: compared.summary.id })).summary;
    expect(flagged).toMatchObject({ outdated: true, outdatedBecause: ['scenarios'] });
    expect(flagged.figuresComputedAt).toBe(compared.content.figures.computedAt);
    const listed = (await ok('listMemos', RK)).memos;
    expect(listed.find((m) => m.id === compared.summary.id)).toMatchObject({ outdatedBecause: ['scenarios'], figuresComputedAt: flagged.figuresComputedAt });

    const preview = await ok('previewFigureUpdate', { id: compared.summary.id });
    expect(preview.changes).toContainEqual({
      key: 'tabell_scenarios',
      name: 'Tabellen ”Jämförelse av scenarier”',
      before: '”En lots till”',
      after: '”En lots till” och ”Ökat tryck”',
    });
    const applied = await ok('applyFigureUpdate', { id: compared.summary.id, baseVersion: 1 });
    expect(applied.summary).toMatchObject({ outdated: false, outdatedBecause: [] });
  });

  it('a plan change and new statistics are named together in the warning', async () => {
    const { ok } = await withDemo();
    const memo = await ok('createMemo', { ...RK, type: 'redovisning' });
    await ok('addPosition', { ...RK, position: { role: 'lots', fte: 1, monthlySalary: 38500 } });
    await ok('saveMonthlyStatistics', {
      district: 'Rinkeby-Kista',
      months: [{ month: '2021-01', referrals: 6, newEnrolments: 3, discharges: 1, enrolledAtMonthEnd: 29, queueAtMonthEnd: 2, dischargesByStay: null }],
    });
    const summary = (await ok('getMemo', { id: memo.summary.id })).summary;
    expect(summary.outdatedBecause).toEqual(['plan', 'statistics']);
    const warning = outdatedText(summary.outdatedBecause, summary.figuresComputedAt, new Date());
    expect(warning).toMatch(/^Planen och månadsstatistiken har ändrats sedan siffrorna räknades kl\. \d\d\.\d\d\.$/);
    // The export names it among its warnings.
    const file = await ok('exportMemo', { id: memo.summary.id, format: 'html' });
    expect(file.warnings).toContain(`${warning} Välj Uppdatera siffror om utlåtandet ska bygga på dagens siffror.`);
  });

  it('a memo whose scenario was deleted says so, and its figures fall back to the plan with a Swedish notice', async () => {
    const { ok } = await withDemo();
    await ok('createScenario', { ...RK, name: 'En lots till', preset: 'extraLots', extraLots: { fromMonth: 4 } });
    const scenario = (await ok('listScenarios', RK)).scenarios[0]!;
    const memo = await ok('createMemo', { ...RK, type: 'bemanning', scenarioId: scenario.id });
    expect(memo.summary.scenarioName).toBe('En lots till');
    await ok('deleteScenario', { ...RK, scenario: 'En lots till' });
    const after = await ok('getMemo', { id: memo.summary.id });
    expect(after.scenarioMissing).toBe(true);
    expect(after.summary.scenarioName).toBeNull();
    const preview = await ok('previewFigureUpdate', { id: memo.summary.id });
    expect(preview.notices.join(' ')).toContain('finns inte längre');
    const applied = await ok('applyFigureUpdate', { id: memo.summary.id, baseVersion: after.version });
    expect(applied.scenarioMissing).toBe(true);
  });

  it('copies, deletes with undo, and exports HTML and Word with the export recorded', async () => {
    const { call, ok } = await withDemo();
    const memo = await ok('createMemo', { ...RK, type: 'skrivelse' });
    const copy = await ok('copyMemo', { id: memo.summary.id });
    expect(copy.summary.id).not.toBe(memo.summary.id);
    expect(copy.summary.title).toBe(`${memo.summary.title} (kopia)`);
    expect(await ok('deleteMemo', { id: copy.summary.id })).toEqual({ id: copy.summary.id, title: copy.summary.title });
    expect((await ok('listMemos', RK)).memos.map((m) => m.id)).toEqual([memo.summary.id]);
    const deleted = await call('getMemo', { id: copy.summary.id });
    expect(!deleted.ok && deleted.error.message).toContain('borttaget');
    await ok('undeleteMemo', { id: copy.summary.id });
    expect((await ok('listMemos', RK)).memos).toHaveLength(2);

    const html = await ok('exportMemo', { id: memo.summary.id, format: 'html' });
    const page = Buffer.from(html.base64, 'base64').toString('utf8');
    expect(page).toContain('<html');
    expect(page).toContain(memo.content.metadata.title);
    expect(html.fileName).toMatch(/^tjansteutlatande-sig-vuxna-2020-\d+\.html$/);
    expect(html.warnings).toContain('Dnr saknas.');
    const docx = await ok('exportMemo', { id: memo.summary.id, format: 'docx' });
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.mimeType).toContain('wordprocessingml');
    // Making the file records nothing: the export is noted once the caller has saved it.
    expect((await ok('getMemo', { id: memo.summary.id })).summary.exportedAt).toBeNull();
    expect((await ok('listAuditLog', { action: 'memo', limit: 10 })).entries.map((e) => e.summary).join('\n')).not.toContain('Exporterade');
    const recorded = await ok('recordMemoExport', { id: memo.summary.id, format: 'docx' });
    expect((await ok('getMemo', { id: memo.summary.id })).summary.exportedAt).toBe(recorded.exportedAt);
    const log = await ok('listAuditLog', { action: 'memo', limit: 10 });
    expect(log.entries[0]!.summary).toContain('som Word-fil');
    const missing = await call('recordMemoExport', { id: 9999, format: 'pdf' });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    // PDF without a printer: a Swedish refusal.
    const pdf = await call('exportMemo', { id: memo.summary.id, format: 'pdf' });
    expect(!pdf.ok && pdf.error.message).toContain('PDF kan inte skapas här');
  });

  it('district defaults: built in from the district name until saved', async () => {
    const { ok, call } = await withDemo();
    expect(await ok('getMemoDefaults', { district: 'farsta' })).toEqual({
      namnd: 'Farsta stadsdelsnämnd',
      forvaltning: 'Farsta stadsdelsförvaltning',
      avdelning: 'Avdelningen individ och familj',
      handlaggare: { name: '', phone: '' },
      signatories: [],
    });
    const defaults = {
      namnd: 'Farsta stadsdelsnämnd',
      forvaltning: 'Farsta stadsdelsförvaltning',
      avdelning: 'Avdelningen för individ och familj',
      handlaggare: { name: 'Eva Ek', phone: '08-508 00 000' },
      signatories: [{ name: 'Per Ek', title: 'stadsdelsdirektör' }],
    };
    expect(await ok('saveMemoDefaults', { district: 'Farsta', defaults })).toEqual(defaults);
    expect(await ok('getMemoDefaults', { district: 'Farsta' })).toEqual(defaults);
    // The district is found as the store finds it: case and Unicode form do not matter.
    expect(await ok('getMemoDefaults', { district: 'FARSTA' })).toEqual(defaults);
    expect(await ok('listMemoTemplates', { district: 'hässelby-vällingby'.normalize('NFD') })).toEqual({ templates: [] });
    const missing = await call('getMemoDefaults', { district: 'Atlantis' });
    expect(!missing.ok && missing.error.message).toContain('Stadsdelen ”Atlantis” finns inte');
  });
});

describe('memo templates', () => {
  it('knows every placeholder of the documented list, the same ones the fill knows', async () => {
    const { ok } = await withDemo();
    const names = TEMPLATE_PLACEHOLDER_LIST.map((p) => p.placeholder.slice(2, -2));
    const bytes = await docxWith([...names.map((n) => `{{${n}}}`), '{{tabell_kon}}', '{{okänd_sak}}']);
    const template = await ok('addMemoTemplate', { district: 'Rinkeby-Kista', fileName: 'alla.docx', base64: bytes.toString('base64') });
    expect(template.unknownPlaceholders).toEqual(['okänd_sak']);
    expect(template.placeholders).toEqual(expect.arrayContaining([...names, 'tabell_kon']));
  });

  it('keeps a real template, finds a placeholder split over runs, lists unknown ones, and makes it the default', async () => {
    const { ok, call } = await withDemo();
    const template = await ok('addMemoTemplate', {
      district: 'Rinkeby-Kista',
      fileName: 'mall.docx',
      base64: (await sampleTemplate()).toString('base64'),
      makeDefault: true,
    });
    expect(template.placeholders).toEqual(expect.arrayContaining(['titel', 'dnr', 'arendet', 'lotsar']));
    expect(template.unknownPlaceholders).toEqual(['okänd_sak']);
    expect(template.isDefault).toBe(true);
    const memo = await ok('createMemo', { ...RK, type: 'redovisning' });
    expect(memo.templateId).toBe(template.id);
    // The default template fills the Word export; the unknown placeholder is named in the warnings.
    const filled = await ok('exportMemo', { id: memo.summary.id, format: 'docx' });
    const bytes = Buffer.from(filled.base64, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(filled.warnings.join(' ')).toContain('{{okänd_sak}}');
    const own = await ok('exportMemo', { id: memo.summary.id, format: 'docx', templateId: null });
    expect(own.warnings.join(' ')).not.toContain('{{okänd_sak}}');
    // A one-off template (the CLI's --template) is checked like a stored one and saved nowhere.
    const once = await call('exportMemo', { id: memo.summary.id, format: 'docx', template: { fileName: 'gammal.doc', base64: oldDoc().toString('base64') } });
    expect(!once.ok && once.error.message).toContain('Filen gammal.doc är i det äldre Word-formatet');
    expect((await ok('listMemoTemplates', { district: 'Rinkeby-Kista' })).templates).toHaveLength(1);
    expect(await ok('setMemoTemplate', { district: 'Rinkeby-Kista', templateId: null })).toEqual({ templateId: null });
    expect((await ok('getMemo', { id: memo.summary.id })).templateId).toBeNull();
    await ok('setMemoTemplate', { memoId: memo.summary.id, templateId: template.id });
    expect((await ok('getMemo', { id: memo.summary.id })).templateId).toBe(template.id);
    await ok('deleteMemoTemplate', { id: template.id });
    expect((await ok('listMemoTemplates', { district: 'Rinkeby-Kista' })).templates).toEqual([]);
    expect((await ok('getMemo', { id: memo.summary.id })).templateId).toBeNull();
  });

  const refusals: [string, () => Buffer | Promise<Buffer>, RegExp][] = [
    ['a renamed PDF', renamedPdf, /är ett PDF-dokument/],
    ['an old .doc', oldDoc, /äldre Word-formatet \(\.doc\)/],
    ['an encrypted document', encryptedDocx, /krypterat \(lösenordsskyddat\)/],
    ['a .docm with macros', macroDocument, /innehåller makron/],
    ['a zip bomb', zipBomb, /packas upp till mer än/],
    ['a template without placeholders', () => docxWith(['Bara vanlig text.']), /innehåller inga platshållare/],
    ['plain text', () => Buffer.from('{{titel}}'), /inte ett Word-dokument/],
  ];
  for (const [what, make, message] of refusals) {
    it(`refuses ${what} with a Swedish message and saves nothing`, async () => {
      const { call, ok, file } = await withDemo();
      const before = dbHash(file);
      const result = await call('addMemoTemplate', { district: 'Rinkeby-Kista', fileName: 'mall.docx', base64: (await make()).toString('base64') });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(!result.ok && result.error.message).toMatch(message);
      expect(!result.ok && result.error.message).toContain('Filen mall.docx');
      expect(!result.ok && result.error.message).toContain('Ingenting har sparats.');
      expect(dbHash(file)).toBe(before);
      expect((await ok('listMemoTemplates', { district: 'Rinkeby-Kista' })).templates).toEqual([]);
    });
  }

  it('refuses a template over the size limit at the boundary', async () => {
    const { call } = await withDemo();
    const result = await call('addMemoTemplate', {
      district: 'Rinkeby-Kista',
      fileName: 'stor.docx',
      base64: Buffer.alloc(5 * 1024 * 1024 + 10).toString('base64'),
    });
    expect(result.ok).toBe(false);
  });
});

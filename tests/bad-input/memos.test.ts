// Bad input for tjänsteutlåtanden: Word templates that are not templates, sections that
// are too long, rich text pasted from Word, a memo whose scenario was deleted. Each gets a Swedish
// message (or a clean result), and the database is unchanged after every refusal.
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from '../api/support.ts';
import { expectSwedish, plain } from './support.ts';
import { docxWith, encryptedDocx, macroDocument, oldDoc, renamedPdf, sampleTemplate, zipBomb, zipOf } from '../support/memoTemplates.ts';
import type { RichText } from '../../src/core/memo/model.ts';

const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 } as const;

async function memoApi() {
  const setup = apiSetup();
  await setup.ok('loadDemo', {});
  const memo = await setup.ok('createMemo', { ...RK, type: 'redovisning' });
  return { ...setup, memo, before: dbHash(setup.file) };
}

const truncated = async () => (await sampleTemplate()).subarray(0, 2000);
const excelRenamed = () => zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
const zipWithoutDocument = () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<styles/>' });
const macroContentTypeOnly = () =>
  zipOf({
    '[Content_Types].xml': '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
    'word/document.xml': '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>{{titel}}</w:t></w:r></w:p></w:body></w:document>',
  });

describe('Word templates that are not templates (API)', () => {
  const cases: [string, () => Buffer | Promise<Buffer>, RegExp][] = [
    ['omdöpt PDF', renamedPdf, /PDF-dokument/],
    ['gammal .doc', oldDoc, /äldre Word-formatet/],
    ['krypterad .docx', encryptedDocx, /krypterat/],
    ['.docm med vbaProject.bin', macroDocument, /makron/],
    ['.docm (bara innehållstypen)', macroContentTypeOnly, /makron/],
    ['zip-bomb (60 MB nollor)', zipBomb, /packas upp till mer än/],
    ['avkortad .docx', truncated, /skadad/],
    ['Excel-arbetsbok omdöpt', excelRenamed, /Excel-arbetsbok/],
    ['zip utan word/document.xml', zipWithoutDocument, /zip-fil men inte ett Word-dokument/],
    ['mall utan platshållare', () => docxWith(['Rubrik', 'Text utan klammerparenteser {titel}']), /inga platshållare/],
    ['tom fil', () => Buffer.alloc(0), /är tom/],
    ['text', () => Buffer.from('{{titel}} {{dnr}}', 'utf8'), /inte ett Word-dokument/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const { call, ok, file, before } = await memoApi();
    const result = await call('addMemoTemplate', {
      district: 'Rinkeby-Kista',
      fileName: 'mall.docx',
      base64: (await make()).toString('base64'),
      makeDefault: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message).toContain('Ingenting har sparats.');
    expectSwedish(result.error.message);
    expect(dbHash(file)).toBe(before);
    expect((await ok('listMemoTemplates', { district: 'Rinkeby-Kista' })).templates).toEqual([]);
  });
});

describe('memo sections (API)', () => {
  const doc = (...texts: string[]): RichText => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: texts.map((text) => ({ type: 'text' as const, text })) }],
  });
  const editWith = (memo: Awaited<ReturnType<typeof memoApi>>['memo'], section: unknown) => ({
    id: memo.summary.id,
    baseVersion: memo.version,
    edit: {
      metadata: memo.content.metadata,
      skrivelse: memo.content.skrivelse,
      sections: { ...memo.content.sections, arendet: section },
      options: memo.content.options,
    },
  });

  it.each([
    ['200 000 tecken i två textnoder', doc('x'.repeat(100_000), 'y'.repeat(100_000)), /Avsnittet Ärendet har 200 000 tecken/],
    ['100 001 tecken i en textnod', doc('z'.repeat(100_001)), /kunde inte tas emot/],
  ] as const)('%s', async (_name, section, message) => {
    const { call, memo, file, before } = await memoApi();
    const refused = await call('saveMemo', editWith(memo, section) as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (refused.ok) return;
    expect(plain([refused.error.message, ...(refused.error.details ?? [])].join(' '))).toMatch(message);
    expect(dbHash(file)).toBe(before);
  });

  it.each([
    [
      'stilar från Word (attrs.style)',
      { type: 'doc', content: [{ type: 'paragraph', attrs: { style: 'mso-bidi-font-family:Calibri' }, content: [{ type: 'text', text: 'Text' }] }] },
    ],
    ['bild', { type: 'doc', content: [{ type: 'image', attrs: { src: 'file:///C:/clip_image001.png' } }] }],
    [
      'länk',
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Länk', marks: [{ type: 'link', attrs: { href: 'https://example.com' } }] }] }],
      },
    ],
    ['tabell', { type: 'doc', content: [{ type: 'table', content: [] }] }],
    ['HTML som text i stället för ett dokument', '<p class="MsoNormal"><span style="font-size:11pt">Text</span></p>'],
  ])('inklistrat: %s', async (_name, section) => {
    const { call, memo, file, before } = await memoApi();
    const refused = await call('saveMemo', editWith(memo, section) as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Uppgifterna kunde inte tas emot.' } });
    if (!refused.ok) for (const d of refused.error.details ?? []) expectSwedish(d);
    expect(dbHash(file)).toBe(before);
  });
});

describe('a memo whose scenario was deleted (API)', () => {
  it('says so, and a figure update falls back to the plan with a Swedish notice', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    await ok('createScenario', { ...RK, name: 'Ökat tryck', preset: 'increasedPressure' });
    const scenario = (await ok('listScenarios', RK)).scenarios[0]!;
    const memo = await ok('createMemo', { ...RK, type: 'skrivelse', scenarioId: scenario.id });
    await ok('deleteScenario', { ...RK, scenario: 'Ökat tryck' });
    const view = await ok('getMemo', { id: memo.summary.id });
    expect(view.scenarioMissing).toBe(true);
    const preview = await ok('previewFigureUpdate', { id: memo.summary.id });
    expect(preview.notices).toHaveLength(1);
    expectSwedish(preview.notices[0]!);
  });
});

// The municipality's own template, made here with the docx package and then edited the way Word
// leaves a file (a placeholder split over runs with spell-check marks between them), filled with
// a memo and read back; then opened in LibreOffice.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { ChartRun } from 'docx/charts';
import { fillTemplate, inspectTemplate } from '../../src/api/export/memoTemplate.ts';
import { lookupPlaceholder, normalizePlaceholder, placeholderListMarkdown, TEMPLATE_PLACEHOLDER_LIST } from '../../src/core/memo/placeholders.ts';
import { buildZip } from '../support/zipFixture.ts';
import { sampleMemo, QUEUE_P90, SCENARIO_COSTS } from './memoFixture.ts';
import { paragraphs, unzip } from './unzip.ts';
import { docxToPdf, HAS_POPPLER, HAS_SOFFICE, pdfPages, pdfText } from './office.ts';

async function makeTemplate(options: { templateChart?: boolean } = {}): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('{{förvaltning}} · Dnr {{dnr}}')] })] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('{{titel}}')] }),
          new Paragraph({ children: [new TextRun('Datum: {{datum}}. {{ Till }}')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Förslag till beslut')] }),
          new Paragraph({ children: [new TextRun('{{förslag_till_beslut}}')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sammanfattning')] }),
          new Paragraph({ children: [new TextRun('{{sammanfattning}}')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Ärendet')] }),
          new Paragraph({ children: [new TextRun('{{arendet}}')] }),
          // Split by Word: "{{insk" and "rivna}}" in two runs, the second bold.
          new Paragraph({ children: [new TextRun('SIG har {{lotsar}} lotsar och {{insk'), new TextRun({ text: 'rivna}} inskrivna.', bold: true })] }),
          new Paragraph({ children: [new TextRun('{{tabell_kostnader}}')] }),
          new Paragraph({ children: [new TextRun('{{diagram_prognos}}')] }),
          new Paragraph({ children: [new TextRun('{{diagram_risk}}')] }),
          new Paragraph({ children: [new TextRun('{{underskrifter}}')] }),
          new Paragraph({ children: [new TextRun('{{okänd_sak}}')] }),
          ...(options.templateChart
            ? [
                new Paragraph({
                  children: [
                    new ChartRun({
                      type: 'column',
                      title: 'Kostnad',
                      categories: ['A', 'B', 'C'],
                      series: [{ name: 'Gammal', values: [1, 2, 3] }],
                      altText: { name: 'Kostnad', description: '{{diagram_scenarier}}' },
                    }),
                  ],
                }),
              ]
            : []),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(document);
  // Make the split the way Word does: spell-check marks between the runs.
  const parts = unzip(bytes);
  const xml = parts.get('word/document.xml')!;
  const edited = xml.replace(/(\{\{insk<\/w:t><\/w:r>)/, '$1<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="9" w:name="x"/><w:bookmarkEnd w:id="9"/>');
  expect(edited).not.toBe(xml);
  parts.set('word/document.xml', edited);
  return buildZip([...parts].map(([name, data]) => ({ name, data: Buffer.from(data, 'utf8') })));
}

describe('placeholders', () => {
  it('accepts a, a and o for å, ä and ö, any case and spaces', () => {
    expect(normalizePlaceholder('{{ Förslag till beslut }}')).toBe('forslag_till_beslut');
    expect(lookupPlaceholder('arendet')).toEqual({ kind: 'section', section: 'arendet' });
    expect(lookupPlaceholder('ÄRENDET')).toEqual({ kind: 'section', section: 'arendet' });
    expect(lookupPlaceholder('tabell_kön')).toEqual({ kind: 'table', table: 'gender' });
    expect(lookupPlaceholder('tabell_kon')).toEqual({ kind: 'table', table: 'gender' });
    expect(lookupPlaceholder('diagram_scenarier')).toEqual({ kind: 'chart', chart: 'scenarioCost' });
    expect(lookupPlaceholder('namnd')).toEqual({ kind: 'metadata', field: 'namnd' });
    expect(lookupPlaceholder('kostnad_per_deltagare')).toEqual({ kind: 'figure', figure: 'kostnadPerDeltagare' });
    expect(lookupPlaceholder('egen_siffra', [{ key: 'egen', placeholder: 'egen_siffra' }])).toEqual({ kind: 'figure', figure: 'egen' });
    expect(lookupPlaceholder('okänd')).toBeNull();
  });

  it('lists every placeholder once with a Swedish description', () => {
    const names = TEMPLATE_PLACEHOLDER_LIST.map((p) => normalizePlaceholder(p.placeholder));
    expect(new Set(names).size).toBe(names.length);
    for (const p of [
      '{{titel}}',
      '{{dnr}}',
      '{{datum}}',
      '{{nämnd}}',
      '{{förslag_till_beslut}}',
      '{{sammanfattning}}',
      '{{ärendet}}',
      '{{lotsar}}',
      '{{inskrivna}}',
      '{{kostnad_per_deltagare}}',
      '{{tabell_kostnader}}',
      '{{tabell_kön}}',
      '{{tabell_scenarier}}',
      '{{tabell_prognos}}',
      '{{diagram_prognos}}',
      '{{diagram_risk}}',
      '{{diagram_scenarier}}',
    ]) {
      expect(TEMPLATE_PLACEHOLDER_LIST.map((x) => x.placeholder)).toContain(p);
    }
    for (const p of TEMPLATE_PLACEHOLDER_LIST) expect(p.description.length).toBeGreaterThan(5);
    expect(placeholderListMarkdown()).toContain('| `{{diagram_prognos}}` | Diagram |');
  });

  it('are all listed in README', () => {
    const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const missing = TEMPLATE_PLACEHOLDER_LIST.filter((p) => !readme.includes(`| \`${p.placeholder}\` |`)).map((p) => p.placeholder);
    // README's table is placeholderListMarkdown() (src/core/memo/placeholders.ts); paste it again when this fails.
    expect(missing).toEqual([]);
  });
});

// Made once, before the suite, so that the describe callback stays synchronous.
const template = await makeTemplate();
const doc = sampleMemo();
const filled = await fillTemplate(template, doc);

describe('the municipality template', () => {
  const parts = unzip(filled.bytes);
  const body = parts.get('word/document.xml')!;
  const texts = paragraphs(body).map((p) => p.text);

  it('finds every placeholder, the split one too, and names the unknown', () => {
    const inspection = inspectTemplate(template, doc.figures);
    expect(inspection.placeholders).toEqual([
      'förvaltning',
      'dnr',
      'titel',
      'datum',
      'Till',
      'förslag_till_beslut',
      'sammanfattning',
      'arendet',
      'lotsar',
      'inskrivna',
      'tabell_kostnader',
      'diagram_prognos',
      'diagram_risk',
      'underskrifter',
      'okänd_sak',
    ]);
    expect(inspection.unknown).toEqual(['okänd_sak']);
  });

  it('fills the text, the split placeholder and the header', () => {
    expect(texts).toContain('Utöka Sociala insatsgruppen');
    expect(texts).toContain('Datum: 2020-01-22. Till Rinkeby-Kista stadsdelsnämnd');
    expect(texts).toContain('SIG har fyra lotsar och 27 inskrivna.');
    expect(texts.some((t) => t.startsWith('I en skrivelse daterad 2019-10-24'))).toBe(true);
    expect(texts.some((t) => t.startsWith('SIG har fyra lotsar som arbetar med deltagarna.'))).toBe(true);
    const header = [...parts].find(([n]) => /^word\/header\d+\.xml$/.test(n))![1];
    expect(paragraphs(header).map((p) => p.text)).toContain('Rinkeby-Kista stadsdelsförvaltning · Dnr RK 2019/1234');
    for (const name of ['titel', 'dnr', 'inskrivna', 'arendet', 'tabell_kostnader', 'diagram_prognos', 'underskrifter'])
      expect(body).not.toContain(`{{${name}}}`);
  });

  it('inserts a numbered list, real tables and a native chart', () => {
    const decisions = paragraphs(body).filter((p) => /^(Skrivelsen besvaras|Stadsdelsnämnden överlämnar)/.test(p.text));
    expect(decisions).toHaveLength(2);
    for (const d of decisions) expect(d.xml).toContain('<w:numPr>');
    expect(parts.get('word/numbering.xml')).toContain('<w:lvlText w:val="%1."/>');
    expect((body.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(4); // tabell_kostnader, and the three tables of Ärendet
    const chartParts = [...parts.keys()].filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k));
    expect(chartParts.length).toBe(3); // two in Ärendet, one for {{diagram_prognos}}
    expect(chartParts.some((k) => parts.get(k)!.includes(`<c:v>${QUEUE_P90[11]}</c:v>`) && parts.get(k)!.includes('<c:lineChart>'))).toBe(true);
    expect(texts).toContain('Susanne Leinsköld');
  });

  it('leaves unknown placeholders in place and says so, and says what the memo lacks', () => {
    expect(body).toContain('{{okänd_sak}}');
    expect(filled.warnings).toContain(
      'Mallen har platshållaren {{okänd_sak}}, som Lotsplan inte känner till. Den står kvar i dokumentet; rätta namnet i mallen (se listan över platshållare).',
    );
    expect(filled.warnings.some((w) => w.startsWith('Platshållaren {{diagram_risk}} gäller diagrammet Risk att behöva vänta per månad'))).toBe(true);
    expect(filled.warnings).toHaveLength(2);
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Utöka Sociala insatsgruppen – Svar på skrivelse från Niklas Thorén m.fl. (V)</dc:title>');
  });

  it('gives a chart of the template the memo numbers, keeping the chart', async () => {
    const withChart = await fillTemplate(await makeTemplate({ templateChart: true }), doc);
    const p = unzip(withChart.bytes);
    const costChart = [...p]
      .filter(([k]) => /^word\/charts\/chart\d+\.xml$/.test(k))
      .map(([, v]) => v)
      .find((v) => v.includes('<c:barChart>') && v.includes('Kostnad'))!;
    expect(costChart).toContain(`<c:v>${SCENARIO_COSTS[0]}</c:v>`);
    expect(costChart).not.toContain('Gammal');
  });

  it('warns when a block placeholder shares its paragraph with text the fill replaces', async () => {
    const inline = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Se {{tabell_prognos}} nedan. {{titel}}')] })] }] }),
    );
    const result = await fillTemplate(inline, doc);
    expect(result.warnings).toEqual([
      'Platshållaren {{tabell_prognos}} står i samma stycke som annan text. Den ersätts med egna stycken, och resten av stycket i mallen försvinner; ge den ett eget stycke i mallen.',
    ]);
    expect(paragraphs(unzip(result.bytes).get('word/document.xml')!).map((p) => p.text)).toContain('jan 2020');
  });

  it('refuses a file that is not a .docx, in Swedish', async () => {
    await expect(fillTemplate(new TextEncoder().encode('%PDF-1.7'), doc)).rejects.toThrow('Mallen är inte ett Word-dokument (.docx) som kan läsas.');
    expect(() => inspectTemplate(buildZip([{ name: 'a.txt', data: Buffer.from('x') }]))).toThrow('Mallen är en zip-fil men inte ett Word-dokument (.docx).');
  });

  it.skipIf(!HAS_SOFFICE || !HAS_POPPLER)('opens in LibreOffice', () => {
    const pdf = docxToPdf(filled.bytes, 'memo-template');
    expect(pdfPages(pdf, 'memo-template').length).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('SIG har fyra lotsar och 27 inskrivna.');
    expect(text).toContain('Rinkeby-Kista stadsdelsförvaltning · Dnr RK 2019/1234');
  });
});

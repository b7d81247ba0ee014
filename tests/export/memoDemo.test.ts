// Every exporter on memos drafted from the Rinkeby-Kista demo by the memo core (draftMemo and
// resolveMemo), for every memo type: the HTML, the .docx read back and opened in LibreOffice, the
// template fill, and one PDF printed by Chromium. Pages go to /tmp/memo-shots to be looked at.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoStatistics, demoUnitYears, DEMO_MAIN } from '../../src/api/demo/demoData.ts';
import { draftMemo } from '../../src/core/memo/drafts.ts';
import { resolveMemo } from '../../src/core/memo/resolve.ts';
import { MEMO_TYPES } from '../../src/core/memo/model.ts';
import { renderMemoHtml } from '../../src/core/memo/html.ts';
import { exportMemoDocx } from '../../src/api/export/memoDocx.ts';
import { exportMemoPdf } from '../../src/api/export/memoPdf.ts';
import { createChromiumPdfPrinter, DEFAULT_CHROMIUM_PATH } from '../../src/hosts/shared/chromiumPdf.ts';
import { DEFAULTS, sourcesOf } from '../core/memo/support.ts';
import { paragraphs, unzip } from './unzip.ts';
import { HAS_POPPLER, HAS_SOFFICE, officeBatch, pdfInfo, pdfPages, pdfText } from './office.ts';

function demoSources() {
  const stored = demoUnitYears().find((u) => u.plan.district === DEMO_MAIN.district && u.plan.year === DEMO_MAIN.year)!;
  const statistics = demoStatistics().find((s) => s.district === DEMO_MAIN.district)!.months;
  return sourcesOf(stored.plan, { statistics });
}

const SEED_SENTENCE = 'SIG har fyra lotsar som arbetar med deltagarna.';
// The memo types opened in LibreOffice, all in one run when the first of their tests asks.
const OPENED: readonly string[] = MEMO_TYPES.filter((type) => type !== 'redovisning' && type !== 'bemanning');
const office = officeBatch();

describe.each(MEMO_TYPES)('a %s memo of the demo', async (type) => {
  const content = draftMemo(type, demoSources(), DEFAULTS, {
    skrivelse:
      type === 'skrivelse' ? { date: '2019-10-24', authors: 'Niklas Thorén m.fl. (V)', background: 'Enligt information från polis …', questions: [] } : null,
  });
  const doc = resolveMemo(content);
  const html = renderMemoHtml(doc);
  const docx = await exportMemoDocx(doc);
  const parts = unzip(docx);
  const body = paragraphs(parts.get('word/document.xml')!);
  if (OPENED.includes(type)) office.add(`demo-${type}-docx`, docx);

  it('has the same headings in HTML and Word, in order', () => {
    const htmlHeadings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const wordHeadings = body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(wordHeadings).toEqual(htmlHeadings);
    expect(wordHeadings[0]).toBe(doc.sections[0]!.heading);
  });

  it('has every table and chart of the memo in Word', () => {
    const tables = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table').length;
    const charts = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart' && b.chart.categories.length > 0 && b.chart.series.length > 0).length;
    expect((parts.get('word/document.xml')!.match(/<w:tblHeader\/>/g) ?? []).length).toBe(tables + (doc.attestations.length > 0 ? 1 : 0));
    expect([...parts.keys()].filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(charts);
    if (type !== 'eget') expect(body.map((p) => p.text).join(' ')).toContain(SEED_SENTENCE);
  });

  it.skipIf(!HAS_SOFFICE || !HAS_POPPLER || !OPENED.includes(type))('opens in LibreOffice', () => {
    const pdf = office.pdf(`demo-${type}-docx`);
    expect(pdfPages(pdf, `demo-${type}-docx`).length).toBe(Number(pdfInfo(pdf).Pages));
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(doc.sections[0]!.heading);
    if (type !== 'eget') expect(text).toContain(SEED_SENTENCE);
  });

  // The bemanning memo has the most tables, and the forecast table's note falls at a page break.
  it.skipIf(!fs.existsSync(DEFAULT_CHROMIUM_PATH) || !HAS_POPPLER || type !== 'bemanning')(
    'prints the same memo to a tagged PDF, each table note on one page',
    async () => {
      const pdf = await exportMemoPdf(doc, createChromiumPdfPrinter());
      expect(pdfInfo(pdf).Tagged).toBe('yes');
      const squash = (s: string) => s.replace(/\s+/g, ' ');
      const text = squash(pdfText(pdf));
      expect(text).toContain(SEED_SENTENCE);
      const pages = pdfText(pdf).split('\f').map(squash);
      const notes = Object.values(doc.tables).flatMap((t) => (t.footnote ? [squash(t.footnote)] : []));
      expect(notes.some((n) => n.startsWith('Prognosen utgår från'))).toBe(true);
      for (const note of notes) expect(pages.some((page) => page.includes(note))).toBe(true);
      pdfPages(pdf, `demo-${type}-pdf`);
    },
  );
});

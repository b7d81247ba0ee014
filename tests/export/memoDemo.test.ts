// Every exporter on memos drafted from the Rinkeby-Kista demo by the memo core (draftMemo and
// resolveMemo), for every memo type: the HTML, the .docx read back and opened in LibreOffice, the
// template fill, and two PDFs printed by Chromium. Pages go to /tmp/memo-shots to be looked at.
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
import { keepTableTogether, paragraphText } from '../../src/core/memo/exportLayout.ts';
import type { MemoDocument } from '../../src/core/memo/document.ts';
import { findPhrase, HAS_POPPLER, HAS_SOFFICE, officeBatch, pdfInfo, pdfPages, pdfText, pdfWords } from './office.ts';

function demoSources() {
  const stored = demoUnitYears().find((u) => u.plan.district === DEMO_MAIN.district && u.plan.year === DEMO_MAIN.year)!;
  const statistics = demoStatistics().find((s) => s.district === DEMO_MAIN.district)!.months;
  return sourcesOf(stored.plan, { statistics });
}

const SEED_SENTENCE = 'SIG har fyra lotsar som arbetar med deltagarna.';
// The memo types opened in LibreOffice, all in one run when the first of their tests asks.
const OPENED: readonly string[] = MEMO_TYPES.filter((type) => type !== 'bemanning');
// The memo types printed by Chromium: the bemanning memo has the most tables, the redovisning the widest.
const PRINTED: readonly string[] = ['bemanning', 'redovisning'];
const office = officeBatch();
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Each short table of the memo is printed whole, with its caption, on one page of the PDF. */
function expectShortTablesWhole(doc: MemoDocument, pdf: Uint8Array): void {
  const pages = pdfText(pdf).split('\f').map(squash);
  const short = Object.values(doc.tables).filter((t) => keepTableTogether(t));
  expect(short.length).toBeGreaterThan(0);
  for (const table of short) {
    const page = pages.find((p) => p.includes(table.caption));
    expect(page, table.caption).toBeDefined();
    for (const row of [...table.rows, ...(table.totals ? [table.totals] : [])]) expect(page, table.caption).toContain(squash(row.join(' ')));
  }
}

/** The body text is printed at its 12 points, not shrunk to make a wide table fit the page. */
function expectFullSizeText(pdf: Uint8Array): void {
  const words = findPhrase(pdfWords(pdf), SEED_SENTENCE);
  expect(words).not.toBeNull();
  // A word's box is the font's ascent and descent: 0.891 + 0.216 of the size in Times New Roman and
  // in Liberation Serif, which has its metrics.
  for (const w of words!) expect((w.yMax - w.yMin) / 1.107).toBeCloseTo(12, 1);
}

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

  it('draws the forecast charts over the twelve months of the forecast table, in HTML and in Word alike', () => {
    const table = doc.tables.forecast;
    if (!table) return;
    expect(table.rows).toHaveLength(12);
    // The line of each forecast chart in the HTML (and so the PDF) has one point per month.
    const lines = [...html.matchAll(/<figure class="chart chart-(forecastFan|queueRisk)">.*?<\/figure>/g)].map((m) => m[0]);
    expect(lines).toHaveLength(2);
    for (const figure of lines) {
      for (const m of figure.matchAll(/<polyline points="([^"]*)"/g)) expect(m[1]!.split(' ')).toHaveLength(12);
    }
    // Each value series of the Word charts has twelve points too (the cost chart has none of the months).
    const charts = [...parts.entries()].filter(([k, xml]) => /^word\/charts\/chart\d+\.xml$/.test(k) && /Prognos för kön|Risk att behöva vänta/.test(xml));
    expect(charts).toHaveLength(2);
    for (const [, xml] of charts) {
      const counts = [...xml.matchAll(/<c:val>.*?<c:ptCount val="(\d+)"\/>/gs)].map((m) => Number(m[1]));
      expect(counts.length).toBeGreaterThan(0);
      for (const c of counts) expect(c).toBe(12);
    }
  });

  it('prints the mask note once, in HTML and in Word', () => {
    if (doc.maskNote === null) return;
    const count = (text: string) => text.split(doc.maskNote!).length - 1;
    const unescaped = html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
    expect(count(unescaped)).toBe(1);
    expect(count(body.map((p) => p.text).join('\n'))).toBe(1);
  });

  it.skipIf(!HAS_SOFFICE || !HAS_POPPLER || !OPENED.includes(type))('opens in LibreOffice', () => {
    const pdf = office.pdf(`demo-${type}-docx`);
    expect(pdfPages(pdf, `demo-${type}-docx`).length).toBe(Number(pdfInfo(pdf).Pages));
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(doc.sections[0]!.heading);
    if (type !== 'eget') expect(text).toContain(SEED_SENTENCE);
    if (type === 'redovisning') expectShortTablesWhole(doc, pdf);
  });

  // The cost table has a row with empty cells, which must be no taller than the others.
  it.skipIf(!HAS_SOFFICE || !HAS_POPPLER || type !== 'redovisning')('gives a row with empty cells the height of the others in LibreOffice', () => {
    const words = pdfWords(office.pdf(`demo-${type}-docx`));
    const staffing = doc.tables.staffing!;
    const start = words.findIndex((w, i) => findPhrase(words.slice(i), staffing.caption)?.[0] === w);
    let from = start;
    const tops = [...staffing.rows, staffing.totals!].map((row) => {
      const found = findPhrase(words.slice(from), row[0]!)!;
      from = words.indexOf(found[0]!) + 1;
      return found[0]!.yMin;
    });
    const pitches = tops.slice(1).map((t, i) => t - tops[i]!);
    const empty = staffing.rows.findIndex((row) => row.includes(''));
    expect(empty).toBeGreaterThan(0);
    // From the top of one row to the next: the row with empty cells is as tall as the first row (the
    // heavier rule above the total row below it adds a point).
    expect(Math.abs(pitches[empty]! - pitches[0]!)).toBeLessThan(1.5);
  });

  // In the demo's reply the questions' lead-in falls at the foot of page 1 unless it is kept with them.
  it.skipIf(!fs.existsSync(DEFAULT_CHROMIUM_PATH) || !HAS_POPPLER || type !== 'skrivelse')(
    'prints the paragraph that introduces the questions on the page of the first question',
    async () => {
      const pages = pdfText(await exportMemoPdf(doc, createChromiumPdfPrinter()))
        .split('\f')
        .map(squash);
      const blocks = doc.sections.find((s) => s.key === 'arendet')!.blocks;
      // The questions follow the quoted background, after their own lead-in.
      const at = blocks.findIndex((b, i) => {
        const before = blocks[i - 1];
        return b.kind === 'quote' && before?.kind === 'paragraph' && paragraphText(before.inlines).includes('följande frågor');
      });
      expect(at).toBeGreaterThan(0);
      const leadIn = blocks[at - 1]!;
      const question = blocks[at]!;
      expect(leadIn.kind).toBe('paragraph');
      const text = (b: typeof leadIn) => (b.kind === 'paragraph' ? paragraphText(b.inlines) : b.kind === 'quote' ? paragraphText(b.paragraphs[0]!) : '');
      const page = pages.findIndex((p) => p.includes(squash(text(leadIn))));
      expect(page).toBeGreaterThanOrEqual(0);
      expect(pages[page]).toContain(squash(text(question)).slice(0, 60));
    },
  );

  it.skipIf(!fs.existsSync(DEFAULT_CHROMIUM_PATH) || !HAS_POPPLER || !PRINTED.includes(type))(
    'prints the same memo to a tagged PDF at full size, each short table and each table note on one page',
    async () => {
      const pdf = await exportMemoPdf(doc, createChromiumPdfPrinter());
      expect(pdfInfo(pdf).Tagged).toBe('yes');
      const text = squash(pdfText(pdf));
      expect(text).toContain(SEED_SENTENCE);
      expectFullSizeText(pdf);
      expectShortTablesWhole(doc, pdf);
      const pages = pdfText(pdf).split('\f').map(squash);
      const notes = Object.values(doc.tables).flatMap((t) => (t.footnote ? [squash(t.footnote)] : []));
      if (type === 'bemanning') expect(notes.some((n) => n.startsWith('Prognosen utgår från'))).toBe(true);
      for (const note of notes) expect(pages.some((page) => page.includes(note))).toBe(true);
      pdfPages(pdf, `demo-${type}-pdf`);
    },
  );
});

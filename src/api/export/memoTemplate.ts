// The municipality's own Word template filled with a memo: every {{placeholder}} in the text, the
// headers and the footers is replaced (docx's patchDocument, which also finds a placeholder Word
// has split over several runs), metadata and figures as text in the placeholder's own formatting,
// sections as paragraphs and lists, tables as real tables with repeating header rows, and charts
// as native Word charts with the memo's numbers. A chart in the template whose alt text holds a
// chart placeholder keeps its look and gets the memo's data (ChartDataPatch). Placeholders
// Lotsplan does not know are listed in the warnings and left as they are, never removed silently.
import { PatchType, Paragraph, patchDocument, TextRun, type IPatch, Table } from 'docx';
import { ChartDataPatch } from 'docx/charts';
import type { MemoDocument } from '../../core/memo/document.ts';
import { attachmentList, introducesQuote } from '../../core/memo/exportLayout.ts';
import { lookupPlaceholder, type PlaceholderTarget } from '../../core/memo/placeholders.ts';
import { MEMO_CHART_LABELS, MEMO_TABLE_LABELS, SECTION_HEADINGS } from '../../core/memo/model.ts';
import { readZipEntries } from '../files/zipEntries.ts';
import { inspectZip } from '../files/zipInspect.ts';
import { ApiFailure } from '../envelope.ts';
import {
  attestationElements,
  blockElements,
  chartElements,
  inlineRuns,
  listParagraphs,
  MEMO_NUMBERING,
  memoDocumentTitle,
  newBlockContext,
  NUMBERED_LIST,
  signatureBlock,
  tableElements,
} from './memoDocx.ts';

/** Largest a template may unpack to (a Word template is far smaller). */
export const MAX_TEMPLATE_UNPACKED = 50_000_000;

export interface TemplateInspection {
  /** Every placeholder name in the template, once each, as written (without braces), in order. */
  placeholders: string[];
  /** The ones Lotsplan does not know. */
  unknown: string[];
}

export interface FilledTemplate {
  bytes: Uint8Array;
  /** Swedish sentences: unknown placeholders, and placeholders for what this memo does not have. */
  warnings: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e.toLowerCase()] ?? ''),
  );
}

/** The parts placeholders can be in: the body, the headers and the footers. */
function readTemplateParts(bytes: Uint8Array): Map<string, string> {
  const check = inspectZip(bytes, MAX_TEMPLATE_UNPACKED);
  if (!check.ok) throw new ApiFailure('VALIDATION', 'Mallen är inte ett Word-dokument (.docx) som kan läsas.');
  if (!check.entries.some((e) => e.name === 'word/document.xml'))
    throw new ApiFailure('VALIDATION', 'Mallen är en zip-fil men inte ett Word-dokument (.docx).');
  const decoder = new TextDecoder('utf-8');
  const entries = readZipEntries(bytes, (name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name));
  return new Map([...entries].map(([name, data]) => [name, decoder.decode(data)]));
}

/**
 * The placeholder names of one part, in order. Word splits "{{titel}}" over several runs (spell
 * check, a change of formatting), so the texts of each paragraph's runs are joined first. The alt
 * texts of drawings count too: a chart there is patched with the memo's data.
 */
export function placeholdersInPart(xml: string): string[] {
  const names: string[] = [];
  const texts = (xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []).map((paragraph) =>
    [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join(''),
  );
  for (const m of xml.matchAll(/<wp:docPr\b[^>]*\bdescr="([^"]*)"/g)) texts.push(decodeXml(m[1] ?? ''));
  for (const text of texts) for (const m of text.matchAll(/\{\{\s*([^{}]{1,100}?)\s*\}\}/g)) names.push(m[1]!);
  return names;
}

/** Lists a template's placeholders and the ones Lotsplan does not know. */
export function inspectTemplate(bytes: Uint8Array, figurePlaceholders: readonly { key: string; placeholder: string }[] = []): TemplateInspection {
  const parts = readTemplateParts(bytes);
  const order = (n: string) => (n.startsWith('word/header') ? 0 : n === 'word/document.xml' ? 1 : 2);
  const placeholders: string[] = [];
  for (const [, xml] of [...parts].sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))) {
    for (const name of placeholdersInPart(xml)) if (!placeholders.includes(name)) placeholders.push(name);
  }
  return { placeholders, unknown: placeholders.filter((name) => lookupPlaceholder(name, figurePlaceholders) === null) };
}

/** Placeholders that share their paragraph with other text (a block placeholder replaces the whole paragraph). */
function placeholdersWithCompany(parts: Map<string, string>): Set<string> {
  const names = new Set<string>();
  for (const xml of parts.values()) {
    for (const paragraph of xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []) {
      const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join('');
      const found = [...text.matchAll(/\{\{\s*([^{}]{1,100}?)\s*\}\}/g)];
      if (found.length === 0) continue;
      const rest = text.replace(/\{\{\s*([^{}]{1,100}?)\s*\}\}/g, '').trim();
      if (rest !== '' || found.length > 1) for (const m of found) names.add(m[1]!);
    }
  }
  return names;
}

const isBlock = (target: PlaceholderTarget): boolean =>
  target.kind === 'section' ||
  target.kind === 'table' ||
  target.kind === 'chart' ||
  (target.kind === 'metadata' && ['underskrifter', 'bilagor', 'attesterat_av'].includes(target.field));

/** Names of the drawings whose alt text holds a placeholder (charts to patch in place). */
function altTextPlaceholders(parts: Map<string, string>): Set<string> {
  const names = new Set<string>();
  for (const xml of parts.values()) {
    for (const m of xml.matchAll(/<wp:docPr\b[^>]*\bdescr="([^"]*)"/g)) {
      for (const p of decodeXml(m[1] ?? '').matchAll(/\{\{\s*([^{}]{1,100}?)\s*\}\}/g)) names.add(p[1]!);
    }
  }
  return names;
}

const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(value)] });
// A placeholder may stand in a table cell, which must end with a paragraph: a table is followed by an empty one.
const blocks = (children: (Paragraph | Table)[]): IPatch => ({
  type: PatchType.DOCUMENT,
  children: children.length === 0 || children.at(-1) instanceof Table ? [...children, new Paragraph({})] : children,
});

/** Fills the template with the memo. Throws ApiFailure (Swedish) when the file is not a .docx. */
export async function fillTemplate(bytes: Uint8Array, doc: MemoDocument): Promise<FilledTemplate> {
  const parts = readTemplateParts(bytes);
  const inspection = inspectTemplate(bytes, doc.figures);
  const inAltText = altTextPlaceholders(parts);
  const withCompany = placeholdersWithCompany(parts);
  const warnings: string[] = [];
  const ctx = newBlockContext();
  const patches: Record<string, IPatch | ChartDataPatch> = {};
  const figureText = new Map(doc.figures.map((f) => [f.key, f.text]));

  const patchFor = (name: string, target: PlaceholderTarget): IPatch | ChartDataPatch | null => {
    const missing = (what: string) => {
      warnings.push(`Platshållaren {{${name}}} gäller ${what}, som inte finns i detta tjänsteutlåtande; den har lämnats tom.`);
    };
    switch (target.kind) {
      case 'metadata':
        switch (target.field) {
          case 'titel':
            return text(doc.title);
          case 'underrubrik':
            return text(doc.subtitle);
          case 'dokumenttyp':
            return text(doc.documentKind || 'Tjänsteutlåtande');
          case 'forvaltning':
            return text(doc.forvaltning);
          case 'avdelning':
            return text(doc.avdelning);
          case 'dnr':
            return text(doc.dnr);
          case 'datum':
            return text(doc.dateTable);
          case 'datum_text':
            return text(doc.dateText);
          case 'namnd':
            return text(doc.addressee.replace(/^Till\s+/, ''));
          case 'till':
            return text(doc.addressee);
          case 'handlaggare':
            return text(doc.handlaggare.name);
          case 'telefon':
            return text(doc.handlaggare.phone);
          case 'maskning':
            return text(doc.maskNote ?? '');
          case 'underskrifter':
            if (doc.signatories.length === 0) missing('underskrifter');
            return blocks(doc.signatories.length > 0 ? [signatureBlock(doc)] : []);
          case 'bilagor': {
            const list = attachmentList(doc);
            if (!list) missing('bilagor');
            return blocks(
              !list ? [] : list.items.length === 1 ? [new Paragraph({ children: inlineRuns(list.items[0]!) })] : listParagraphs(list.items, NUMBERED_LIST, ctx),
            );
          }
          case 'attesterat_av':
            if (doc.attestations.length === 0) missing('attesteringar');
            return blocks(doc.attestations.length > 0 ? attestationElements(doc, { heading: false }) : []);
        }
        return null;
      case 'section': {
        const section = doc.sections.find((s) => s.key === target.section);
        if (!section) {
          missing(`avsnittet ${SECTION_HEADINGS[target.section]}`);
          return blocks([]);
        }
        return blocks(
          section.blocks.flatMap((b, i) =>
            blockElements(b, ctx, { decision: section.key === 'forslagTillBeslut', leadIn: introducesQuote(section.blocks, i) }),
          ),
        );
      }
      case 'figure': {
        const value = figureText.get(target.figure);
        if (value === undefined) {
          missing('en siffra');
          return text('');
        }
        return text(value);
      }
      case 'table': {
        const table = doc.tables[target.table];
        if (!table) {
          missing(`tabellen ${MEMO_TABLE_LABELS[target.table]}`);
          return blocks([]);
        }
        return blocks(tableElements(table));
      }
      case 'chart': {
        const chart = doc.charts[target.chart];
        if (!chart) {
          missing(`diagrammet ${MEMO_CHART_LABELS[target.chart]}`);
          return blocks([]);
        }
        if (chart.categories.length === 0 || chart.series.length === 0) {
          // A chart without numbers cannot be drawn; its description stands in its place.
          return blocks(chartElements(chart));
        }
        if (inAltText.has(name)) {
          // A chart of the template's own: keep its look, replace its data.
          return new ChartDataPatch({
            categories: chart.categories,
            series: chart.series.map((s) => ({ name: s.name, values: s.values.slice(0, chart.categories.length) })),
          });
        }
        return blocks(chartElements(chart));
      }
    }
  };

  for (const name of inspection.placeholders) {
    const target = lookupPlaceholder(name, doc.figures);
    if (!target) {
      warnings.push(
        `Mallen har platshållaren {{${name}}}, som Lotsplan inte känner till. Den står kvar i dokumentet; rätta namnet i mallen (se listan över platshållare).`,
      );
      continue;
    }
    if (isBlock(target) && withCompany.has(name) && !inAltText.has(name)) {
      warnings.push(
        `Platshållaren {{${name}}} står i samma stycke som annan text. Den ersätts med egna stycken, och resten av stycket i mallen försvinner; ge den ett eget stycke i mallen.`,
      );
    }
    const patch = patchFor(name, target);
    if (patch) patches[name] = patch;
  }
  if (inspection.placeholders.length === 0) warnings.push('Mallen har inga platshållare, så inget av tjänsteutlåtandet har fyllts i.');

  let output: Buffer;
  try {
    output = await patchDocument({
      outputType: 'nodebuffer',
      data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      patches,
      keepOriginalStyles: true,
      placeholderDelimiters: { start: '{{', end: '}}' },
      trimPlaceholders: true,
      recursive: true,
      numbering: MEMO_NUMBERING,
      properties: { title: memoDocumentTitle(doc), creator: doc.author, lastModifiedBy: doc.author },
    });
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    // A template chart ChartDataPatch cannot take: fill everything else and draw the chart as a table.
    const failedCharts = Object.entries(patches).filter(([, p]) => p instanceof ChartDataPatch);
    if (failedCharts.length === 0)
      throw new ApiFailure('VALIDATION', `Mallen kunde inte fyllas i: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
    for (const [name] of failedCharts) {
      const target = lookupPlaceholder(name, doc.figures);
      const chart = target?.kind === 'chart' ? doc.charts[target.chart] : undefined;
      delete patches[name];
      if (chart)
        warnings.push(
          `Diagrammet i mallen för {{${name}}} kunde inte få tjänsteutlåtandets siffror och har lämnats som det var; siffrorna finns i tabellen ${chart.title}.`,
        );
    }
    output = await patchDocument({
      outputType: 'nodebuffer',
      data: Buffer.from(bytes),
      patches,
      keepOriginalStyles: true,
      placeholderDelimiters: { start: '{{', end: '}}' },
      trimPlaceholders: true,
      recursive: true,
      numbering: MEMO_NUMBERING,
    });
  }
  return { bytes: new Uint8Array(output.buffer, output.byteOffset, output.byteLength), warnings };
}

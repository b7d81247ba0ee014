// The stored memo resolved for output (MemoDocument): every chip replaced by its text from the
// snapshot (masked where the options say so, capitalised at the start of a sentence), the chosen
// tables and charts built from the snapshot and placed after the text of Ärendet, the footnote on
// masking when anything shown is masked, and the metadata as the header prints it. Sections that
// are null are left out. Every export reads this one value.
import { capitalizeFirst, formatDateTable, formatDateText } from '../format/index.ts';
import { MEMO_FIGURES } from './figureCatalogue.ts';
import { figurePrinter, type FigurePrinter } from './figurePrinter.ts';
import type { MemoChart, MemoDocument, MemoTable, ResolvedBlock, ResolvedInline, ResolvedParagraph, ResolvedSection } from './document.ts';
import { maskNoteText } from './masking.ts';
import { MEMO_CHARTS, MEMO_TABLES, SECTION_HEADINGS, SECTION_KEYS, type InlineNode, type MemoContent, type ParagraphNode, type RichText } from './model.ts';
import { buildChart, buildTable } from './tables.ts';

export { figurePrinter, UNKNOWN_FIGURE_TEXT, type FigurePrinter } from './figurePrinter.ts';

/** True when the text so far ends a sentence (or there is none): the next word is capitalised. */
function atSentenceStart(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || /[.!?]["”’)]?$/.test(t);
}

function resolveParagraph(paragraph: ParagraphNode, printer: FigurePrinter, cited: Set<string>): ResolvedParagraph {
  const out: ResolvedInline[] = [];
  let sofar = '';
  for (const node of (paragraph.content ?? []) as InlineNode[]) {
    if (node.type === 'text') {
      const marks = node.marks?.map((m) => m.type) ?? [];
      out.push({ text: node.text, ...(marks.includes('bold') ? { bold: true } : {}), ...(marks.includes('italic') ? { italic: true } : {}) });
      sofar += node.text;
    } else if (node.type === 'figure') {
      cited.add(node.attrs.key);
      const raw = printer.text(node.attrs.key);
      const text = atSentenceStart(sofar) ? capitalizeFirst(raw) : raw;
      out.push({ text, figure: node.attrs.key });
      sofar += text;
    } else {
      out.push({ text: '', lineBreak: true });
      sofar += ' ';
    }
  }
  return out;
}

function resolveRichText(text: RichText, printer: FigurePrinter, cited: Set<string>): ResolvedBlock[] {
  const para = (x: ParagraphNode) => resolveParagraph(x, printer, cited);
  return text.content.map((block): ResolvedBlock => {
    switch (block.type) {
      case 'paragraph':
        return { kind: 'paragraph', inlines: para(block) };
      case 'bulletList':
        return {
          kind: 'bullets',
          items: block.content.map((item) => item.content.flatMap((x, i) => (i > 0 ? [{ text: '', lineBreak: true }, ...para(x)] : para(x)))),
        };
      case 'orderedList':
        return {
          kind: 'numbered',
          items: block.content.map((item) => item.content.flatMap((x, i) => (i > 0 ? [{ text: '', lineBreak: true }, ...para(x)] : para(x)))),
        };
      case 'blockquote':
        return { kind: 'quote', paragraphs: block.content.map(para) };
    }
    // Every block type is handled above: a new one is a type error here.
    const unhandled: never = block;
    return unhandled;
  });
}

export function resolveMemo(content: MemoContent): MemoDocument {
  const printer = figurePrinter(content);
  const cited = new Set<string>();
  const m = content.metadata;

  const tables: Partial<Record<(typeof MEMO_TABLES)[number], MemoTable>> = {};
  const charts: Partial<Record<(typeof MEMO_CHARTS)[number], MemoChart>> = {};
  const shownMasked = new Set<string>();
  for (const kind of MEMO_TABLES) {
    if (!content.options.tables.includes(kind)) continue;
    const built = buildTable(kind, content, printer);
    if (!built) continue;
    tables[kind] = built.table;
    for (const k of built.figures) if (printer.masking.has(k)) shownMasked.add(k);
    if (built.masked) shownMasked.add(`table:${kind}`);
  }
  for (const kind of MEMO_CHARTS) {
    if (!content.options.charts.includes(kind)) continue;
    const chart = buildChart(kind, content);
    if (chart) charts[kind] = chart;
  }

  const sections: ResolvedSection[] = [];
  for (const key of SECTION_KEYS) {
    const text = content.sections[key];
    if (text === null) continue;
    const blocks = resolveRichText(text, printer, cited);
    if (key === 'arendet') {
      for (const t of MEMO_TABLES) if (tables[t]) blocks.push({ kind: 'table', table: tables[t] });
      for (const c of MEMO_CHARTS) if (charts[c]) blocks.push({ kind: 'chart', chart: charts[c] });
    }
    sections.push({ key, heading: SECTION_HEADINGS[key], blocks });
  }
  for (const k of cited) if (printer.masking.has(k)) shownMasked.add(k);
  const maskNote = shownMasked.size > 0 ? maskNoteText(content.options.maskBelow) : null;
  // The note goes under the gender table, unless the statistics table carries it and the gender table hides nothing.
  const genderHides = ['man', 'kvinnor', 'annanKonstillhorighet', 'konUppgiftSaknas', 'inskrivna'].some((k) => printer.masking.has(k));
  const noteElsewhere = maskNote !== null && (tables.statistics?.footnote?.includes(maskNote) ?? false);
  for (const t of Object.values(tables))
    if (t && maskNote && t.footnote === null && t.kind === 'gender' && (genderHides || !noteElsewhere)) t.footnote = maskNote;

  const date = m.date === '' ? null : (m.date.split('-').map(Number) as [number, number, number]);
  return {
    type: content.type,
    title: m.title,
    subtitle: m.subtitle,
    forvaltning: m.forvaltning,
    avdelning: m.avdelning,
    documentKind: 'Tjänsteutlåtande',
    dnr: m.dnr,
    dateTable: date ? formatDateTable({ year: date[0], month: date[1], day: date[2] }) : '',
    dateText: date ? formatDateText({ year: date[0], month: date[1], day: date[2] }) : '',
    handlaggare: { ...m.handlaggare },
    addressee: m.namnd.trim() === '' ? '' : `Till ${m.namnd.trim()}`,
    sections,
    signatories: m.signatories.map((s) => ({ ...s })),
    bilagor: [...m.bilagor],
    attestations: m.attestations.map((a) => ({ ...a })),
    maskNote,
    tables,
    charts,
    figures: MEMO_FIGURES.map((d) => ({ key: d.key, name: d.name, placeholder: d.placeholder, text: printer.text(d.key), tableText: printer.table(d.key) })),
    language: 'sv-SE',
    author: m.handlaggare.name.trim() || m.forvaltning.trim() || 'Lotsplan',
  };
}

// The memo as a Word document (.docx), written with the `docx` package from the resolved
// MemoDocument and nothing else: the page header with förvaltning, "Tjänsteutlåtande", Dnr, date
// and "Sida X (Y)" (PAGE and NUMPAGES fields), the title and the sections under Word's own heading
// styles, Förslag till beslut as a real numbered list, tables with header rows that repeat on each
// page and right-aligned numbers, charts as native Word charts (their data editable in Word), the
// signatures side by side, Bilagor and "Attesterat av". Language sv-SE in the default run style;
// fonts every Windows laptop has (Times New Roman for the text, Arial for headings and tables).
// The block builders are exported for the template fill (memoTemplate.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type INumberingOptions,
  type IParagraphOptions,
  type ITableCellBorders,
  type ParagraphChild,
} from 'docx';
import { ChartRun, type ChartSeries } from 'docx/charts';
import { strFromU8 } from 'fflate';
import { readZipEntries } from '../files/zipEntries.ts';
import type { MemoChart, MemoDocument, MemoTable, ResolvedBlock, ResolvedParagraph } from '../../core/memo/document.ts';
import {
  attachmentList,
  attestationName,
  bodySections,
  CHART_BAND_COLOUR,
  chartAxisTitle,
  chartNumberFormat,
  chartScale,
  closingMaskNote,
  dashedLine,
  introducesQuote,
  keepTableTogether,
  seriesColour,
} from '../../core/memo/exportLayout.ts';

export const BODY_FONT = 'Times New Roman';
export const HEADING_FONT = 'Arial';
export const DECISION_LIST = 'memo-decisions';
export const NUMBERED_LIST = 'memo-numbered';
export const BULLET_LIST = 'memo-bullets';

/** A4 in twentieths of a point, with the print view's margins (25 mm left, 20 mm right). */
const MM = 56.6929;
const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = {
  top: Math.round(24 * MM),
  right: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(25 * MM),
  header: Math.round(10 * MM),
  footer: Math.round(10 * MM),
};
/** The text width: where the right tab stop of the header goes. */
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** The numbered and bulleted lists the memo's paragraphs use (a document's or patchDocument's `numbering`). */
export const MEMO_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: DECISION_LIST,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 397, hanging: 397 } } } },
      ],
    },
    {
      reference: NUMBERED_LIST,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 397, hanging: 397 } } } },
      ],
    },
    {
      reference: BULLET_LIST,
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 397, hanging: 284 } } } },
      ],
    },
  ],
};

/**
 * What the blocks of a memo pass on to the next: the numbering instance (every numbered list of the
 * memo is an instance of its own) and whether the block before was a table without a note, so that
 * the text after it keeps its distance from the table's last rule.
 */
export interface BlockContext {
  nextListInstance: number;
  afterTable?: boolean;
}

export function newBlockContext(): BlockContext {
  return { nextListInstance: 1, afterTable: false };
}

/** The space between a table without a note and the text after it (what the note's paragraph has after it). */
const TABLE_GAP = 200;

export function inlineRuns(inlines: ResolvedParagraph, base: { bold?: boolean; italics?: boolean; size?: number; font?: string } = {}): ParagraphChild[] {
  return inlines.map((inline) =>
    inline.lineBreak
      ? new TextRun({ break: 1 })
      : new TextRun({
          text: inline.text,
          // Absent rather than false, so that a bold or italic style of the paragraph still holds.
          ...(inline.bold || base.bold ? { bold: true } : {}),
          ...(inline.italic || base.italics ? { italics: true } : {}),
          ...(base.size === undefined ? {} : { size: base.size }),
          ...(base.font === undefined ? {} : { font: base.font }),
        }),
  );
}

export function listParagraphs(items: ResolvedParagraph[], reference: string, ctx: BlockContext, before = 0): Paragraph[] {
  const instance = ctx.nextListInstance++;
  return items.map(
    (item, i) =>
      new Paragraph({
        children: inlineRuns(item),
        numbering: { reference, level: 0, instance },
        spacing: { ...(i === 0 && before > 0 ? { before } : {}), after: 80 },
      }),
  );
}

/** Word paragraphs and tables for one block of a section. */
export function blockElements(
  block: ResolvedBlock,
  ctx: BlockContext,
  options: { decision?: boolean /** The paragraph introduces the quotation that follows it (introducesQuote). */; leadIn?: boolean } = {},
): (Paragraph | Table)[] {
  const before = ctx.afterTable ? TABLE_GAP : 0;
  ctx.afterTable = block.kind === 'table' && !block.table.footnote;
  const spacing = before > 0 ? { spacing: { before } } : {};
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ ...spacing, ...(options.leadIn ? { keepNext: true } : {}), children: inlineRuns(block.inlines) })];
    case 'bullets':
      return listParagraphs(block.items, BULLET_LIST, ctx, before);
    case 'numbered':
      return listParagraphs(block.items, options.decision ? DECISION_LIST : NUMBERED_LIST, ctx, before);
    case 'quote':
      // A quoted question is kept on the page of the answer that follows it.
      return block.paragraphs.map(
        (p, i) =>
          new Paragraph({
            ...(i === 0 ? spacing : {}),
            keepNext: true,
            children: inlineRuns(p, { italics: true }),
            indent: { left: Math.round(8 * MM) },
          }),
      );
    case 'table':
      return tableElements(block.table);
    case 'chart':
      return chartElements(block.chart);
  }
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const HEAVY = { style: BorderStyle.SINGLE, size: 12, color: '000000' } as const;

const CELL_RUN = { font: HEADING_FONT, size: 19 } as const;

function cell(text: string, options: { right: boolean; bold?: boolean; keepNext: boolean; borders: ITableCellBorders; widthPct: number }): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 40, after: 40 },
        // Keeps the row on the page of the next one (Word's way, which LibreOffice follows, of keeping rows together).
        ...(options.keepNext ? { keepNext: true } : {}),
        // The paragraph mark in the table's font and size, so that a row with an empty cell is no taller than the others.
        run: { ...CELL_RUN, ...(options.bold ? { bold: true } : {}) },
        children: text === '' ? [] : [new TextRun({ text, ...(options.bold ? { bold: true } : {}), ...CELL_RUN })],
      }),
    ],
    borders: options.borders,
    width: { size: options.widthPct, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlignTable.BOTTOM,
    margins: { left: 80, right: 80 },
  });
}

/**
 * The caption, the table (header row repeated on each page, numbers right-aligned) and its footnote
 * when it has one. A short table is kept whole on one page, with its note; a longer one never
 * leaves its header row, its last row or its total row alone on a page.
 */
export function tableElements(table: MemoTable): (Paragraph | Table)[] {
  const widthPct = Math.floor(100 / Math.max(1, table.columns.length));
  const right = (i: number) => table.columns[i]?.align === 'right';
  const last = table.rows.length + (table.totals ? 1 : 0); // the index of the last row, the header row being 0
  const whole = keepTableTogether(table);
  const keepNext = (r: number) => r === 0 || r === last - 1 || (r < last && whole) || (r === last && table.footnote !== null && table.footnote !== '');
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: table.columns.map((c, i) =>
        cell(c.heading, { right: right(i), bold: true, keepNext: keepNext(0), borders: { top: NONE, left: NONE, right: NONE, bottom: HEAVY }, widthPct }),
      ),
    }),
    ...table.rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          children: row.map((text, i) =>
            cell(text, { right: right(i), keepNext: keepNext(r + 1), borders: { top: NONE, left: NONE, right: NONE, bottom: RULE }, widthPct }),
          ),
        }),
    ),
  ];
  if (table.totals) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: table.totals.map((text, i) =>
          cell(text, { right: right(i), bold: true, keepNext: keepNext(last), borders: { top: HEAVY, left: NONE, right: NONE, bottom: HEAVY }, widthPct }),
        ),
      }),
    );
  }
  const out: (Paragraph | Table)[] = [];
  if (table.caption !== '')
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 160, after: 60 },
        children: [new TextRun({ text: table.caption, bold: true, font: HEADING_FONT, size: 20 })],
      }),
    );
  out.push(
    new Table({
      rows,
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.AUTOFIT,
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    }),
  );
  if (table.footnote) {
    out.push(
      new Paragraph({
        spacing: { before: 40, after: TABLE_GAP },
        // A note of two or three lines is read whole: Word does not split it over a page break.
        keepLines: true,
        children: [new TextRun({ text: table.footnote, font: HEADING_FONT, size: 18 })],
      }),
    );
  }
  return out;
}

/**
 * Month categories ("jan 2021" …) grouped by year, so Word labels the months in one row and the
 * years below them instead of 36 slanted labels; other categories as they are.
 */
function categoryGroups(categories: readonly string[]): string[] | { name: string; categories: string[] }[] {
  const parsed = categories.map((c) => /^(\S+) (\d{4})$/.exec(c));
  if (categories.length <= 12 || parsed.some((m) => m === null)) return [...categories];
  const groups: { name: string; categories: string[] }[] = [];
  for (const m of parsed) {
    const year = m![2]!;
    if (groups.at(-1)?.name !== year) groups.push({ name: year, categories: [] });
    groups.at(-1)!.categories.push(m![1]!);
  }
  return groups;
}

/**
 * The series of a native Word chart: the chart's own, and under a line chart's lines its band, as
 * Word has no band of its own. The band is a stacked area on a white one: the white area rises to
 * the band's lower edge and is left out of the legend (a column of the chart's data all the same,
 * under the edge's name, so that "Edit Data" shows what it is), and the light area on it is the
 * band's width, named as the band. Areas are drawn before lines, so the lines stay on top.
 */
function chartSeries(chart: MemoChart): { series: ChartSeries[]; hidden: string[] } {
  const count = chart.categories.length;
  const values = (vs: readonly number[]) => vs.slice(0, count).map((v) => (Number.isFinite(v) ? v : null));
  const series: ChartSeries[] = chart.series.map((s, i) => ({
    name: s.name,
    values: values(s.values),
    color: seriesColour(i),
    ...(chart.type === 'line' ? { line: { width: 2.25, dash: dashedLine(chart, i) ? ('dash' as const) : ('solid' as const) } } : {}),
  }));
  const band = chart.type === 'line' ? chart.band : undefined;
  if (!band) return { series, hidden: [] };
  const lower = values(band.lower);
  const width = values(band.upper).map((upper, i) => {
    const edge = lower[i] ?? null;
    return upper === null || edge === null ? null : Math.max(0, upper - edge);
  });
  return {
    // The areas first. docx names the hidden legend entry by the series' number, LibreOffice takes
    // it for the entry's place in the legend, where areas come before lines: with the areas first
    // the two are the same.
    series: [
      { name: band.lowerName, values: lower, color: 'FFFFFF', type: 'area' },
      { name: band.name, values: width, color: CHART_BAND_COLOUR, type: 'area' },
      // Drawn as lines on a chart whose type is area.
      ...series.map((s) => ({ ...s, type: 'line' as const })),
    ],
    hidden: [band.lowerName],
  };
}

/** The options of a native Word chart drawing `chart` from its snapshotted numbers. */
export function chartRun(chart: MemoChart): ChartRun {
  const scale = chartScale(chart);
  const title = chartAxisTitle(chart);
  const axisTitle = title === null ? {} : { title: { text: title, font: { size: 9, bold: false } } };
  const { series, hidden } = chartSeries(chart);
  const common = {
    title: { text: chart.title, font: { size: 12, bold: true } },
    categories: categoryGroups(chart.categories),
    categoryAxis: { labelRotation: 0 },
    series,
    font: { name: HEADING_FONT },
    legend: { position: 'bottom' as const, ...(hidden.length > 0 ? { hiddenEntries: hidden } : {}) },
    valueAxis: {
      minimum: scale.min,
      maximum: scale.max,
      ...(scale.ticks.length > 1 ? { interval: scale.ticks[1]! - scale.ticks[0]! } : {}),
      numberFormat: chartNumberFormat(chart),
      ...axisTitle,
    },
    altText: { name: chart.title, title: chart.title, description: chart.description },
    transformation: { width: 600, height: 300 },
  };
  if (chart.type === 'bar') {
    return new ChartRun({ type: 'column', ...common, dataLabels: { value: true, numberFormat: chartNumberFormat(chart), position: 'outsideEnd' } });
  }
  // With a band the chart is an area chart, stacked, with its lines drawn as lines (Word's combo chart).
  return hidden.length > 0 ? new ChartRun({ type: 'area', stacking: 'stacked', ...common }) : new ChartRun({ type: 'line', ...common });
}

/** A chart in a paragraph of its own, kept on the page of the text before it when it can. */
export function chartElements(chart: MemoChart): Paragraph[] {
  if (chart.categories.length === 0 || chart.series.length === 0) {
    return [new Paragraph({ children: [new TextRun({ text: `${chart.title}: ${chart.description}`, italics: true })] })];
  }
  return [new Paragraph({ spacing: { before: 160, after: 240, line: 240, lineRule: LineRuleType.AUTO }, keepLines: true, children: [chartRun(chart)] })];
}

function headerParagraphs(doc: MemoDocument): Paragraph[] {
  const small = (text: string, bold = false) => new TextRun({ text, bold, font: HEADING_FONT, size: 18 });
  const tabs = { tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }] };
  const line = (left: TextRun[], right: ParagraphChild[], extra: IParagraphOptions = {}) =>
    new Paragraph({ ...tabs, spacing: { after: 0 }, ...extra, children: [...left, new TextRun({ text: '\t', font: HEADING_FONT, size: 18 }), ...right] });
  return [
    line([small(doc.forvaltning, true)], [small(doc.documentKind || 'Tjänsteutlåtande', true)]),
    // "Dnr" also without a number, so that the gap shows and is filled in where it belongs.
    line([small(doc.avdelning)], [small(`Dnr ${doc.dnr}`)]),
    line([small(doc.dateTable)], [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'], font: HEADING_FONT, size: 18 })], {
      spacing: { after: 120 },
    }),
  ];
}

function sansLine(text: string, options: { bold?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: options.after ?? 0 },
    children: [new TextRun({ text, ...(options.bold ? { bold: true } : {}), font: HEADING_FONT, size: 20 })],
  });
}

/** The first lines of the memo: handläggare to the left, the addressee to the right. */
function openingBlock(doc: MemoDocument): Table {
  // The lead texts also when the value is empty, so that the gap shows and can be filled in Word.
  const left = [sansLine(`Handläggare: ${doc.handlaggare.name}`), sansLine(`Telefon: ${doc.handlaggare.phone}`)];
  const right = [doc.addressee === '' ? new Paragraph({}) : sansLine(doc.addressee, { bold: true })];
  const borders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...borders, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: left, borders, margins: { left: 0, right: 0 }, width: { size: 50, type: WidthType.PERCENTAGE } }),
          new TableCell({ children: right, borders, margins: { left: 0, right: 0 }, width: { size: 50, type: WidthType.PERCENTAGE } }),
        ],
      }),
    ],
  });
}

export function signatureBlock(doc: MemoDocument): Table {
  const borders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
  const cells = doc.signatories.map(
    (s) =>
      new TableCell({
        borders,
        width: { size: 50, type: WidthType.PERCENTAGE },
        margins: { left: 0, right: 0 },
        children: [new Paragraph({ keepNext: true, keepLines: true, children: [new TextRun(s.name)] }), new Paragraph({ children: [new TextRun(s.title)] })],
      }),
  );
  if (cells.length === 1) cells.push(new TableCell({ borders, width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({})] }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...borders, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

/** "Attesterat av": the heading (unless left out), the sentence and the table of names and dates. */
export function attestationElements(doc: MemoDocument, options: { heading?: boolean } = {}): (Paragraph | Table)[] {
  const table: MemoTable = {
    kind: 'staffing',
    caption: '',
    columns: [
      { heading: 'Namn', align: 'left' },
      { heading: 'Datum', align: 'left' },
    ],
    rows: doc.attestations.map((a) => [attestationName(a), a.date]),
    totals: null,
    footnote: null,
  };
  return [
    ...(options.heading === false
      ? []
      : [new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 600 }, children: [new TextRun('Attesterat av')] })]),
    new Paragraph({ children: [new TextRun({ text: 'Detta dokument har godkänts digitalt av följande personer:', font: HEADING_FONT, size: 20 })] }),
    ...tableElements(table),
  ];
}

/** The body of the memo: what follows the page header. */
export function memoBody(doc: MemoDocument, ctx: BlockContext = newBlockContext()): (Paragraph | Table)[] {
  const body: (Paragraph | Table)[] = [openingBlock(doc), new Paragraph({ spacing: { after: 360 }, children: [] })];
  if (doc.title !== '') body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }));
  if (doc.subtitle !== '') body.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(doc.subtitle)] }));
  for (const section of bodySections(doc)) {
    ctx.afterTable = false;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    section.blocks.forEach((block, i) => {
      body.push(...blockElements(block, ctx, { decision: section.key === 'forslagTillBeslut', leadIn: introducesQuote(section.blocks, i) }));
    });
  }
  const maskNote = closingMaskNote(doc);
  if (maskNote) {
    body.push(
      new Paragraph({
        spacing: { before: 240 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 } },
        indent: { right: Math.round(TEXT_WIDTH * 0.4) },
        children: [new TextRun({ text: maskNote, font: HEADING_FONT, size: 18 })],
      }),
    );
  }
  if (doc.signatories.length > 0) {
    body.push(new Paragraph({ spacing: { before: 600 }, keepNext: true, children: [] }));
    body.push(signatureBlock(doc));
  }
  const attachments = attachmentList(doc);
  if (attachments) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 480 }, children: [new TextRun(attachments.heading)] }));
    if (attachments.items.length === 1) body.push(new Paragraph({ children: inlineRuns(attachments.items[0]!) }));
    else body.push(...listParagraphs(attachments.items, NUMBERED_LIST, ctx));
  }
  if (doc.attestations.length > 0) body.push(...attestationElements(doc));
  return body;
}

/** The styles of the memo: Word's own Title, Subtitle and Heading 1, in sv-SE and the memo's fonts. */
export function memoStyles(language = 'sv-SE') {
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: 24, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { before: 0, after: 60 } } },
      heading1: {
        run: { font: HEADING_FONT, size: 26, bold: true, color: '000000' },
        paragraph: { spacing: { before: 320, after: 80 }, keepNext: true, keepLines: true },
      },
      heading2: { run: { font: HEADING_FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 60 }, keepNext: true } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: HEADING_FONT, size: 24 },
        paragraph: { spacing: { after: 360 } },
      },
    ],
  };
}

export function memoDocumentTitle(doc: MemoDocument): string {
  return [doc.title, doc.subtitle].filter((t) => t !== '').join(' – ') || doc.documentKind || 'Tjänsteutlåtande';
}

/** The memo as the bytes of a .docx file. */
export async function exportMemoDocx(doc: MemoDocument): Promise<Uint8Array> {
  const document = new Document({
    title: memoDocumentTitle(doc),
    subject: doc.documentKind || 'Tjänsteutlåtande',
    creator: doc.author,
    lastModifiedBy: doc.author,
    ...(doc.dnr === '' ? {} : { description: `Dnr ${doc.dnr}` }),
    styles: memoStyles(doc.language || 'sv-SE'),
    numbering: MEMO_NUMBERING,
    features: { updateFields: false },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        headers: { default: new Header({ children: headerParagraphs(doc) }) },
        children: memoBody(doc),
      },
    ],
  });
  const first = await Packer.toBuffer(document);
  // docx writes every chart with <c:lang val="en-US"/> and has no option for it; Word and LibreOffice
  // then print the numbers with a decimal point ("4.2 mnkr"). The charts are packed again in the memo's
  // language, as overrides of their parts.
  const overrides = chartLanguageOverrides(new Uint8Array(first.buffer, first.byteOffset, first.byteLength), doc.language || 'sv-SE');
  const buffer = overrides.length === 0 ? first : await Packer.toBuffer(document, false, overrides);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

const CHART_PART = /^word\/charts\/chart\d+\.xml$/;

/** The chart parts of a packed .docx with their <c:lang> set to `language`. */
export function chartLanguageOverrides(bytes: Uint8Array, language: string): { path: string; data: string }[] {
  const charts = readZipEntries(bytes, (name) => CHART_PART.test(name));
  return [...charts].map(([path, data]) => ({
    path,
    data: strFromU8(data).replace(/<c:lang val="[^"]*"\/>/, `<c:lang val="${language}"/>`),
  }));
}

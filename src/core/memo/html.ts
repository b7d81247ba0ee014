// The memo as one self-contained A4 HTML document: the editor's live preview (in an iframe) and
// the page Chromium prints the PDF from. Laid out like a tjänsteutlåtande of Stockholms stad: the
// header block (förvaltning, avdelning, handläggare; Tjänsteutlåtande, Dnr, date, addressee),
// the title, the sections under real headings (the PDF's outline), tables with header rows that
// repeat on a new page, charts as inline SVG with a text alternative, the signatures side by side,
// the attachments and "Attesterat av". Pure string building: no IO, no external resources.
// The running header with Dnr and "Sida X (Y)" is not part of the page: the PDF printer adds it
// (see src/api/export/memoPdf.ts), because only the printer knows the page numbers.
import type { MemoChart, MemoDocument, MemoTable, ResolvedBlock, ResolvedParagraph } from './document.ts';
import {
  attachmentList,
  attestationName,
  bodySections,
  CHART_BAND_COLOUR,
  chartAxisTitle,
  chartBand,
  chartScale,
  closingMaskNote,
  dashedLine,
  formatChartValue,
  introducesQuote,
  keepTableTogether,
  seriesColour,
} from './exportLayout.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Page margins of the print view in millimetres; the PDF printer's header sits in the top margin. */
export const MEMO_PAGE_MARGINS_MM = { top: 24, right: 20, bottom: 20, left: 25 } as const;
const M = MEMO_PAGE_MARGINS_MM;
const MARGINS_CSS = `${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm`;

const CSS = `
@page { size: A4; margin: ${MARGINS_CSS}; }
* { box-sizing: border-box; }
html { background: #e9ecef; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.35; color: #000; }
.page { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: ${MARGINS_CSS}; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
.sans, .memo-head, h1, h2, .subtitle, caption, figcaption, table, .signatures, .attest-intro, .footnote { font-family: Arial, "Liberation Sans", "DejaVu Sans", Helvetica, sans-serif; }
.memo-head { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; font-size: 10pt; line-height: 1.3; margin-bottom: 14mm; }
.memo-head p { margin: 0; }
.memo-head .org { font-weight: bold; }
.memo-head .kind { font-weight: bold; font-size: 12pt; }
.memo-head .contact { margin-top: 5mm; }
.memo-head .addressee { margin-top: 5mm; font-weight: bold; }
h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 2mm; }
.subtitle { font-size: 12pt; margin: 0 0 8mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 3mm; orphans: 2; widows: 2; }
ol, ul { margin: 0 0 3mm; padding-left: 7mm; }
li { margin: 0 0 1.5mm; }
li p { margin: 0; }
/* A quoted question stays on the page of its answer. */
blockquote { margin: 0 0 3mm 8mm; font-style: italic; break-after: avoid; page-break-after: avoid; }
/* The paragraph that introduces a quotation (”I skrivelsen ställs följande frågor.”) stays with it. */
p.lead-in { break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 1mm; font-size: 10pt; line-height: 1.25; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10pt; padding-bottom: 1.5mm; }
thead { display: table-header-group; }
th { text-align: left; vertical-align: bottom; border-bottom: 1.2pt solid #000; padding: 1.2mm 2mm; }
td { border-bottom: 0.5pt solid #999; padding: 1mm 2mm; vertical-align: top; }
tr { break-inside: avoid; page-break-inside: avoid; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
/* Numbers never wrap; headings may, or a wide table would make Chromium shrink the whole page to fit it. */
td.num { white-space: nowrap; }
/* Neither the last row nor the total row is left alone at the top of a page. */
tbody tr:last-child, tr.total { break-before: avoid; page-break-before: avoid; }
tr.total td { font-weight: bold; border-top: 1pt solid #000; border-bottom: 1.2pt solid #000; }
.table-note { font-size: 9pt; margin: 1mm 0 5mm; font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.table-block { margin-bottom: 5mm; }
/* A short table is printed whole on one page, with its caption and note. */
.table-block.keep { break-inside: avoid; page-break-inside: avoid; }
figure.chart { margin: 3mm 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; width: 100%; height: auto; }
figcaption { font-weight: bold; font-size: 10pt; margin-bottom: 1.5mm; }
.footnote { font-size: 9pt; border-top: 0.5pt solid #000; padding-top: 1.5mm; margin-top: 8mm; width: 60%; }
.signatures { display: flex; gap: 10mm; margin: 14mm 0 10mm; break-inside: avoid; page-break-inside: avoid; }
.signature { flex: 0 0 70mm; }
.signature p { margin: 0; }
.signature .name { font-weight: normal; }
.attachments { margin-top: 6mm; break-inside: avoid; page-break-inside: avoid; }
.attachments h2 { margin-top: 0; }
.attestations { margin-top: 12mm; break-inside: avoid; page-break-inside: avoid; }
.attest-intro { font-size: 10pt; }
.attestations table { width: auto; min-width: 120mm; }
`;

/** The complete HTML document of a memo. */
export function renderMemoHtml(doc: MemoDocument): string {
  const ids = { next: 0 };
  const body: string[] = [];
  body.push(renderHead(doc));
  if (doc.title !== '') body.push(`<h1>${escapeHtml(doc.title)}</h1>`);
  if (doc.subtitle !== '') body.push(`<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`);
  for (const section of bodySections(doc)) {
    body.push(`<section class="section-${section.key}"><h2>${escapeHtml(section.heading)}</h2>`);
    section.blocks.forEach((block, i) => {
      body.push(renderBlock(block, ids, introducesQuote(section.blocks, i)));
    });
    body.push('</section>');
  }
  const maskNote = closingMaskNote(doc);
  if (maskNote) body.push(`<p class="footnote" role="note">${escapeHtml(maskNote)}</p>`);
  if (doc.signatories.length > 0) {
    body.push('<div class="signatures">');
    for (const s of doc.signatories) {
      body.push(`<div class="signature"><p class="name">${escapeHtml(s.name)}</p><p class="title">${escapeHtml(s.title)}</p></div>`);
    }
    body.push('</div>');
  }
  const attachments = attachmentList(doc);
  if (attachments) {
    body.push(`<section class="attachments"><h2>${escapeHtml(attachments.heading)}</h2>`);
    body.push(
      attachments.items.length === 1
        ? `<p>${renderInlines(attachments.items[0]!)}</p>`
        : `<ol>${attachments.items.map((i) => `<li>${renderInlines(i)}</li>`).join('')}</ol>`,
    );
    body.push('</section>');
  }
  if (doc.attestations.length > 0) {
    body.push('<section class="attestations"><h2>Attesterat av</h2>');
    body.push('<p class="attest-intro">Detta dokument har godkänts digitalt av följande personer:</p>');
    body.push('<table><thead><tr><th scope="col">Namn</th><th scope="col">Datum</th></tr></thead><tbody>');
    for (const a of doc.attestations) body.push(`<tr><td>${escapeHtml(attestationName(a))}</td><td>${escapeHtml(a.date)}</td></tr>`);
    body.push('</tbody></table></section>');
  }
  const title = [doc.title, doc.subtitle].filter((t) => t !== '').join(' – ') || doc.documentKind || 'Tjänsteutlåtande';
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(doc.language || 'sv-SE')}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(title)}</title>` +
    (doc.author !== '' ? `<meta name="author" content="${escapeHtml(doc.author)}">` : '') +
    `<style>${CSS}</style></head><body><main class="page">${body.join('')}</main></body></html>`
  );
}

function renderHead(doc: MemoDocument): string {
  const line = (cls: string, text: string) => (text === '' ? '' : `<p class="${cls}">${escapeHtml(text)}</p>`);
  const left = [line('org', doc.forvaltning), line('unit', doc.avdelning)];
  // The lead texts are printed also when the value is empty, so that the gap shows.
  const contact = [line('', `Handläggare: ${doc.handlaggare.name}`), line('', `Telefon: ${doc.handlaggare.phone}`)];
  const right = [line('kind', doc.documentKind || 'Tjänsteutlåtande'), line('dnr', `Dnr ${doc.dnr}`), line('date', doc.dateTable)];
  return (
    '<header class="memo-head">' +
    `<div>${left.join('')}<div class="contact">${contact.join('')}</div></div>` +
    `<div>${right.join('')}${doc.addressee === '' ? '' : `<p class="addressee">${escapeHtml(doc.addressee)}</p>`}</div>` +
    '</header>'
  );
}

function renderInlines(inlines: ResolvedParagraph): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.lineBreak) {
      out += '<br>';
      continue;
    }
    let text = escapeHtml(inline.text);
    if (inline.figure !== undefined) text = `<span class="figure" data-figure="${escapeHtml(inline.figure)}">${text}</span>`;
    if (inline.italic) text = `<em>${text}</em>`;
    if (inline.bold) text = `<strong>${text}</strong>`;
    out += text;
  }
  return out;
}

function renderBlock(block: ResolvedBlock, ids: { next: number }, leadIn = false): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p${leadIn ? ' class="lead-in"' : ''}>${renderInlines(block.inlines)}</p>`;
    case 'bullets':
      return `<ul>${block.items.map((i) => `<li>${renderInlines(i)}</li>`).join('')}</ul>`;
    case 'numbered':
      return `<ol>${block.items.map((i) => `<li>${renderInlines(i)}</li>`).join('')}</ol>`;
    case 'quote':
      return `<blockquote>${block.paragraphs.map((p) => `<p>${renderInlines(p)}</p>`).join('')}</blockquote>`;
    case 'table':
      return renderTable(block.table);
    case 'chart':
      return renderChart(block.chart, ids);
  }
}

function renderTable(table: MemoTable): string {
  const cls = (i: number) => (table.columns[i]?.align === 'right' ? ' class="num"' : '');
  const head = table.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c.heading)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`);
  if (table.totals) rows.push(`<tr class="total">${table.totals.map((cell, i) => `<td${cls(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`);
  return (
    `<div class="table-block${keepTableTogether(table) ? ' keep' : ''}"><table>${table.caption === '' ? '' : `<caption>${escapeHtml(table.caption)}</caption>`}` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    (table.footnote ? `<p class="table-note">${escapeHtml(table.footnote)}</p>` : '') +
    '</div>'
  );
}

// ---- Charts --------------------------------------------------------------------------------

const W = 640;
const H = 300;
const PAD = { left: 78, right: 16, top: 14, bottom: 62 };
/** The height of a row of the legend, below the category labels. */
const LEGEND_ROW = 18;

/** A colour of exportLayout's as CSS writes it. */
function css(hex: string): string {
  return `#${hex.toLowerCase()}`;
}

function n(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

/** About how wide a text is in the chart's 12 px Arial, to lay out the legend without overlaps. */
function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += /[\s.,:;'iljtfrI()]/.test(c) ? 3.6 : /[A-ZÅÄÖmw%]/.test(c) ? 8.7 : 6.7;
  return w;
}

interface LegendEntry {
  name: string;
  /** A line (solid or dashed) for a line, a filled box for a bar or a band. */
  swatch: { line: string; dashed: boolean } | { fill: string };
}

/** The legend's entries laid out in rows within the chart's width: each entry's row and x. */
function legendRows(entries: readonly LegendEntry[]): { entry: LegendEntry; row: number; x: number }[] {
  const out: { entry: LegendEntry; row: number; x: number }[] = [];
  let row = 0;
  let x = PAD.left;
  for (const entry of entries) {
    const width = 24 + textWidth(entry.name);
    if (x > PAD.left && x + width > W - PAD.right) {
      row += 1;
      x = PAD.left;
    }
    out.push({ entry, row, x });
    x += width + 18;
  }
  return out;
}

function renderChart(chart: MemoChart, ids: { next: number }): string {
  ids.next += 1;
  const id = `chart-${ids.next}`;
  const scale = chartScale(chart);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - ((v - scale.min) / (scale.max - scale.min)) * plotH;
  const parts: string[] = [];
  parts.push(`<title id="${id}-t">${escapeHtml(chart.title)}</title><desc id="${id}-d">${escapeHtml(chart.description)}</desc>`);
  const count = chart.categories.length;
  const band = chartBand(chart);
  const legend: LegendEntry[] = [];
  // A line chart's points: its categories spread over the plot's width.
  const x = (i: number) => PAD.left + (count <= 1 ? plotW / 2 : (i / (count - 1)) * plotW);
  const points = (values: readonly number[]) => values.slice(0, count).map((v, i) => `${n(x(i))},${n(y(Number.isFinite(v) ? v : 0))}`);
  // The band first, under the grid and the lines, so that it hides neither.
  if (band) {
    parts.push(`<polygon points="${[...points(band.upper), ...points(band.lower).reverse()].join(' ')}" fill="${css(CHART_BAND_COLOUR)}" stroke="none"/>`);
  }
  // Grid and value axis.
  for (const t of scale.ticks) {
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="${t === 0 ? '#000' : '#d0d0d0'}" stroke-width="${t === 0 ? 1 : 0.6}"/>`,
    );
    parts.push(`<text x="${PAD.left - 6}" y="${n(y(t) + 4)}" text-anchor="end">${escapeHtml(formatChartValue(t, chart, scale.max))}</text>`);
  }
  const axisTitle = chartAxisTitle(chart);
  if (axisTitle !== null) {
    const cy = n(PAD.top + plotH / 2);
    parts.push(`<text x="14" y="${cy}" transform="rotate(-90 14 ${cy})" text-anchor="middle">${escapeHtml(axisTitle)}</text>`);
  }
  const labelEvery = Math.max(1, Math.ceil(count / (chart.type === 'line' ? 7 : 12)));
  if (chart.type === 'line') {
    // The band's entry first, where the Word chart's legend has it (its areas before its lines).
    if (band) legend.push({ name: band.name, swatch: { fill: CHART_BAND_COLOUR } });
    chart.series.forEach((s, si) => {
      const dashed = dashedLine(chart, si);
      parts.push(
        `<polyline points="${points(s.values).join(' ')}" fill="none" stroke="${css(seriesColour(si))}" stroke-width="2.2"${dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      );
      legend.push({ name: s.name, swatch: { line: seriesColour(si), dashed } });
    });
    chart.categories.forEach((c, i) => {
      if (i % labelEvery !== 0) return;
      parts.push(`<text x="${n(x(i))}" y="${H - PAD.bottom + 16}" text-anchor="middle">${escapeHtml(c)}</text>`);
    });
  } else {
    const groupW = plotW / Math.max(1, count);
    const seriesCount = Math.max(1, chart.series.length);
    const barW = Math.min(70, (groupW * 0.7) / seriesCount);
    chart.categories.forEach((c, i) => {
      const groupX = PAD.left + i * groupW + (groupW - barW * seriesCount) / 2;
      chart.series.forEach((s, si) => {
        const v = Number.isFinite(s.values[i]) ? s.values[i]! : 0;
        const top = Math.min(y(v), y(0));
        const height = Math.abs(y(v) - y(0));
        const bx = groupX + si * barW;
        parts.push(`<rect x="${n(bx)}" y="${n(top)}" width="${n(barW - 2)}" height="${n(height)}" fill="${css(seriesColour(si))}"/>`);
        parts.push(`<text x="${n(bx + barW / 2 - 1)}" y="${n(top - 4)}" text-anchor="middle">${escapeHtml(formatChartValue(v, chart, scale.max))}</text>`);
      });
      if (i % labelEvery === 0)
        parts.push(`<text x="${n(PAD.left + (i + 0.5) * groupW)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${escapeHtml(c)}</text>`);
    });
    chart.series.forEach((s, si) => {
      legend.push({ name: s.name, swatch: { fill: seriesColour(si) } });
    });
  }
  // Legend: in rows below the category labels, the chart growing by a row when it needs one.
  const rows = legendRows(legend);
  const height = H + LEGEND_ROW * Math.max(0, ...rows.map((r) => r.row));
  for (const { entry, row, x } of rows) {
    const ly = H - 18 + row * LEGEND_ROW;
    const swatch =
      'fill' in entry.swatch
        ? `<rect x="${n(x)}" y="${ly - 9}" width="18" height="10" fill="${css(entry.swatch.fill)}"/>`
        : `<line x1="${n(x)}" x2="${n(x + 18)}" y1="${ly - 4}" y2="${ly - 4}" stroke="${css(entry.swatch.line)}" stroke-width="2.2"${entry.swatch.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    parts.push(`${swatch}<text x="${n(x + 24)}" y="${ly}">${escapeHtml(entry.name)}</text>`);
  }
  return (
    `<figure class="chart chart-${chart.kind}"><figcaption>${escapeHtml(chart.title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif" font-size="12" fill="#000">` +
    `${parts.join('')}</svg></figure>`
  );
}

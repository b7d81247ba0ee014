// What every memo export (HTML/PDF, Word, the municipality's template) lays out the same way: which
// sections come before the signatures, what the attachment list holds, and how a chart's axis is
// scaled and labelled. Pure functions over the MemoDocument.
import { formatKronor, formatMnkr, formatNumber, formatPercent } from '../format/index.ts';
import type { MemoChart, MemoChartBand, MemoDocument, MemoTable, ResolvedBlock, ResolvedParagraph, ResolvedSection } from './document.ts';

/** The sections printed before the signatures: all but Bilagor, which follows them as in the reference memo. */
export function bodySections(doc: MemoDocument): ResolvedSection[] {
  return doc.sections.filter((s) => s.key !== 'bilagor');
}

/**
 * The attachment list printed after the signatures: the Bilagor section's own items when it has
 * any, otherwise the metadata's list; null when there are none. One attachment is headed "Bilaga".
 */
export function attachmentList(doc: MemoDocument): { heading: string; items: ResolvedParagraph[] } | null {
  const section = doc.sections.find((s) => s.key === 'bilagor');
  const items: ResolvedParagraph[] = [];
  if (section) {
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') items.push(block.inlines);
      else if (block.kind === 'numbered' || block.kind === 'bullets') items.push(...block.items);
      else if (block.kind === 'quote') items.push(...block.paragraphs);
    }
  }
  const nonEmpty = items.filter((item) => paragraphText(item).trim() !== '');
  const list = nonEmpty.length > 0 ? nonEmpty : doc.bilagor.filter((b) => b.trim() !== '').map((b) => [{ text: b }]);
  if (list.length === 0) return null;
  return { heading: list.length === 1 ? 'Bilaga' : 'Bilagor', items: list };
}

/**
 * The mask note printed before the signatures, or null: the note is printed once, so not when a
 * table of the memo already carries it in its footnote.
 */
export function closingMaskNote(doc: MemoDocument): string | null {
  const note = doc.maskNote;
  if (!note) return null;
  const inTable = bodySections(doc).some((s) => s.blocks.some((b) => b.kind === 'table' && (b.table.footnote?.includes(note) ?? false)));
  return inTable ? null : note;
}

/**
 * Whether the block at `index` is a paragraph that introduces a quotation: every export keeps it on
 * the page of the quotation that follows it. That is a paragraph followed by a quotation that opens
 * its section, ends with a colon, or whose last sentence announces what follows ("Skrivelsen önskar
 * svar på följande frågor."). An answer followed by the next question is not one: the question
 * already keeps with its answer, and a chain of kept paragraphs could not be broken anywhere.
 */
export function introducesQuote(blocks: readonly ResolvedBlock[], index: number): boolean {
  const block = blocks[index];
  if (block?.kind !== 'paragraph' || blocks[index + 1]?.kind !== 'quote') return false;
  const text = paragraphText(block.inlines).trim();
  const lastSentence = text.split(/(?<=[.!?])\s+/).at(-1) ?? '';
  return index === 0 || text.endsWith(':') || /(^|\s)följande(\s|$)/i.test(lastSentence);
}

/** Tables of up to this many rows (the total row included) are kept whole on one page. */
export const SHORT_TABLE_ROWS = 15;

/** Whether a table is short enough to be kept on one page with its caption and note. */
export function keepTableTogether(table: MemoTable): boolean {
  return table.rows.length + (table.totals ? 1 : 0) <= SHORT_TABLE_ROWS;
}

/** The legend of the forecast fan's band: what it really spans (it is no interval with two bounds of its own). */
export const FAN_BAND_LABEL = 'Mellan medianen och 90:e percentilen';

/**
 * The band the PDF draws under a chart's lines: the chart's own, or for a forecast fan of a snapshot
 * stored before the mean queue was kept (its lines the median and the 90th percentile), the band
 * between its first and last line, as it was always drawn. Word draws only a chart's own band.
 */
export function chartBand(chart: MemoChart): MemoChartBand | null {
  if (chart.type !== 'line') return null;
  if (chart.band) return chart.band;
  if (chart.kind !== 'forecastFan' || chart.series.length < 2) return null;
  const lower = chart.series[0]!;
  return { name: FAN_BAND_LABEL, lowerName: lower.name, lower: lower.values, upper: chart.series.at(-1)!.values };
}

/** The colours of a chart's series, in order (hex without "#"), in the PDF and in Word alike. */
export const CHART_COLOURS = ['1F4E79', 'C55A11', '548235', '7F6000'] as const;

/** The light fill of a chart's band, under its lines. */
export const CHART_BAND_COLOUR = 'BDD7EE';

/** The colour of a chart's series by its index. */
export function seriesColour(index: number): string {
  return CHART_COLOURS[index % CHART_COLOURS.length]!;
}

/** Whether a line is dashed: the forecast fan's lines after its first (the 90th percentile). */
export function dashedLine(chart: MemoChart, index: number): boolean {
  return chart.kind === 'forecastFan' && index > 0;
}

/** The title of a chart's value axis, or null where the chart's title says it. */
export function chartAxisTitle(chart: MemoChart): string | null {
  return chart.kind === 'forecastFan' ? 'Antal personer i kö' : null;
}

/** The plain text of a paragraph (a line break as a newline). */
export function paragraphText(paragraph: ResolvedParagraph): string {
  return paragraph.map((inline) => (inline.lineBreak ? '\n' : inline.text)).join('');
}

/** "Karin Exempelsson, stadsdelsdirektör": name and title, as in the Attesterat av table of a memo. */
export function attestationName(a: { name: string; title: string }): string {
  return a.title.trim() === '' ? a.name : `${a.name}, ${a.title}`;
}

export interface ChartScale {
  min: number;
  max: number;
  ticks: number[];
}

/** A value axis from zero (or the lowest negative value) to a round maximum with 3–6 ticks. */
export function chartScale(chart: MemoChart): ChartScale {
  const values = [...chart.series.flatMap((s) => s.values), ...(chart.band?.upper ?? []), ...(chart.band?.lower ?? [])].filter((v) => Number.isFinite(v));
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  const span = high - low;
  if (span === 0) {
    return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  }
  const rough = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const integerStep = chart.valueFormat === 'count' ? Math.max(1, Math.ceil(step)) : step;
  const min = Math.floor(low / integerStep) * integerStep;
  const max = Math.ceil(high / integerStep) * integerStep;
  const ticks: number[] = [];
  for (let t = min; t <= max + integerStep / 1000; t += integerStep) ticks.push(Math.round(t * 1e9) / 1e9);
  return { min, max, ticks };
}

/** A value as the chart prints it: counts as numbers, percent from ratios, kronor in mnkr from a million. */
export function formatChartValue(value: number, chart: MemoChart, scaleMax?: number): string {
  switch (chart.valueFormat) {
    case 'percent':
      return formatPercent(value, { minDecimals: 0, maxDecimals: 1 });
    case 'kronor':
      return Math.abs(scaleMax ?? value) >= 1_000_000 ? formatMnkr(value) : formatKronor(value);
    default:
      return formatNumber(value, { minDecimals: 0, maxDecimals: 1 });
  }
}

/** The locale prefix of an Excel number format code for Swedish (LCID 0x041D). */
export const SWEDISH_NUMBER_FORMAT = '[$-41D]';

/**
 * The number format code (Excel's, invariant: "," groups thousands, "." is the decimal point; Word
 * shows them the Swedish way) a Word chart uses for its values: percent with a space before the
 * sign, kronor in mnkr from a million.
 */
export function chartNumberFormat(chart: MemoChart): string {
  switch (chart.valueFormat) {
    case 'percent':
      // "60 %" with a no-break space, as the tables write percent.
      return '0"\u00a0"%';
    case 'kronor':
      // [$-41D]: the number format's language is Swedish, so that LibreOffice prints "4,2 mnkr" and
      // "800 000 kr" whatever its own locale (it does not read the chart's c:lang for this).
      return chartScale(chart).max >= 1_000_000 ? `${SWEDISH_NUMBER_FORMAT}#,##0.0,, "mnkr"` : `${SWEDISH_NUMBER_FORMAT}#,##0 "kr"`;
    default:
      return '0';
  }
}

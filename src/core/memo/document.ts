// A memo resolved for output: every figure chip replaced by its Swedish text (masked where the
// memo's options say so), every table and chart filled with snapshotted numbers. The HTML preview
// (which is also what the PDF is printed from), the Word export and the template fill all read
// this one value, so the three cannot disagree about a figure or a sentence.
import type { MemoChartKind, MemoTableKind, MemoType, SectionKey } from './model.ts';

export interface ResolvedInline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Set when the text came from a figure chip: the catalogue key. */
  figure?: string;
  /** A line break inside the paragraph (text is ""). */
  lineBreak?: boolean;
}

export type ResolvedParagraph = ResolvedInline[];

export interface MemoTableColumn {
  heading: string;
  /** Numbers are right-aligned in every output. */
  align: 'left' | 'right';
}

export interface MemoTable {
  kind: MemoTableKind;
  caption: string;
  columns: MemoTableColumn[];
  /** Cells as they are printed ("4,0", "482 155 kr", "<3"). */
  rows: string[][];
  /** A total row printed in bold, or null. */
  totals: string[] | null;
  /** E.g. the note that small counts are masked; null for none. */
  footnote: string | null;
}

export interface MemoChartSeries {
  name: string;
  values: number[];
}

/**
 * A light band between two edges of a line chart, drawn under its lines and named in the legend:
 * the forecast fan's band from the median queue up to the 90th percentile.
 */
export interface MemoChartBand {
  /** The legend's name of the band ("Mellan medianen och 90:e percentilen"). */
  name: string;
  /** The name of its lower edge ("Kö, median"): in Word the hidden series under the band, a column of the chart's data. */
  lowerName: string;
  /** One value per category, as the series have. */
  lower: number[];
  upper: number[];
}

export interface MemoChart {
  kind: MemoChartKind;
  title: string;
  /** Line for series over months, bar for a comparison of alternatives. */
  type: 'line' | 'bar';
  categories: string[];
  series: MemoChartSeries[];
  /** A band under the lines of a line chart, or absent. */
  band?: MemoChartBand;
  /** How the axis and data labels are formatted. */
  valueFormat: 'count' | 'percent' | 'kronor';
  /** One sentence saying what the chart shows, for readers who cannot see it (alt text). */
  description: string;
}

export type ResolvedBlock =
  | { kind: 'paragraph'; inlines: ResolvedParagraph }
  | { kind: 'bullets'; items: ResolvedParagraph[] }
  | { kind: 'numbered'; items: ResolvedParagraph[] }
  | { kind: 'quote'; paragraphs: ResolvedParagraph[] }
  | { kind: 'table'; table: MemoTable }
  | { kind: 'chart'; chart: MemoChart };

export interface ResolvedSection {
  key: SectionKey;
  heading: string;
  blocks: ResolvedBlock[];
}

export interface MemoDocument {
  type: MemoType;
  title: string;
  subtitle: string;
  /** "Rinkeby-Kista stadsdelsförvaltning". */
  forvaltning: string;
  avdelning: string;
  /** "Tjänsteutlåtande". */
  documentKind: string;
  dnr: string;
  /** "2020-01-22" as printed in the header; "" while not set. */
  dateTable: string;
  /** "22 januari 2020"; "" while not set. */
  dateText: string;
  handlaggare: { name: string; phone: string };
  /** "Till Rinkeby-Kista stadsdelsnämnd". */
  addressee: string;
  /** The sections that are in the memo, in the fixed order. */
  sections: ResolvedSection[];
  signatories: { name: string; title: string }[];
  bilagor: string[];
  attestations: { name: string; title: string; date: string }[];
  /** The footnote that small counts are masked, or null when nothing is masked. */
  maskNote: string | null;
  /** All tables and charts of the memo by kind (also placed in sections), for template placeholders. */
  tables: Partial<Record<MemoTableKind, MemoTable>>;
  charts: Partial<Record<MemoChartKind, MemoChart>>;
  /**
   * Every figure of the catalogue as this memo prints it (masked where it masks), for templates:
   * `text` as in running text ("27 personer inskrivna"), `tableText` as in a table cell ("27").
   */
  figures: { key: string; name: string; placeholder: string; text: string; tableText?: string }[];
  /** Document properties. */
  language: 'sv-SE';
  author: string;
}

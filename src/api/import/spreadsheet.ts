// Decodes an uploaded spreadsheet (.xlsx, or text: .csv, .txt, .tsv) into rows of cells for
// src/core/statistics/sheet.ts, refusing what is not one with a Swedish sentence: a file that is too
// large, a zip bomb, a Word document or an old .xls renamed, an image. Text may be UTF-8,
// Windows-1252 or UTF-16 with a byte-order mark (Excel's "Unicode-text"), whatever its name.
import type { CellValue, Row, Worksheet } from 'exceljs';
import { loadExcelJS } from '../files/loadExcelJS.ts';
import Papa from 'papaparse';
import type { CellArea, SheetCell, SheetLayout } from '../../core/statistics/sheet.ts';
import { chooseStatisticsSheet, HEADING_SEARCH_ROWS, MAX_SHEET_ROWS } from '../../core/statistics/sheet.ts';
import { inspectZip, looksLikeZip } from '../files/zipInspect.ts';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_TEXT, sizeLimitText } from '../../core/files/limits.ts';
import { formatNumber } from '../../core/format/index.ts';

/** Largest file read (the same limit as an exchange file). */
export const MAX_SPREADSHEET_BYTES = MAX_IMPORT_FILE_BYTES;
/** Largest total an .xlsx may unpack to: far above a sheet of a thousand months. */
export const MAX_UNPACKED_BYTES = 50_000_000;
/** Most rows with content a sheet may have: the months, and a few for a title, notes and the headings. */
export const MAX_SHEET_LINES = MAX_SHEET_ROWS + 50;

/** Why a sheet is not read for its length: its rows, against the months that can be read. */
function tooManyRowsText(rowCount: number, rows: 'rader' | 'rader med innehåll'): string {
  return `har ${formatNumber(rowCount)} ${rows}; högst ${formatNumber(MAX_SHEET_ROWS)} månader, en på varje rad, kan läsas in åt gången`;
}

/**
 * `layout`: what an .xlsx holds besides the values (hidden rows, merged cells, formulas never
 * calculated), for readStatisticsSheet to refuse; empty for a text file. `sheetName`: the sheet
 * that was read, and `sheetCount` the workbook's sheets, hidden ones too (null and 0 for a text file).
 */
export type DecodeResult =
  | { ok: true; rows: SheetCell[][]; layout: SheetLayout; sheetName: string | null; sheetCount: number }
  | { ok: false; message: string };

const refuse = (message: string): DecodeResult => ({ ok: false, message });

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** What a file that is neither .xlsx nor text is, by its first bytes; null when it may be text. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return 'i det äldre Excel- eller Word-formatet (.xls eller .doc). Spara den som .xlsx eller CSV och försök igen';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'en bild (PNG), inte ett kalkylblad';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'en bild (JPEG), inte ett kalkylblad';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'ett PDF-dokument, inte ett kalkylblad';
  if (bytes.subarray(0, 4096).includes(0)) return 'inte ett kalkylblad (den innehåller binära data)';
  return null;
}

/** A formula whose value the file does not hold (it was never calculated and saved). */
function isFormulaWithoutValue(value: CellValue): boolean {
  if (value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return false;
  const result = (value as { result?: CellValue }).result;
  return result === undefined || result === null;
}

/** An exceljs cell value as a plain cell: formulas give their saved result (none: null), rich text its text. */
function plainCell(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: CellValue }).result;
      return result === undefined || result === null ? null : plainCell(result);
    }
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    // exceljs keeps Excel's own error text ("#N/A", "#DIV/0!").
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** The layout being gathered while a sheet's rows are read; merged areas by their first cell's address. */
interface LayoutFound {
  hiddenRows: number[];
  merges: Map<string, CellArea>;
  formulasWithoutValue: { row: number; column: number }[];
}

/**
 * One row's cells; a cell merged into another is empty (exceljs repeats the first cell's value in
 * it). The row's merged cells and formulas without a value go into `found`, 0-based.
 */
function rowCells(row: Row, found: LayoutFound): SheetCell[] {
  const cells: SheetCell[] = [];
  const r = row.number - 1;
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    const c = col - 1;
    if (cell.isMerged) {
      const master = cell.master;
      const area = found.merges.get(master.address);
      const top = Number(master.row) - 1;
      const left = Number(master.col) - 1;
      if (area === undefined) found.merges.set(master.address, { top, left, bottom: Math.max(top, r), right: Math.max(left, c) });
      else found.merges.set(master.address, { ...area, bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) });
    }
    if (cell.isMerged && cell.master !== cell) {
      cells[c] = null;
      return;
    }
    if (isFormulaWithoutValue(cell.value)) found.formulasWithoutValue.push({ row: r, column: c });
    cells[c] = plainCell(cell.value);
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= null;
  if (row.hidden) found.hiddenRows.push(r);
  return cells;
}

/** The sheet's rows from row 1 (rows[0]), up to `limit` rows (a missing row is empty), and their layout. */
function sheetRows(sheet: Worksheet, limit = Number.POSITIVE_INFINITY): { rows: SheetCell[][]; layout: SheetLayout } {
  const rows: SheetCell[][] = [];
  const found: LayoutFound = { hiddenRows: [], merges: new Map(), formulasWithoutValue: [] };
  const last = Math.min(sheet.rowCount, limit);
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    rows.push(row ? rowCells(row, found) : []);
  }
  // Only the columns the rows reach: a sheet often hides every unused column to its right edge.
  const width = rows.reduce((w, cells) => Math.max(w, cells.length), 0);
  const hiddenColumns: number[] = [];
  for (let c = 0; c < width; c++) if (sheet.getColumn(c + 1).hidden) hiddenColumns.push(c);
  // An area merged into a single cell is no merge (exceljs may keep one from a file).
  const merges = [...found.merges.values()].filter((a) => a.bottom > a.top || a.right > a.left);
  return { rows, layout: { hiddenRows: found.hiddenRows, hiddenColumns, merges, formulasWithoutValue: found.formulasWithoutValue } };
}

/** The sheet to read, as chooseStatisticsSheet chooses it from the sheets' first rows; a message when it cannot. */
function chooseSheet(sheets: readonly Worksheet[], fileName: string): { ok: true; sheet: Worksheet | undefined } | { ok: false; message: string } {
  const chosen = chooseStatisticsSheet(
    // Enough rows to hold HEADING_SEARCH_ROWS rows with content, with some empty ones between.
    sheets.map((w) => ({ name: w.name, visible: w.state === 'visible', rows: sheetRows(w, HEADING_SEARCH_ROWS * 5).rows })),
    fileName,
  );
  return chosen.ok ? { ok: true, sheet: sheets[chosen.index] } : chosen;
}

async function decodeXlsx(bytes: Uint8Array, fileName: string): Promise<DecodeResult> {
  const zip = inspectZip(bytes, MAX_UNPACKED_BYTES);
  if (!zip.ok) {
    if (zip.reason === 'too-large' && zip.tooManyEntries) {
      const { count, max } = zip.tooManyEntries;
      return refuse(
        `Filen ${fileName} består av ${formatNumber(count)} delar (en Excel-arbetsbok är ett zip-arkiv), fler än de högst ${formatNumber(max)} som läses in; ett kalkylblad med månadsstatistik har bara några få.`,
      );
    }
    if (zip.reason === 'too-large')
      return refuse(
        `Filen ${fileName} packas upp till mer än ${sizeLimitText(MAX_UNPACKED_BYTES)} och läses inte in; ett kalkylblad med månadsstatistik är mycket mindre.`,
      );
    return refuse(`Filen ${fileName} är skadad eller inte en Excel-arbetsbok som kan läsas.`);
  }
  const names = new Set(zip.entries.map((e) => e.name));
  if (names.has('word/document.xml')) return refuse(`Filen ${fileName} är ett Word-dokument, inte en Excel-arbetsbok.`);
  if (names.has('ppt/presentation.xml')) return refuse(`Filen ${fileName} är en PowerPoint-presentation, inte en Excel-arbetsbok.`);
  if (!names.has('xl/workbook.xml')) return refuse(`Filen ${fileName} är en zip-fil men inte en Excel-arbetsbok.`);
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refuse(`Filen ${fileName} är en skadad Excel-arbetsbok och kan inte läsas.`);
  }
  const chosen = chooseSheet(workbook.worksheets, fileName);
  if (!chosen.ok) return refuse(chosen.message);
  const sheet = chosen.sheet;
  if (!sheet) return refuse(`Filen ${fileName} innehåller inga kalkylblad.`);
  // actualRowCount counts the rows with content, as the message says.
  if (sheet.actualRowCount > MAX_SHEET_LINES)
    return refuse(`Bladet ”${sheet.name}” i ${fileName} ${tooManyRowsText(sheet.actualRowCount, 'rader med innehåll')}.`);
  return { ok: true, ...sheetRows(sheet), sheetName: sheet.name, sheetCount: workbook.worksheets.length };
}

function decodeCsv(bytes: Uint8Array, fileName: string): DecodeResult {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    // Excel's "Unicode-text" is UTF-16 with a byte-order mark and tabs between the columns.
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Swedish Excel saves "CSV (semikolonavgränsad)" in Windows-1252.
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  // The file's lines: a line break ends a line, so the one after the last is no line of its own.
  const lines = text.split(/\r\n|\n|\r/).length - (/(\r\n|\n|\r)$/.test(text) ? 1 : 0);
  if (lines > MAX_SHEET_LINES) return refuse(`Filen ${fileName} ${tooManyRowsText(lines, 'rader')}.`);
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', '\t', ','], skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) return refuse(`Filen ${fileName} kan inte läsas som CSV: ett citattecken avslutas inte (rad ${(fatal.row ?? 0) + 1}).`);
  return { ok: true, rows: parsed.data.map((r) => r.map((c) => (c.trim() === '' ? null : c))), layout: {}, sheetName: null, sheetCount: 0 };
}

/**
 * What the file is is decided here by its bytes, not its name: a zip is a workbook, other text
 * (whether named .csv, .txt or .tsv) is read as separated values. `fileName` names the file in
 * messages and tells a text file named .xlsx from one that is meant as text.
 */
export async function decodeSpreadsheet(bytes: Uint8Array, fileName: string): Promise<DecodeResult> {
  if (bytes.length === 0) return refuse(`Filen ${fileName} är tom.`);
  if (bytes.length > MAX_SPREADSHEET_BYTES) return refuse(`Filen ${fileName} är för stor (högst ${MAX_IMPORT_FILE_TEXT}).`);
  if (looksLikeZip(bytes)) return decodeXlsx(bytes, fileName);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return decodeCsv(bytes, fileName);
  const namedXlsx = /\.xlsx$/i.test(fileName.trim());
  if (namedXlsx && startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // An encrypted .xlsx is stored in the same container as an old .xls.
    return refuse(
      `Filen ${fileName} är lösenordsskyddad eller sparad i det äldre .xls-formatet. Ta bort lösenordet eller spara den som .xlsx och försök igen.`,
    );
  }
  const binary = binaryKind(bytes);
  if (binary) return refuse(`Filen ${fileName} är ${binary}.`);
  if (namedXlsx) return refuse(`Filen ${fileName} heter .xlsx men är en textfil, inte en Excel-arbetsbok. Spara den som .csv om den är en CSV-fil.`);
  return decodeCsv(bytes, fileName);
}

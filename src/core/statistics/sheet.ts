// Monthly statistics as a sheet (Excel or CSV): one row per month under a heading row with Swedish
// column names, which may have a title or notes above it. Reading turns the cells into months or
// into Swedish messages that name the sheet's row and column; nothing is half-read. Pure: the
// caller decodes the file into cells (src/api/import), one array per sheet row from row 1.
import { capitalizeFirst, countInText, formatNumber, MONTH_NAMES, parseSwedishNumber } from '../format/index.ts';
import { formatPath } from '../validation/swedishIssues.ts';
import { describeIssue } from '../validation/swedishIssues.ts';
import { MAX_MONTHLY_COUNT, monthlyStatisticsListSchema, STAY_BAND_COUNT, STAY_BAND_LABELS, statisticsMonthSchema, type MonthlyStatistics } from './monthly.ts';

/** A cell as a decoder gives it: text, a number, a date, a truth value or nothing. */
export type SheetCell = string | number | boolean | Date | null;

/** A rectangle of cells, inclusive, numbered as the rows are: row 0 is the sheet's row 1, column 0 its column A. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What a workbook holds about a sheet besides its cells' values (a CSV file holds none of it), with
 * rows and columns numbered from 0 as in the rows given to readStatisticsSheet. Each is something
 * the user does not see, or sees otherwise than the cells say, and is refused where the table is.
 */
export interface SheetLayout {
  /** Rows hidden in Excel: by hand, by a filter or in a collapsed group. */
  hiddenRows?: readonly number[];
  hiddenColumns?: readonly number[];
  /** Merged areas of two or more cells; the decoder gives an area's value in its first cell and null in the others. */
  merges?: readonly CellArea[];
  /** Cells whose formula has no result in the file (it was never calculated and saved); the decoder gives them as null. */
  formulasWithoutValue?: readonly { row: number; column: number }[];
}

type CountKey = 'referrals' | 'newEnrolments' | 'discharges' | 'enrolledAtMonthEnd' | 'queueAtMonthEnd';

interface Column {
  /** The heading written on export. */
  heading: string;
  /** Headings accepted on import (compared without case, spaces or dashes). */
  aliases: readonly string[];
  kind: { type: 'month' } | { type: 'count'; key: CountKey; optional: boolean } | { type: 'band'; index: number };
}

export const STATISTICS_COLUMNS: readonly Column[] = [
  { heading: 'Månad', aliases: ['månad', 'month'], kind: { type: 'month' } },
  { heading: 'Anmälningar', aliases: ['anmälningar', 'aktualiseringar', 'referrals'], kind: { type: 'count', key: 'referrals', optional: true } },
  {
    heading: 'Nya inskrivningar',
    aliases: ['nya inskrivningar', 'nya inskrivna', 'newenrolments'],
    kind: { type: 'count', key: 'newEnrolments', optional: false },
  },
  { heading: 'Avslut', aliases: ['avslut', 'discharges'], kind: { type: 'count', key: 'discharges', optional: false } },
  {
    heading: 'Inskrivna vid månadens slut',
    aliases: ['inskrivna vid månadens slut', 'inskrivna', 'enrolledatmonthend'],
    kind: { type: 'count', key: 'enrolledAtMonthEnd', optional: false },
  },
  {
    heading: 'I kö vid månadens slut',
    aliases: ['i kö vid månadens slut', 'i kö', 'kö', 'queueatmonthend'],
    kind: { type: 'count', key: 'queueAtMonthEnd', optional: true },
  },
  ...STAY_BAND_LABELS.map((label, index) => ({
    heading: `Avslut ${label}`,
    aliases: [`avslut ${label}`, `avslut ${label.replace(' mån', ' månader')}`],
    kind: { type: 'band' as const, index },
  })),
];

/** Most data rows a sheet may have: a hundred years of months. */
export const MAX_SHEET_ROWS = 1200;

/** The heading row is looked for among this many first rows with content (a title, notes, then the table). */
export const HEADING_SEARCH_ROWS = 10;

/** The years a month may lie in; the same rule as statisticsMonthSchema, which is what decides. */
const MONTH_YEARS_TEXT = 'åren 2000–2100';

const normalize = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .replace(/[\s\u00a0_–—-]+/g, ' ')
    .trim();
const ALIASES = new Map(STATISTICS_COLUMNS.flatMap((c, i) => c.aliases.map((a) => [normalize(a), i] as const)));

/** "A", "B", … "Z", "AA": the spreadsheet's name of column i (0-based). */
export function columnLetter(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const isEmpty = (cell: SheetCell | undefined) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

function cellText(cell: SheetCell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'ett ogiltigt datum' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return formatNumber(cell, { maxDecimals: 6 });
  if (typeof cell === 'boolean') return cell ? 'SANT' : 'FALSKT';
  return String(cell);
}

/** A cell's text within quotation marks, cut after 40 characters, or what it is when it is no text. */
function shownCell(cell: SheetCell): string {
  if (cell instanceof Date && Number.isNaN(cell.getTime())) return 'ett ogiltigt datum';
  if (typeof cell === 'boolean') return cellText(cell);
  const text = cellText(cell).trim();
  return `”${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/** A message part as a sentence: with a full stop, unless it already ends with one. */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const two = (n: number) => String(n).padStart(2, '0');
const SHORT_MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** The days of a month (1–12) of a year. */
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "2020-03-15": a month with a day, whose day is then checked (2021-02-30 is no date). */
const ISO_DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

/**
 * Why text written as a date with a day is no date: "februari 2021 har 28 dagar" for "2021-02-30";
 * null when it is a date, or not written as one.
 */
function impossibleDay(cell: SheetCell): string | null {
  if (typeof cell !== 'string') return null;
  const iso = ISO_DATE.exec(cell.trim());
  if (!iso || iso[3] === undefined) return null;
  const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (month < 1 || month > 12) return null;
  const days = daysInMonth(year, month);
  return day >= 1 && day <= days ? null : `${MONTH_NAMES[month - 1]} ${year} har ${days} dagar`;
}

/**
 * A month from a cell: "2020-03", "2020-03-01" (a day that the month has), "mars 2020", "mar 2020",
 * "mar-20", "mar 20", a date or an Excel date number.
 */
export function readMonthCell(cell: SheetCell): string | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    // Spreadsheet dates carry no time zone; decoders give them as UTC midnight.
    return `${cell.getUTCFullYear()}-${two(cell.getUTCMonth() + 1)}`;
  }
  if (typeof cell === 'number') {
    // An Excel date number (days since 1899-12-30) for dates 1954–2119.
    if (!Number.isInteger(cell) || cell < 20000 || cell > 80000) return null;
    return readMonthCell(new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000));
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim().toLocaleLowerCase('sv');
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const m = Number(iso[2]);
    if (m < 1 || m > 12 || impossibleDay(text) !== null) return null;
    return `${iso[1]}-${two(m)}`;
  }
  // "mars 2020", "mar 2020", and "mar-20" or "mar-2020": Swedish Excel turns a typed 2020-03 into a
  // date shown as mmm-åå, which is what a CSV saved from it holds. A two-digit year is 20åå, also
  // after a space ("mar 20"): a Swedish date puts the day first ("20 mar"), so it is no day.
  const named = /^([a-zåäö]+)\.?(?:\s+|-)(\d{2}|\d{4})$/.exec(text);
  if (named) {
    const name = named[1]!;
    const index = MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]);
    const short = SHORT_MONTHS.indexOf(name);
    const m = index >= 0 ? index : short;
    const year = named[2]!.length === 2 ? `20${named[2]}` : named[2]!;
    return m >= 0 ? `${year}-${two(m + 1)}` : null;
  }
  return null;
}

type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

/** Text made only of digits, spaces, signs, commas and points: a number written wrongly, which the parser explains. */
const NUMBER_LIKE = /^[\d\s\u00a0\u202f\u2009.,+\u2212\u2013-]+$/;

/**
 * A number that is to be whole, with every decimal it has ("2,0000001", not "2"), so that the user
 * sees why it is refused; one closer to a whole number than 20 decimals show is said to be so.
 */
function notWholeText(value: number): string {
  const text = formatNumber(value, { maxDecimals: 20 });
  if (!/^[\u2212]?[\d\u00a0]+$/.test(text) || Number.isInteger(value)) return text;
  const whole = Math.round(value);
  return `ett tal strax ${value > whole ? 'över' : 'under'} ${formatNumber(whole)}`;
}

function readCountCell(cell: SheetCell, optional: boolean): CellRead<number | null> {
  if (isEmpty(cell)) return optional ? { ok: true, value: null } : { ok: false, message: 'saknar ett värde (skriv 0 om det inte fanns några)' };
  let value: number;
  // Excel keeps 15 significant digits: a sum of decimals that should be whole (2.0000000000000004) is
  // shown and meant as the whole number, whereas 2.0000001 is no whole number and is refused as such.
  if (typeof cell === 'number') value = Number.isFinite(cell) && Number.isInteger(Number(cell.toPrecision(15))) ? Number(cell.toPrecision(15)) : cell;
  else if (typeof cell === 'string') {
    const parsed = parseSwedishNumber(cell);
    if (!parsed.ok) {
      // "1.000", "12 34 5": the parser says why (a point that may mean thousands, a wrong grouping).
      if (NUMBER_LIKE.test(cell.trim()) && /\d/.test(cell)) return { ok: false, message: `ska vara ett antal, men ${parsed.message}` };
      return { ok: false, message: `ska vara ett antal, men är ${shownCell(cell)}` };
    }
    value = parsed.value;
  } else return { ok: false, message: `ska vara ett antal, men är ${cellText(cell)}` }; // SANT, FALSKT or a date
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) return { ok: false, message: 'ska vara ett antal, men är ett orimligt stort tal' };
  if (!Number.isInteger(value) || value < 0) return { ok: false, message: `ska vara ett heltal, 0 eller mer, men är ${notWholeText(value)}` };
  if (value > MAX_MONTHLY_COUNT) return { ok: false, message: `får vara högst ${formatNumber(MAX_MONTHLY_COUNT)}, men är ${formatNumber(value)}` };
  return { ok: true, value };
}

/** The optional counts a sheet may leave out: a month it does not count them for is null there. */
export type OptionalStatisticsField = 'referrals' | 'queueAtMonthEnd' | 'dischargesByStay';

/**
 * `absent`: the optional columns the sheet does not have at all (as against a column with empty
 * cells, which says the month did not count them). An import keeps a stored month's values of those.
 */
export type SheetReadResult = { ok: true; months: MonthlyStatistics[]; absent: OptionalStatisticsField[] } | { ok: false; messages: string[] };

/** The month of a month cell, or why it is none: empty, not a month, or a month outside the years statistics are kept for. */
function readMonthColumnCell(cell: SheetCell): CellRead<string> {
  if (isEmpty(cell)) return { ok: false, message: 'saknar ett värde (skriv månaden som 2020-03 eller mars 2020)' };
  const month = readMonthCell(cell);
  const noDay = impossibleDay(cell);
  if (noDay !== null)
    return { ok: false, message: `ska vara en månad som 2020-03 eller mars 2020, men ${shownCell(cell)} är inget datum som finns (${noDay})` };
  if (month === null) return { ok: false, message: `ska vara en månad som 2020-03 eller mars 2020, men är ${shownCell(cell)}` };
  if (!statisticsMonthSchema.safeParse(month).success) return { ok: false, message: `ska vara en månad under ${MONTH_YEARS_TEXT}, men är ${shownCell(cell)}` };
  return { ok: true, value: month };
}

/** More cells than this with a formula without a saved value are told in one message, not one each. */
const FORMULA_CELLS_TOLD_ONE_BY_ONE = 3;

const FORMULA_ADVICE = 'Öppna filen i Excel, spara den och försök igen.';

/**
 * What of the sheet's layout keeps the table from being read as the user sees it, from the heading
 * row down: hidden rows and columns with values, merged cells over the table, formulas without a
 * saved value. A title above the heading row may be merged, hidden or calculated: it is not read.
 * Messages in the order of the rows, then the columns.
 */
function layoutProblems(rows: readonly (readonly SheetCell[])[], headerIndex: number, layout: SheetLayout): string[] {
  const header = rows[headerIndex]!;
  const formulas = (layout.formulasWithoutValue ?? []).filter((f) => f.row >= headerIndex);
  const formulaAt = new Set(formulas.map((f) => `${f.row}:${f.column}`));
  const hasValue = (row: number, col: number) => !isEmpty(rows[row]?.[col]) || formulaAt.has(`${row}:${col}`);
  const rowHasValue = (row: number) => hasContent(rows[row]) || formulas.some((f) => f.row === row);
  const found: { row: number; col: number; text: string }[] = [];

  const hiddenColumns = new Set<number>();
  for (const col of [...new Set(layout.hiddenColumns ?? [])].sort((a, b) => a - b)) {
    let withValue = false;
    for (let r = headerIndex; r < rows.length && !withValue; r++) withValue = hasValue(r, col);
    if (!withValue) continue;
    hiddenColumns.add(col);
    found.push({
      row: headerIndex,
      col,
      text: `${capitalizeFirst(columnText(col, header))} är dold i Excel men har värden. Visa kolumnen och kontrollera den, eller ta bort den, och försök igen.`,
    });
  }

  // Hidden rows with values, told as runs: "Rad 4" or "Raderna 4–6".
  const hiddenRows = new Set([...new Set(layout.hiddenRows ?? [])].filter((r) => r >= headerIndex && rowHasValue(r)));
  for (const first of [...hiddenRows].sort((a, b) => a - b)) {
    if (hiddenRows.has(first - 1)) continue;
    let last = first;
    while (hiddenRows.has(last + 1)) last++;
    found.push({
      row: first,
      col: -1,
      text:
        first === last
          ? `Rad ${first + 1} är dold i Excel men har värden. Visa raden och kontrollera den, eller ta bort den, och försök igen.`
          : `Raderna ${first + 1}–${last + 1} är dolda i Excel men har värden. Visa raderna och kontrollera dem, eller ta bort dem, och försök igen.`,
    });
  }

  // The last column with a heading; one merged over the heading row may have swallowed the next.
  const lastHeading = header.reduce<number>((last, cell, col) => (isEmpty(cell) ? last : col), -1);
  for (const area of layout.merges ?? []) {
    if (area.bottom < headerIndex) continue;
    let covers = area.top <= headerIndex && area.left <= lastHeading + 1;
    for (let col = area.left; col <= area.right && !covers; col++) covers = !isEmpty(header[col]);
    if (!covers && !hasValue(area.top, area.left)) continue; // empty cells beside the table
    const rowsText = area.top === area.bottom ? `Rad ${area.top + 1}` : `Rad ${area.top + 1}–${area.bottom + 1}`;
    const advice =
      area.top !== area.bottom ? 'skriv ett värde på varje rad' : area.top === headerIndex ? 'skriv en rubrik i varje kolumn' : 'skriv ett värde i varje cell';
    found.push({
      row: area.top,
      col: area.left,
      text: `${rowsText}, ${columnsText(area.left, area.right, header)}: cellerna är sammanfogade. Dela upp sammanfogningen och ${advice}.`,
    });
  }

  const unsaved = formulas.filter((f) => !hiddenRows.has(f.row) && !hiddenColumns.has(f.column)).sort((a, b) => a.row - b.row || a.column - b.column);
  if (unsaved.length > FORMULA_CELLS_TOLD_ONE_BY_ONE) {
    const first = unsaved[0]!;
    found.push({
      row: first.row,
      col: first.column,
      text: `${capitalizeFirst(countInText(unsaved.length))} celler innehåller formler utan sparade värden, den första på rad ${first.row + 1}, ${columnText(first.column, header)}. ${FORMULA_ADVICE}`,
    });
  } else {
    for (const f of unsaved) {
      found.push({
        row: f.row,
        col: f.column,
        text: `Rad ${f.row + 1}, ${columnText(f.column, header)}: cellen innehåller en formel utan sparat värde. ${FORMULA_ADVICE}`,
      });
    }
  }
  return found.sort((a, b) => a.row - b.row || a.col - b.col).map((f) => f.text);
}

/** A column's heading for a message: the known column's name, or the text of an unknown heading within quotation marks. */
function headingOf(col: number, header: readonly SheetCell[]): string | null {
  const cell = header[col];
  if (cell === undefined || isEmpty(cell)) return null;
  const known = ALIASES.get(normalize(cellText(cell)));
  return known === undefined ? shownCell(cell) : STATISTICS_COLUMNS[known]!.heading;
}

/** "kolumn B (Anmälningar)", or "kolumn H" when it has no heading. */
function columnText(col: number, header: readonly SheetCell[]): string {
  const heading = headingOf(col, header);
  return `kolumn ${columnLetter(col)}${heading === null ? '' : ` (${heading})`}`;
}

/** "kolumn B (Anmälningar)", "kolumnerna B–D (Anmälningar, Nya inskrivningar och Avslut)". */
function columnsText(left: number, right: number, header: readonly SheetCell[]): string {
  if (left === right) return columnText(left, header);
  const headings: string[] = [];
  for (let col = left; col <= right; col++) {
    const heading = headingOf(col, header);
    if (heading !== null) headings.push(heading);
  }
  return `kolumnerna ${columnLetter(left)}–${columnLetter(right)}${headings.length === 0 ? '' : ` (${listText(headings)})`}`;
}

/** At most this many messages, so that a wholly wrong file gives a readable answer. */
const MAX_MESSAGES = 20;

/** The index of the Månad column among STATISTICS_COLUMNS. */
const MONTH_DEFINITION = 0;

const hasContent = (row: readonly SheetCell[] | undefined) => row?.some((c) => !isEmpty(c)) === true;

/** The column definitions a row's cells name as headings. */
function headingsOf(row: readonly SheetCell[]): Set<number> {
  const known = new Set<number>();
  for (const cell of row) {
    if (isEmpty(cell)) continue;
    const def = ALIASES.get(normalize(cellText(cell)));
    if (def !== undefined) known.add(def);
  }
  return known;
}

/**
 * The index of the heading row: the first of the first HEADING_SEARCH_ROWS rows with content that
 * has the heading Månad or at least two known headings (so that a table whose Månad heading is
 * misspelt is still read as one, and told what is wrong with it). -1 when there is none.
 */
export function findHeadingRow(rows: readonly (readonly SheetCell[])[]): number {
  let searched = 0;
  for (let i = 0; i < rows.length && searched < HEADING_SEARCH_ROWS; i++) {
    if (!hasContent(rows[i])) continue;
    searched++;
    const known = headingsOf(rows[i]!);
    if (known.has(MONTH_DEFINITION) || known.size >= 2) return i;
  }
  return -1;
}

/** "a, b och c" */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** The sheet the export writes the statistics to, and the one an import reads when a workbook has it. */
export const STATISTICS_SHEET_NAME = 'Månadsstatistik';

/** A sheet of a workbook, for chooseStatisticsSheet: its first rows are enough to find a heading row in. */
export interface WorkbookSheet {
  name: string;
  visible: boolean;
  rows: readonly (readonly SheetCell[])[];
}

/**
 * Which sheet of a workbook to read (its index): the one named Månadsstatistik (a visible one
 * before a hidden one) if there is one, else the visible sheet whose first rows hold a heading row,
 * else the first visible sheet (whose missing headings are then told), else the first sheet. More
 * than one visible sheet with a heading row is refused, naming them: reading one would leave out the
 * months of the others without a word. -1 for a workbook without sheets.
 */
export function chooseStatisticsSheet(sheets: readonly WorkbookSheet[], fileName: string): { ok: true; index: number } | { ok: false; message: string } {
  const isNamed = (w: WorkbookSheet) => w.name.trim().toLocaleLowerCase('sv') === STATISTICS_SHEET_NAME.toLocaleLowerCase('sv');
  const named = sheets.findIndex((w) => isNamed(w) && w.visible);
  const namedHidden = sheets.findIndex(isNamed);
  if (named >= 0 || namedHidden >= 0) return { ok: true, index: named >= 0 ? named : namedHidden };
  if (sheets.length <= 1) return { ok: true, index: sheets.length - 1 };
  const withHeadings = sheets.flatMap((w, i) => (w.visible && findHeadingRow(w.rows) >= 0 ? [i] : []));
  if (withHeadings.length > 1) {
    const names = listText(withHeadings.map((i) => `”${sheets[i]!.name}”`));
    return {
      ok: false,
      message:
        `Arbetsboken ${fileName} har tabeller med månadsstatistik på bladen ${names}, men bara ett blad läses in. ` +
        `Lägg alla månader på ett blad, eller byt namn på det blad som ska läsas in till ”${STATISTICS_SHEET_NAME}”, och försök igen.`,
    };
  }
  const visible = sheets.findIndex((w) => w.visible);
  return { ok: true, index: withHeadings[0] ?? Math.max(visible, 0) };
}

const REQUIRED_HEADINGS = STATISTICS_COLUMNS.filter((c) => c.kind.type === 'month' || (c.kind.type === 'count' && !c.kind.optional)).map((c) => c.heading);
const COLUMN_NAMES_MESSAGE = `Kolumnerna heter: ${STATISTICS_COLUMNS.map((c) => c.heading).join(', ')}.`;

/** Why no heading row was found: said once, with the rows that were searched. */
function noHeadingMessage(rows: readonly (readonly SheetCell[])[]): string {
  const withContent = rows.flatMap((r, i) => (hasContent(r) ? [i + 1] : []));
  const searched = withContent.slice(0, HEADING_SEARCH_ROWS);
  const where =
    withContent.length > HEADING_SEARCH_ROWS
      ? `bland de ${countInText(HEADING_SEARCH_ROWS)} första raderna med innehåll (till och med rad ${searched.at(-1)})`
      : 'i filen';
  return (
    `Ingen rad med kolumnrubrikerna hittades ${where}. ` +
    `Tabellen ska ha en rubrikrad med minst kolumnerna ${listText(REQUIRED_HEADINGS)}, och en månad på varje rad under den.`
  );
}

/**
 * Reads the months of a sheet. The heading row is found by findHeadingRow, and what is above it (a
 * title, notes, empty rows) is left out; every column of the heading row with content must be a
 * known column; "Månad", "Nya inskrivningar", "Avslut" and "Inskrivna vid månadens slut" are
 * required. The six stay-band columns go together: all of them or none. Messages give the rows'
 * numbers in the sheet (`rows[0]` is row 1). A workbook's `layout` refuses, before anything else,
 * hidden rows and columns with values, merged cells over the table and formulas without a saved
 * value, from the heading row down.
 */
export function readStatisticsSheet(rows: readonly (readonly SheetCell[])[], layout: SheetLayout = {}): SheetReadResult {
  const formulas = layout.formulasWithoutValue?.length ?? 0;
  if (!rows.some(hasContent) && formulas === 0) return { ok: false, messages: ['Filen innehåller inga rader.'] };
  const headerIndex = findHeadingRow(rows);
  if (headerIndex < 0) {
    // Headings calculated by formulas that were never saved are not seen: say so, as the likely cause.
    const unsaved = formulas > 0 ? [`Bladet har celler med formler utan sparade värden. ${FORMULA_ADVICE}`] : [];
    return { ok: false, messages: [noHeadingMessage(rows), ...unsaved, COLUMN_NAMES_MESSAGE] };
  }
  // What the user does not see as the cells say is refused first: the rest may follow from it.
  const hidden = layoutProblems(rows, headerIndex, layout);
  if (hidden.length > 0) return { ok: false, messages: cap(hidden) };
  const header = rows[headerIndex]!;
  const headerLine = headerIndex + 1;
  const messages: string[] = [];
  const columnOf = new Map<number, number>(); // column definition → sheet column
  header.forEach((cell, col) => {
    if (isEmpty(cell)) return;
    const known = ALIASES.get(normalize(cellText(cell)));
    if (known === undefined) {
      messages.push(`Kolumnen ${shownCell(cell)} (${columnLetter(col)}${headerLine > 1 ? `, rad ${headerLine}` : ''}) känns inte igen.`);
    } else if (columnOf.has(known)) {
      messages.push(`Kolumnen ”${STATISTICS_COLUMNS[known]!.heading}” finns två gånger (${columnLetter(columnOf.get(known)!)} och ${columnLetter(col)}).`);
    } else columnOf.set(known, col);
  });
  STATISTICS_COLUMNS.forEach((c, i) => {
    const required = c.kind.type === 'month' || (c.kind.type === 'count' && !c.kind.optional);
    if (required && !columnOf.has(i)) messages.push(`Kolumnen ”${c.heading}” saknas.`);
  });
  const bandColumns = STATISTICS_COLUMNS.flatMap((c, i) => (c.kind.type === 'band' ? [i] : []));
  const bandsGiven = bandColumns.filter((i) => columnOf.has(i)).length;
  if (bandsGiven > 0 && bandsGiven < STAY_BAND_COUNT) {
    messages.push(`Avslut efter vistelsetid ska ha alla sex kolumnerna (${STAY_BAND_LABELS.join(', ')}) eller ingen av dem.`);
  }
  if (messages.length > 0) {
    // Capped before the list of names, so that a wholly wrong header still ends with them.
    return { ok: false, messages: [...cap(messages), COLUMN_NAMES_MESSAGE] };
  }

  const dataRows = rows
    .slice(headerIndex + 1)
    .map((cells, i) => ({ cells, line: headerIndex + 2 + i }))
    .filter((r) => r.cells.some((c) => !isEmpty(c)));
  if (dataRows.length === 0) return { ok: false, messages: ['Filen har rubriker men inga månader.'] };
  if (dataRows.length > MAX_SHEET_ROWS) {
    return {
      ok: false,
      messages: [
        `Filen har ${formatNumber(dataRows.length)} rader med månader under rubrikraden; högst ${formatNumber(MAX_SHEET_ROWS)} månader kan läsas in åt gången.`,
      ],
    };
  }
  const known = new Set(columnOf.values());

  const where = (line: number, def: number) => `Rad ${line}, kolumn ${columnLetter(columnOf.get(def)!)} (${STATISTICS_COLUMNS[def]!.heading})`;
  const months: MonthlyStatistics[] = [];
  const lines: number[] = [];
  for (const { cells, line } of dataRows) {
    const extra = cells.findIndex((c, col) => !isEmpty(c) && !known.has(col));
    if (extra >= 0) messages.push(`Rad ${line}, kolumn ${columnLetter(extra)}: cellen har ett värde men kolumnen saknar rubrik.`);
    const month: Record<string, unknown> & { dischargesByStay: number[] | null } = { dischargesByStay: bandsGiven > 0 ? [] : null };
    let bandsEmpty = 0;
    STATISTICS_COLUMNS.forEach((c, def) => {
      const col = columnOf.get(def);
      if (col === undefined) {
        if (c.kind.type === 'count') month[c.kind.key] = null;
        return;
      }
      const cell = cells[col] ?? null;
      if (c.kind.type === 'month') {
        const r = readMonthColumnCell(cell);
        if (r.ok) month.month = r.value;
        else messages.push(`${where(line, def)}: ${sentence(r.message)}`);
      } else if (c.kind.type === 'count') {
        const r = readCountCell(cell, c.kind.optional);
        if (r.ok) month[c.kind.key] = r.value;
        else messages.push(`${where(line, def)}: ${sentence(r.message)}`);
      } else {
        if (isEmpty(cell)) bandsEmpty++;
        const r = readCountCell(cell, true);
        if (r.ok) month.dischargesByStay!.push(r.value ?? 0);
        else messages.push(`${where(line, def)}: ${sentence(r.message)}`);
      }
    });
    // A month without any stay counted in its six cells has not counted stays.
    if (bandsGiven > 0 && bandsEmpty === STAY_BAND_COUNT) month.dischargesByStay = null;
    months.push(month as unknown as MonthlyStatistics);
    lines.push(line);
    // No stop at MAX_MESSAGES: every row is read (at most MAX_SHEET_ROWS), so that cap() knows whether
    // there are more errors than it shows, also when the first rows give exactly MAX_MESSAGES.
  }
  if (messages.length > 0) return { ok: false, messages: cap(messages) };

  // The rules between a month's cells and between months (stays that do not add up, a month twice).
  const checked = monthlyStatisticsListSchema.safeParse(months, { reportInput: true });
  if (!checked.success) {
    return {
      ok: false,
      messages: cap(
        checked.error.issues.map((issue) => {
          const [index, field] = issue.path;
          const line = typeof index === 'number' ? lines[index] : undefined;
          const text = issue.code === 'custom' ? issue.message : describeIssue(issue);
          if (line === undefined) return sentence(`${formatPath(issue.path)}: ${text}`);
          const columns = typeof field === 'string' ? columnsOfField(field, columnOf) : null;
          // "finns redan på rad 3" counts the months; the sheet's row is what the user sees.
          const said = text.replace(/på rad (\d+)/, (_, n: string) => `på rad ${lines[Number(n) - 1] ?? n}`);
          return sentence(`Rad ${line}${columns ? `, ${columns}` : ''}: ${said}`);
        }),
      ),
    };
  }
  const absent: OptionalStatisticsField[] = [];
  STATISTICS_COLUMNS.forEach((c, def) => {
    if (c.kind.type === 'count' && c.kind.optional && !columnOf.has(def)) absent.push(c.kind.key as OptionalStatisticsField);
  });
  if (bandsGiven === 0) absent.push('dischargesByStay');
  return { ok: true, months: checked.data, absent };
}

/** Where a month's field is in the sheet: "kolumn A (Månad)", "kolumnerna G–L (Avslut efter vistelsetid)". */
function columnsOfField(field: string, columnOf: ReadonlyMap<number, number>): string | null {
  const defs = STATISTICS_COLUMNS.flatMap((c, def) =>
    (c.kind.type === 'month' && field === 'month') ||
    (c.kind.type === 'count' && c.kind.key === field) ||
    (c.kind.type === 'band' && field === 'dischargesByStay')
      ? [def]
      : [],
  );
  const cols = defs.flatMap((def) => (columnOf.has(def) ? [columnOf.get(def)!] : [])).sort((a, b) => a - b);
  if (cols.length === 0) return null;
  if (field === 'dischargesByStay') {
    const adjacent = cols.every((c, i) => i === 0 || c === cols[i - 1]! + 1);
    const letters = adjacent ? `${columnLetter(cols[0]!)}–${columnLetter(cols.at(-1)!)}` : listText(cols.map(columnLetter));
    return `kolumnerna ${letters} (Avslut efter vistelsetid)`;
  }
  return `kolumn ${columnLetter(cols[0]!)} (${STATISTICS_COLUMNS[defs[0]!]!.heading})`;
}

/** The first MAX_MESSAGES messages, and a line that says there are more when there are. */
function cap(messages: string[]): string[] {
  return messages.length > MAX_MESSAGES ? [...messages.slice(0, MAX_MESSAGES), `… och fler fel. Rätta de första och försök igen.`] : messages;
}

/** The sheet of a series for export (header and one row per month, oldest first): a template to fill in. */
export function statisticsSheetRows(months: readonly MonthlyStatistics[]): SheetCell[][] {
  return [
    STATISTICS_COLUMNS.map((c) => c.heading),
    ...months.map((m) => [
      m.month,
      m.referrals,
      m.newEnrolments,
      m.discharges,
      m.enrolledAtMonthEnd,
      m.queueAtMonthEnd,
      ...(m.dischargesByStay ?? Array.from({ length: STAY_BAND_COUNT }, () => null)),
    ]),
  ];
}

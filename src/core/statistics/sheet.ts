// Monthly statistics as a sheet (Excel or CSV): one row per month under a header row with Swedish
// column names. Reading turns the cells into months or into Swedish messages that name the row and
// the column; nothing is half-read. Pure: the caller decodes the file into cells (src/api/import).
import { formatNumber, MONTH_NAMES, parseSwedishNumber } from '../format/index.ts';
import { formatPath } from '../validation/swedishIssues.ts';
import { describeIssue } from '../validation/swedishIssues.ts';
import { MAX_MONTHLY_COUNT, monthlyStatisticsListSchema, STAY_BAND_COUNT, STAY_BAND_LABELS, type MonthlyStatistics } from './monthly.ts';

/** A cell as a decoder gives it: text, a number, a date, a truth value or nothing. */
export type SheetCell = string | number | boolean | Date | null;

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
  return String(cell);
}

const two = (n: number) => String(n).padStart(2, '0');
const SHORT_MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** A month from a cell: "2020-03", "2020-03-01", "mars 2020", "mar 2020", a date or an Excel date number. */
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
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text);
  if (iso) {
    const m = Number(iso[2]);
    return m >= 1 && m <= 12 ? `${iso[1]}-${two(m)}` : null;
  }
  const named = /^([a-zåäö]+)\.?\s+(\d{4})$/.exec(text);
  if (named) {
    const name = named[1]!;
    const index = MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]);
    const short = SHORT_MONTHS.indexOf(name);
    const m = index >= 0 ? index : short;
    return m >= 0 ? `${named[2]}-${two(m + 1)}` : null;
  }
  return null;
}

type CountRead = { ok: true; value: number | null } | { ok: false; message: string };

function readCountCell(cell: SheetCell, optional: boolean): CountRead {
  if (isEmpty(cell)) return optional ? { ok: true, value: null } : { ok: false, message: 'saknar ett värde (skriv 0 om det inte fanns några)' };
  let value: number;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    const parsed = parseSwedishNumber(cell);
    if (!parsed.ok) return { ok: false, message: `ska vara ett antal, men är ”${cell.trim()}”` };
    value = parsed.value;
  } else if (typeof cell === 'boolean') return { ok: false, message: `ska vara ett antal, men är ${cell ? 'SANT' : 'FALSKT'}` };
  else return { ok: false, message: `ska vara ett antal, men är ${cellText(cell)}` };
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) return { ok: false, message: 'ska vara ett antal, men är ett orimligt stort tal' };
  if (!Number.isInteger(value) || value < 0)
    return { ok: false, message: `ska vara ett heltal, 0 eller mer, men är ${formatNumber(value, { maxDecimals: 6 })}` };
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

/** At most this many messages, so that a wholly wrong file gives a readable answer. */
const MAX_MESSAGES = 20;

/**
 * Reads the months of a sheet. The first non-empty row is the header; every column with content
 * must be a known column; "Månad", "Nya inskrivningar", "Avslut" and "Inskrivna vid månadens slut"
 * are required. The six stay-band columns go together: all of them or none.
 */
export function readStatisticsSheet(rows: readonly (readonly SheetCell[])[]): SheetReadResult {
  const headerIndex = rows.findIndex((r) => r.some((c) => !isEmpty(c)));
  if (headerIndex < 0) return { ok: false, messages: ['Filen innehåller inga rader.'] };
  const header = rows[headerIndex]!;
  const messages: string[] = [];
  const columnOf = new Map<number, number>(); // column definition → sheet column
  header.forEach((cell, col) => {
    if (isEmpty(cell)) return;
    const known = ALIASES.get(normalize(cellText(cell)));
    if (known === undefined) {
      messages.push(`Kolumnen ”${cellText(cell).trim()}” (${columnLetter(col)}) känns inte igen.`);
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
    return { ok: false, messages: [...cap(messages), `Kolumnerna heter: ${STATISTICS_COLUMNS.map((c) => c.heading).join(', ')}.`] };
  }

  const dataRows = rows
    .slice(headerIndex + 1)
    .map((cells, i) => ({ cells, line: headerIndex + 2 + i }))
    .filter((r) => r.cells.some((c) => !isEmpty(c)));
  if (dataRows.length === 0) return { ok: false, messages: ['Filen har rubriker men inga månader.'] };
  if (dataRows.length > MAX_SHEET_ROWS)
    return { ok: false, messages: [`Filen har ${formatNumber(dataRows.length)} rader; högst ${formatNumber(MAX_SHEET_ROWS)} månader kan läsas in åt gången.`] };
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
        const m = readMonthCell(cell);
        if (m === null) messages.push(`${where(line, def)}: ska vara en månad som 2020-03 eller mars 2020, men är ”${isEmpty(cell) ? '' : cellText(cell!)}”.`);
        else month.month = m;
      } else if (c.kind.type === 'count') {
        const r = readCountCell(cell, c.kind.optional);
        if (r.ok) month[c.kind.key] = r.value;
        else messages.push(`${where(line, def)}: ${r.message}.`);
      } else {
        if (isEmpty(cell)) bandsEmpty++;
        const r = readCountCell(cell, true);
        if (r.ok) month.dischargesByStay!.push(r.value ?? 0);
        else messages.push(`${where(line, def)}: ${r.message}.`);
      }
    });
    // A month without any stay counted in its six cells has not counted stays.
    if (bandsGiven > 0 && bandsEmpty === STAY_BAND_COUNT) month.dischargesByStay = null;
    months.push(month as unknown as MonthlyStatistics);
    lines.push(line);
    if (messages.length >= MAX_MESSAGES) break;
  }
  if (messages.length > 0) return { ok: false, messages: cap(messages) };

  const checked = monthlyStatisticsListSchema.safeParse(months, { reportInput: true });
  if (!checked.success) {
    return {
      ok: false,
      messages: cap(
        checked.error.issues.map((issue) => {
          const [index, field] = issue.path;
          const line = typeof index === 'number' ? lines[index] : undefined;
          const text = issue.code === 'custom' ? issue.message : describeIssue(issue);
          if (line === undefined) return `${formatPath(issue.path)}: ${text}.`;
          const heading =
            field === 'month'
              ? 'Månad'
              : field === 'dischargesByStay'
                ? 'Avslut efter vistelsetid'
                : STATISTICS_COLUMNS.find((c) => c.kind.type === 'count' && c.kind.key === field)?.heading;
          return `Rad ${line}${heading ? ` (${heading})` : ''}: ${text.replace(/på rad (\d+)/, (_, n: string) => `på rad ${lines[Number(n) - 1] ?? n}`)}.`;
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

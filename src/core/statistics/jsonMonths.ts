// Monthly statistics as a JSON file: a list of months, or an object with the list in "months" (what
// `lotsplan statistics --json` writes), each month with the fields of MonthlyStatistics. Reading
// turns the value into months or into Swedish messages that name the month and the field; nothing
// is half-read. The optional fields (referrals, queueAtMonthEnd, dischargesByStay) may be left out:
// a field that no month has is absent from the file, as a sheet without that column, and an import
// keeps the stored months' values of it (importMerge.ts); a field that some months have and others
// not is null in the others, as an empty cell: those months did not count it. Pure: the caller
// decodes the file's bytes into text (src/api/import).
import * as z from 'zod';
import { countInText, formatNumber } from '../format/index.ts';
import { parseJsonText } from '../files/jsonSyntax.ts';
import { describeIssue } from '../validation/swedishIssues.ts';
import { MAX_SHEET_ROWS, STATISTICS_COLUMNS, type OptionalStatisticsField, type SheetReadResult } from './sheet.ts';
import { monthlyStatisticsListSchema, STAY_BAND_COUNT, STAY_BAND_LABELS, statisticsMonthSchema } from './monthly.ts';

/** The fields of a month in the file, in the order messages and the list of names give them. */
const FIELDS = ['month', 'referrals', 'newEnrolments', 'discharges', 'enrolledAtMonthEnd', 'queueAtMonthEnd', 'dischargesByStay'] as const;
type Field = (typeof FIELDS)[number];

const OPTIONAL_FIELDS: readonly OptionalStatisticsField[] = ['referrals', 'queueAtMonthEnd', 'dischargesByStay'];

/** The Swedish name of a field: the heading of its column in the sheet. */
const FIELD_HEADINGS: Record<Field, string> = {
  month: 'Månad',
  referrals: headingOf('referrals'),
  newEnrolments: headingOf('newEnrolments'),
  discharges: headingOf('discharges'),
  enrolledAtMonthEnd: headingOf('enrolledAtMonthEnd'),
  queueAtMonthEnd: headingOf('queueAtMonthEnd'),
  dischargesByStay: 'Avslut efter vistelsetid',
};

function headingOf(key: string): string {
  return STATISTICS_COLUMNS.find((c) => c.kind.type === 'count' && c.kind.key === key)!.heading;
}

/** At most this many messages, as for a sheet, so that a wholly wrong file gives a readable answer. */
const MAX_MESSAGES = 20;

const NOT_A_LIST = 'Filen ska innehålla en lista med månader, eller ett objekt med listan i fältet ”months”.';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const refuse = (messages: string[]): SheetReadResult => ({ ok: false, messages });

/** Reads the text of a JSON file of months (a byte-order mark is allowed). */
export function readStatisticsJsonText(text: string): SheetReadResult {
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return refuse(['Filen är tom.']);
  // A field given twice is refused: JSON.parse would keep the last value without a word.
  const read = parseJsonText(trimmed, duplicateFieldName);
  if (!read.ok) return refuse([read.message]);
  return readStatisticsJson(read.value);
}

/** The heading of a month's field given twice ("Anmälningar" for [0].referrals or months[0].referrals). */
function duplicateFieldName(path: (string | number)[]): string | null {
  const [index, field] = path[0] === 'months' ? path.slice(1) : path;
  if (typeof index !== 'number' || typeof field !== 'string' || path.length > (path[0] === 'months' ? 3 : 2)) return null;
  if (!(FIELDS as readonly string[]).includes(field)) return null;
  return `Månad ${index + 1}, ${FIELD_HEADINGS[field as Field]}`;
}

/** Reads the months of a parsed JSON file. */
export function readStatisticsJson(value: unknown): SheetReadResult {
  const list = Array.isArray(value) ? value : isObject(value) && Object.hasOwn(value, 'months') ? value.months : undefined;
  if (list === undefined) return refuse([NOT_A_LIST]);
  if (!Array.isArray(list)) {
    const issue = z.array(z.unknown()).safeParse(list, { reportInput: true }).error!.issues[0]!;
    return refuse([`Fältet ”months” ${describeIssue(issue).replace(/^ska vara en lista/, 'ska vara en lista med månader')}.`]);
  }
  if (list.length === 0) return refuse(['Filen innehåller inga månader.']);
  if (list.length > MAX_SHEET_ROWS) {
    return refuse([`Filen har ${formatNumber(list.length)} månader; högst ${formatNumber(MAX_SHEET_ROWS)} kan läsas in åt gången.`]);
  }
  const absent = OPTIONAL_FIELDS.filter((f) => !list.some((m) => isObject(m) && Object.hasOwn(m, f)));
  // A field that is left out was not counted that month; the schema then sees null, as for an empty cell.
  const filled = list.map((m) => (isObject(m) ? { referrals: null, queueAtMonthEnd: null, dischargesByStay: null, ...m } : m));
  const checked = monthlyStatisticsListSchema.safeParse(filled, { reportInput: true });
  if (checked.success) return { ok: true, months: checked.data, absent };

  const messages = checked.error.issues.map((issue) => issueMessage(issue, list));
  const capped = messages.length > MAX_MESSAGES ? [...messages.slice(0, MAX_MESSAGES), '… och fler fel. Rätta de första och försök igen.'] : messages;
  // Capped before the list of names, so that a file of wrongly named fields still ends with them.
  const unknownFields = checked.error.issues.some((i) => i.code === 'unrecognized_keys');
  return refuse(unknownFields ? [...capped, `Fälten heter: ${FIELDS.join(', ')}.`] : capped);
}

/** "Månad 2 (2021-04), fältet ”discharges” (Avslut): ska vara minst 0." */
function issueMessage(issue: z.core.$ZodIssue, list: readonly unknown[]): string {
  const [index, field, band] = issue.path;
  if (typeof index !== 'number') return `${describeIssue(issue)}.`;
  const entry = list[index];
  const month = isObject(entry) && statisticsMonthSchema.safeParse(entry.month).success ? ` (${String(entry.month)})` : '';
  const where = `Månad ${index + 1}${month}`;
  if (typeof field !== 'string' || !(FIELDS as readonly string[]).includes(field)) return `${where}: ${describeIssue(issue)}.`;
  const name = field as Field;
  const heading = name === 'dischargesByStay' && typeof band === 'number' ? `Avslut ${STAY_BAND_LABELS[band]}` : FIELD_HEADINGS[name];
  return `${where}, fältet ”${name}” (${heading}): ${issueText(issue, name, band, isObject(entry) ? entry : {})}.`;
}

function issueText(issue: z.core.$ZodIssue, field: Field, band: PropertyKey | undefined, entry: Obj): string {
  if (issue.code === 'custom') return issue.message.replace(/på rad (\d+)/, 'som månad $1');
  const given = entry[field];
  if (issue.code === 'invalid_type' && given === undefined) return field === 'month' ? 'saknas' : 'saknas (skriv 0 om det inte fanns några)';
  if (field === 'month' && issue.code === 'invalid_format' && typeof given === 'string') {
    const shown = given.length > 40 ? `${given.slice(0, 40)}…` : given;
    return `${describeIssue(issue)}, men är ”${shown}”`;
  }
  if (field === 'dischargesByStay' && band === undefined && Array.isArray(given) && given.length !== STAY_BAND_COUNT) {
    return `ska vara en lista med ${countInText(STAY_BAND_COUNT)} antal (${STAY_BAND_LABELS.join(', ')}), men har ${countInText(given.length)}`;
  }
  // A count given as text or as true: "ska vara ett antal, men är texten ”tre”", as a sheet says it.
  if (issue.code === 'invalid_type' && issue.expected === 'number') return describeIssue(issue).replace(/^ska vara ett tal,/, 'ska vara ett antal,');
  return describeIssue(issue);
}

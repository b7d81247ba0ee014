// Dates in Swedish notation: "22 januari 2020" in running text, "2020-01-22" in tables.
// Pure: a Date is read in the local calendar; no date library.

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads a Date (local calendar) or checks a CalendarDate; throws a RangeError when invalid. */
export function toCalendarDate(date: Date | CalendarDate): CalendarDate {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  }
  const { year, month, day } = date;
  const valid =
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!valid) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return { year, month, day };
}

/** The Swedish name of a month 1–12: monthName(1) → "januari". */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`Month must be 1–12, got ${month}`);
  return name;
}

/** "22 januari 2020" */
export function formatDateText(date: Date | CalendarDate): string {
  const { year, month, day } = toCalendarDate(date);
  return `${day} ${monthName(month)} ${year}`;
}

/** "2020-01-22" (ISO 8601, as Swedish tables write dates). */
export function formatDateTable(date: Date | CalendarDate): string {
  const { year, month, day } = toCalendarDate(date);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Times of day, one way everywhere: "kl. 18.37" (as Språkrådet writes the time in running text,
// with a full stop between hours and minutes), and "2026-12-01 kl. 18.37" beside a date in a table.
// Read in the local time zone, like the dates of dates.ts.
import { formatDateTable } from './dates.ts';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(date: Date): Date {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  return date;
}

/** "18.37": hours and minutes, without "kl.". */
export function formatClock(date: Date, options: { seconds?: boolean } = {}): string {
  const d = valid(date);
  const base = `${two(d.getHours())}.${two(d.getMinutes())}`;
  return options.seconds ? `${base}.${two(d.getSeconds())}` : base;
}

/** "kl. 18.37" */
export function formatTimeText(date: Date): string {
  return `kl. ${formatClock(date)}`;
}

/** "2026-12-01 kl. 18.37" */
export function formatDateTimeTable(date: Date, options: { seconds?: boolean } = {}): string {
  return `${formatDateTable(valid(date))} kl. ${formatClock(date, options)}`;
}

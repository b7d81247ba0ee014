// How the memo screens show a stored time (ISO 8601, UTC) in the local calendar.
import { formatDateTable } from '../../core/format/index.ts';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "21:04" */
export function clockTime(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2026-12-01 21:04", or "i dag 21:04" for today. */
export function savedTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = formatDateTable(date);
  return day === formatDateTable(now) ? `i dag ${clockTime(date)}` : `${day} ${clockTime(date)}`;
}

// How the memo screens show a stored time (ISO 8601, UTC) in the local calendar, with the one
// time format of core/format ("kl. 21.04").
import { formatClock, formatDateTable } from '../../core/format/index.ts';

/** "21.04" (the caller writes "kl." before it). */
export function clockTime(iso: string | Date): string {
  return formatClock(typeof iso === 'string' ? new Date(iso) : iso);
}

/** "2026-12-01 kl. 21.04", or "i dag kl. 21.04" for today. */
export function savedTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = formatDateTable(date);
  return day === formatDateTable(now) ? `i dag kl. ${clockTime(date)}` : `${day} kl. ${clockTime(date)}`;
}

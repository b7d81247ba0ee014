// File sizes in Swedish, one formatter for each use: a measured size ("1,2 MB", as file managers
// show it) and a size limit as messages name it.
import { formatNumber } from './number.ts';

const MEBIBYTE = 1024 * 1024;

/** A measured size: "812 byte", "48 kB", "1,2 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} byte`;
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 1000))} kB`;
  return `${formatNumber(bytes / 1_000_000, { maxDecimals: 1 })} MB`;
}

/**
 * A size limit as messages write it: "8 MiB" for a whole number of mebibytes (1 048 576 byte), else
 * decimal megabytes as file managers show them, "5 MB", "0,5 MB". One formatter, so a message can
 * never name another limit than the one in force.
 */
export function sizeLimitText(bytes: number): string {
  if (bytes >= MEBIBYTE && bytes % MEBIBYTE === 0) return `${formatNumber(bytes / MEBIBYTE)} MiB`;
  if (bytes >= 1_000_000) return `${formatNumber(bytes / 1_000_000, { maxDecimals: 1 })} MB`;
  return `${formatNumber(bytes / 1000, { maxDecimals: 1 })} kB`;
}

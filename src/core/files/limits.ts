// Largest files Lotsplan reads: an exchange file (JSON) or a spreadsheet of monthly statistics.
// Far above what a unit's files weigh, low enough to refuse a wrong file before it is read whole.
import { formatNumber } from '../format/index.ts';

export const MAX_IMPORT_FILE_BYTES = 5_000_000;

/**
 * A size limit as messages write it: "8 MiB" for a whole number of mebibytes (1 048 576 byte), else
 * decimal megabytes as file managers show them, "5 MB", "0,5 MB". One formatter, so a message can
 * never name another limit than the one in force.
 */
export function sizeLimitText(bytes: number): string {
  const mebibyte = 1024 * 1024;
  if (bytes >= mebibyte && bytes % mebibyte === 0) return `${formatNumber(bytes / mebibyte)} MiB`;
  if (bytes >= 1_000_000) return `${formatNumber(bytes / 1_000_000, { maxDecimals: 1 })} MB`;
  return `${formatNumber(bytes / 1000, { maxDecimals: 1 })} kB`;
}

/** "5 MB", for messages. */
export const MAX_IMPORT_FILE_TEXT = sizeLimitText(MAX_IMPORT_FILE_BYTES);

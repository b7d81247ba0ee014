// Largest files Lotsplan reads: an exchange file (JSON) or a spreadsheet of monthly statistics.
// Far above what a unit's files weigh, low enough to refuse a wrong file before it is read whole.
import { sizeLimitText } from '../format/bytes.ts';

export { sizeLimitText } from '../format/bytes.ts';

export const MAX_IMPORT_FILE_BYTES = 5_000_000;

/** "5 MB", for messages. */
export const MAX_IMPORT_FILE_TEXT = sizeLimitText(MAX_IMPORT_FILE_BYTES);

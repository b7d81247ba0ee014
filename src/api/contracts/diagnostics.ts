// The local log file, for a problem report (handlers/diagnostics.ts). The log holds start-up,
// database and error events without personal data (see src/core/log/logLine.ts).
import * as z from 'zod';
import { defineCall } from './defineCall.ts';

export const diagnosticsContracts = {
  /** The log's newest lines (all rotated files, oldest first), or null where the host keeps no log. */
  readLogFile: defineCall({
    summary: 'Läser Lotsplans loggfil (händelser och fel, utan personuppgifter) för en felrapport.',
    input: z.strictObject({}),
    output: z.strictObject({ path: z.string(), text: z.string(), truncated: z.boolean() }).nullable(),
  }),
} as const;

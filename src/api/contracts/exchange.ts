// Reading and writing the exchange file (handlers/exchange.ts).
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { unitYearKeySchema } from './common.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../core/files/limits.ts';

export const exchangeContracts = {
  importExchange: defineCall({
    summary: 'Läser in en utväxlingsfil (JSON). Allt eller inget.',
    input: z.strictObject({
      text: z.string().max(MAX_IMPORT_FILE_BYTES),
      fileName: z.string().max(500).optional(),
      // A district that is not in the database but near one that is is refused as a misspelling unless this is true.
      newDistrict: z.boolean().optional(),
    }),
    output: z.strictObject({ district: z.string(), unit: z.string(), year: z.int(), replaced: z.boolean() }),
  }),
  previewImportExchange: defineCall({
    summary: 'Visar vad en import av utväxlingsfilen skulle ändra, utan att ändra något.',
    input: z.strictObject({
      text: z.string().max(MAX_IMPORT_FILE_BYTES),
      fileName: z.string().max(500).optional(),
      // A district that is not in the database but near one that is is refused as a misspelling unless this is true.
      newDistrict: z.boolean().optional(),
    }),
    output: z.strictObject({
      district: z.string(),
      unit: z.string(),
      year: z.int(),
      exists: z.boolean(),
      identical: z.boolean(),
      staff: z.strictObject({ added: z.int(), removed: z.int(), changed: z.int() }),
      staffDetails: z.array(z.string()),
      changes: z.array(z.strictObject({ label: z.string(), before: z.string(), after: z.string() })),
      summary: z.string(),
    }),
  }),
  exportExchange: defineCall({
    summary: 'Skriver en enhets plan för ett år som utväxlingsfil (JSON).',
    input: unitYearKeySchema,
    output: z.strictObject({ fileName: z.string(), text: z.string() }),
  }),
} as const;

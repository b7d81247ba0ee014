// The first run's call: a new, empty unit-year (handlers/unitYears.ts).
import * as z from 'zod';
import { newUnitYearSchema } from '../../core/plan/newUnitYear.ts';
import { defineCall } from './defineCall.ts';

export const unitYearContracts = {
  createUnitYear: defineCall({
    summary: 'Skapar en tom plan för en enhet och ett år (stadsdel, enhet, år, PO-pålägg och deltagare per lots). Vägras om planen redan finns.',
    input: newUnitYearSchema,
    output: z.strictObject({ district: z.string(), unit: z.string(), year: z.int() }),
  }),
} as const;

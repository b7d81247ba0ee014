// The demo data (handlers/demo.ts).
import * as z from 'zod';
import { defineCall } from './defineCall.ts';

export const demoContracts = {
  loadDemo: defineCall({
    summary: 'Läser in demodata (Rinkeby-Kista 2020 och stadsdelarnas siffror för 2016).',
    input: z.strictObject({ force: z.boolean().default(false) }),
    output: z.strictObject({ unitYears: z.int(), district: z.string(), unit: z.string(), year: z.int() }),
  }),
} as const;

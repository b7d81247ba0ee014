// The catalogue of what the database holds (handlers/catalog.ts).
import * as z from 'zod';
import { defineCall } from './defineCall.ts';

export const catalogSchema = z.strictObject({
  districts: z.array(
    z.strictObject({
      name: z.string(),
      units: z.array(z.strictObject({ name: z.string(), years: z.array(z.int()) })),
    }),
  ),
});

export const catalogContracts = {
  listCatalog: defineCall({
    summary: 'Stadsdelar, enheter och år som finns i databasen.',
    input: z.strictObject({}),
    output: catalogSchema,
  }),
} as const;

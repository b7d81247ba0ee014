// The database file's status (handlers/databaseStatus.ts).
import * as z from 'zod';
import { defineCall } from './defineCall.ts';

export const databaseStatusSchema = z.strictObject({
  path: z.string(),
  schemaVersion: z.int(),
  healthy: z.boolean(),
  messages: z.array(z.string()),
  unitYears: z.int(),
});

export const databaseStatusContracts = {
  getDatabaseStatus: defineCall({
    summary: 'Databasfilens sökväg, version och hälsa.',
    input: z.strictObject({}),
    output: databaseStatusSchema,
  }),
} as const;

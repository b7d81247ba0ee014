// A unit-year's key figures and its whole plan (handlers/figures.ts).
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { unitYearPlanSchema } from '../../core/exchange/unitExchangeFile.ts';
import { keyFiguresSchema, unitYearKeySchema, unitYearSelectorSchema } from './common.ts';

export const figureContracts = {
  getFigures: defineCall({
    summary: 'Nyckeltal för en enhet och ett år.',
    input: unitYearSelectorSchema,
    output: z.strictObject({
      figures: keyFiguresSchema,
      /** Swedish explanation of how each figure was computed, keyed by field name. */
      explanations: z.record(z.string(), z.string()),
    }),
  }),
  getUnitYear: defineCall({
    summary: 'Hela planen för en enhet och ett år.',
    input: unitYearKeySchema,
    output: z.strictObject({ plan: unitYearPlanSchema, exampleValues: z.boolean() }),
  }),
} as const;

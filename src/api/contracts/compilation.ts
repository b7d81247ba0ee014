// The city-wide compilation of one year (stadsövergripande sammanställning).
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { year } from './common.ts';
import { DEFAULT_MASK_BELOW } from '../../core/compilation/cityCompilation.ts';

const count = z.number().nullable();
const gender = z.strictObject({ men: count, women: count, otherGender: count, genderUnknown: count });
const money = z.number();

const row = z.strictObject({
  district: z.string(),
  unit: z.string(),
  lotsarFte: z.number(),
  capacity: z.int(),
  enrolled: z.int(),
  gender,
  touched: z.int(),
  queue: z.int(),
  funding: money,
  fundingByPeriod: z.record(z.string(), money),
  totalCost: money,
  costPerParticipant: z.number().nullable(),
  utilization: z.number().nullable(),
});

/** Counts below this (2–20) are hidden; null shows every count. */
/** The masking threshold's bounds (the CLI's --mask-below names the same). */
export const MASK_BELOW_RANGE = { min: 2, max: 20 } as const;

const maskBelow = z.int().min(MASK_BELOW_RANGE.min).max(MASK_BELOW_RANGE.max).nullable().default(DEFAULT_MASK_BELOW);

export const compilationContracts = {
  getCityCompilation: defineCall({
    summary: 'Alla enheters planer för ett år i en tabell med summor; små antal per kön kan döljas.',
    input: z.strictObject({ year: year.optional(), maskBelow }),
    output: z.strictObject({
      /** Years that have at least one plan, newest first. */
      years: z.array(z.int()),
      compilation: z
        .strictObject({
          year: z.int(),
          maskBelow: z.int().nullable(),
          rows: z.array(row),
          totals: row.omit({ district: true, unit: true, utilization: true }).extend({ units: z.int(), districts: z.int() }),
          periods: z.array(z.string()),
          masked: z.boolean(),
          summary: z.string(),
        })
        .nullable(),
    }),
  }),
  exportCityCompilation: defineCall({
    summary: 'Sammanställningen för ett år som Excel-fil, med samma döljande av små antal.',
    input: z.strictObject({ year, maskBelow }),
    output: z.strictObject({ fileName: z.string(), base64: z.string(), rows: z.int() }),
  }),
} as const;

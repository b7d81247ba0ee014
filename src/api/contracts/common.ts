// Schemas shared by several contract files.
import * as z from 'zod';
import { nameSchema } from '../../core/validation/names.ts';

/** A district's, unit's or row's name: normalised, refused when it hides characters (core/validation/names.ts). */
export const name = nameSchema();
export const year = z.int().min(2000).max(2100);
const nullableNumber = z.number().nullable();

export const unitYearKeySchema = z.strictObject({ district: name, unit: name, year });

/** Which unit-year to show; unit and year may be left out when they are unambiguous. */
export const unitYearSelectorSchema = z.strictObject({
  district: name,
  unit: name.optional(),
  year: year.optional(),
});

export const keyFiguresSchema = z.strictObject({
  district: z.string(),
  unit: z.string(),
  year: z.int(),
  lotsarFte: z.number(),
  caseloadPerLots: z.number(),
  capacity: z.int(),
  enrolled: z.int(),
  men: z.int(),
  women: z.int(),
  otherGender: z.int(),
  queue: z.int(),
  touched: z.int(),
  participantsPerLots: nullableNumber,
  staffCost: z.number(),
  lotsStaffCost: z.number(),
  otherCost: z.number(),
  totalCost: z.number(),
  funding: z.number(),
  balance: z.number(),
  costPerParticipant: nullableNumber,
  costPerLots: nullableNumber,
  offeredLoad: nullableNumber,
  utilization: nullableNumber,
});

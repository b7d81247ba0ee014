// Calls of the staffing plan (Bemanning och budget): the plan with its month profile, row edits,
// year settings, other costs and funding, the marginal cost of one more lots, and undo/redo.
// Every edit is saved at once, in one transaction, and can be undone.
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { keyFiguresSchema, name, year } from './common.ts';
import {
  amountSchema,
  fteSchema,
  labelSchema,
  monthSchema as monthFieldSchema,
  newPositionSchema,
  positionChangesSchema,
  rowIdSchema,
} from '../../core/plan/fields.ts';
import { yearSettingsSchema } from '../../core/staffing/settings.ts';
import { STAFF_ROLES } from '../../core/plan/model.ts';

const month = monthFieldSchema;
const amount = amountSchema;
const fte = fteSchema;
const rowId = rowIdSchema;
const label = labelSchema;

/** The unit-year an edit applies to; the unit may be left out when the district has only one. */
export const unitYearTarget = { district: name, unit: name.optional(), year };

/** A new position and changes to one: defined once in core (core/plan/fields.ts). */
export const newPositionInputSchema = newPositionSchema;
export { positionChangesSchema };

export { yearSettingsSchema };

export const historySchema = z.strictObject({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

export const monthSchema = z.strictObject({
  month,
  monthName: z.string(),
  lotsarFte: z.number(),
  effectiveLotsarFte: z.number(),
  capacity: z.int(),
  staffCost: z.number(),
  lotsStaffCost: z.number(),
  budgetedStaffCost: z.number(),
});

export const positionViewSchema = z.strictObject({
  id: z.int(),
  role: z.enum(STAFF_ROLES),
  roleLabel: z.string(),
  title: z.string(),
  fte: z.number(),
  monthlySalary: z.number(),
  fromMonth: month,
  toMonth: month,
  vacant: z.boolean(),
  fundingSource: z.string().nullable(),
  /** Cost this year incl. PO-pålägg; 0 for a vacant position. */
  annualCost: z.number(),
  /** Cost this year incl. PO-pålägg if the position is filled. */
  budgetedAnnualCost: z.number(),
});

export const staffingViewSchema = z.strictObject({
  district: z.string(),
  unit: z.string(),
  year: z.int(),
  exampleValues: z.boolean(),
  settings: yearSettingsSchema,
  /** Swedish: where the PO-pålägg comes from. */
  poSource: z.string(),
  /** SKR's PO-pålägg for the year, to prefill or compare with; null when unknown. */
  poReference: z.strictObject({ year: z.int(), percent: z.number(), source: z.string() }).nullable(),
  positions: z.array(positionViewSchema),
  otherCosts: z.array(z.strictObject({ id: z.int(), label: z.string(), amount: z.number() })),
  funding: z.array(z.strictObject({ id: z.int(), source: z.string(), amount: z.number(), period: z.string().nullable() })),
  months: z.array(monthSchema).length(12),
  totals: z.strictObject({
    staffCost: z.number(),
    lotsStaffCost: z.number(),
    budgetedStaffCost: z.number(),
    vacantStaffCost: z.number(),
    otherCost: z.number(),
    totalCost: z.number(),
    fundingBeforeSavings: z.number(),
    savingsAmount: z.number(),
    funding: z.number(),
    balance: z.number(),
    decemberLotsarFte: z.number(),
    decemberCapacity: z.int(),
  }),
  figures: keyFiguresSchema,
  explanations: z.record(z.string(), z.string()),
  /** Questions about values that were saved but look mistyped (a salary ten times the others'): not refusals. */
  notices: z.array(z.strictObject({ positionId: z.int(), field: z.enum(['monthlySalary']), text: z.string() })),
  history: historySchema,
});

const editOutput = z.strictObject({
  /** Swedish description of the saved edit; null when the edit changed nothing. */
  label: z.string().nullable(),
  staffing: staffingViewSchema,
});

export const marginalLotsSchema = z.strictObject({
  fromMonth: month,
  monthlySalary: z.number(),
  salarySource: z.enum(['median', 'input']),
  fte: z.number(),
  poPercent: z.number(),
  restOfYearMonths: z.int(),
  restOfYearCost: z.number(),
  fullYearCost: z.number(),
  salaryRevisionPercent: z.number(),
  nextYearFullYearCost: z.number(),
  leadTimeMonths: z.int(),
  capacityFrom: z.strictObject({ year: z.int(), month }),
  addedSlots: z.int(),
  sentence: z.string(),
  explanation: z.string(),
});

export const staffingContracts = {
  getStaffingPlan: defineCall({
    summary: 'Bemanningsplanen för en enhet och ett år: tjänster, årsinställningar, månadsprofil, summor och nyckeltal.',
    input: z.strictObject(unitYearTarget),
    output: staffingViewSchema,
  }),
  addPosition: defineCall({
    summary: 'Lägger till en tjänst (sist, eller på raden index).',
    input: z.strictObject({ ...unitYearTarget, position: newPositionInputSchema, index: z.int().min(0).max(10_000).optional() }),
    output: editOutput,
  }),
  duplicatePosition: defineCall({
    summary: 'Kopierar en tjänst till raden under.',
    input: z.strictObject({ ...unitYearTarget, positionId: rowId }),
    output: editOutput,
  }),
  removePosition: defineCall({
    summary: 'Tar bort en tjänst.',
    input: z.strictObject({ ...unitYearTarget, positionId: rowId }),
    output: editOutput,
  }),
  updatePosition: defineCall({
    summary: 'Ändrar fält i en tjänst.',
    input: z.strictObject({ ...unitYearTarget, positionId: rowId, changes: positionChangesSchema }),
    output: editOutput,
  }),
  movePosition: defineCall({
    summary: 'Flyttar en tjänst till en annan rad (0 = först).',
    input: z.strictObject({ ...unitYearTarget, positionId: rowId, toIndex: z.int().min(0).max(10_000) }),
    output: editOutput,
  }),
  updateYearSettings: defineCall({
    summary: 'Ändrar årsinställningar: PO-pålägg, deltagare per lots, löneökning, rekryteringstid och besparingskrav.',
    input: z.strictObject({ ...unitYearTarget, changes: yearSettingsSchema.partial() }),
    output: editOutput,
  }),
  updateOtherCosts: defineCall({
    summary: 'Ersätter listan över övriga kostnader (rader med id behåller sitt id).',
    input: z.strictObject({
      ...unitYearTarget,
      otherCosts: z.array(z.strictObject({ id: rowId.optional(), label, amount })).max(500),
    }),
    output: editOutput,
  }),
  updateFunding: defineCall({
    summary: 'Ersätter listan över finansieringsrader (rader med id behåller sitt id).',
    input: z.strictObject({
      ...unitYearTarget,
      funding: z
        .array(
          z.strictObject({
            id: rowId.optional(),
            source: label,
            amount,
            period: z.string().trim().min(1).max(20).nullable().default(null),
          }),
        )
        .max(500),
    }),
    output: editOutput,
  }),
  getMarginalLots: defineCall({
    summary: 'Vad en lots till kostar resten av året och ett helt år, inklusive PO-pålägg, och hur många platser den ger.',
    input: z.strictObject({
      ...unitYearTarget,
      fromMonth: month.default(1),
      monthlySalary: amount.optional(),
      fte: fte.default(1),
    }),
    output: marginalLotsSchema,
  }),
  undo: defineCall({
    summary: 'Ångrar den senaste ändringen av enhetsårets bemanning, budget eller scenarier.',
    input: z.strictObject(unitYearTarget),
    output: z.strictObject({ done: z.boolean(), label: z.string().nullable(), message: z.string(), staffing: staffingViewSchema }),
  }),
  redo: defineCall({
    summary: 'Gör om den senast ångrade ändringen.',
    input: z.strictObject(unitYearTarget),
    output: z.strictObject({ done: z.boolean(), label: z.string().nullable(), message: z.string(), staffing: staffingViewSchema }),
  }),
} as const;

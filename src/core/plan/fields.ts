// The field schemas of a plan's rows, defined once: the staffing contracts, the scenario overrides
// and the exchange file all build their row schemas from these, so a month, an amount, an FTE or
// a label is accepted (and refused, with the same Swedish message) the same way everywhere.
import * as z from 'zod';
import { STAFF_ROLES } from './model.ts';
import { nameSchema } from '../validation/names.ts';

/** Largest amount we accept: far above any unit budget, far below float precision trouble. */
export const MAX_AMOUNT = 1e12;

/** A calendar month, 1–12. */
export const monthSchema = z.int().min(1).max(12);
/** Kronor, from 0 to MAX_AMOUNT. */
export const amountSchema = z.number().min(0).max(MAX_AMOUNT);
/** Share of full time: above 0, at most 1. */
export const fteSchema = z.number().gt(0).max(1);
/** The id of a stored row. */
export const rowIdSchema = z.int().positive();
/** A title or a funding source: may be empty; otherwise the one rule for names (core/validation/names.ts). */
export const titleSchema = nameSchema({ min: 0 });
/** The label of a cost or a funding line: not empty, the one rule for names. */
export const labelSchema = nameSchema();
/** A staff role. */
export const roleSchema = z.enum(STAFF_ROLES);

/**
 * Whether one of `fields` already has an issue: a check across fields then says nothing, so that
 * a wrong field gives one message and not a follow-on one ("första månad: får vara högst 12" and
 * not also "sista månaden (12) ligger före första månaden (13)").
 */
export function fieldAlreadyWrong(ctx: z.core.ParsePayload<unknown>, fields: readonly string[]): boolean {
  // A raw issue may have no path yet (an unknown key at the object itself).
  return ctx.issues.some((issue) => {
    const first = (issue.path as readonly PropertyKey[] | undefined)?.[0];
    return typeof first === 'string' && fields.includes(first);
  });
}

/** Refuses a last month before the first, naming toMonth. For `.check()` on a row schema. */
export function monthOrder(ctx: z.core.ParsePayload<{ fromMonth?: number | undefined; toMonth?: number | undefined }>): void {
  const { fromMonth, toMonth } = ctx.value;
  if (fieldAlreadyWrong(ctx, ['fromMonth', 'toMonth'])) return;
  if (fromMonth !== undefined && toMonth !== undefined && toMonth < fromMonth) {
    ctx.issues.push({
      code: 'custom',
      input: toMonth,
      path: ['toMonth'],
      message: `sista månaden (${toMonth}) ligger före första månaden (${fromMonth})`,
    });
  }
}

/** The fields of a new position: role, salary and FTE required; a whole year, no title, no source by default. */
export const newPositionShape = {
  role: roleSchema,
  title: titleSchema.default(''),
  fte: fteSchema,
  monthlySalary: amountSchema,
  fromMonth: monthSchema.default(1),
  toMonth: monthSchema.default(12),
  fundingSource: titleSchema.nullable().default(null),
};

/** The fields a change to a position may set, none required. */
export const positionChangesShape = {
  role: roleSchema.optional(),
  title: titleSchema.optional(),
  fte: fteSchema.optional(),
  monthlySalary: amountSchema.optional(),
  fromMonth: monthSchema.optional(),
  toMonth: monthSchema.optional(),
  vacant: z.boolean().optional(),
  fundingSource: titleSchema.nullable().optional(),
};

/** A new position in the staffing plan (which may be vacant from the start). */
export const newPositionSchema = z.strictObject({ ...newPositionShape, vacant: z.boolean().default(false) }).check(monthOrder);

/**
 * The contract's bound on a changed FTE: wide, so that an FTE above 1 reaches the edit, which knows
 * the row and refuses it by name (updatePosition in staffing/edits.ts).
 */
export const MAX_CHANGED_FTE_INPUT = 1000;

/** Changes to a position of the staffing plan; an FTE above 1 is refused by the edit, naming the row. */
export const positionChangesSchema = z.strictObject({ ...positionChangesShape, fte: z.number().gt(0).max(MAX_CHANGED_FTE_INPUT).optional() }).check(monthOrder);

// What a scenario may override, validated strictly (unknown fields are refused with their path).
// Stored as JSON in scenarios.overrides_json and validated again when read.
import * as z from 'zod';
import { STAFF_ROLES } from '../plan/model.ts';
import { MAX_AMOUNT } from '../exchange/unitExchangeFile.ts';
import { MAX_LEAD_TIME_MONTHS } from '../staffing/settings.ts';
import { savedForecastSchema } from '../forecast/saved.ts';
import { FORECAST_LIMITS, surgeSchema } from '../forecast/options.ts';
import { nameSchema } from '../validation/names.ts';

const month = z.int().min(1).max(12);
const amount = z.number().min(0).max(MAX_AMOUNT);
const fte = z.number().gt(0).max(1);
const rowId = z.int().positive();
// Titles and labels follow the one rule for names (core/validation/names.ts).
const text = nameSchema({ min: 0 });
const label = nameSchema();
/** A change in percent: −100 (all gone) to +1 000. */
export const percentChangeSchema = z.number().min(-100).max(1000);

function monthOrder(ctx: z.core.ParsePayload<{ fromMonth?: number | undefined; toMonth?: number | undefined }>): void {
  const { fromMonth, toMonth } = ctx.value;
  if (fromMonth !== undefined && toMonth !== undefined && toMonth < fromMonth) {
    ctx.issues.push({
      code: 'custom',
      input: toMonth,
      path: ['toMonth'],
      message: `sista månaden (${toMonth}) ligger före första månaden (${fromMonth})`,
    });
  }
}

export const newPositionSchema = z
  .strictObject({
    role: z.enum(STAFF_ROLES),
    title: text.default(''),
    fte,
    monthlySalary: amount,
    fromMonth: month.default(1),
    toMonth: month.default(12),
    fundingSource: text.nullable().default(null),
  })
  .check(monthOrder);

export const positionChangeSchema = z
  .strictObject({
    id: rowId,
    role: z.enum(STAFF_ROLES).optional(),
    title: text.optional(),
    fte: fte.optional(),
    monthlySalary: amount.optional(),
    fromMonth: month.optional(),
    toMonth: month.optional(),
    vacant: z.boolean().optional(),
    fundingSource: text.nullable().optional(),
  })
  .check(monthOrder);

export const scenarioSettingsSchema = z.strictObject({
  poPercent: z.number().min(0).max(100).optional(),
  caseloadPerLots: z.number().gt(0).max(100).optional(),
  recruitmentLeadTimeMonths: z.int().min(0).max(MAX_LEAD_TIME_MONTHS).optional(),
  salaryRevisionPercent: z.number().min(-50).max(100).optional(),
  savingsRequirementPercent: z.number().min(0).max(100).optional(),
  savingsExempt: z.boolean().optional(),
});

const fields = {
  /** New positions; they cost from fromMonth and (lotsar) give capacity after the lead time. */
  addPositions: z.array(newPositionSchema).max(100),
  /** Positions of the saved plan left out of the scenario. */
  removePositionIds: z.array(rowId).max(500),
  /** Changes to positions of the saved plan (counted from their months, without lead time). */
  changePositions: z.array(positionChangeSchema).max(500),
  addOtherCosts: z.array(z.strictObject({ label, amount })).max(100),
  removeOtherCostIds: z.array(rowId).max(500),
  changeOtherCosts: z.array(z.strictObject({ id: rowId, amount })).max(500),
  addFunding: z
    .array(z.strictObject({ source: label, amount, period: z.string().trim().min(1).max(20).nullable().default(null) }))
    .max(100),
  removeFundingIds: z.array(rowId).max(500),
  /** Every funding line changed by this percent ("Besparing": −5). */
  fundingChangePercent: percentChangeSchema,
  /** Arrivals per month changed by this percent ("Ökat tryck": +30). */
  arrivalsChangePercent: percentChangeSchema,
  /** Mean stay in months instead of the plan's; null keeps the plan's. */
  meanStayMonths: z.number().gt(0).max(240).nullable(),
  /**
   * Temporary changes of referrals in the scenario's forecast ("+6 anmälningar per månad i
   * forecast months 3–8"): extra referrals per month, counted from the forecast's first month, on
   * top of the changed rate (not scaled by arrivalsChangePercent).
   */
  surges: z.array(surgeSchema).max(FORECAST_LIMITS.maxSurges),
  /** Growth of referrals in percent per year in the scenario's forecast (0 = none). */
  trendPercent: z.number().min(-90).max(500),
  /** Twelve factors for referrals, January to December, mean 1; null for none. */
  season: z
    .array(z.number().min(0).max(5))
    .length(12)
    .refine((f) => Math.abs(f.reduce((a, b) => a + b, 0) / 12 - 1) <= 0.005, { message: 'medelvärdet av de tolv faktorerna ska vara 1' })
    .nullable(),
  settings: scenarioSettingsSchema,
  /**
   * A forecast saved from "Prognos" for the memo: its inputs and a summary computed in core. It
   * does not change the scenario's figures.
   */
  forecast: savedForecastSchema,
};

export const scenarioOverridesSchema = z.strictObject({
  addPositions: fields.addPositions.default([]),
  removePositionIds: fields.removePositionIds.default([]),
  changePositions: fields.changePositions.default([]),
  addOtherCosts: fields.addOtherCosts.default([]),
  removeOtherCostIds: fields.removeOtherCostIds.default([]),
  changeOtherCosts: fields.changeOtherCosts.default([]),
  addFunding: fields.addFunding.default([]),
  removeFundingIds: fields.removeFundingIds.default([]),
  fundingChangePercent: fields.fundingChangePercent.default(0),
  arrivalsChangePercent: fields.arrivalsChangePercent.default(0),
  meanStayMonths: fields.meanStayMonths.default(null),
  surges: fields.surges.default([]),
  trendPercent: fields.trendPercent.default(0),
  season: fields.season.default(null),
  settings: fields.settings.default({}),
  forecast: fields.forecast.optional(),
});

/** Some overrides, without defaults: what is left out stays as it is (merged over a preset's). */
export const scenarioOverridesPatchSchema = z.strictObject({
  addPositions: fields.addPositions.optional(),
  removePositionIds: fields.removePositionIds.optional(),
  changePositions: fields.changePositions.optional(),
  addOtherCosts: fields.addOtherCosts.optional(),
  removeOtherCostIds: fields.removeOtherCostIds.optional(),
  changeOtherCosts: fields.changeOtherCosts.optional(),
  addFunding: fields.addFunding.optional(),
  removeFundingIds: fields.removeFundingIds.optional(),
  fundingChangePercent: fields.fundingChangePercent.optional(),
  arrivalsChangePercent: fields.arrivalsChangePercent.optional(),
  meanStayMonths: fields.meanStayMonths.optional(),
  surges: fields.surges.optional(),
  trendPercent: fields.trendPercent.optional(),
  season: fields.season.optional(),
  settings: fields.settings.optional(),
  forecast: fields.forecast.optional(),
});

/** The empty overrides: the scenario equals the saved plan. */
export function emptyOverrides(): z.output<typeof scenarioOverridesSchema> {
  return scenarioOverridesSchema.parse({});
}

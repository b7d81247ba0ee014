// What a scenario may override, validated strictly (unknown fields are refused with their path).
// Stored as JSON in scenarios.overrides_json and validated again when read.
import * as z from 'zod';
import { amountSchema as amount, labelSchema as label, monthOrder, newPositionShape, positionChangesShape, rowIdSchema as rowId } from '../plan/fields.ts';
import { yearSettingsSchema } from '../staffing/settings.ts';
import { savedForecastSchema } from '../forecast/saved.ts';
import { FORECAST_LIMITS, surgeSchema } from '../forecast/options.ts';

/** A change in percent: −100 (all gone) to +1 000. */
export const percentChangeSchema = z.number().min(-100).max(1000);

/** A position the scenario adds (a scenario's new positions are never vacant). */
export const newPositionSchema = z.strictObject(newPositionShape).check(monthOrder);

/** A change to a position of the saved plan, by its id. */
export const positionChangeSchema = z.strictObject({ id: rowId, ...positionChangesShape }).check(monthOrder);

/** Any of the year settings, each left out to keep the plan's. */
export const scenarioSettingsSchema = yearSettingsSchema.partial();

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
  addFunding: z.array(z.strictObject({ source: label, amount, period: z.string().trim().min(1).max(20).nullable().default(null) })).max(100),
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
    // The mean only of twelve valid factors: a list of the wrong length or with a wrong factor has its own message.
    .refine((f) => f.length !== 12 || f.some((x) => !(x >= 0 && x <= 5)) || Math.abs(f.reduce((a, b) => a + b, 0) / 12 - 1) <= 0.005, {
      message: 'medelvärdet av de tolv faktorerna ska vara 1',
    })
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
export const scenarioOverridesPatchSchema = z.strictObject(fields).partial();

/** The empty overrides: the scenario equals the saved plan. */
export function emptyOverrides(): z.output<typeof scenarioOverridesSchema> {
  return scenarioOverridesSchema.parse({});
}

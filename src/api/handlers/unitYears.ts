import { emptyPlanSummary } from '../../core/audit/summaries.ts';
import { newUnitYearPlan } from '../../core/plan/newUnitYear.ts';
import { ApiFailure } from '../envelope.ts';
import type { Handler } from './handler.ts';

export const createUnitYear: Handler<'createUnitYear'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const key = { district: input.district, unit: input.unit, year: input.year };
  if (await store.getUnitYear(key)) {
    throw new ApiFailure('CONFLICT', `Det finns redan en plan för ${input.unit} (${input.district}) ${input.year}. Ingenting har ändrats.`);
  }
  await store.replaceUnitYear(newUnitYearPlan(input), { newPlan: { auditSummary: emptyPlanSummary(key) } });
  return key;
};

import type { Handler } from './handler.ts';
import { computeKeyFigures } from '../../core/figures/keyFigures.ts';
import { explainKeyFigures } from '../../core/figures/explainKeyFigures.ts';
import { resolveUnitYear } from './resolveUnitYear.ts';

export const getFigures: Handler<'getFigures'> = async (ctx, input) => {
  const { plan } = await resolveUnitYear(await ctx.getStore(), input);
  const figures = computeKeyFigures(plan);
  return { figures, explanations: explainKeyFigures(plan, figures) };
};

export const getUnitYear: Handler<'getUnitYear'> = async (ctx, input) => {
  return resolveUnitYear(await ctx.getStore(), input);
};

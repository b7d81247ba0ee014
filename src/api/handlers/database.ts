import type { Handler } from './index.ts';

export const getDatabaseStatus: Handler<'getDatabaseStatus'> = async (ctx) => {
  const store = await ctx.getStore();
  const report = await store.check();
  return { ...report, unitYears: await store.countUnitYears() };
};

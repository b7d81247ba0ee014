import type { Handler } from './handler.ts';

export const getDatabaseStatus: Handler<'getDatabaseStatus'> = async (ctx) => {
  const store = await ctx.getStore();
  const report = await store.check();
  return { ...report, unitYears: await store.countUnitYears() };
};

import type { Handler } from './index.ts';

export const listCatalog: Handler<'listCatalog'> = async (ctx) => {
  const store = await ctx.getStore();
  return { districts: await store.catalog() };
};

import type { Handler } from './handler.ts';

export const listCatalog: Handler<'listCatalog'> = async (ctx) => {
  const store = await ctx.getStore();
  return { districts: await store.catalog() };
};

import type { Handler } from './handler.ts';

export const getLastPlace: Handler<'getLastPlace'> = async (ctx) => {
  const store = await ctx.getStore();
  return { place: await store.getLastPlace() };
};

export const saveLastPlace: Handler<'saveLastPlace'> = async (ctx, input) => {
  const store = await ctx.getStore();
  await store.saveLastPlace(input.place);
  return { saved: true };
};

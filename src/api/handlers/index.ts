import type { ApiContext } from '../context.ts';
import type { CallName, Contracts } from '../contracts/index.ts';
import type * as z from 'zod';
import { listCatalog } from './catalog.ts';
import { getFigures, getUnitYear } from './figures.ts';
import { exportExchange, importExchange } from './exchange.ts';
import { loadDemo } from './demo.ts';
import { getDatabaseStatus } from './database.ts';

export type Handler<N extends CallName> = (
  ctx: ApiContext,
  input: z.output<Contracts[N]['input']>,
) => Promise<z.input<Contracts[N]['output']>>;

export type Handlers = { [N in CallName]: Handler<N> };

export const handlers: Handlers = {
  listCatalog,
  getFigures,
  getUnitYear,
  importExchange,
  exportExchange,
  loadDemo,
  getDatabaseStatus,
};

// Every call the app can make, declared once. The Electron main process registers one IPC
// handler per key, the preload exposes one method per key, the browser host serves one route
// per key and the CLI calls the same handlers: all derived from this object.
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { unitYearPlanSchema } from '../../core/exchange/unitExchangeFile.ts';
import { keyFiguresSchema, unitYearKeySchema, unitYearSelectorSchema } from './common.ts';
import { staffingContracts } from './staffing.ts';
import { scenarioContracts } from './scenarios.ts';
import { databaseContracts } from './database.ts';
import { auditContracts } from './audit.ts';
import { statisticsContracts } from './statistics.ts';
import { compilationContracts } from './compilation.ts';
import { memoContracts } from './memos.ts';

export { unitYearKeySchema, unitYearSelectorSchema, keyFiguresSchema } from './common.ts';

export const catalogSchema = z.strictObject({
  districts: z.array(
    z.strictObject({
      name: z.string(),
      units: z.array(z.strictObject({ name: z.string(), years: z.array(z.int()) })),
    }),
  ),
});

export const databaseStatusSchema = z.strictObject({
  path: z.string(),
  schemaVersion: z.int(),
  healthy: z.boolean(),
  messages: z.array(z.string()),
  unitYears: z.int(),
});

export const contracts = {
  listCatalog: defineCall({
    summary: 'Stadsdelar, enheter och år som finns i databasen.',
    input: z.strictObject({}),
    output: catalogSchema,
  }),
  getFigures: defineCall({
    summary: 'Nyckeltal för en enhet och ett år.',
    input: unitYearSelectorSchema,
    output: z.strictObject({
      figures: keyFiguresSchema,
      /** Swedish explanation of how each figure was computed, keyed by field name. */
      explanations: z.record(z.string(), z.string()),
    }),
  }),
  getUnitYear: defineCall({
    summary: 'Hela planen för en enhet och ett år.',
    input: unitYearKeySchema,
    output: z.strictObject({ plan: unitYearPlanSchema, exampleValues: z.boolean() }),
  }),
  importExchange: defineCall({
    summary: 'Läser in en utväxlingsfil (JSON). Allt eller inget.',
    input: z.strictObject({
      text: z.string().max(5_000_000),
      fileName: z.string().max(500).optional(),
    }),
    output: z.strictObject({ district: z.string(), unit: z.string(), year: z.int(), replaced: z.boolean() }),
  }),
  previewImportExchange: defineCall({
    summary: 'Visar vad en import av utväxlingsfilen skulle ändra, utan att ändra något.',
    input: z.strictObject({
      text: z.string().max(5_000_000),
      fileName: z.string().max(500).optional(),
    }),
    output: z.strictObject({
      district: z.string(),
      unit: z.string(),
      year: z.int(),
      exists: z.boolean(),
      identical: z.boolean(),
      staff: z.strictObject({ added: z.int(), removed: z.int(), changed: z.int() }),
      staffDetails: z.array(z.string()),
      changes: z.array(z.strictObject({ label: z.string(), before: z.string(), after: z.string() })),
      summary: z.string(),
    }),
  }),
  exportExchange: defineCall({
    summary: 'Skriver en enhets plan för ett år som utväxlingsfil (JSON).',
    input: unitYearKeySchema,
    output: z.strictObject({ fileName: z.string(), text: z.string() }),
  }),
  loadDemo: defineCall({
    summary: 'Läser in demodata (Rinkeby-Kista 2020 och stadsdelarnas siffror för 2016).',
    input: z.strictObject({ force: z.boolean().default(false) }),
    output: z.strictObject({ unitYears: z.int(), district: z.string(), unit: z.string(), year: z.int() }),
  }),
  getDatabaseStatus: defineCall({
    summary: 'Databasfilens sökväg, version och hälsa.',
    input: z.strictObject({}),
    output: databaseStatusSchema,
  }),
  ...staffingContracts,
  ...scenarioContracts,
  ...databaseContracts,
  ...auditContracts,
  ...statisticsContracts,
  ...compilationContracts,
  ...memoContracts,
} as const;

export type Contracts = typeof contracts;
export type CallName = keyof Contracts;
export type CallInput<N extends CallName> = z.input<Contracts[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contracts[N]['output']>;
export const CALL_NAMES = Object.keys(contracts) as CallName[];

/** The IPC channel of a call; the only place channel names are made. */
export function channelFor(call: CallName): string {
  return `lotsplan:${call}`;
}

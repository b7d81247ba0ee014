// Every call the app can make, declared once. The Electron main process registers one IPC
// handler per key, the preload exposes one method per key, the browser host serves one route
// per key and the CLI calls the same handlers: all derived from this object.
// Each contracts/<name>.ts is implemented by handlers/<name>.ts (staffing.ts also by
// handlers/marginal.ts, whose one call belongs to the staffing screen). Calls only a desktop host
// answers are in host.ts, implemented by electron/main/dialogs.ts.
import { callNamesOf, type InputOf, type OutputOf } from './defineCall.ts';
import { catalogContracts } from './catalog.ts';
import { figureContracts } from './figures.ts';
import { exchangeContracts } from './exchange.ts';
import { demoContracts } from './demo.ts';
import { databaseStatusContracts } from './databaseStatus.ts';
import { staffingContracts } from './staffing.ts';
import { scenarioContracts } from './scenarios.ts';
import { backupContracts } from './backups.ts';
import { auditContracts } from './audit.ts';
import { statisticsContracts } from './statistics.ts';
import { compilationContracts } from './compilation.ts';
import { memoContracts } from './memos.ts';
import { diagnosticsContracts } from './diagnostics.ts';
import { uiStateContracts } from './uiState.ts';
import { unitYearContracts } from './unitYears.ts';

export { unitYearKeySchema, unitYearSelectorSchema, keyFiguresSchema } from './common.ts';
export { catalogSchema } from './catalog.ts';
export { databaseStatusSchema } from './databaseStatus.ts';

export const contracts = {
  ...catalogContracts,
  ...figureContracts,
  ...exchangeContracts,
  ...demoContracts,
  ...databaseStatusContracts,
  ...staffingContracts,
  ...scenarioContracts,
  ...backupContracts,
  ...auditContracts,
  ...statisticsContracts,
  ...compilationContracts,
  ...memoContracts,
  ...diagnosticsContracts,
  ...uiStateContracts,
  ...unitYearContracts,
} as const;

export type Contracts = typeof contracts;
export type CallName = keyof Contracts & string;
export type CallInput<N extends CallName> = InputOf<Contracts, N>;
export type CallOutput<N extends CallName> = OutputOf<Contracts, N>;
export const CALL_NAMES = callNamesOf(contracts);

/** The IPC channel of a call; the only place channel names are made. */
export function channelFor(call: CallName): string {
  return `lotsplan:${call}`;
}

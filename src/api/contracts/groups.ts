// The API calls by contract module, each module loaded only when asked for: a CLI command builds
// the zod schemas of the calls it makes and no others (building all of them took a good part of a
// command's start). The same objects as in index.ts, which spreads every module into `contracts`
// for the hosts that answer every call; tests/api/contractGroups.test.ts checks that the two agree.
import type { CallName, Contracts } from './index.ts';

export const CONTRACT_GROUPS = {
  catalog: async () => (await import('./catalog.ts')).catalogContracts,
  figures: async () => (await import('./figures.ts')).figureContracts,
  exchange: async () => (await import('./exchange.ts')).exchangeContracts,
  demo: async () => (await import('./demo.ts')).demoContracts,
  databaseStatus: async () => (await import('./databaseStatus.ts')).databaseStatusContracts,
  staffing: async () => (await import('./staffing.ts')).staffingContracts,
  scenarios: async () => (await import('./scenarios.ts')).scenarioContracts,
  backups: async () => (await import('./backups.ts')).backupContracts,
  audit: async () => (await import('./audit.ts')).auditContracts,
  statistics: async () => (await import('./statistics.ts')).statisticsContracts,
  compilation: async () => (await import('./compilation.ts')).compilationContracts,
  memos: async () => (await import('./memos.ts')).memoContracts,
  diagnostics: async () => (await import('./diagnostics.ts')).diagnosticsContracts,
  uiState: async () => (await import('./uiState.ts')).uiStateContracts,
  unitYears: async () => (await import('./unitYears.ts')).unitYearContracts,
} as const;

export type ContractGroup = keyof typeof CONTRACT_GROUPS;
type GroupContracts<G extends ContractGroup> = Awaited<ReturnType<(typeof CONTRACT_GROUPS)[G]>>;
/** The names of the calls in the groups G (a union of groups gives the union of their calls). */
export type CallsOf<G extends ContractGroup> = G extends ContractGroup ? keyof GroupContracts<G> & CallName : never;

/** The contracts of the calls in `groups`, as one set (the part of `contracts` they make up). */
export async function loadContracts<G extends ContractGroup>(groups: readonly G[]): Promise<Pick<Contracts, CallsOf<G>>> {
  const sets = await Promise.all(groups.map((group) => CONTRACT_GROUPS[group]()));
  return Object.assign({}, ...sets);
}

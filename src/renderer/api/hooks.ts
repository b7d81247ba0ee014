// The renderer's only way to ask for data: one hook per call, all through react-query.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../api/contracts/index.ts';
import { api } from './client.ts';
import { unwrap } from './errors.ts';

export interface UnitYearSelection {
  district: string;
  unit: string;
  year: number;
}

export const queryKeys = {
  catalog: ['catalog'] as const,
  figures: (s: UnitYearSelection) => ['figures', s.district, s.unit, s.year] as const,
  unitYear: (s: UnitYearSelection) => ['unitYear', s.district, s.unit, s.year] as const,
  databaseStatus: ['databaseStatus'] as const,
  backups: ['backups'] as const,
  lastPlace: ['lastPlace'] as const,
};

// The queries the start asks for before the first render (startQueries.ts) are defined once here,
// so that the early request and the hook share one cache entry.
export const catalogQuery = () => queryOptions({ queryKey: queryKeys.catalog, queryFn: async () => unwrap(await api.listCatalog({})) });
export const figuresQuery = (selection: UnitYearSelection) =>
  queryOptions({ queryKey: queryKeys.figures(selection), queryFn: async () => unwrap(await api.getFigures(selection)) });
export const unitYearQuery = (selection: UnitYearSelection) =>
  queryOptions({ queryKey: queryKeys.unitYear(selection), queryFn: async () => unwrap(await api.getUnitYear(selection)) });
/** The place saved in the database file (null when none), read once at start. */
export const lastPlaceQuery = () => queryOptions({ queryKey: queryKeys.lastPlace, queryFn: async () => unwrap(await api.getLastPlace({})).place });

export function useCatalog() {
  return useQuery(catalogQuery());
}

export function useFigures(selection: UnitYearSelection | null) {
  return useQuery({
    queryKey: selection ? queryKeys.figures(selection) : ['figures', 'none'],
    queryFn: async () => unwrap(await api.getFigures(selection!)),
    enabled: selection !== null,
  });
}

export function useUnitYear(selection: UnitYearSelection | null) {
  return useQuery({
    queryKey: selection ? queryKeys.unitYear(selection) : ['unitYear', 'none'],
    queryFn: async () => unwrap(await api.getUnitYear(selection!)),
    enabled: selection !== null,
  });
}

export function useDatabaseStatus() {
  return useQuery({
    queryKey: queryKeys.databaseStatus,
    queryFn: async () => unwrap(await api.getDatabaseStatus({})),
    staleTime: 0,
  });
}

/** After a write, everything read from the database may be stale. */
function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

/**
 * `onWritten` runs before the caches are refreshed, so that a new selection is already in the
 * URL when the new catalog arrives (and the page never flashes another unit).
 */
export interface WriteOptions<T> {
  onWritten?: (result: T) => void;
}

export function useLoadDemo(options: WriteOptions<CallOutput<'loadDemo'>> = {}) {
  const invalidate = useInvalidateAll();
  return useMutation<CallOutput<'loadDemo'>, Error, CallInput<'loadDemo'>>({
    mutationFn: async (input) => unwrap(await api.loadDemo(input)),
    onSuccess: async (result) => {
      options.onWritten?.(result);
      await invalidate();
    },
  });
}

export function useImportExchange(options: WriteOptions<CallOutput<'importExchange'>> = {}) {
  const invalidate = useInvalidateAll();
  return useMutation<CallOutput<'importExchange'>, Error, CallInput<'importExchange'>>({
    mutationFn: async (input) => unwrap(await api.importExchange(input)),
    onSuccess: async (result) => {
      options.onWritten?.(result);
      await invalidate();
    },
  });
}

export function useExportExchange() {
  return useMutation<CallOutput<'exportExchange'>, Error, CallInput<'exportExchange'>>({
    mutationFn: async (input) => unwrap(await api.exportExchange(input)),
  });
}

export function useBackups(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.backups,
    queryFn: async () => unwrap(await api.listBackups({})),
    staleTime: 0,
    enabled: options.enabled ?? true,
  });
}

export function useBackupNow() {
  const client = useQueryClient();
  return useMutation<CallOutput<'backupNow'>, Error, CallInput<'backupNow'>>({
    mutationFn: async (input) => unwrap(await api.backupNow(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.backups }),
  });
}

/** Restore, start a new database or open another: afterwards everything read may be stale. */
export function useRestoreBackup(options: WriteOptions<CallOutput<'restoreBackup'>> = {}) {
  const invalidate = useInvalidateAll();
  return useMutation<CallOutput<'restoreBackup'>, Error, CallInput<'restoreBackup'>>({
    mutationFn: async (input) => unwrap(await api.restoreBackup(input)),
    onSuccess: async (result) => {
      options.onWritten?.(result);
      await invalidate();
    },
  });
}

export function useStartNewDatabase(options: WriteOptions<CallOutput<'startNewDatabase'>> = {}) {
  const invalidate = useInvalidateAll();
  return useMutation<CallOutput<'startNewDatabase'>, Error, CallInput<'startNewDatabase'>>({
    mutationFn: async (input) => unwrap(await api.startNewDatabase(input)),
    onSuccess: async (result) => {
      options.onWritten?.(result);
      await invalidate();
    },
  });
}

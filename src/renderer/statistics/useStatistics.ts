// The chosen unit's monthly statistics, and writes to them (after which every read may be stale:
// the forecast's estimate and the audit log depend on them).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallOutput } from '../../api/contracts/index.ts';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';

export type StatisticsView = CallOutput<'getMonthlyStatistics'>;
export type StatisticsMonth = StatisticsView['months'][number];

export interface UnitSelection {
  district: string;
  unit: string;
}

export function statisticsKey(unit: UnitSelection, window?: number) {
  return window === undefined ? ['monthlyStatistics', unit.district, unit.unit] : ['monthlyStatistics', unit.district, unit.unit, window];
}

export function useMonthlyStatistics(unit: UnitSelection | null, estimateMonths?: number) {
  return useQuery({
    queryKey: unit ? statisticsKey(unit, estimateMonths ?? 12) : ['monthlyStatistics', 'none'],
    queryFn: async () => unwrap(await api.getMonthlyStatistics({ district: unit!.district, unit: unit!.unit, ...(estimateMonths ? { estimateMonths } : {}) })),
    enabled: unit !== null,
    placeholderData: keepPreviousData,
  });
}

export function useStatisticsWrite() {
  const client = useQueryClient();
  return useMutation<unknown, Error, () => Promise<unknown>>({
    mutationFn: (run) => run(),
    onSuccess: () => client.invalidateQueries(),
  });
}

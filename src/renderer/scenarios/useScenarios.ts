// Scenarios of the selected unit-year and the comparison against the saved plan.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallOutput } from '../../api/contracts/index.ts';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';

export type ScenarioList = CallOutput<'listScenarios'>;
export type Scenario = ScenarioList['scenarios'][number];
export type Comparison = CallOutput<'compareScenarios'>;

export function useScenarioList(selection: UnitYearSelection) {
  return useQuery({
    queryKey: ['scenarios', selection.district, selection.unit, selection.year],
    queryFn: async () => unwrap(await api.listScenarios(selection)),
  });
}

export function useComparison(selection: UnitYearSelection, ids: number[]) {
  return useQuery({
    queryKey: ['comparison', selection.district, selection.unit, selection.year, ...ids],
    queryFn: async () => unwrap(await api.compareScenarios({ ...selection, scenarios: ids })),
    enabled: ids.length > 0,
  });
}

/** Any scenario edit: afterwards every cached read may be stale (history, comparison). */
export function useScenarioWrite() {
  const client = useQueryClient();
  return useMutation<unknown, Error, () => Promise<unknown>>({
    mutationFn: (run) => run(),
    onSettled: () => client.invalidateQueries(),
  });
}

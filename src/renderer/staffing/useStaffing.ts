// The staffing view of the selected unit-year and the edits on it. Every edit is saved by the
// API at once; its answer (the whole new view) replaces the cached one, so what is shown is
// always what is stored.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallOutput } from '../../api/contracts/index.ts';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';

export type StaffingView = CallOutput<'getStaffingPlan'>;

export const staffingKey = (s: UnitYearSelection) => ['staffing', s.district, s.unit, s.year] as const;

export function useStaffingPlan(selection: UnitYearSelection | null) {
  return useQuery({
    queryKey: selection ? staffingKey(selection) : ['staffing', 'none'],
    queryFn: async () => unwrap(await api.getStaffingPlan(selection!)),
    enabled: selection !== null,
  });
}

/**
 * Runs one edit call. On success the returned view replaces the cache and every other query
 * (Översikt, scenarios) is refreshed; on failure the error is thrown to the caller, which shows
 * it at the field — nothing was saved.
 */
export function useStaffingEdit(selection: UnitYearSelection) {
  const client = useQueryClient();
  return useMutation<StaffingView, Error, () => Promise<StaffingView>>({
    mutationFn: (run) => run(),
    onSuccess: async (view) => {
      client.setQueryData(staffingKey(selection), view);
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'staffing' });
    },
  });
}

/** Calls an edit and returns its staffing view (unwrapping the envelope). */
export async function editAndView<T extends { staffing: StaffingView }>(call: Promise<import('../../api/envelope.ts').Envelope<T>>): Promise<StaffingView> {
  return unwrap(await call).staffing;
}

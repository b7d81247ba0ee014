// The unit's tjänsteutlåtanden through react-query: the list, one memo, its versions and the
// district's Word templates. Writes refresh what they touch (a memo write also changes the list
// and Ändringslogg, so every read is refreshed after one).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../api/contracts/index.ts';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';

export type MemoSummary = CallOutput<'listMemos'>['memos'][number];
export type MemoView = CallOutput<'getMemo'>;
export type MemoEdit = CallInput<'saveMemo'>['edit'];
export type MemoVersionInfo = CallOutput<'listMemoVersions'>['versions'][number];
export type MemoTemplate = CallOutput<'listMemoTemplates'>['templates'][number];
export type FigureChange = CallOutput<'previewFigureUpdate'>['changes'][number];

export interface UnitSelection {
  district: string;
  unit: string;
}

export const memoKeys = {
  all: ['memos'] as const,
  list: (u: UnitSelection) => ['memos', 'list', u.district, u.unit] as const,
  one: (id: number) => ['memos', 'one', id] as const,
  versions: (id: number) => ['memos', 'versions', id] as const,
  version: (id: number, version: number) => ['memos', 'version', id, version] as const,
  templates: (district: string) => ['memos', 'templates', district] as const,
};

export function useMemoList(unit: UnitSelection) {
  return useQuery({
    queryKey: memoKeys.list(unit),
    queryFn: async () => unwrap(await api.listMemos({ district: unit.district, unit: unit.unit })),
    staleTime: 0,
  });
}

export function useMemoView(id: number) {
  return useQuery({
    queryKey: memoKeys.one(id),
    queryFn: async () => unwrap(await api.getMemo({ id })),
    staleTime: 0,
  });
}

export function useMemoVersions(id: number, enabled: boolean) {
  return useQuery({
    queryKey: memoKeys.versions(id),
    queryFn: async () => unwrap(await api.listMemoVersions({ id })),
    enabled,
    staleTime: 0,
  });
}

export function useMemoVersion(id: number, version: number | null) {
  return useQuery({
    queryKey: memoKeys.version(id, version ?? 0),
    queryFn: async () => unwrap(await api.getMemoVersion({ id, version: version! })),
    enabled: version !== null,
  });
}

export function useMemoTemplates(district: string) {
  return useQuery({
    queryKey: memoKeys.templates(district),
    queryFn: async () => unwrap(await api.listMemoTemplates({ district })),
    staleTime: 0,
  });
}

/** Any memo write but the autosave: afterwards the list, the memo and the audit log may be stale. */
export function useMemoWrite() {
  const client = useQueryClient();
  return useMutation<unknown, Error, () => Promise<unknown>>({
    mutationFn: (run) => run(),
    onSettled: () => client.invalidateQueries(),
  });
}

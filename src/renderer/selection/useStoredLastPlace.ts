// Reads the last place saved in the database file once, and copies it into local storage before
// anything reads the place (see placeSync.ts). A refusal counts as "no place saved".
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import { adoptStoredPlace } from './placeSync.ts';

export function useStoredLastPlace(): { pending: boolean } {
  const query = useQuery({
    queryKey: ['lastPlace'],
    queryFn: async () => unwrap(await api.getLastPlace({})).place,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const adopted = useRef(false);
  if (!adopted.current && (query.isSuccess || query.isError)) {
    adopted.current = true;
    if (query.isSuccess) adoptStoredPlace(query.data);
  }
  return { pending: query.isPending };
}

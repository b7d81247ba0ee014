// Reads the last place saved in the database file once, and copies it into local storage before
// anything reads the place (see placeSync.ts). A refusal counts as "no place saved".
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { lastPlaceQuery } from '../api/hooks.ts';
import { adoptStoredPlace } from './placeSync.ts';

export function useStoredLastPlace(): { pending: boolean } {
  // Asked for before the first render (startQueries.ts); the same options find that answer.
  const query = useQuery({ ...lastPlaceQuery(), staleTime: Number.POSITIVE_INFINITY, retry: false });
  const adopted = useRef(false);
  if (!adopted.current && (query.isSuccess || query.isError)) {
    adopted.current = true;
    if (query.isSuccess) adoptStoredPlace(query.data);
  }
  return { pending: query.isPending };
}

// Keys for the rows of an editable list whose items carry no id of their own (names, signatories):
// a row keeps its key, and with it its input and focus, when a row before it is removed.
import { useRef } from 'react';

export interface RowKeys {
  readonly keys: readonly number[];
  /** Call with the row's index just before the row itself is removed from the list. */
  remove(index: number): void;
}

export function useRowKeys(length: number): RowKeys {
  const state = useRef({ keys: [] as number[], next: 1 });
  const s = state.current;
  // Rows added at the end get new keys; a list that shrank by other means (a reset) keeps the first keys.
  while (s.keys.length < length) s.keys.push(s.next++);
  if (s.keys.length > length) s.keys.length = length;
  return {
    keys: s.keys,
    remove: (index) => {
      s.keys.splice(index, 1);
    },
  };
}

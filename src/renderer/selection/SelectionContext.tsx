// One selection for the whole app, computed once in the layout and read by every page.
import { createContext, useContext, type ReactNode } from 'react';
import { useSelection, type SelectionState } from './useSelection.ts';

const SelectionContext = createContext<SelectionState | null>(null);

export function SelectionProvider({ children }: { children: ReactNode }) {
  const state = useSelection();
  return <SelectionContext value={state}>{children}</SelectionContext>;
}

export function useSelectionContext(): SelectionState {
  const state = useContext(SelectionContext);
  if (!state) throw new Error('useSelectionContext används utanför SelectionProvider.');
  return state;
}

// A page with changes that a new selection would drop (Prognos's unsaved assumptions) asks before
// the district, unit or year is changed. The selection is state first and reaches the URL after
// (useSelection.ts), so the router's blocker sees the change only once the page has already been
// drawn for the new unit: the change is therefore held here, before it is made. One guard at a
// time, the page shown; without one a change is made at once.

/** Called with the change; it calls `proceed` when the change may be made (now, or once answered). */
export type SelectionGuard = (proceed: () => void) => void;

let current: SelectionGuard | null = null;

/** Sets the guard; the returned function removes it again (if it is still the one set). */
export function guardSelectionChange(guard: SelectionGuard): () => void {
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}

/** Makes a change of the selection, through the guard when a page has set one. */
export function changeSelection(proceed: () => void): void {
  if (current) current(proceed);
  else proceed();
}

/**
 * Whether a navigation leaves what the page shows: another page, or another unit or year in the
 * query string. A navigation to the same place (only its state differs) does not.
 */
export function leavesPage(current: { pathname: string; search: string }, next: { pathname: string; search: string }): boolean {
  return current.pathname !== next.pathname || new URLSearchParams(current.search).toString() !== new URLSearchParams(next.search).toString();
}

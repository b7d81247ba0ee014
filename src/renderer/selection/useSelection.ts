// The chosen district, unit and year live in the hash route's query string
// (#/oversikt?stadsdel=…&enhet=…&ar=…), so that every page and a reload agree on them.
// A choice is also held in state until the URL has caught up with it: navigation is
// asynchronous, and a catalog that arrives in between must not override the user's choice.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { UnitYearSelection } from '../api/hooks.ts';
import { useCatalog } from '../api/hooks.ts';
import { PARAM, resolveSelection, type Catalog, type RequestedSelection } from './resolveSelection.ts';
import { browserStorage, readLastPlace, requestWithMemory } from './lastPlace.ts';
import { rememberPlace } from './placeSync.ts';
import { changeSelection } from './leaveGuard.ts';

export interface SelectionState {
  catalog: Catalog | undefined;
  selection: UnitYearSelection | null;
  /** Changes part of the selection; a new district or unit resets what depends on it. */
  select(change: Partial<UnitYearSelection>): void;
}

export function toSearchParams(selection: UnitYearSelection): URLSearchParams {
  const params = new URLSearchParams();
  params.set(PARAM.district, selection.district);
  params.set(PARAM.unit, selection.unit);
  params.set(PARAM.year, String(selection.year));
  return params;
}

/** The request after a change: a new district forgets the unit and year, a new unit the year. */
export function applyChange(current: RequestedSelection, change: Partial<UnitYearSelection>): RequestedSelection {
  const next = { ...current };
  if (change.district !== undefined) {
    next.district = change.district;
    next.unit = null;
    next.year = null;
  }
  if (change.unit !== undefined) {
    next.unit = change.unit;
    next.year = null;
  }
  if (change.year !== undefined) next.year = String(change.year);
  return next;
}

/** Whether the shown selection is what was asked for (keys left open may be anything). */
function honours(selection: UnitYearSelection, requested: RequestedSelection): boolean {
  return (
    (requested.district === null || requested.district === selection.district) &&
    (requested.unit === null || requested.unit === selection.unit) &&
    (requested.year === null || requested.year === String(selection.year))
  );
}

function sameAs(selection: UnitYearSelection, requested: RequestedSelection): boolean {
  return requested.district === selection.district && requested.unit === selection.unit && requested.year === String(selection.year);
}

export function useSelection(): SelectionState {
  const catalogQuery = useCatalog();
  const [params, setParams] = useSearchParams();
  const [pending, setPending] = useState<{ request: RequestedSelection; at: number } | null>(null);
  const catalog = catalogQuery.data;
  // The memos and the callback below depend on these strings, not on the objects made of them
  // anew on each render.
  const urlDistrict = params.get(PARAM.district);
  const urlUnit = params.get(PARAM.unit);
  const urlYear = params.get(PARAM.year);
  const fromUrl: RequestedSelection = { district: urlDistrict, unit: urlUnit, year: urlYear };
  // A URL without a selection (a fresh start) opens the unit and year the user last worked on.
  const [remembered] = useState(() => readLastPlace(browserStorage()));
  const requested = pending?.request ?? requestWithMemory(fromUrl, remembered);
  const { district: wantedDistrict, unit: wantedUnit, year: wantedYear } = requested;
  const selection = useMemo(
    () => (catalog ? resolveSelection(catalog, { district: wantedDistrict, unit: wantedUnit, year: wantedYear }) : null),
    [catalog, wantedDistrict, wantedUnit, wantedYear],
  );

  // Keep the URL explicit (it always names what is shown), then let the URL take over again.
  // A choice the catalog cannot honour yet (just imported) waits for the refreshed catalog; if
  // even that lacks it, the choice is dropped.
  const urlMatches = selection !== null && sameAs(selection, fromUrl);
  const honoured = selection !== null && (pending === null || honours(selection, pending.request));
  const catalogRefreshed = !catalogQuery.isFetching && pending !== null && catalogQuery.dataUpdatedAt >= pending.at;
  useEffect(() => {
    if (selection) rememberPlace({ district: selection.district, unit: selection.unit, year: String(selection.year) });
  }, [selection]);

  useEffect(() => {
    if (!selection) return;
    if (!honoured) {
      if (catalogRefreshed) setPending(null);
      return;
    }
    if (urlMatches) {
      if (pending) setPending(null);
      return;
    }
    setParams(toSearchParams(selection), { replace: pending === null });
  }, [selection, honoured, catalogRefreshed, urlMatches, pending, setParams]);

  // A page with unsaved changes may ask first (leaveGuard.ts); the change is made once it may be.
  const select = useCallback(
    (change: Partial<UnitYearSelection>) => {
      const current = { district: urlDistrict, unit: urlUnit, year: urlYear };
      changeSelection(() => setPending((previous) => ({ request: applyChange(previous?.request ?? current, change), at: Date.now() })));
    },
    [urlDistrict, urlUnit, urlYear],
  );

  return { catalog, selection, select };
}

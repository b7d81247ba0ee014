// Which page and unit-year the app opens on, as far as it can be told before the catalog has
// arrived: from the address, else from the place remembered in local storage. It is a guess for
// asking early (startQueries.ts); the selection is still checked against the catalog when shown.
import type { LastPlace } from './lastPlace.ts';
import { PARAM } from './requested.ts';
import { ROUTES } from '../routes.ts';
import type { UnitYearKey } from '../../core/plan/model.ts';

export interface StartPlace {
  /** The page's route path ("/oversikt"); a start without a page opens the remembered one. */
  path: string;
  /** Set only when district, unit and year are all known. */
  selection: UnitYearKey | null;
}

/**
 * `hash` is window.location.hash ("#/oversikt?stadsdel=…&enhet=…&ar=2020", or ""). `last` may be
 * given as a function: it is then called only when the address leaves the page or the unit-year
 * open, so that an address naming both sends the first calls without waiting on local storage
 * (whose first use in a new window can take the main thread for a while).
 */
export function startPlace(hash: string, last: LastPlace | (() => LastPlace)): StartPlace {
  const [rawPath = '', query = ''] = hash.replace(/^#/, '').split(/\?(.*)/s);
  let memory: LastPlace | undefined;
  const remembered = () => (memory ??= typeof last === 'function' ? last() : last);
  const named = rawPath !== '' && rawPath !== '/';
  const path = named ? rawPath : (remembered().path ?? ROUTES.overview);
  const params = new URLSearchParams(query);
  const fromUrl = { district: params.get(PARAM.district), unit: params.get(PARAM.unit), year: params.get(PARAM.year) };
  // As the selection does: an address that names any part of it is followed, otherwise the memory.
  const wanted = fromUrl.district !== null || fromUrl.unit !== null || fromUrl.year !== null ? fromUrl : remembered();
  const selection =
    wanted.district && wanted.unit && wanted.year !== null && /^\d{4}$/.test(wanted.year)
      ? { district: wanted.district, unit: wanted.unit, year: Number(wanted.year) }
      : null;
  return { path, selection };
}

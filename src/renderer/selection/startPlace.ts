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

/** `hash` is window.location.hash ("#/oversikt?stadsdel=…&enhet=…&ar=2020", or ""). */
export function startPlace(hash: string, last: LastPlace): StartPlace {
  const [rawPath = '', query = ''] = hash.replace(/^#/, '').split(/\?(.*)/s);
  const named = rawPath !== '' && rawPath !== '/';
  const path = named ? rawPath : (last.path ?? ROUTES.overview);
  const params = new URLSearchParams(query);
  const fromUrl = { district: params.get(PARAM.district), unit: params.get(PARAM.unit), year: params.get(PARAM.year) };
  // As the selection does: an address that names any part of it is followed, otherwise the memory.
  const wanted = fromUrl.district !== null || fromUrl.unit !== null || fromUrl.year !== null ? fromUrl : last;
  const selection =
    wanted.district && wanted.unit && wanted.year !== null && /^\d{4}$/.test(wanted.year)
      ? { district: wanted.district, unit: wanted.unit, year: Number(wanted.year) }
      : null;
  return { path, selection };
}

// The app's query client, and the calls the first screen needs, sent as soon as this module runs:
// before the rest of the app's code is evaluated and before React draws anything. Without this
// the catalog was asked for only after the first render, and the Översikt's figures only after
// the catalog had arrived and the whole frame had been drawn (three steps one after the other).
// The hooks use the same query options, so they find these answers (or the calls in flight) in
// the cache instead of asking again.
import { catalogQuery, figuresQuery, lastPlaceQuery, unitYearQuery } from '../api/hooks.ts';
import { createQueryClient } from '../api/queryClient.ts';
import { startPlace } from './startPlace.ts';
import { browserStorage, readLastPlace } from './lastPlace.ts';
import { ROUTES } from '../routes.ts';

export const queryClient = createQueryClient();

// The catalog and the file's place come first: they need nothing from the address or the memory.
const asked: Promise<void>[] = [queryClient.prefetchQuery(catalogQuery()), queryClient.prefetchQuery(lastPlaceQuery())];
const place = startPlace(window.location.hash, () => readLastPlace(browserStorage()));
// The unit-year is a guess until the catalog confirms it; a wrong guess costs one unused answer.
if (place.selection && place.path === ROUTES.overview) {
  asked.push(queryClient.prefetchQuery(figuresQuery(place.selection)), queryClient.prefetchQuery(unitYearQuery(place.selection)));
}

/** Settles when the start's calls have been answered (a failure too: the page shows it). */
export const startAnswered: Promise<void> = Promise.all(asked).then(
  () => {},
  () => {},
);

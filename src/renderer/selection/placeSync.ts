// The last place is kept in the database file (getLastPlace / saveLastPlace) and, as before, in
// the renderer's local storage. At start the file's place, when it has one, is copied into local
// storage before the selection and the start page read it; a file without one (older, or never
// saved) leaves local storage as it is. Every change is written to local storage at once and to
// the file shortly after, the last change of a burst winning. A change that has not reached the
// file yet (the window was reloaded or closed within the delay) is marked in local storage; at the
// next start that newer place wins over the file's older one and is written to the file.
import { api } from '../api/client.ts';
import type { LastPlace as StoredPlace } from '../../core/uiState/lastPlace.ts';
import { browserStorage, readLastPlace, writeLastPlace, type LastPlace } from './lastPlace.ts';

const SAVE_DELAY_MS = 400;
/** Set while local storage holds a place the database file has not received. */
export const UNSAVED_PLACE_KEY = 'lotsplan-senaste-plats-osparad';
let timer: ReturnType<typeof setTimeout> | undefined;

function markUnsaved(unsaved: boolean): void {
  try {
    const storage = browserStorage();
    if (unsaved) storage?.setItem(UNSAVED_PLACE_KEY, '1');
    else storage?.removeItem(UNSAVED_PLACE_KEY);
  } catch {
    // Remembering is a convenience; the app works without it.
  }
}

function hasUnsaved(): boolean {
  try {
    return browserStorage()?.getItem(UNSAVED_PLACE_KEY) === '1';
  } catch {
    return false;
  }
}

function saveToFile(place: LastPlace): void {
  // Remembering is a convenience: a refusal (a read-only file) changes nothing the user sees.
  void api
    .saveLastPlace({ place: toStored(place) })
    .then((outcome) => {
      if (outcome.ok && timer === undefined) markUnsaved(false);
    })
    .catch(() => {});
}

/** The renderer's form of the file's place (the year as text, as in the URL). */
export function fromStored(place: StoredPlace): LastPlace {
  return { district: place.district, unit: place.unit, year: place.year === null ? null : String(place.year), path: place.path };
}

export function toStored(place: LastPlace): StoredPlace {
  return { district: place.district, unit: place.unit, year: place.year === null ? null : Number(place.year), path: place.path };
}

/**
 * Copies the file's place into local storage; nothing when the file has none. When local storage
 * holds a newer place the file never received, that one is kept and sent to the file instead.
 */
export function adoptStoredPlace(place: StoredPlace | null): void {
  if (hasUnsaved()) {
    saveToFile(readLastPlace(browserStorage()));
    return;
  }
  if (place === null) return;
  writeLastPlace(browserStorage(), fromStored(place));
}

/** Remembers part of the place: now in local storage, soon in the database file. */
export function rememberPlace(change: Partial<LastPlace>): void {
  const storage = browserStorage();
  writeLastPlace(storage, change);
  markUnsaved(true);
  const next = { ...readLastPlace(storage), ...change };
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    saveToFile(next);
  }, SAVE_DELAY_MS);
}

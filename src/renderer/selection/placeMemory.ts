// The last place is kept in the database file (getLastPlace / saveLastPlace) and, as before, in
// the renderer's local storage. At start the file's place, when it has one, is copied into local
// storage before the selection and the start page read it; a file without one (older, or never
// saved) leaves local storage as it is. Every change is written to local storage at once and to
// the file shortly after, the last change of a burst winning. A change that has not reached the
// file yet (the window was reloaded or closed within the delay) is marked in local storage; at the
// next start that newer place wins over the file's older one and is written to the file.
// A place the file already holds (or is being sent) is not written again: the start, which
// remembers the page and the selection it opens on, writes nothing when they are where the file
// says, and at most once otherwise.
// Without the API client, so that the rules can be tested under Node (placeSync.ts wires it up).
import type { LastPlace as StoredPlace } from '../../core/uiState/lastPlace.ts';
import { readLastPlace, writeLastPlace, type KeyValueStore, type LastPlace } from './lastPlace.ts';

/** Set while local storage holds a place the database file has not received. */
export const UNSAVED_PLACE_KEY = 'lotsplan-senaste-plats-osparad';

/** The renderer's form of the file's place (the year as text, as in the URL). */
export function fromStored(place: StoredPlace): LastPlace {
  return { district: place.district, unit: place.unit, year: place.year === null ? null : String(place.year), path: place.path };
}

export function toStored(place: LastPlace): StoredPlace {
  return { district: place.district, unit: place.unit, year: place.year === null ? null : Number(place.year), path: place.path };
}

function samePlace(a: StoredPlace, b: StoredPlace): boolean {
  return a.district === b.district && a.unit === b.unit && a.year === b.year && a.path === b.path;
}

export interface PlaceMemoryOptions {
  storage(): KeyValueStore | undefined;
  /** Writes the place to the database file; true when the file took it. */
  save(place: StoredPlace): Promise<boolean>;
  delayMs: number;
}

export interface PlaceMemory {
  /**
   * Copies the file's place into local storage; nothing when the file has none. When local storage
   * holds a newer place the file never received, that one is kept and sent to the file instead.
   */
  adoptStoredPlace(place: StoredPlace | null): void;
  /** Remembers part of the place: now in local storage, soon in the database file. */
  rememberPlace(change: Partial<LastPlace>): void;
}

export function createPlaceMemory({ storage, save, delayMs }: PlaceMemoryOptions): PlaceMemory {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the file holds once the writes sent have landed; undefined while that is not known. */
  let fileHolds: StoredPlace | null | undefined;
  let inFlight = 0;

  const markUnsaved = (unsaved: boolean) => {
    try {
      if (unsaved) storage()?.setItem(UNSAVED_PLACE_KEY, '1');
      else storage()?.removeItem(UNSAVED_PLACE_KEY);
    } catch {
      // Remembering is a convenience; the app works without it.
    }
  };
  const hasUnsaved = () => {
    try {
      return storage()?.getItem(UNSAVED_PLACE_KEY) === '1';
    } catch {
      return false;
    }
  };
  const send = (place: StoredPlace) => {
    fileHolds = place;
    inFlight++;
    // Remembering is a convenience: a refusal (a read-only file) changes nothing the user sees.
    void save(place)
      .catch(() => false)
      .then((saved) => {
        inFlight--;
        if (!saved) {
          if (fileHolds === place) fileHolds = undefined;
          return;
        }
        if (timer === undefined && inFlight === 0) markUnsaved(false);
      });
  };

  return {
    adoptStoredPlace(place) {
      if (hasUnsaved()) {
        send(toStored(readLastPlace(storage())));
        return;
      }
      fileHolds = place;
      if (place === null) return;
      writeLastPlace(storage(), fromStored(place));
    },
    rememberPlace(change) {
      const store = storage();
      writeLastPlace(store, change);
      const next = toStored({ ...readLastPlace(store), ...change });
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (fileHolds !== undefined && fileHolds !== null && samePlace(fileHolds, next)) {
        // Back where the file is (or is about to be): nothing to write.
        if (inFlight === 0) markUnsaved(false);
        return;
      }
      markUnsaved(true);
      timer = setTimeout(() => {
        timer = undefined;
        send(next);
      }, delayMs);
    },
  };
}

// Where the user was: the last district, unit, year and page, kept in the renderer's local storage
// so that the app opens there again. The database file keeps it too (placeSync.ts), and its place
// is copied here at start.
import type { RequestedSelection } from './requested.ts';

export const LAST_PLACE_KEY = 'lotsplan-senaste-plats';

export interface LastPlace {
  district: string | null;
  unit: string | null;
  year: string | null;
  /** A path of the hash route, such as /prognos. */
  path: string | null;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const EMPTY: LastPlace = { district: null, unit: null, year: null, path: null };

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

/** What was stored, or nothing; anything malformed counts as nothing. */
export function readLastPlace(store: KeyValueStore | undefined): LastPlace {
  try {
    const raw = store?.getItem(LAST_PLACE_KEY);
    if (!raw) return EMPTY;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return EMPTY;
    const p = parsed as Record<string, unknown>;
    const year = text(p.year);
    const path = text(p.path);
    return {
      district: text(p.district),
      unit: text(p.unit),
      year: year !== null && /^\d{4}$/.test(year) ? year : null,
      path: path !== null && /^\/[a-z0-9-]+(\/[A-Za-z0-9-]+)?$/.test(path) ? path : null,
    };
  } catch {
    return EMPTY;
  }
}

/** Stores part of the place, keeping the rest. Storage that refuses (full, disabled) is ignored. */
export function writeLastPlace(store: KeyValueStore | undefined, change: Partial<LastPlace>): void {
  try {
    const next = { ...readLastPlace(store), ...change };
    store?.setItem(LAST_PLACE_KEY, JSON.stringify(next));
  } catch {
    // Remembering is a convenience; the app works without it.
  }
}

/** The selection to ask for when the URL names none: the stored one, else whatever the URL says. */
export function requestWithMemory(fromUrl: RequestedSelection, last: LastPlace): RequestedSelection {
  if (fromUrl.district !== null || fromUrl.unit !== null || fromUrl.year !== null) return fromUrl;
  return { district: last.district, unit: last.unit, year: last.year };
}

export function browserStorage(): KeyValueStore | undefined {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage;
  } catch {
    return undefined;
  }
}

// Where the user was: the last district, unit, year and page. Kept in the database file (table
// ui_state, schema 6) so that the app opens there again, on any computer the file is opened on.
// The path is a page of the app's hash route (such as /prognos or /tjansteutlatanden/12), never a
// free text; names are as the catalog writes them and are checked against it when used.
import * as z from 'zod';

export interface LastPlace {
  district: string | null;
  unit: string | null;
  year: number | null;
  /** A path of the app's hash route, such as /prognos. */
  path: string | null;
}

export const EMPTY_LAST_PLACE: LastPlace = { district: null, unit: null, year: null, path: null };

/** A page of the hash route: /prognos, /tjansteutlatanden/12. */
export const PAGE_PATH_PATTERN = /^\/[a-z0-9-]+(\/[A-Za-z0-9-]+)?$/;

const name = z.string().trim().min(1, 'Namnet får inte vara tomt.').max(200, 'Namnet får vara högst 200 tecken.');

/** The place as a caller sends it; anything else is refused with a Swedish message. */
export const lastPlaceSchema = z.strictObject({
  district: name.nullable(),
  unit: name.nullable(),
  year: z.int('Året ska vara ett heltal.').min(1900, 'Året ska vara mellan 1900 och 2200.').max(2200, 'Året ska vara mellan 1900 och 2200.').nullable(),
  path: z
    .string()
    .max(200, 'Sidans adress får vara högst 200 tecken.')
    .regex(PAGE_PATH_PATTERN, 'Sidans adress ska vara en sida i Lotsplan, till exempel /prognos.')
    .nullable(),
});

/**
 * What a stored value says, field by field: a field that does not hold up (a file written by hand,
 * an older form) counts as unknown instead of refusing the whole place.
 */
export function readStoredLastPlace(value: unknown): LastPlace {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY_LAST_PLACE;
  const v = value as Record<string, unknown>;
  const field = <K extends keyof LastPlace>(key: K): LastPlace[K] => {
    const parsed = lastPlaceSchema.shape[key].safeParse(v[key]);
    return (parsed.success ? parsed.data : null) as LastPlace[K];
  };
  return { district: field('district'), unit: field('unit'), year: field('year'), path: field('path') };
}

// ui_state (schema 6): one JSON value per key. The last place is the only key today.
import type { Kysely } from 'kysely';
import { readStoredLastPlace, type LastPlace } from '../../core/uiState/lastPlace.ts';
import type { LotsplanDatabase } from '../schema.ts';

type Db = Kysely<LotsplanDatabase>;

export const LAST_PLACE_KEY = 'last_place';

/** The stored last place, or null when none was stored (or what was stored is not JSON). */
export async function readLastPlace(db: Db): Promise<LastPlace | null> {
  const row = await db.selectFrom('ui_state').select('value_json').where('key', '=', LAST_PLACE_KEY).executeTakeFirst();
  if (!row) return null;
  try {
    return readStoredLastPlace(JSON.parse(row.value_json));
  } catch {
    return null;
  }
}

export async function writeLastPlace(db: Db, place: LastPlace, at: Date): Promise<void> {
  const value_json = JSON.stringify({ district: place.district, unit: place.unit, year: place.year, path: place.path });
  const updated_at = at.toISOString();
  await db
    .insertInto('ui_state')
    .values({ key: LAST_PLACE_KEY, value_json, updated_at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at }))
    .execute();
}

// Finds districts and units by name the way core/validation/names.ts compares names: without
// regard to case, Unicode form, spacing or invisible characters. So "rinkeby-kista", the decomposed
// "Ha\u0308sselby-Va\u0308llingby" or a name with a zero-width space written by an older version
// find the stored district instead of becoming a second one. There are a few dozen districts and
// units, so the rows are compared in TypeScript rather than with an SQL collation.
import type { Kysely } from 'kysely';
import { nameKey } from '../../core/validation/names.ts';
import type { LotsplanDatabase } from '../schema.ts';

type Db = Kysely<LotsplanDatabase>;

export interface NamedRow {
  id: number;
  name: string;
}

/** The stored district with this name, or null. */
export async function findDistrict(db: Db, name: string): Promise<NamedRow | null> {
  const key = nameKey(name);
  const rows = await db.selectFrom('districts').select(['id', 'name']).orderBy('id').execute();
  return rows.find((r) => nameKey(r.name) === key) ?? null;
}

/** The stored unit with this name in the district, or null. */
export async function findUnitIn(db: Db, districtId: number, name: string): Promise<NamedRow | null> {
  const key = nameKey(name);
  const rows = await db.selectFrom('units').select(['id', 'name']).where('district_id', '=', districtId).orderBy('id').execute();
  return rows.find((r) => nameKey(r.name) === key) ?? null;
}

/** The stored unit of `district` and `unit`, or null when either does not exist. */
export async function findUnitByNames(db: Db, key: { district: string; unit: string }): Promise<NamedRow | null> {
  const district = await findDistrict(db, key.district);
  return district ? findUnitIn(db, district.id, key.unit) : null;
}

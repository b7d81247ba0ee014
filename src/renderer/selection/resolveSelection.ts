// Which unit-year the URL asks for, checked against what the database holds. Anything missing
// or unknown falls back to the first district, its first unit and its latest year.
import type { CallOutput } from '../../api/contracts/index.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import type { RequestedSelection } from './requested.ts';

export type Catalog = CallOutput<'listCatalog'>;

export { PARAM } from './requested.ts';

export type { RequestedSelection } from './requested.ts';

export function resolveSelection(catalog: Catalog, requested: RequestedSelection): UnitYearSelection | null {
  const district = catalog.districts.find((d) => d.name === requested.district) ?? catalog.districts[0];
  if (!district) return null;
  const unit = district.units.find((u) => u.name === requested.unit) ?? district.units[0];
  if (!unit || unit.years.length === 0) return null;
  const wantedYear = requested.year === null ? Number.NaN : Number(requested.year);
  const year = unit.years.includes(wantedYear) ? wantedYear : Math.max(...unit.years);
  return { district: district.name, unit: unit.name, year };
}

// Turns "district, maybe unit, maybe year" into one stored unit-year, or a Swedish refusal.
import type { CatalogDistrict, LotsplanStore, StoredUnitYear } from '../../store/contract.ts';
import { ApiFailure } from '../envelope.ts';
import { sameName } from '../../core/validation/names.ts';

export interface UnitYearSelector {
  district: string;
  unit?: string | undefined;
  year?: number | undefined;
}

export interface ResolvedUnit {
  district: string;
  unit: string;
  years: number[];
}

/** The district and unit as stored (matched without regard to case or Unicode form), or a Swedish refusal. */
export async function resolveUnit(store: LotsplanStore, selector: Omit<UnitYearSelector, 'year'>): Promise<ResolvedUnit> {
  const catalog = await store.catalog();
  const district = catalog.find((d) => sameName(d.name, selector.district));
  if (!district) {
    const known = catalog.map((d) => d.name).join(', ');
    throw new ApiFailure(
      'NOT_FOUND',
      `Stadsdelen ”${selector.district}” finns inte i databasen.${known ? ` Följande finns: ${known}.` : ' Databasen är tom.'}`,
    );
  }
  let unit: CatalogDistrict['units'][number] | undefined;
  if (selector.unit === undefined) {
    if (district.units.length !== 1) {
      const names = district.units.map((u) => u.name).join(', ');
      throw new ApiFailure('VALIDATION', `${district.name} har flera enheter (${names}). Ange vilken enhet som avses.`);
    }
    unit = district.units[0]!;
  } else {
    const wanted = selector.unit;
    unit = district.units.find((u) => sameName(u.name, wanted));
    if (!unit) {
      const names = district.units.map((u) => u.name).join(', ');
      throw new ApiFailure('NOT_FOUND', `Enheten ”${selector.unit}” finns inte i ${district.name}. Följande finns: ${names}.`);
    }
  }
  return { district: district.name, unit: unit.name, years: unit.years };
}

export async function resolveUnitYear(store: LotsplanStore, selector: UnitYearSelector): Promise<StoredUnitYear> {
  const { district, unit, years } = await resolveUnit(store, selector);
  const year = selector.year ?? Math.max(...years);
  if (!years.includes(year)) {
    throw new ApiFailure('NOT_FOUND', `${district}, ${unit} har inga uppgifter för ${year}. Följande år finns: ${years.join(', ')}.`);
  }
  const stored = await store.getUnitYear({ district, unit, year });
  if (!stored) throw new ApiFailure('NOT_FOUND', `${district}, ${unit} har inga uppgifter för ${year}.`);
  return stored;
}

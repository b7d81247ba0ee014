// Turns "district, maybe unit, maybe year" into one stored unit-year, or a Swedish refusal.
import type { LotsplanStore, StoredUnitYear } from '../../store/contract.ts';
import { ApiFailure } from '../envelope.ts';

export interface UnitYearSelector {
  district: string;
  unit?: string | undefined;
  year?: number | undefined;
}

export async function resolveUnitYear(store: LotsplanStore, selector: UnitYearSelector): Promise<StoredUnitYear> {
  const catalog = await store.catalog();
  const district = catalog.find((d) => d.name.toLocaleLowerCase('sv') === selector.district.toLocaleLowerCase('sv'));
  if (!district) {
    const known = catalog.map((d) => d.name).join(', ');
    throw new ApiFailure(
      'NOT_FOUND',
      `Stadsdelen "${selector.district}" finns inte i databasen.${known ? ` Följande finns: ${known}.` : ' Databasen är tom.'}`,
    );
  }
  let unit;
  if (selector.unit === undefined) {
    if (district.units.length !== 1) {
      const names = district.units.map((u) => u.name).join(', ');
      throw new ApiFailure('VALIDATION', `${district.name} har flera enheter (${names}). Ange vilken enhet som avses.`);
    }
    unit = district.units[0]!;
  } else {
    const wanted = selector.unit.toLocaleLowerCase('sv');
    unit = district.units.find((u) => u.name.toLocaleLowerCase('sv') === wanted);
    if (!unit) {
      const names = district.units.map((u) => u.name).join(', ');
      throw new ApiFailure('NOT_FOUND', `Enheten "${selector.unit}" finns inte i ${district.name}. Följande finns: ${names}.`);
    }
  }
  const year = selector.year ?? Math.max(...unit.years);
  if (!unit.years.includes(year)) {
    throw new ApiFailure(
      'NOT_FOUND',
      `${district.name}, ${unit.name} har inga uppgifter för ${year}. Följande år finns: ${unit.years.join(', ')}.`,
    );
  }
  const stored = await store.getUnitYear({ district: district.name, unit: unit.name, year });
  if (!stored) throw new ApiFailure('NOT_FOUND', `${district.name}, ${unit.name} har inga uppgifter för ${year}.`);
  return stored;
}

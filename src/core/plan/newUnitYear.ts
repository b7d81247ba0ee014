// The first run: an empty plan for a unit-year from the five things a unit manager knows at once
// (district, unit, year, PO-pålägg and caseload per lots). Staff, costs and funding are added
// under Bemanning och budget afterwards.
import * as z from 'zod';
import { nameSchema } from '../validation/names.ts';
import { DEFAULT_CASELOAD_PER_LOTS, type UnitYearPlan } from './model.ts';

/** The districts that ran SIG in 2021; suggestions only, any district may be written. */
export const SIG_DISTRICTS = ['Enskede-Årsta-Vantör', 'Farsta', 'Hässelby-Vällingby', 'Rinkeby-Kista', 'Skarpnäck', 'Skärholmen', 'Spånga-Tensta'] as const;

/** The unit names SIG uses; suggestions only. */
export const SIG_UNITS = ['SIG vuxna', 'SIG unga'] as const;

export const newUnitYearSchema = z.strictObject({
  district: nameSchema(),
  unit: nameSchema(),
  year: z.int('Året ska vara ett heltal.').min(2000, 'Året ska vara mellan 2000 och 2100.').max(2100, 'Året ska vara mellan 2000 och 2100.'),
  poPercent: z
    .number('PO-pålägget ska vara ett tal.')
    .min(0, 'PO-pålägget ska vara mellan 0 och 100 procent.')
    .max(100, 'PO-pålägget ska vara mellan 0 och 100 procent.'),
  caseloadPerLots: z
    .number('Antalet deltagare per lots ska vara ett tal.')
    .gt(0, 'Antalet deltagare per lots ska vara större än 0.')
    .max(100, 'Antalet deltagare per lots får vara högst 100.')
    .default(DEFAULT_CASELOAD_PER_LOTS),
});

export type NewUnitYear = z.output<typeof newUnitYearSchema>;

export function newUnitYearPlan(input: NewUnitYear): UnitYearPlan {
  return {
    district: input.district,
    unit: input.unit,
    year: input.year,
    ageFrom: null,
    ageTo: null,
    caseloadPerLots: input.caseloadPerLots,
    poPercent: input.poPercent,
    staff: [],
    otherCosts: [],
    funding: [],
    participants: { enrolled: 0, men: 0, women: 0, otherGender: 0, genderUnknown: 0, queue: 0, touched: 0 },
    demand: null,
  };
}

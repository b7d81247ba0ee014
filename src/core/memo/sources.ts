// What a memo's figures are computed from: the unit-year as the store holds it (plan, settings
// and scenarios), the unit's monthly statistics and the time. The API gathers these from the
// store; everything else (key figures, the marginal lots, the forecasts at today's and a raised
// demand, the recommendation) is computed in core from them.
import type { EditableUnitYear } from '../unitYear/state.ts';
import type { MonthlyStatistics } from '../statistics/monthly.ts';

export interface MemoSources {
  unitYear: EditableUnitYear;
  /** The unit-year's updated_at (ISO 8601, UTC), stored with the snapshot. */
  planUpdatedAt: string;
  /** The unit's monthly statistics in calendar order. */
  statistics: readonly MonthlyStatistics[];
  /** The memo's scenario (an id in unitYear.state.scenarios), or null for the plan alone. */
  scenarioId: number | null;
  now: Date;
}

/** Defaults per district, kept in settings (and the database, so they are backed up). */
export interface MemoDefaults {
  namnd: string;
  forvaltning: string;
  avdelning: string;
  handlaggare: { name: string; phone: string };
  signatories: { name: string; title: string }[];
}

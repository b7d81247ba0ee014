// The staffing part of a unit-year's editable state: positions, other costs, funding lines and
// year settings, with the ids the UI edits them by, and the plan the figures are computed from.
// The whole state, with the scenarios, is core/unitYear/state.ts.
import type { FundingLine, OtherCost, StaffPosition, UnitYearPlan } from '../plan/model.ts';
import type { YearSettings } from './settings.ts';

/** A row id given by the store. New rows carry NEW_ROW_ID until the store has saved them. */
export const NEW_ROW_ID = 0;

export interface PositionRow extends StaffPosition {
  id: number;
  vacant: boolean;
  fundingSource: string | null;
}

export interface OtherCostRow extends OtherCost {
  id: number;
}

export interface FundingRow extends FundingLine {
  id: number;
}

/** What the staffing edits change; the unit-year state holds it and the scenarios. */
export interface StaffingState {
  settings: YearSettings;
  staff: PositionRow[];
  otherCosts: OtherCostRow[];
  funding: FundingRow[];
}

/** The plan with the rows and settings of the state: what the figures are computed from. */
export interface StaffingPlan extends UnitYearPlan {
  staff: PositionRow[];
  otherCosts: OtherCostRow[];
  funding: FundingRow[];
}

export function planOf(plan: UnitYearPlan, state: StaffingState): StaffingPlan {
  return {
    ...plan,
    poPercent: state.settings.poPercent,
    caseloadPerLots: state.settings.caseloadPerLots,
    staff: state.staff,
    otherCosts: state.otherCosts,
    funding: state.funding,
  };
}

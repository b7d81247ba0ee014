// The editable part of a unit-year: positions, other costs, funding lines, year settings and
// scenarios, with the ids the UI edits them by. The store saves it as a whole after each edit and
// keeps the state before and after every edit for undo and redo (src/store/repositories/workbook.ts).
import type { FundingLine, OtherCost, StaffPosition, UnitYearKey, UnitYearPlan } from '../plan/model.ts';
import type { YearSettings } from './settings.ts';
import type { ScenarioRecord } from '../scenarios/types.ts';

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

export interface WorkbookState {
  settings: YearSettings;
  staff: PositionRow[];
  otherCosts: OtherCostRow[];
  funding: FundingRow[];
  scenarios: ScenarioRecord[];
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** Swedish description of the edit that undo would revert, e.g. "Ändrade tjänsten Lots (rad 2)". */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** A unit-year as the staffing view reads it. */
export interface Workbook {
  unitYearId: number;
  key: UnitYearKey;
  exampleValues: boolean;
  /** The saved plan with the state's rows and settings (participants, demand and ages as saved). */
  plan: StaffingPlan;
  state: WorkbookState;
  history: HistoryState;
}

/** The plan with the rows and settings of the state: what the figures are computed from. */
export interface StaffingPlan extends UnitYearPlan {
  staff: PositionRow[];
  otherCosts: OtherCostRow[];
  funding: FundingRow[];
}

export function planOf(plan: UnitYearPlan, state: WorkbookState): StaffingPlan {
  return {
    ...plan,
    poPercent: state.settings.poPercent,
    caseloadPerLots: state.settings.caseloadPerLots,
    staff: state.staff,
    otherCosts: state.otherCosts,
    funding: state.funding,
  };
}

// The editable state of a unit-year: the staffing part (positions, other costs, funding, year
// settings) and the scenarios. The store saves it as a whole after each edit and keeps the state
// before and after every edit for undo and redo (src/store/repositories/unitYearState.ts). It sits
// above staffing and scenarios, which edit their own parts of it.
import type { UnitYearKey } from '../plan/model.ts';
import type { WithScenarios } from '../scenarios/edits.ts';
import type { EditResult } from '../staffing/edits.ts';
import type { StaffingPlan } from '../staffing/state.ts';

/** Everything of a unit-year the user edits: the staffing state and the scenarios. */
export type UnitYearState = WithScenarios;

/** An edit of a unit-year's state: the state after it and its Swedish label. */
export type UnitYearEdit = EditResult<UnitYearState>;

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** Swedish description of the edit that undo would revert, e.g. "Ändrade tjänsten Lots (rad 2)". */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** A unit-year as the screens and the memo read it: its key, the plan, the editable state and its history. */
export interface EditableUnitYear {
  unitYearId: number;
  key: UnitYearKey;
  exampleValues: boolean;
  /** The saved plan with the state's rows and settings (participants, demand and ages as saved). */
  plan: StaffingPlan;
  state: UnitYearState;
  history: HistoryState;
}

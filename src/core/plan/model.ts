// The plan of one unit for one year: everything the figures are computed from.
// These are plain data types shared by core, store, api and renderer.

// The roles and their Swedish labels live with the other field vocabulary (validation/fieldNames.ts),
// so that validation messages can name a role without importing the plan (no folder cycle).
export { STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../validation/fieldNames.ts';
import type { StaffRole } from '../validation/fieldNames.ts';

export interface StaffPosition {
  role: StaffRole;
  title: string;
  /** Share of full time, in (0, 1]. */
  fte: number;
  /** Monthly salary in kronor at full time, before PO-pålägg. */
  monthlySalary: number;
  /** First and last active month of the year, 1–12 inclusive. */
  fromMonth: number;
  toMonth: number;
  /**
   * Budgeted but unfilled (vakant). A vacant position costs nothing and gives no capacity in the
   * figures (utfall); it is still part of the budget (see src/core/staffing/profile.ts).
   * Absent means false.
   */
  vacant?: boolean | undefined;
  /** Which funding line pays for the position (free text, e.g. "Socialförvaltningen"); absent means not stated. */
  fundingSource?: string | null | undefined;
}

export interface OtherCost {
  label: string;
  amount: number;
}

export interface FundingLine {
  source: string;
  amount: number;
  /** Ansökningsperiod ("1", "2", …) or null when the line is not tied to one. */
  period: string | null;
}

export interface ParticipantFigures {
  enrolled: number;
  men: number;
  women: number;
  otherGender: number;
  /** Enrolled whose gender was not reported (e.g. older city-wide compilations). */
  genderUnknown: number;
  queue: number;
  touched: number;
}

export interface DemandAssumptions {
  arrivalsPerMonth: number;
  meanStayMonths: number;
}

/** Identifies a unit-year by names, as users and exchange files do. */
export interface UnitYearKey {
  district: string;
  unit: string;
  year: number;
}

export interface UnitYearPlan extends UnitYearKey {
  ageFrom: number | null;
  ageTo: number | null;
  caseloadPerLots: number;
  poPercent: number;
  staff: StaffPosition[];
  otherCosts: OtherCost[];
  funding: FundingLine[];
  participants: ParticipantFigures;
  /** Null when the unit has not stated its demand (arrivals and stay). */
  demand: DemandAssumptions | null;
}

/** Default caseload per full-time lots (docs/DOMAIN.md: about seven participants). */
export const DEFAULT_CASELOAD_PER_LOTS = 7;

/** True when the position is budgeted but unfilled. */
export function isVacant(position: Pick<StaffPosition, 'vacant'>): boolean {
  return position.vacant === true;
}

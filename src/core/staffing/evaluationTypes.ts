// The shapes evaluate.ts computes and explainEvaluation.ts explains, in a file of their own so that
// the two do not import each other.
import type { UnitYearPlan } from '../plan/model.ts';
import type { ProfilePosition } from './profile.ts';

export interface SavingsFigures {
  /** Sum of the funding lines. */
  fundingBeforeSavings: number;
  /** The requirement in percent (0 when exempt). */
  appliedPercent: number;
  /** Funding × requirement: what the unit must give up. */
  savingsAmount: number;
  fundingAfterSavings: number;
}

/** A plan whose staff rows carry what the month profile needs. */
export type ProfilePlan = UnitYearPlan & { staff: ProfilePosition[] };

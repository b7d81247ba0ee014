// Scenarios side by side with the saved plan (the baseline): the figures of each, and the deltas
// scenario − baseline for the figures the comparison view shows.
import type { KeyFigures } from '../figures/keyFigures.ts';
import { evaluatePlan, type PlanEvaluation } from '../staffing/evaluate.ts';
import type { YearSettings } from '../staffing/settings.ts';
import type { StaffingPlan } from '../staffing/state.ts';
import { budgetSettingsOf } from '../staffing/settings.ts';
import { applyScenario } from './apply.ts';
import { differenceSentence } from './difference.ts';
import type { ScenarioRecord } from './types.ts';

export const COMPARED_FIGURES = ['lotsarFte', 'capacity', 'totalCost', 'balance', 'costPerParticipant', 'costPerLots', 'utilization'] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];
export type FigureDeltas = Record<ComparedFigure, number | null>;

export function figureDeltas(baseline: KeyFigures, other: KeyFigures): FigureDeltas {
  const deltas = {} as FigureDeltas;
  for (const key of COMPARED_FIGURES) {
    const a = baseline[key];
    const b = other[key];
    deltas[key] = a === null || b === null ? null : b - a;
  }
  return deltas;
}

export interface ScenarioEvaluation extends PlanEvaluation {
  warnings: string[];
}

export interface ComparedScenario {
  scenario: ScenarioRecord;
  evaluation: ScenarioEvaluation;
  deltas: FigureDeltas;
  /** The key difference in one Swedish sentence. */
  sentence: string;
}

export interface Comparison {
  baseline: PlanEvaluation;
  scenarios: ComparedScenario[];
}

export function evaluateBaseline(plan: StaffingPlan, settings: YearSettings): PlanEvaluation {
  return evaluatePlan(plan, budgetSettingsOf(settings));
}

export function evaluateScenario(plan: StaffingPlan, settings: YearSettings, scenario: ScenarioRecord): ScenarioEvaluation {
  const applied = applyScenario(plan, settings, scenario.overrides);
  return { ...evaluatePlan(applied.plan, applied.settings), warnings: applied.warnings };
}

export function compareScenarios(plan: StaffingPlan, settings: YearSettings, scenarios: readonly ScenarioRecord[]): Comparison {
  const baseline = evaluateBaseline(plan, settings);
  return {
    baseline,
    scenarios: scenarios.map((scenario) => {
      const evaluation = evaluateScenario(plan, settings, scenario);
      return {
        scenario,
        evaluation,
        deltas: figureDeltas(baseline.figures, evaluation.figures),
        sentence: differenceSentence({ plan, settings, scenario, baseline, evaluation }),
      };
    }),
  };
}

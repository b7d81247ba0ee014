// Scenario edits as pure functions on the unit-year's state (see src/core/staffing/edits.ts).
// Names are unique per unit-year regardless of case ("Besparing" and "besparing" collide).
import { EditError } from '../validation/editError.ts';
import type { EditResult } from '../staffing/edits.ts';
import { NEW_ROW_ID, planOf, type StaffingState } from '../staffing/state.ts';
import type { UnitYearPlan } from '../plan/model.ts';
import { scenarioOverridesSchema } from './overrides.ts';
import { referenceProblems } from './apply.ts';
import type { ScenarioOverrides, ScenarioOverridesInput, ScenarioPreset, ScenarioRecord } from './types.ts';

/** What the scenario edits read and change: the staffing state and the scenarios (the unit-year state). */
export interface WithScenarios extends StaffingState {
  scenarios: ScenarioRecord[];
}
import { fieldMessage } from '../validation/fieldNames.ts';

/** A scenario by id (from the UI) or by name (from the CLI). */
export type ScenarioRef = number | string;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

export function findScenario(state: WithScenarios, ref: ScenarioRef): ScenarioRecord {
  const found = state.scenarios.find((s) => (typeof ref === 'number' ? s.id === ref : sameName(s.name, ref)));
  if (found) return found;
  const what = typeof ref === 'number' ? `med id ${ref}` : `”${ref}”`;
  const names = state.scenarios.map((s) => `”${s.name}”`).join(', ');
  throw new EditError('NOT_FOUND', `Scenariot ${what} finns inte. ${names ? `Följande scenarier finns: ${names}.` : 'Det finns inga scenarier för året än.'}`);
}

function checkFreeName(state: WithScenarios, name: string, except?: number): void {
  const clash = state.scenarios.find((s) => s.id !== except && sameName(s.name, name));
  if (clash) {
    throw new EditError('CONFLICT', `Det finns redan ett scenario som heter ”${clash.name}”. Välj ett annat namn.`, [
      fieldMessage('name', `namnet ”${name.trim()}” är redan använt`),
    ]);
  }
}

/** Parses the overrides and checks every row they refer to against the plan. */
export function checkedOverrides(plan: UnitYearPlan, state: WithScenarios, input: ScenarioOverridesInput): ScenarioOverrides {
  const overrides = scenarioOverridesSchema.parse(input);
  const problems = referenceProblems(planOf(plan, state), overrides);
  if (problems.length > 0) throw new EditError('VALIDATION', 'Scenariots ändringar kunde inte tas emot.', problems);
  return overrides;
}

export function createScenario<S extends WithScenarios>(
  state: S,
  input: { name: string; preset: ScenarioPreset; overrides: ScenarioOverrides; now: string },
): EditResult<S> {
  const name = input.name.trim();
  checkFreeName(state, name);
  const record: ScenarioRecord = {
    id: NEW_ROW_ID,
    name,
    preset: input.preset,
    overrides: input.overrides,
    createdAt: input.now,
    updatedAt: input.now,
  };
  return { state: { ...state, scenarios: [...state.scenarios, record] }, label: `Skapade scenariot ”${name}”` };
}

export function copyScenario<S extends WithScenarios>(state: S, ref: ScenarioRef, newName: string, now: string): EditResult<S> {
  const source = findScenario(state, ref);
  const name = newName.trim();
  checkFreeName(state, name);
  const copy: ScenarioRecord = { ...source, id: NEW_ROW_ID, name, createdAt: now, updatedAt: now };
  return {
    state: { ...state, scenarios: [...state.scenarios, copy] },
    label: `Kopierade scenariot ”${source.name}” till ”${name}”`,
  };
}

export function renameScenario<S extends WithScenarios>(state: S, ref: ScenarioRef, newName: string, now: string): EditResult<S> {
  const scenario = findScenario(state, ref);
  const name = newName.trim();
  checkFreeName(state, name, scenario.id);
  return {
    state: { ...state, scenarios: state.scenarios.map((s) => (s.id === scenario.id ? { ...s, name, updatedAt: now } : s)) },
    label: `Bytte namn på scenariot ”${scenario.name}” till ”${name}”`,
  };
}

export function updateScenario<S extends WithScenarios>(
  state: S,
  ref: ScenarioRef,
  overrides: ScenarioOverrides,
  now: string,
  preset?: ScenarioPreset,
): EditResult<S> {
  const scenario = findScenario(state, ref);
  return {
    state: {
      ...state,
      scenarios: state.scenarios.map((s) => (s.id === scenario.id ? { ...s, overrides, preset: preset ?? s.preset, updatedAt: now } : s)),
    },
    label: `Ändrade scenariot ”${scenario.name}”`,
  };
}

export function deleteScenario<S extends WithScenarios>(state: S, ref: ScenarioRef): EditResult<S> {
  const scenario = findScenario(state, ref);
  return {
    state: { ...state, scenarios: state.scenarios.filter((s) => s.id !== scenario.id) },
    label: `Tog bort scenariot ”${scenario.name}”`,
  };
}

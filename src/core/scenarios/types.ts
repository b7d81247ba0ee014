// A scenario is a named variant of a unit-year: overrides applied to the saved plan (the baseline).
import type * as z from 'zod';
import type { scenarioOverridesSchema } from './overrides.ts';

export const SCENARIO_PRESETS = ['unchanged', 'extraLots', 'increasedPressure', 'savings', 'custom'] as const;
export type ScenarioPreset = (typeof SCENARIO_PRESETS)[number];

/** The overrides with every default filled in (what is stored and applied). */
export type ScenarioOverrides = z.output<typeof scenarioOverridesSchema>;
/** The overrides as a caller may write them: every field optional. */
export type ScenarioOverridesInput = z.input<typeof scenarioOverridesSchema>;

export interface ScenarioRecord {
  /** Given by the store; NEW_ROW_ID (0) until saved. */
  id: number;
  name: string;
  preset: ScenarioPreset;
  overrides: ScenarioOverrides;
  /** ISO 8601 (UTC). */
  createdAt: string;
  updatedAt: string;
}

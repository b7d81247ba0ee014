// Calls for scenarios: named variants of a unit-year, their figures and the comparison view.
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { keyFiguresSchema } from './common.ts';
import { historySchema, monthSchema, unitYearTarget } from './staffing.ts';
import { scenarioOverridesPatchSchema, scenarioOverridesSchema } from '../../core/scenarios/overrides.ts';
import { SCENARIO_PRESETS } from '../../core/scenarios/types.ts';
import { MAX_AMOUNT } from '../../core/exchange/unitExchangeFile.ts';
import { savedForecastInputsSchema, savedForecastSchema } from '../../core/forecast/saved.ts';

const scenarioName = z.string().trim().min(1).max(100);
/** A scenario by id (number) or by name (text). */
const scenarioRef = z.union([z.int().positive(), scenarioName]);

export const scenarioSchema = z.strictObject({
  id: z.int(),
  name: z.string(),
  preset: z.enum(SCENARIO_PRESETS),
  presetLabel: z.string(),
  /** Swedish summary of the overrides. */
  description: z.string(),
  overrides: scenarioOverridesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const deltasSchema = z.strictObject({
  lotsarFte: z.number().nullable(),
  capacity: z.number().nullable(),
  totalCost: z.number().nullable(),
  balance: z.number().nullable(),
  costPerParticipant: z.number().nullable(),
  costPerLots: z.number().nullable(),
  utilization: z.number().nullable(),
});

const evaluatedScenarioSchema = z.strictObject({
  scenario: scenarioSchema,
  figures: keyFiguresSchema,
  months: z.array(monthSchema).length(12),
  explanations: z.record(z.string(), z.string()),
  /** Overrides that could not be applied to today's plan, in Swedish. */
  warnings: z.array(z.string()),
  deltas: deltasSchema,
  /** The key difference against the saved plan in one Swedish sentence. */
  sentence: z.string(),
});

const scenarioEditOutput = z.strictObject({ label: z.string().nullable(), scenario: scenarioSchema, history: historySchema });

export const scenarioContracts = {
  listScenarios: defineCall({
    summary: 'Enhetsårets scenarier och de färdiga scenariotyperna.',
    input: z.strictObject(unitYearTarget),
    output: z.strictObject({
      scenarios: z.array(scenarioSchema),
      presets: z.array(z.strictObject({ preset: z.enum(SCENARIO_PRESETS), label: z.string(), description: z.string() })),
    }),
  }),
  createScenario: defineCall({
    summary: 'Skapar ett scenario, från en färdig typ ("En lots till", "Ökat tryck", "Besparing" …) eller med egna ändringar.',
    input: z.strictObject({
      ...unitYearTarget,
      name: scenarioName,
      preset: z.enum(SCENARIO_PRESETS).default('custom'),
      /** For "En lots till": from which month, at which salary (default the median lots salary) and FTE. */
      extraLots: z
        .strictObject({
          fromMonth: z.int().min(1).max(12).default(1),
          monthlySalary: z.number().min(0).max(MAX_AMOUNT).optional(),
          fte: z.number().gt(0).max(1).default(1),
        })
        .optional(),
      /** Own overrides; merged over the preset's, field by field. */
      overrides: scenarioOverridesPatchSchema.optional(),
    }),
    output: scenarioEditOutput,
  }),
  copyScenario: defineCall({
    summary: 'Kopierar ett scenario under ett nytt namn.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef, name: scenarioName }),
    output: scenarioEditOutput,
  }),
  renameScenario: defineCall({
    summary: 'Byter namn på ett scenario.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef, name: scenarioName }),
    output: scenarioEditOutput,
  }),
  updateScenario: defineCall({
    summary: 'Ersätter ett scenarios ändringar mot den sparade planen.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef, overrides: scenarioOverridesSchema }),
    output: scenarioEditOutput,
  }),
  deleteScenario: defineCall({
    summary: 'Tar bort ett scenario.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef }),
    output: z.strictObject({ label: z.string().nullable(), deleted: z.string(), history: historySchema }),
  }),
  getScenarioFigures: defineCall({
    summary: 'Nyckeltal och månadsprofil för ett scenario, med skillnaden mot den sparade planen.',
    input: z.strictObject({ ...unitYearTarget, scenario: scenarioRef }),
    output: evaluatedScenarioSchema,
  }),
  saveForecastToScenario: defineCall({
    summary:
      'Sparar en prognos i ett scenario (befintligt eller nytt), så att tjänsteutlåtandet kan hänvisa till den. Sammanfattningen räknas om från de sparade antagandena.',
    input: z
      .strictObject({
        ...unitYearTarget,
        /** An existing scenario by id or name. */
        scenario: scenarioRef.optional(),
        /** Or a new scenario with this name (no changes to the plan, only the forecast). */
        newScenarioName: scenarioName.optional(),
        forecast: savedForecastInputsSchema,
      })
      .refine((v) => (v.scenario === undefined) !== (v.newScenarioName === undefined), {
        message: 'ange antingen ett befintligt scenario (scenario) eller ett namn på ett nytt (newScenarioName)',
        path: ['scenario'],
      }),
    output: z.strictObject({
      label: z.string().nullable(),
      scenario: scenarioSchema,
      forecast: savedForecastSchema,
      created: z.boolean(),
      history: historySchema,
    }),
  }),
  compareScenarios: defineCall({
    summary: 'Jämför ett till fyra scenarier med den sparade planen.',
    input: z.strictObject({ ...unitYearTarget, scenarios: z.array(scenarioRef).min(1).max(4) }),
    output: z.strictObject({
      baseline: z.strictObject({
        figures: keyFiguresSchema,
        months: z.array(monthSchema).length(12),
        explanations: z.record(z.string(), z.string()),
      }),
      scenarios: z.array(evaluatedScenarioSchema),
      /** The compared figures in display order, with Swedish labels. */
      compared: z.array(z.strictObject({ key: z.string(), label: z.string() })),
    }),
  }),
} as const;

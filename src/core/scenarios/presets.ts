// The scenarios a unit manager expects to find ready-made.
import { EditError } from '../validation/editError.ts';
import { medianLotsSalary } from '../plan/salaries.ts';
import type { StaffPosition } from '../plan/model.ts';
import type { ScenarioOverridesInput, ScenarioPreset } from './types.ts';
import { fieldMessage } from '../validation/fieldNames.ts';

export const PRESET_LABELS: Record<ScenarioPreset, string> = {
  unchanged: 'Oförändrat',
  extraLots: 'En lots till',
  increasedPressure: 'Ökat tryck',
  savings: 'Besparing',
  custom: 'Eget scenario',
};

export const PRESET_DESCRIPTIONS: Record<ScenarioPreset, string> = {
  unchanged: 'Planen som den är sparad, utan ändringar.',
  extraLots: 'En lots till på heltid från en vald månad, med enhetens medianlön för lotsar.',
  increasedPressure: 'Anmälningarna per månad ökar med 30 procent.',
  savings: 'Finansieringen minskar med 5 procent.',
  custom: 'Egna ändringar av bemanning, kostnader, finansiering och efterfrågan.',
};

export const INCREASED_PRESSURE_PERCENT = 30;
export const SAVINGS_PRESET_PERCENT = -5;

export interface ExtraLotsOptions {
  /** First month of the new lots, 1–12; default January. */
  fromMonth?: number | undefined;
  /** Default: the median monthly salary of the plan's lotsar. */
  monthlySalary?: number | undefined;
  /** Default 1 (full time). */
  fte?: number | undefined;
}

/** The salary for a new lots: the given one, or the plan's median lots salary. */
export function newLotsSalary(staff: readonly StaffPosition[], given: number | undefined, field = 'extraLots.monthlySalary'): number {
  if (given !== undefined) return given;
  const median = medianLotsSalary(staff);
  if (median === null) {
    throw new EditError('VALIDATION', 'Planen har inga lotsar att räkna en medianlön från.', [fieldMessage(field, 'ange månadslönen för den nya lotsen')]);
  }
  return median;
}

export function presetOverrides(preset: ScenarioPreset, staff: readonly StaffPosition[], options: ExtraLotsOptions = {}): ScenarioOverridesInput {
  switch (preset) {
    case 'extraLots':
      return {
        addPositions: [
          {
            role: 'lots',
            title: 'Ny lots',
            fte: options.fte ?? 1,
            monthlySalary: newLotsSalary(staff, options.monthlySalary),
            fromMonth: options.fromMonth ?? 1,
            toMonth: 12,
          },
        ],
      };
    case 'increasedPressure':
      return { arrivalsChangePercent: INCREASED_PRESSURE_PERCENT };
    case 'savings':
      return { fundingChangePercent: SAVINGS_PRESET_PERCENT };
    case 'unchanged':
    case 'custom':
      return {};
  }
}

/**
 * Presets stacked as starting points ("En lots till" + "Ökat tryck"): each preset's overrides in
 * turn, lists joined and other fields taken from the preset that sets them. The preset recorded
 * for the scenario is the single one when only one is given, else "custom".
 */
export function stackPresets(
  presets: readonly ScenarioPreset[],
  staff: readonly StaffPosition[],
  options: ExtraLotsOptions = {},
): { preset: ScenarioPreset; overrides: ScenarioOverridesInput } {
  const unique = [...new Set(presets)].filter((p) => p !== 'unchanged' && p !== 'custom');
  const overrides: ScenarioOverridesInput = {};
  for (const preset of unique) {
    const o = presetOverrides(preset, staff, options);
    if (o.addPositions) overrides.addPositions = [...(overrides.addPositions ?? []), ...o.addPositions];
    if (o.arrivalsChangePercent !== undefined) overrides.arrivalsChangePercent = o.arrivalsChangePercent;
    if (o.fundingChangePercent !== undefined) overrides.fundingChangePercent = o.fundingChangePercent;
  }
  const preset: ScenarioPreset = unique.length === 1 ? unique[0]! : unique.length === 0 ? (presets[0] ?? 'custom') : 'custom';
  return { preset, overrides };
}

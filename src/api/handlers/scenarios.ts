// Handlers for scenarios: list, create (from presets), copy, rename, change, delete, their figures
// and the comparison with the saved plan. Edits go through the same undoable path as the plan's.
import type { Handler } from './index.ts';
import type { ScenarioRecord, ScenarioOverridesInput } from '../../core/scenarios/types.ts';
import { SCENARIO_PRESETS } from '../../core/scenarios/types.ts';
import { PRESET_DESCRIPTIONS, PRESET_LABELS, presetOverrides } from '../../core/scenarios/presets.ts';
import { describeOverrides } from '../../core/scenarios/describe.ts';
import {
  checkedOverrides,
  copyScenario as copyScenarioEdit,
  createScenario as createScenarioEdit,
  deleteScenario as deleteScenarioEdit,
  findScenario,
  renameScenario as renameScenarioEdit,
  updateScenario as updateScenarioEdit,
} from '../../core/scenarios/edits.ts';
import { COMPARED_FIGURES, compareScenarios as compare, type ComparedScenario } from '../../core/scenarios/compare.ts';
import { FIGURE_LABELS } from '../../core/figures/figureLabels.ts';
import { summarizeForecast, type SavedForecast } from '../../core/forecast/saved.ts';
import { EditError } from '../../core/staffing/editError.ts';
import { emptyOverrides } from '../../core/scenarios/overrides.ts';
import { loadWorkbook, runEdit } from './workbookAccess.ts';
import { monthsView } from './staffingView.ts';

export function scenarioView(record: ScenarioRecord) {
  return {
    ...record,
    presetLabel: PRESET_LABELS[record.preset],
    description: describeOverrides(record.overrides),
  };
}

function evaluatedView(item: ComparedScenario) {
  const { evaluation } = item;
  return {
    scenario: scenarioView(item.scenario),
    figures: evaluation.figures,
    months: monthsView(evaluation.profile.months),
    explanations: evaluation.explanations,
    warnings: evaluation.warnings,
    deltas: item.deltas,
    sentence: item.sentence,
  };
}

const now = () => new Date().toISOString();

export const listScenarios: Handler<'listScenarios'> = async (ctx, input) => {
  const { state } = await loadWorkbook(ctx, input);
  return {
    scenarios: state.scenarios.map(scenarioView),
    presets: SCENARIO_PRESETS.map((preset) => ({ preset, label: PRESET_LABELS[preset], description: PRESET_DESCRIPTIONS[preset] })),
  };
};

export const createScenario: Handler<'createScenario'> = async (ctx, input) => {
  const { workbook, label } = await runEdit(ctx, input, (w) => {
    // "En lots till" adds one lots; extraLots may also be given with any other preset.
    const lotsOptions = input.extraLots ?? (input.preset === 'extraLots' ? {} : undefined);
    const added = lotsOptions ? (presetOverrides('extraLots', w.state.staff, lotsOptions).addPositions ?? []) : [];
    const base = input.preset === 'extraLots' ? {} : presetOverrides(input.preset, w.state.staff);
    const own = input.overrides ?? {};
    const merged: ScenarioOverridesInput = { ...base, ...own, addPositions: [...added, ...(own.addPositions ?? [])] };
    const overrides = checkedOverrides(w.plan, w.state, merged);
    return createScenarioEdit(w.state, { name: input.name, preset: input.preset, overrides, now: now() });
  });
  return { label, scenario: scenarioView(findScenario(workbook.state, input.name)), history: workbook.history };
};

export const copyScenario: Handler<'copyScenario'> = async (ctx, input) => {
  const { workbook, label } = await runEdit(ctx, input, (w) => copyScenarioEdit(w.state, input.scenario, input.name, now()));
  return { label, scenario: scenarioView(findScenario(workbook.state, input.name)), history: workbook.history };
};

export const renameScenario: Handler<'renameScenario'> = async (ctx, input) => {
  let id = 0;
  const { workbook, label } = await runEdit(ctx, input, (w) => {
    id = findScenario(w.state, input.scenario).id;
    return renameScenarioEdit(w.state, input.scenario, input.name, now());
  });
  return { label, scenario: scenarioView(findScenario(workbook.state, id)), history: workbook.history };
};

export const updateScenario: Handler<'updateScenario'> = async (ctx, input) => {
  let id = 0;
  const { workbook, label } = await runEdit(ctx, input, (w) => {
    id = findScenario(w.state, input.scenario).id;
    const overrides = checkedOverrides(w.plan, w.state, input.overrides);
    return updateScenarioEdit(w.state, input.scenario, overrides, now(), 'custom');
  });
  return { label, scenario: scenarioView(findScenario(workbook.state, id)), history: workbook.history };
};

export const deleteScenario: Handler<'deleteScenario'> = async (ctx, input) => {
  let deleted = '';
  const { workbook, label } = await runEdit(ctx, input, (w) => {
    deleted = findScenario(w.state, input.scenario).name;
    return deleteScenarioEdit(w.state, input.scenario);
  });
  return { label, deleted, history: workbook.history };
};

export const saveForecastToScenario: Handler<'saveForecastToScenario'> = async (ctx, input) => {
  // The summary is computed here from the saved inputs; nothing from the screen is trusted.
  const savedAt = now();
  const summarized = summarizeForecast(input.forecast, savedAt);
  if (!summarized.ok) throw new EditError('VALIDATION', summarized.message, [`Fältet forecast: ${summarized.message}`]);
  const forecast: SavedForecast = summarized.value;
  let name = '';
  const created = input.newScenarioName !== undefined;
  const { workbook, label } = await runEdit(ctx, input, (w) => {
    if (input.newScenarioName !== undefined) {
      name = input.newScenarioName.trim();
      const result = createScenarioEdit(w.state, { name, preset: 'custom', overrides: { ...emptyOverrides(), forecast }, now: savedAt });
      return { ...result, label: `Skapade scenariot "${name}" med en sparad prognos` };
    }
    const record = findScenario(w.state, input.scenario!);
    name = record.name;
    const result = updateScenarioEdit(w.state, record.id, { ...record.overrides, forecast }, savedAt);
    return { ...result, label: `Sparade en prognos i scenariot "${name}"` };
  });
  return { label, scenario: scenarioView(findScenario(workbook.state, name)), forecast, created, history: workbook.history };
};

export const getScenarioFigures: Handler<'getScenarioFigures'> = async (ctx, input) => {
  const { plan, state } = await loadWorkbook(ctx, input);
  const record = findScenario(state, input.scenario);
  const [item] = compare(plan, state.settings, [record]).scenarios;
  return evaluatedView(item!);
};

export const compareScenarios: Handler<'compareScenarios'> = async (ctx, input) => {
  const { plan, state } = await loadWorkbook(ctx, input);
  const records = input.scenarios.map((ref) => findScenario(state, ref));
  const result = compare(plan, state.settings, records);
  return {
    baseline: {
      figures: result.baseline.figures,
      months: monthsView(result.baseline.profile.months),
      explanations: result.baseline.explanations,
    },
    scenarios: result.scenarios.map(evaluatedView),
    compared: COMPARED_FIGURES.map((key) => ({ key, label: FIGURE_LABELS[key] })),
  };
};

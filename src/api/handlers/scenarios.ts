// Handlers for scenarios: list, create (from presets), copy, rename, change, delete, their figures
// and the comparison with the saved plan. Edits go through the same undoable path as the plan's.
import type { Handler } from './handler.ts';
import type { ScenarioRecord, ScenarioOverridesInput } from '../../core/scenarios/types.ts';
import { SCENARIO_PRESETS } from '../../core/scenarios/types.ts';
import { PRESET_DESCRIPTIONS, PRESET_LABELS, presetOverrides, stackPresets } from '../../core/scenarios/presets.ts';
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
import { savedForecastOptions, type SavedForecast, type SavedForecastInputs } from '../../core/forecast/saved.ts';
import { forecastInputsToOverrides, type ForecastScenarioBasis } from '../../core/scenarios/fromForecast.ts';
import { summarizeForecast } from '../../core/forecast/summarizeForecast.ts';
import { EditError } from '../../core/validation/editError.ts';
import { emptyOverrides } from '../../core/scenarios/overrides.ts';
import { loadEditableUnitYear, runEdit } from './unitYearAccess.ts';
import { nextYearPlanFromScenario } from '../../core/scenarios/toPlan.ts';
import type { ApiContext } from '../context.ts';
import type { CallInput } from '../contracts/index.ts';
import type { YearSettings } from '../../core/staffing/settings.ts';
import type { StaffingPlan } from '../../core/staffing/state.ts';
import { forecastStartState } from '../../core/statistics/forecastStart.ts';
import { summarizeStatistics } from '../../core/statistics/summary.ts';
import {
  COMPARED_QUEUE_FIGURES,
  DEFAULT_SCENARIO_HORIZON,
  queueFigureDeltas,
  queueFigureLabels,
  queueFigures,
  scenarioForecast,
  scenarioForecastReport,
  type ScenarioForecastSettings,
  type ScenarioForecastStart,
} from '../../core/scenarios/forecast.ts';
import { monthsView } from './staffingView.ts';
import { fieldMessage } from '../../core/validation/fieldNames.ts';

export function scenarioView(record: ScenarioRecord) {
  return {
    ...record,
    presetLabel: PRESET_LABELS[record.preset],
    description: describeOverrides(record.overrides),
  };
}

/** Where the forecasts start: the latest monthly statistics when they reach past the plan's year, else the plan. */
export async function forecastStartOf(ctx: ApiContext, plan: StaffingPlan): Promise<ScenarioForecastStart> {
  return (await forecastBasisOf(ctx, plan)).start;
}

/** The start, and the unit's discharges by length of stay (for an empirical stay distribution). */
async function forecastBasisOf(ctx: ApiContext, plan: StaffingPlan) {
  const store = await ctx.getStore();
  const months = await store.getMonthlyStatistics({ district: plan.district, unit: plan.unit });
  const state = forecastStartState({ year: plan.year, enrolled: plan.participants.enrolled, queue: plan.participants.queue }, months?.at(-1) ?? null);
  const start: ScenarioForecastStart = { start: state.start, enrolled: state.enrolled, queue: state.queue, source: state.source };
  return { start, stayBands: months && months.length > 0 ? (summarizeStatistics(months).stayBands?.bands ?? null) : null };
}

async function forecastContextOf(
  ctx: ApiContext,
  plan: StaffingPlan,
  settings: YearSettings,
  input: CallInput<'compareScenarios'>['forecast'],
): Promise<ForecastContext> {
  const basis = await forecastBasisOf(ctx, plan);
  const forecast = forecastSettingsOf(input);
  if (forecast.stayDistribution === 'empirical' && basis.stayBands) forecast.stayBands = basis.stayBands;
  return { plan, settings, start: basis.start, forecast };
}

interface ForecastContext {
  plan: StaffingPlan;
  settings: YearSettings;
  start: ScenarioForecastStart;
  forecast: ScenarioForecastSettings;
}

/** The forecast part of a view: the report, or the reason there is none, and the queue figures. */
export function forecastView(fc: ForecastContext, scenario: ScenarioRecord | null) {
  const f = scenarioForecast({ plan: fc.plan, settings: fc.settings, scenario, start: fc.start, forecast: fc.forecast });
  if (!f.ok) return { forecast: null, forecastMessage: f.reason, queueFigures: null };
  return { forecast: scenarioForecastReport(f), forecastMessage: null, queueFigures: queueFigures(f) };
}

function forecastSettingsOf(input: CallInput<'compareScenarios'>['forecast']): ScenarioForecastSettings {
  return {
    ...(input?.targetProbability === undefined ? {} : { targetProbability: input.targetProbability }),
    ...(input?.targetWaitWeeks === undefined ? {} : { targetWaitWeeks: input.targetWaitWeeks }),
    ...(input?.targetServiceLevel === undefined ? {} : { targetServiceLevel: input.targetServiceLevel }),
    ...(input?.targetServiceWeeks === undefined ? {} : { targetServiceWeeks: input.targetServiceWeeks }),
    ...(input?.horizon === undefined ? {} : { horizon: input.horizon }),
    ...(input?.stayDistribution === undefined ? {} : { stayDistribution: input.stayDistribution }),
    ...(input?.staySpread === undefined ? {} : { staySpread: input.staySpread }),
    ...(input?.runs === undefined ? {} : { runs: input.runs }),
    ...(input?.seed === undefined ? {} : { seed: input.seed }),
  };
}

function evaluatedView(item: ComparedScenario, fc: ForecastContext, baselineQueue: ReturnType<typeof queueFigures> | null) {
  const { evaluation } = item;
  const forecast = forecastView(fc, item.scenario);
  return {
    scenario: scenarioView(item.scenario),
    figures: evaluation.figures,
    months: monthsView(evaluation.profile.months),
    explanations: evaluation.explanations,
    warnings: evaluation.warnings,
    deltas: item.deltas,
    sentence: item.sentence,
    ...forecast,
    queueDeltas: queueFigureDeltas(baselineQueue, forecast.queueFigures),
  };
}

const now = () => new Date().toISOString();

export const listScenarios: Handler<'listScenarios'> = async (ctx, input) => {
  const { state } = await loadEditableUnitYear(ctx, input);
  return {
    scenarios: state.scenarios.map(scenarioView),
    presets: SCENARIO_PRESETS.map((preset) => ({ preset, label: PRESET_LABELS[preset], description: PRESET_DESCRIPTIONS[preset] })),
  };
};

export const createScenario: Handler<'createScenario'> = async (ctx, input) => {
  if (input.presets !== undefined) {
    const presets = input.presets;
    const { unitYear, label } = await runEdit(ctx, input, (w) => {
      const stacked = stackPresets(presets, w.state.staff, input.extraLots ?? {});
      const own = input.overrides ?? {};
      const merged: ScenarioOverridesInput = {
        ...stacked.overrides,
        ...own,
        addPositions: [...(stacked.overrides.addPositions ?? []), ...(own.addPositions ?? [])],
      };
      const overrides = checkedOverrides(w.plan, w.state, merged);
      return createScenarioEdit(w.state, { name: input.name, preset: input.overrides ? 'custom' : stacked.preset, overrides, now: now() });
    });
    return { label, scenario: scenarioView(findScenario(unitYear.state, input.name)), history: unitYear.history };
  }
  const { unitYear, label } = await runEdit(ctx, input, (w) => {
    // "En lots till" adds one lots; extraLots may also be given with any other preset.
    const lotsOptions = input.extraLots ?? (input.preset === 'extraLots' ? {} : undefined);
    const added = lotsOptions ? (presetOverrides('extraLots', w.state.staff, lotsOptions).addPositions ?? []) : [];
    const base = input.preset === 'extraLots' ? {} : presetOverrides(input.preset, w.state.staff);
    const own = input.overrides ?? {};
    const merged: ScenarioOverridesInput = { ...base, ...own, addPositions: [...added, ...(own.addPositions ?? [])] };
    const overrides = checkedOverrides(w.plan, w.state, merged);
    return createScenarioEdit(w.state, { name: input.name, preset: input.preset, overrides, now: now() });
  });
  return { label, scenario: scenarioView(findScenario(unitYear.state, input.name)), history: unitYear.history };
};

export const copyScenario: Handler<'copyScenario'> = async (ctx, input) => {
  const { unitYear, label } = await runEdit(ctx, input, (w) => copyScenarioEdit(w.state, input.scenario, input.name, now()));
  return { label, scenario: scenarioView(findScenario(unitYear.state, input.name)), history: unitYear.history };
};

export const renameScenario: Handler<'renameScenario'> = async (ctx, input) => {
  let id = 0;
  const { unitYear, label } = await runEdit(ctx, input, (w) => {
    id = findScenario(w.state, input.scenario).id;
    return renameScenarioEdit(w.state, input.scenario, input.name, now());
  });
  return { label, scenario: scenarioView(findScenario(unitYear.state, id)), history: unitYear.history };
};

export const updateScenario: Handler<'updateScenario'> = async (ctx, input) => {
  let id = 0;
  const { unitYear, label } = await runEdit(ctx, input, (w) => {
    id = findScenario(w.state, input.scenario).id;
    const overrides = checkedOverrides(w.plan, w.state, input.overrides);
    return updateScenarioEdit(w.state, input.scenario, overrides, now(), 'custom');
  });
  return { label, scenario: scenarioView(findScenario(unitYear.state, id)), history: unitYear.history };
};

export const deleteScenario: Handler<'deleteScenario'> = async (ctx, input) => {
  let deleted = '';
  const { unitYear, label } = await runEdit(ctx, input, (w) => {
    deleted = findScenario(w.state, input.scenario).name;
    return deleteScenarioEdit(w.state, input.scenario);
  });
  return { label, deleted, history: unitYear.history };
};

export const saveForecastToScenario: Handler<'saveForecastToScenario'> = async (ctx, input) => {
  // The changed assumptions become the scenario's overrides (core/scenarios/fromForecast.ts); the
  // summary is computed here from the stored scenario's forecast, never taken from the screen.
  const savedAt = now();
  const check = savedForecastOptions(input.forecast);
  if (!check.ok) throw new EditError('VALIDATION', check.message, [fieldMessage('forecast', check.message)]);
  const { plan: current } = await loadEditableUnitYear(ctx, input);
  const { start } = await forecastBasisOf(ctx, current);
  let name = '';
  let forecast: SavedForecast | null = null;
  let notCarried: string[] = [];
  const created = input.newScenarioName !== undefined;
  const { unitYear, label } = await runEdit(ctx, input, (w) => {
    const record = input.newScenarioName === undefined ? findScenario(w.state, input.scenario!) : null;
    const carried = carriedForecast(w.plan, w.state.settings, record, start, input.forecast);
    notCarried = carried.notCarried;
    const summarized = summarizeForecast(carried.inputs, savedAt);
    if (!summarized.ok) throw new EditError('VALIDATION', summarized.message, [fieldMessage('forecast', summarized.message)]);
    forecast = summarized.value;
    const overrides = { ...carried.overrides, forecast: summarized.value };
    if (record === null) {
      name = input.newScenarioName!.trim();
      const result = createScenarioEdit(w.state, { name, preset: 'custom', overrides, now: savedAt });
      return { ...result, label: `Skapade scenariot ”${name}” med en sparad prognos` };
    }
    name = record.name;
    const result = updateScenarioEdit(w.state, record.id, overrides, savedAt);
    return { ...result, label: `Sparade en prognos i scenariot ”${name}”` };
  });
  return { label, scenario: scenarioView(findScenario(unitYear.state, name)), forecast: forecast!, created, notCarried, history: unitYear.history };
};

/**
 * The overrides that carry the forecast's inputs in the scenario (or a new one), what cannot be
 * carried, and the inputs of the stored scenario's forecast, from which the summary is computed.
 */
function carriedForecast(plan: StaffingPlan, settings: YearSettings, record: ScenarioRecord | null, start: ScenarioForecastStart, screen: SavedForecastInputs) {
  if (plan.demand === null) {
    const message = 'Planen anger inte efterfrågan (anmälningar per månad och vistelsetid), så prognosen kan inte sparas i ett scenario.';
    throw new EditError('VALIDATION', message, [fieldMessage('forecast', message)]);
  }
  const forecastSettings: ScenarioForecastSettings = { horizon: screen.horizon };
  const own = scenarioForecast({ plan, settings, scenario: record, start, forecast: forecastSettings });
  const basis: ForecastScenarioBasis = {
    planArrivalsPerMonth: plan.demand.arrivalsPerMonth,
    planMeanStayMonths: plan.demand.meanStayMonths,
    planCaseload: settings.caseloadPerLots,
    planLeadTimeMonths: settings.recruitmentLeadTimeMonths,
    lotsarByMonth: own.ok ? own.inputs.lotsarByMonth : [screen.lotsar],
    enrolled: start.enrolled,
    queue: start.queue,
  };
  const { overrides, notCarried } = forecastInputsToOverrides(screen, basis, record?.overrides ?? emptyOverrides());
  const stored = scenarioForecast({ plan, settings, scenario: { ...(record ?? newScenarioRecord()), overrides }, start, forecast: forecastSettings });
  if (!stored.ok) throw new EditError('VALIDATION', stored.reason, [fieldMessage('forecast', stored.reason)]);
  const i = stored.inputs;
  const { stayBands: _bands, backlog: _backlog, abandonment: _a, absence: _b, priorityShare: _d, targetServiceWeeks: _e, ...kept } = screen;
  const inputs: SavedForecastInputs = {
    ...kept,
    arrivalsPerMonth: i.arrivalsPerMonth,
    meanStayMonths: i.meanStayMonths,
    caseload: i.caseload,
    lotsar: i.lotsarByMonth.at(-1) ?? screen.lotsar,
    lotsarByMonth: [...i.lotsarByMonth],
    surges: i.surges,
    trendPercent: i.trendPercent,
    season: i.season,
    enrolled: start.enrolled,
    queue: start.queue,
    ...(screen.leadTime === undefined ? {} : { leadTime: i.leadTimeMonths }),
    stayDistribution: 'exponential',
    staySpread: null,
    targetServiceLevel: null,
  };
  return { overrides, notCarried, inputs };
}

function newScenarioRecord(): ScenarioRecord {
  return { id: 0, name: '', preset: 'custom', overrides: emptyOverrides(), createdAt: '', updatedAt: '' };
}

export const getScenarioFigures: Handler<'getScenarioFigures'> = async (ctx, input) => {
  const { plan, state } = await loadEditableUnitYear(ctx, input);
  const record = findScenario(state, input.scenario);
  const [item] = compare(plan, state.settings, [record]).scenarios;
  const fc = await forecastContextOf(ctx, plan, state.settings, input.forecast);
  return evaluatedView(item!, fc, forecastView(fc, null).queueFigures);
};

export const compareScenarios: Handler<'compareScenarios'> = async (ctx, input) => {
  const { plan, state } = await loadEditableUnitYear(ctx, input);
  const records = input.scenarios.map((ref) => findScenario(state, ref));
  const result = compare(plan, state.settings, records);
  const fc = await forecastContextOf(ctx, plan, state.settings, input.forecast);
  const baselineForecast = forecastView(fc, null);
  const queueLabels = queueFigureLabels(fc.start.start, fc.forecast.horizon ?? DEFAULT_SCENARIO_HORIZON);
  return {
    baseline: {
      figures: result.baseline.figures,
      months: monthsView(result.baseline.profile.months),
      explanations: result.baseline.explanations,
      ...baselineForecast,
    },
    scenarios: result.scenarios.map((item) => evaluatedView(item, fc, baselineForecast.queueFigures)),
    compared: COMPARED_FIGURES.map((key) => ({ key, label: FIGURE_LABELS[key] })),
    comparedQueue: COMPARED_QUEUE_FIGURES.map((key) => ({ key, label: queueLabels[key] })),
  };
};

export const getScenarioForecast: Handler<'getScenarioForecast'> = async (ctx, input) => {
  const { plan, state } = await loadEditableUnitYear(ctx, input);
  const record = input.scenario === undefined ? null : findScenario(state, input.scenario);
  const fc = await forecastContextOf(ctx, plan, state.settings, input.forecast);
  const view = forecastView(fc, record);
  const warnings = scenarioForecast({ plan, settings: state.settings, scenario: record, start: fc.start, forecast: { ...fc.forecast, horizon: 1 } }).warnings;
  return { scenario: record?.name ?? null, ...view, warnings };
};

export const scenarioToPlan: Handler<'scenarioToPlan'> = async (ctx, input) => {
  const { plan, state } = await loadEditableUnitYear(ctx, input);
  const record = findScenario(state, input.scenario);
  const next = nextYearPlanFromScenario(plan, state.settings, record);
  const store = await ctx.getStore();
  const key = { district: next.plan.district, unit: next.plan.unit, year: next.plan.year };
  if (await store.getUnitYear(key)) {
    throw new EditError(
      'CONFLICT',
      `${key.district}, ${key.unit} har redan en plan för ${key.year}. Ta bort den eller ändra den under Bemanning och budget i stället.`,
      [fieldMessage('scenario', `planen för ${key.year} finns redan`)],
    );
  }
  const label = `Gjorde scenariot ”${record.name}” till planen för ${key.year}`;
  await store.replaceUnitYear(next.plan, { newPlan: { auditSummary: `${label} (${key.district}, ${key.unit}).` } });
  return { ...key, label, warnings: next.warnings };
};

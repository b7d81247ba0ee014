// The inputs of the "Prognos" screen as the user types them: text in Swedish notation per field,
// the last readable value per field (which the sliders show), the stay distribution, surges and
// comparisons. Reading the form turns it into validated forecast options through src/core, or
// into Swedish messages at the fields; a form with a message is not computed. Pure: no React.
import { formatNumber, numberKindOf, parseSwedishNumber } from '../../core/format/index.ts';
import { FORECAST_LIMITS, type ForecastOptions, type StayBand, type StayDistributionName } from '../../core/forecast/options.ts';
import {
  DEFAULT_HORIZON,
  DEFAULT_STAY_SPREAD,
  DEFAULT_TARGET_RISK_PERCENT,
  DEFAULT_TARGET_WAIT_WEEKS,
  DEFAULT_TARGET_SERVICE_PERCENT,
  DEFAULT_TARGET_SERVICE_WEEKS,
  defaultReadingMonth,
  screenForecastOptions,
  suggestComparisonLotsar,
  type ForecastScreenValues,
  type SurgeEvent,
} from '../../core/forecast/screenOptions.ts';
import { forecastMonthText, SHORT_MONTH_NAMES, type ForecastStart } from '../../core/forecast/calendar.ts';
import type { SavedForecastInputsInput } from '../../core/forecast/saved.ts';
import { describeIssue } from '../../core/validation/swedishIssues.ts';

export type NumberFieldKey =
  | 'arrivalsPerMonth'
  | 'meanStayMonths'
  | 'trendPercent'
  | 'lotsar'
  | 'caseload'
  | 'enrolled'
  | 'queue'
  | 'targetRiskPercent'
  | 'targetWaitWeeks'
  | 'targetServicePercent'
  | 'targetServiceWeeks'
  | 'abandonmentPercent'
  | 'absencePercent'
  | 'leadTimeMonths'
  | 'priorityPercent'
  | 'horizon'
  | 'staySpread';

export interface FieldSpec {
  label: string;
  /** Shown after the number field: "månader", "%". */
  unit: string;
  min: number;
  max: number;
  integer: boolean;
  /** Range and step of the slider (the field accepts the whole min–max). */
  slider: { min: number; max: number; step: number } | null;
}

export const FIELD_SPECS: Record<NumberFieldKey, FieldSpec> = {
  arrivalsPerMonth: {
    label: 'Anmälningar per månad',
    unit: '',
    min: 0,
    max: FORECAST_LIMITS.maxArrivals,
    integer: false,
    slider: { min: 0, max: 12, step: 0.05 },
  },
  meanStayMonths: {
    label: 'Genomsnittlig vistelsetid',
    unit: 'månader',
    min: FORECAST_LIMITS.minStayMonths,
    max: FORECAST_LIMITS.maxStayMonths,
    integer: false,
    slider: { min: 1, max: 36, step: 0.5 },
  },
  trendPercent: {
    label: 'Förändring av anmälningarna per år',
    unit: '%',
    min: FORECAST_LIMITS.minTrendPercent,
    max: FORECAST_LIMITS.maxTrendPercent,
    integer: false,
    slider: { min: -30, max: 60, step: 1 },
  },
  lotsar: {
    label: 'Lotsar',
    unit: 'årsarbetare',
    min: 0,
    max: FORECAST_LIMITS.maxLotsar,
    integer: false,
    slider: { min: 0, max: 15, step: 0.25 },
  },
  caseload: {
    label: 'Deltagare per lots',
    unit: 'per heltid',
    min: 1,
    max: FORECAST_LIMITS.maxCaseload,
    integer: false,
    slider: { min: 1, max: 15, step: 0.5 },
  },
  enrolled: {
    label: 'Inskrivna vid start',
    unit: 'personer',
    min: 0,
    max: FORECAST_LIMITS.maxPeople,
    integer: true,
    slider: null,
  },
  queue: {
    label: 'I kö vid start',
    unit: 'personer',
    min: 0,
    max: FORECAST_LIMITS.maxPeople,
    integer: true,
    slider: null,
  },
  targetRiskPercent: {
    label: 'Högsta risk att behöva vänta',
    unit: '%',
    min: 1,
    max: 100,
    integer: false,
    slider: { min: 1, max: 50, step: 1 },
  },
  targetWaitWeeks: {
    label: 'Högsta genomsnittliga väntetid',
    unit: 'veckor',
    min: 0.1,
    max: FORECAST_LIMITS.maxTargetWaitWeeks,
    integer: false,
    slider: { min: 0.5, max: 12, step: 0.5 },
  },
  targetServicePercent: {
    label: 'Servicenivå: andel inskrivna inom servicetiden',
    unit: '%',
    min: 0,
    max: 99,
    integer: false,
    slider: { min: 0, max: 99, step: 1 },
  },
  targetServiceWeeks: {
    label: 'Servicetid',
    unit: 'veckor',
    min: 0.5,
    max: FORECAST_LIMITS.maxTargetWaitWeeks,
    integer: false,
    slider: { min: 0.5, max: 12, step: 0.5 },
  },
  abandonmentPercent: {
    label: 'Avhopp från kön per månad',
    unit: '%',
    min: 0,
    max: 100,
    integer: false,
    slider: { min: 0, max: 50, step: 1 },
  },
  absencePercent: {
    label: 'Frånvaro',
    unit: '%',
    min: 0,
    max: 90,
    integer: false,
    slider: { min: 0, max: 40, step: 1 },
  },
  leadTimeMonths: {
    label: 'Rekryteringstid',
    unit: 'månader',
    min: 0,
    max: FORECAST_LIMITS.maxLeadTimeMonths,
    integer: true,
    slider: { min: 0, max: 12, step: 1 },
  },
  priorityPercent: {
    label: 'Andel med förtur',
    unit: '%',
    min: 0,
    max: 99,
    integer: false,
    slider: { min: 0, max: 50, step: 1 },
  },
  horizon: {
    label: 'Prognosperiod',
    unit: 'månader',
    min: 1,
    max: FORECAST_LIMITS.maxHorizon,
    integer: true,
    slider: { min: 6, max: FORECAST_LIMITS.maxHorizon, step: 1 },
  },
  staySpread: {
    label: 'Spridning (variationskoefficient)',
    unit: '',
    min: 0.05,
    max: FORECAST_LIMITS.maxStaySpread,
    integer: false,
    slider: { min: 0.1, max: 2, step: 0.05 },
  },
};

export const NUMBER_FIELD_KEYS = Object.keys(FIELD_SPECS) as NumberFieldKey[];

/** Comparisons shown beside the forecast (the issue asks for up to three). */
export const MAX_COMPARISONS = 3;
export const MAX_SURGES = 6;

export interface SurgeRow {
  id: number;
  extraText: string;
  fromMonth: number;
  toMonth: number;
}

/** "Säsongsvariation": twelve factors, January to December, as typed; off is the preset "Ingen". */
export interface SeasonState {
  enabled: boolean;
  texts: string[];
}

export const NO_SEASON: SeasonState = { enabled: false, texts: Array.from({ length: 12 }, () => '1') };

export interface ComparisonRow {
  id: number;
  lotsarText: string;
}

/** The scenario a forecast runs on (null: the plan), with its month profile of lotsar. */
export interface FormBasis {
  scenarioId: number;
  name: string;
  /** Lots FTE per forecast month; null once the user types a flat number of lotsar. */
  lotsarByMonth: number[] | null;
  /** The inputs whose starting values come from the scenario (BASIS_INPUT_KEYS). */
  fromScenario: string[];
}

export interface ForecastFormState {
  basis: FormBasis | null;
  texts: Record<NumberFieldKey, string>;
  /** The last value of each field that could be read; the sliders show these. */
  values: Record<NumberFieldKey, number>;
  stayDistribution: StayDistributionName;
  surges: SurgeRow[];
  season: SeasonState;
  comparisons: ComparisonRow[];
  /** The month the reading is for; null for the default (six months, or the horizon). */
  readingMonth: number | null;
  nextId: number;
}

/** A number as it is put in a field: Swedish notation, no more decimals than needed. */
export function fieldText(value: number): string {
  return formatNumber(value, { maxDecimals: 2 });
}

/** The value of a field, or the Swedish message to show at it. */
export function readField(key: NumberFieldKey, text: string): { ok: true; value: number } | { ok: false; message: string } {
  const spec = FIELD_SPECS[key];
  const kind = key === 'arrivalsPerMonth' ? 'perMonth' : spec.integer ? 'count' : numberKindOf({ unit: spec.unit });
  const parsed = parseSwedishNumber(text, kind);
  if (!parsed.ok) return parsed;
  const range = `${fieldText(spec.min)} till ${fieldText(spec.max)}`;
  if (spec.integer && !Number.isInteger(parsed.value)) return { ok: false, message: `Ange ett heltal från ${range}.` };
  if (parsed.value < spec.min || parsed.value > spec.max) {
    return { ok: false, message: `Ange ${spec.integer ? 'ett heltal' : 'ett tal'} från ${range}.` };
  }
  return parsed;
}

/** What the screen starts from: the plan's figures and demand, and the default targets. */
export interface FormStart {
  /** Null when the plan does not state its demand; the fields are then left empty. */
  arrivalsPerMonth: number | null;
  meanStayMonths: number | null;
  lotsar: number;
  caseload: number;
  enrolled: number;
  queue: number;
  /**
   * The recruitment lead time of the year settings (or of a scenario basis): the form's
   * Rekryteringstid starts there, and the hiring plan ("Vad krävs?") uses the field, so the
   * screen has one lead time that the user sees and can change.
   */
  leadTimeMonths?: number;
  /** A scenario basis adds its own demand changes and month profile. */
  trendPercent?: number;
  season?: readonly number[] | null;
  surges?: readonly SurgeEvent[];
  basis?: FormBasis | null;
}

export function initialFormState(start: FormStart): ForecastFormState {
  const values: Record<NumberFieldKey, number> = {
    arrivalsPerMonth: start.arrivalsPerMonth ?? 0,
    meanStayMonths: start.meanStayMonths ?? 12,
    trendPercent: start.trendPercent ?? 0,
    lotsar: start.lotsar,
    caseload: start.caseload,
    enrolled: start.enrolled,
    queue: start.queue,
    targetRiskPercent: DEFAULT_TARGET_RISK_PERCENT,
    targetWaitWeeks: DEFAULT_TARGET_WAIT_WEEKS,
    targetServicePercent: DEFAULT_TARGET_SERVICE_PERCENT,
    targetServiceWeeks: DEFAULT_TARGET_SERVICE_WEEKS,
    abandonmentPercent: 0,
    absencePercent: 0,
    leadTimeMonths: start.leadTimeMonths ?? 0,
    priorityPercent: 0,
    horizon: DEFAULT_HORIZON,
    staySpread: DEFAULT_STAY_SPREAD,
  };
  const texts = Object.fromEntries(NUMBER_FIELD_KEYS.map((k) => [k, fieldText(values[k])])) as Record<NumberFieldKey, string>;
  if (start.arrivalsPerMonth === null) texts.arrivalsPerMonth = '';
  if (start.meanStayMonths === null) texts.meanStayMonths = '';
  const surges = (start.surges ?? []).map((x, i) => ({ id: i + 2, extraText: fieldText(x.extraArrivals), fromMonth: x.fromMonth, toMonth: x.toMonth }));
  return {
    basis: start.basis ?? null,
    texts,
    values,
    stayDistribution: 'exponential',
    surges,
    season: start.season ? { enabled: true, texts: start.season.map((f) => fieldText(f)) } : NO_SEASON,
    comparisons: [{ id: 1, lotsarText: fieldText(suggestComparisonLotsar(start.lotsar, null, [])) }],
    readingMonth: null,
    nextId: surges.length + 2,
  };
}

export type FormAction =
  | { type: 'text'; key: NumberFieldKey; text: string }
  | { type: 'slide'; key: NumberFieldKey; value: number }
  | { type: 'distribution'; value: StayDistributionName }
  | { type: 'addSurge'; surge: Omit<SurgeRow, 'id'> }
  | { type: 'updateSurge'; id: number; change: Partial<Omit<SurgeRow, 'id'>> }
  | { type: 'removeSurge'; id: number }
  | { type: 'seasonEnabled'; enabled: boolean }
  | { type: 'seasonText'; index: number; text: string }
  | { type: 'addComparison'; lotsar: number }
  | { type: 'updateComparison'; id: number; lotsarText: string }
  | { type: 'removeComparison'; id: number }
  | { type: 'readingMonth'; month: number }
  | { type: 'reset'; state: ForecastFormState };

export function formReducer(state: ForecastFormState, action: FormAction): ForecastFormState {
  // Typing a number of lotsar replaces the scenario's month profile with that flat staffing.
  if ((action.type === 'text' || action.type === 'slide') && action.key === 'lotsar' && state.basis?.lotsarByMonth) {
    state = { ...state, basis: { ...state.basis, lotsarByMonth: null, fromScenario: state.basis.fromScenario.filter((k) => k !== 'lotsar') } };
  }
  switch (action.type) {
    case 'text': {
      const read = readField(action.key, action.text);
      return {
        ...state,
        texts: { ...state.texts, [action.key]: action.text },
        values: read.ok ? { ...state.values, [action.key]: read.value } : state.values,
      };
    }
    case 'slide':
      return {
        ...state,
        texts: { ...state.texts, [action.key]: fieldText(action.value) },
        values: { ...state.values, [action.key]: action.value },
      };
    case 'distribution':
      return { ...state, stayDistribution: action.value };
    case 'addSurge':
      if (state.surges.length >= MAX_SURGES) return state;
      return { ...state, surges: [...state.surges, { id: state.nextId, ...action.surge }], nextId: state.nextId + 1 };
    case 'updateSurge':
      return { ...state, surges: state.surges.map((s) => (s.id === action.id ? { ...s, ...action.change } : s)) };
    case 'removeSurge':
      return { ...state, surges: state.surges.filter((s) => s.id !== action.id) };
    case 'seasonEnabled':
      return { ...state, season: { ...state.season, enabled: action.enabled } };
    case 'seasonText':
      return {
        ...state,
        season: { ...state.season, texts: state.season.texts.map((t, i) => (i === action.index ? action.text : t)) },
      };
    case 'addComparison':
      if (state.comparisons.length >= MAX_COMPARISONS) return state;
      return {
        ...state,
        comparisons: [...state.comparisons, { id: state.nextId, lotsarText: fieldText(action.lotsar) }],
        nextId: state.nextId + 1,
      };
    case 'updateComparison':
      return { ...state, comparisons: state.comparisons.map((c) => (c.id === action.id ? { ...c, lotsarText: action.lotsarText } : c)) };
    case 'removeComparison':
      return { ...state, comparisons: state.comparisons.filter((c) => c.id !== action.id) };
    case 'readingMonth':
      return { ...state, readingMonth: action.month };
    case 'reset':
      return action.state;
  }
}

/**
 * Whether the form's assumptions differ from those it started from (the plan's or the scenario's):
 * the numbers as typed, the stay distribution, the surges, the season and the basis's month profile.
 * The compared staffings and the month read are ways of looking, not assumptions, and do not count.
 */
export function assumptionsDiffer(state: ForecastFormState, initial: ForecastFormState): boolean {
  if (NUMBER_FIELD_KEYS.some((k) => state.texts[k].trim() !== initial.texts[k].trim())) return true;
  if (state.stayDistribution !== initial.stayDistribution) return true;
  const surges = (f: ForecastFormState) => JSON.stringify(f.surges.map(({ extraText, fromMonth, toMonth }) => [extraText.trim(), fromMonth, toMonth]));
  if (surges(state) !== surges(initial)) return true;
  const season = (f: ForecastFormState) => JSON.stringify(f.season.enabled ? f.season.texts.map((t) => t.trim()) : null);
  if (season(state) !== season(initial)) return true;
  return JSON.stringify(state.basis?.lotsarByMonth ?? null) !== JSON.stringify(initial.basis?.lotsarByMonth ?? null);
}

export interface ReadForm {
  /** Validated options, or null when a field has a message. */
  options: ForecastOptions | null;
  /** The lots FTE of the forecast itself (for the reading and the cost). */
  lotsar: number | null;
  comparisons: number[];
  readingMonth: number;
  fieldErrors: Partial<Record<NumberFieldKey, string>>;
  surgeErrors: Record<number, string>;
  comparisonErrors: Record<number, string>;
  /** Messages at the season's factors (index 0 = January). */
  seasonErrors: Record<number, string>;
  /** A message about the season as a whole (for example a mean that is not 1). */
  seasonError: string | null;
  /** The screen's values when the form could be read; what a saved forecast keeps. */
  screenValues: ForecastScreenValues | null;
  /** A message about the whole form (for example surges that make arrivals negative). */
  formError: string | null;
}

/**
 * Reads the whole form; `start` names the months in messages. `stayBands` are the unit's
 * discharges by length of stay (from its monthly statistics), used when the stay distribution is
 * "Historik"; without them that choice is refused with a message.
 */
export function readForm(state: ForecastFormState, start: ForecastStart, stayBands: readonly StayBand[] | null = null): ReadForm {
  const fieldErrors: Partial<Record<NumberFieldKey, string>> = {};
  const values = {} as Record<NumberFieldKey, number>;
  for (const key of NUMBER_FIELD_KEYS) {
    if (key === 'staySpread' && state.stayDistribution !== 'lognormal') {
      values[key] = state.values[key];
      continue;
    }
    const read = readField(key, state.texts[key]);
    if (read.ok) values[key] = read.value;
    else fieldErrors[key] = read.message;
  }
  const horizon = fieldErrors.horizon === undefined ? values.horizon : state.values.horizon;

  const surgeErrors: Record<number, string> = {};
  const surges: SurgeEvent[] = [];
  for (const s of state.surges) {
    const extra = parseSwedishNumber(s.extraText, 'perMonth');
    if (!extra.ok) surgeErrors[s.id] = extra.message;
    else if (extra.value === 0 || Math.abs(extra.value) > FORECAST_LIMITS.maxArrivals) {
      surgeErrors[s.id] = `Ange ett antal från ${fieldText(-FORECAST_LIMITS.maxArrivals)} till ${fieldText(FORECAST_LIMITS.maxArrivals)}, men inte 0.`;
    } else if (s.toMonth < s.fromMonth) surgeErrors[s.id] = 'Sista månaden ligger före den första.';
    else if (s.fromMonth > horizon) surgeErrors[s.id] = 'Ökningen börjar efter prognosperiodens slut.';
    else surges.push({ extraArrivals: extra.value, fromMonth: s.fromMonth, toMonth: s.toMonth });
  }

  const comparisonErrors: Record<number, string> = {};
  const comparisons: number[] = [];
  for (const c of state.comparisons) {
    const read = readField('lotsar', c.lotsarText);
    if (read.ok) comparisons.push(read.value);
    else comparisonErrors[c.id] = read.message;
  }

  const seasonErrors: Record<number, string> = {};
  const season: number[] = [];
  if (state.season.enabled) {
    state.season.texts.forEach((text, i) => {
      const factor = parseSwedishNumber(text);
      if (!factor.ok) seasonErrors[i] = `${SHORT_MONTH_NAMES[i]}: ${factor.message}`;
      else if (factor.value < 0 || factor.value > FORECAST_LIMITS.maxSeasonFactor) {
        seasonErrors[i] = `${SHORT_MONTH_NAMES[i]}: ange ett tal från 0 till ${fieldText(FORECAST_LIMITS.maxSeasonFactor)}.`;
      } else season.push(factor.value);
    });
  }

  const readingMonth = state.readingMonth !== null && state.readingMonth <= horizon ? state.readingMonth : defaultReadingMonth(horizon);
  const base = {
    lotsar: fieldErrors.lotsar === undefined ? values.lotsar : null,
    comparisons,
    readingMonth,
    fieldErrors,
    surgeErrors,
    comparisonErrors,
    seasonErrors,
  };
  const blocked =
    Object.keys(fieldErrors).length > 0 ||
    Object.keys(surgeErrors).length > 0 ||
    Object.keys(comparisonErrors).length > 0 ||
    Object.keys(seasonErrors).length > 0;
  if (blocked) return { ...base, options: null, screenValues: null, seasonError: null, formError: null };

  if (state.stayDistribution === 'empirical' && !stayBands) {
    return {
      ...base,
      options: null,
      screenValues: null,
      seasonError: null,
      formError: 'Enheten har inga avslut räknade efter vistelsetid i sin månadsstatistik. Välj en annan fördelning av vistelsetiden.',
    };
  }
  const screenValues: ForecastScreenValues = {
    ...values,
    lotsarByMonth: state.basis?.lotsarByMonth ?? null,
    stayDistribution: state.stayDistribution,
    surges,
    season: state.season.enabled ? season : null,
    ...(state.stayDistribution === 'empirical' && stayBands ? { stayBands: stayBands.map((b) => ({ ...b })) } : {}),
  };
  const parsed = screenForecastOptions(screenValues);
  if (parsed.ok) return { ...base, options: parsed.value, screenValues, seasonError: null, formError: null };
  const issue = parsed.issues[0]!;
  const [key, index] = issue.path;
  if (key === 'season') {
    const message = issue.code === 'custom' ? issue.message : describeIssue(issue);
    return {
      ...base,
      options: null,
      screenValues: null,
      seasonError: `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
      formError: 'Rätta säsongsvariationen.',
    };
  }
  const formError =
    key === 'arrivals' && typeof index === 'number'
      ? `Med ökningarna och minskningarna blir antalet anmälningar mindre än noll i ${forecastMonthText(start, index + 1)}.`
      : `Prognosen kan inte beräknas: ${issue.code === 'custom' ? issue.message : describeIssue(issue)}.`;
  return { ...base, options: null, screenValues: null, seasonError: null, formError };
}

/**
 * The inputs a saved forecast keeps, from a form that could be read (null otherwise), with the
 * target of "Få ner kön till ett datum" when one is set.
 */
export function savedInputsOf(read: ReadForm, backlog: { targetQueue: number; byMonth: number } | null = null): SavedForecastInputsInput | null {
  const v = read.screenValues;
  const o = read.options;
  if (!v || !o) return null;
  return {
    arrivalsPerMonth: v.arrivalsPerMonth,
    meanStayMonths: v.meanStayMonths,
    trendPercent: v.trendPercent ?? 0,
    season: v.season ? [...v.season] : null,
    surges: v.surges.map((s) => ({ ...s })),
    lotsar: v.lotsar,
    ...(v.lotsarByMonth ? { lotsarByMonth: v.lotsarByMonth.slice(0, v.horizon) } : {}),
    caseload: v.caseload,
    enrolled: v.enrolled,
    queue: v.queue,
    targetProbability: o.targetProbability,
    targetWaitWeeks: v.targetWaitWeeks,
    horizon: v.horizon,
    stayDistribution: v.stayDistribution,
    staySpread: v.stayDistribution === 'lognormal' ? v.staySpread : null,
    ...(v.stayDistribution === 'empirical' && v.stayBands ? { stayBands: v.stayBands.map((b) => ({ ...b })) } : {}),
    readingMonth: read.readingMonth,
    // The flows and the service level as the forecast ran them (shares, as the options hold them).
    targetServiceLevel: o.targetServiceLevel ?? null,
    ...(o.targetServiceWeeks !== undefined ? { targetServiceWeeks: o.targetServiceWeeks } : {}),
    abandonment: o.abandonment,
    absence: o.absence,
    leadTime: o.leadTime,
    priorityShare: o.priorityShare,
    ...(backlog ? { backlog: { ...backlog } } : {}),
  };
}

// Every scenario's own queue forecast, and the hiring answer: how many lotsar to add, by when, and
// what it costs.
//
// The forecast of a scenario (or of the plan, with no scenario) runs on the scenario's own months:
// - capacity: the lots FTE that take participants in each month of the applied plan's month
//   profile (new lotsar only after the recruitment lead time), with the scenario's caseload. The
//   plan's twelve months are read as the twelve months of the year after it, from January; a
//   forecast that starts later skips the months already passed, and after December the December
//   staffing holds (as on the "Prognos" screen's overlays).
// - demand: the plan's referrals per month after the scenario's change in percent (applied once,
//   by applyScenario), its mean stay, and the scenario's own surges, trend and season.
// - start: the latest monthly statistics when they reach the end of the plan's year, else the plan
//   (forecastStartState).
// The months are solved by the exact engine (Monte Carlo when a stay distribution other than the
// exponential is asked for) through runForecast, so the figures are those of `lotsplan forecast`.
//
// The monthly risk is `probabilityOfWaiting`: the probability that someone referred during the
// month must wait (the time average of P(N ≥ C) over the month).
//
// Hiring plan ("Vad krävs?"): the smallest number of extra lotsar, in steps of 0,5 FTE up to 10,
// and the latest month they must start, so that the risk stays at or under the target in every
// month from the first month a lots recruited now could start (the forecast's first month plus
// the lead time) to the end of the horizon. The search runs on the exact engine (for other stay
// distributions too: an approximation stated in the result). Adding capacity earlier or more of it
// never raises the risk, so both searches are binary searches.
//
// With a service-level target ("90 % ska kunna skrivas in inom två veckor") the plan must also
// keep, in every month checked, the share of those referred who are enrolled within the weeks at or
// above the target: 1 − P(wait > T) from the exact wait distribution of each month
// (forecast/waitDistribution.ts). More slots, or slots earlier, never raise P(wait > T) either, so
// the searches stay binary.
import { calendarMonthOf, forecastMonthLabel, forecastMonthText, monthsOfPlanYearPassed, type ForecastStart } from '../forecast/calendar.ts';
import { probabilityText } from '../forecast/describe.ts';
import { RISK_MEASURES } from '../forecast/riskMeasures.ts';
import { solveChain } from '../forecast/birthDeathChain.ts';
import { availableSlots } from '../forecast/staffAvailability.ts';
import { runForecast, type ForecastResult } from '../forecast/forecast.ts';
import { toForecastReport } from '../forecast/report.ts';
import { parseForecastOptions, type ForecastOptions, type StayBand, type StayDistributionName } from '../forecast/options.ts';
import { recommendationCost, type RecommendationCost } from '../forecast/recommendationCost.ts';
import type { SteadyState } from '../forecast/erlang.ts';
import type { Recommendation } from '../forecast/recommend.ts';
import type { MonthInput } from '../forecast/types.ts';
import { probabilityOfWaitOver } from '../forecast/waitDistribution.ts';
import { weeksInText } from '../forecast/waitText.ts';
import { capitalizeFirst, countInText, formatApproxAmountForText, formatNumber, formatRisk, formatRiskTarget, monthName } from '../format/index.ts';
import { evaluatePlan } from '../staffing/evaluate.ts';
import { medianLotsSalary } from '../staffing/marginal.ts';
import type { YearSettings } from '../staffing/settings.ts';
import type { StaffingPlan } from '../staffing/state.ts';
import { applyScenario } from './apply.ts';
import { forecastStartState, startPeopleText } from '../statistics/forecastStart.ts';
import type { MonthlyStatistics } from '../statistics/monthly.ts';
import { emptyOverrides } from './overrides.ts';
import type { ScenarioOverrides, ScenarioRecord } from './types.ts';

/** Extra lotsar are tried in steps of this FTE. */
export const HIRING_STEP_FTE = 0.5;
/** No plan with more extra lotsar than this is proposed. */
export const MAX_EXTRA_LOTSAR = 10;
export const DEFAULT_SCENARIO_HORIZON = 24;

export interface ScenarioForecastStart {
  start: ForecastStart;
  enrolled: number;
  queue: number;
  source: 'plan' | 'statistics';
}

export interface ScenarioForecastSettings {
  /** Highest acceptable risk of having to wait, as a share; default 0,1. */
  targetProbability?: number;
  /** Highest acceptable mean wait in weeks; default 2. */
  targetWaitWeeks?: number;
  /** Service-level target: the share to be enrolled within targetServiceWeeks (for example 0,9); none by default. */
  targetServiceLevel?: number;
  /** The weeks of the service-level target; default 2. */
  targetServiceWeeks?: number;
  /** Months ahead; default 24. */
  horizon?: number;
  stayDistribution?: StayDistributionName;
  staySpread?: number;
  stayBands?: readonly StayBand[];
  runs?: number;
  seed?: number;
}

export interface ScenarioForecastMonth {
  /** Forecast month, 1 = the end of the first month. */
  month: number;
  year: number;
  calendarMonth: number;
  lotsar: number;
  capacity: number;
  arrivals: number;
  /** The probability that someone referred during the month must wait. */
  probabilityOfWaiting: number;
  /** P(queue > 0) at the end of the month. */
  probabilityOfQueue: number;
  expectedQueue: number;
  queueP90: number;
  expectedWaitWeeks: number | null;
}

export interface HiringPlan {
  /** Extra lots FTE, a multiple of 0,5. */
  addLotsar: number;
  /** The latest month the extra lotsar must start taking participants. */
  startYear: number;
  startMonth: number;
  /** The month recruitment must begin: the start less the lead time. */
  recruitFromYear: number;
  recruitFromMonth: number;
  leadTimeMonths: number;
  /**
   * True when recruitment must begin in the forecast's first month: the latest start is the
   * earliest a lots recruited now can begin, so there is no month to wait.
   */
  recruitNow: boolean;
  /** The first month the target is exceeded with today's staffing (the risk or the service level); null if never. */
  firstExceededYear: number | null;
  firstExceededMonth: number | null;
  /** The earliest a lots recruited now can begin: the forecast's first month plus the lead time. */
  earliestStartYear: number;
  earliestStartMonth: number;
  /** The target is exceeded before that month, when no new lots can help yet. */
  exceededBeforeEarliestStart: boolean;
  /** The largest monthly risk of having to wait over the months checked, with the plan. */
  maxProbabilityOfWaiting: number;
  /** Cost from the start month to December of that year, incl. PO-pålägg; null without a lots salary. */
  costThisYear: number | null;
  costFullYear: number | null;
  monthlySalary: number | null;
}

export type HiringAnswer =
  | { status: 'plan'; plan: HiringPlan; sentence: string }
  | { status: 'holds' | 'impossible' | 'too-short'; plan: null; reason: string; sentence: string };

export interface ScenarioForecastOk {
  ok: true;
  start: ScenarioForecastStart;
  options: ForecastOptions;
  result: ForecastResult;
  months: ScenarioForecastMonth[];
  longRun: SteadyState;
  recommendation: Recommendation | null;
  /** The recommendation against the scenario's December staffing, per year. */
  recommendationCost: RecommendationCost | null;
  /** The first forecast month checked by the hiring plan (1 + lead time). */
  firstCheckedMonth: number;
  /** The largest monthly risk of waiting over the months checked. */
  maxProbabilityOfWaiting: number;
  hiring: HiringAnswer;
  /** "Med en lots till från april och 30 procent fler anmälningar är risken att behöva vänta om sex månader …" */
  sentence: string;
  /** The inputs the forecast ran on, as the "Prognos" screen shows them, and which come from the scenario. */
  inputs: ScenarioForecastInputs;
  warnings: string[];
}

export const BASIS_INPUT_KEYS = ['arrivalsPerMonth', 'meanStayMonths', 'caseload', 'lotsar', 'surges', 'trendPercent', 'season'] as const;
export type BasisInputKey = (typeof BASIS_INPUT_KEYS)[number];

export interface ScenarioForecastInputs {
  /** Referrals per month after the scenario's change in percent (before surges, trend and season). */
  arrivalsPerMonth: number;
  meanStayMonths: number;
  caseload: number;
  /** Lots FTE that take participants, per forecast month. */
  lotsarByMonth: number[];
  surges: { extraArrivals: number; fromMonth: number; toMonth: number }[];
  trendPercent: number;
  season: number[] | null;
  arrivalsChangePercent: number;
  leadTimeMonths: number;
  salaryRevisionPercent: number;
  /** The inputs that differ from the plan's because of the scenario. */
  fromScenario: BasisInputKey[];
}

export type ScenarioForecast = ScenarioForecastOk | { ok: false; reason: string; warnings: string[] };

const percentText = (p: number) => formatRiskTarget(p, 'text');

function fteText(n: number): string {
  return Number.isInteger(n) ? countInText(n) : formatNumber(n, { maxDecimals: 2 });
}

/** The lots FTE per forecast month from the applied plan's twelve months; December holds after the plan's year. */
export function lotsarPerForecastMonth(monthlyFte: readonly number[], monthsPassed: number, horizon: number): number[] {
  const last = monthlyFte.length - 1;
  return Array.from({ length: horizon }, (_, i) => monthlyFte[Math.min(monthsPassed + i, last)]!);
}

/** The changes of a scenario as a phrase after "Med": "en lots till från april och 30 procent fler anmälningar". */
export function scenarioChangePhrase(o: ScenarioOverrides): string | null {
  const parts: string[] = [];
  const lots = o.addPositions.filter((p) => p.role === 'lots');
  if (lots.length > 0) {
    const fte = lots.reduce((sum, p) => sum + p.fte, 0);
    const from = Math.min(...lots.map((p) => p.fromMonth));
    const who = fte === 1 ? 'en lots till' : `${fteText(fte)} lotsar till`;
    parts.push(from === 1 ? who : `${who} från ${monthName(from)}`);
  }
  const others = o.addPositions.length - lots.length;
  if (others > 0) parts.push(others === 1 ? 'en ny tjänst' : `${countInText(others)} nya tjänster`);
  if (o.removePositionIds.length > 0)
    parts.push(o.removePositionIds.length === 1 ? 'en tjänst mindre' : `${countInText(o.removePositionIds.length)} tjänster mindre`);
  if (o.changePositions.length > 0)
    parts.push(o.changePositions.length === 1 ? 'en ändrad tjänst' : `${countInText(o.changePositions.length)} ändrade tjänster`);
  if (o.arrivalsChangePercent !== 0) {
    const n = Math.abs(o.arrivalsChangePercent);
    parts.push(`${formatNumber(n, { maxDecimals: 1 })} procent ${o.arrivalsChangePercent > 0 ? 'fler' : 'färre'} anmälningar`);
  }
  if (o.surges.length > 0)
    parts.push(o.surges.length === 1 ? 'en tillfällig ändring av anmälningarna' : `${countInText(o.surges.length)} tillfälliga ändringar av anmälningarna`);
  if (o.trendPercent !== 0)
    parts.push(`anmälningar som ${o.trendPercent > 0 ? 'ökar' : 'minskar'} med ${formatNumber(Math.abs(o.trendPercent), { maxDecimals: 1 })} procent per år`);
  if (o.season !== null) parts.push('säsongsvariation');
  if (o.meanStayMonths !== null) parts.push(`en vistelsetid på ${formatNumber(o.meanStayMonths, { maxDecimals: 1 })} månader`);
  if (o.settings.caseloadPerLots !== undefined) parts.push(`${formatNumber(o.settings.caseloadPerLots, { maxDecimals: 1 })} deltagare per lots`);
  if (o.settings.recruitmentLeadTimeMonths !== undefined) parts.push(`${countInText(o.settings.recruitmentLeadTimeMonths)} månaders rekryteringstid`);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
}

function inMonthsText(n: number): string {
  return n === 1 ? 'om en månad' : `om ${countInText(n)} månader`;
}

/** The queue sentence of a forecast: the risk six and twelve months ahead (or at the horizon). */
export function queueSentence(phrase: string | null, months: readonly ScenarioForecastMonth[]): string {
  const horizon = months.length;
  const points = [...new Set([6, 12].map((m) => Math.min(m, horizon)))];
  const readings = points.map((m) => `${inMonthsText(m)} ${probabilityText(months[m - 1]!.probabilityOfWaiting)}`);
  const lead = phrase === null ? 'Med oförändrad plan' : `Med ${phrase}`;
  return `${lead} är ${RISK_MEASURES.month.inSentence} ${readings.join(' och ')}.`;
}

interface SearchInput {
  arrivals: readonly number[];
  lotsar: readonly number[];
  caseload: number;
  stay: number;
  initialCount: number;
  /** People leaving the waiting list, per month of waiting (the forecast's abandonment); default 0. */
  abandonment?: number | undefined;
  /** The share of lots time lost to absence: slots = ⌊lotsar · (1 − absence) · caseload⌋; default 0. */
  absence?: number | undefined;
}

/** The largest monthly risk of waiting and, with a service level, the smallest monthly share enrolled within its weeks. */
function maxRisk(
  input: SearchInput,
  extra: number,
  startMonth: number,
  firstChecked: number,
  level?: ServiceLevelTarget,
): { risk: number; minShare: number | null } {
  const months: MonthInput[] = input.arrivals.map((a, i) => ({
    arrivals: a,
    capacity: availableSlots(input.lotsar[i]! + (i + 1 >= startMonth ? extra : 0), input.caseload, input.absence ?? 0),
  }));
  const chain = solveChain({
    months,
    stayMonths: input.stay,
    initialCount: input.initialCount,
    abandonment: input.abandonment ?? 0,
    keepArrivalViews: level !== undefined,
  });
  let max = 0;
  let minShare: number | null = null;
  for (let m = firstChecked; m <= months.length; m++) {
    max = Math.max(max, chain.months[m - 1]!.probabilityOfWaiting);
    if (level) {
      const share = 1 - probabilityOfWaitOver(chain.arrivalViews![m - 1]!, level.weeks);
      minShare = minShare === null ? share : Math.min(minShare, share);
    }
  }
  return { risk: max, minShare };
}

/** "90 % ska kunna skrivas in inom två veckor": share 0,9 within 2 weeks. */
export interface ServiceLevelTarget {
  share: number;
  weeks: number;
}

export interface HiringInput extends SearchInput {
  targetProbability: number;
  /** Also keep this service level in every month checked; none when left out. */
  serviceLevel?: ServiceLevelTarget | undefined;
  leadTimeMonths: number;
  start: ForecastStart;
  /** For the cost: the plan's staff (median lots salary), PO-pålägg, salary revision and year. */
  staff: readonly { role: string; monthlySalary: number }[];
  poPercent: number;
  salaryRevisionPercent: number;
  planYear: number;
}

/**
 * The hiring answer for a forecast's months. Exported on its own so that tests and the bench can
 * run it on any month profile.
 */
export function hiringPlan(input: HiringInput): HiringAnswer {
  const horizon = input.arrivals.length;
  const firstChecked = 1 + input.leadTimeMonths;
  const target = input.targetProbability;
  const level = input.serviceLevel;
  const targetText = percentText(target);
  if (firstChecked > horizon) {
    const reason = `Prognosperioden (${countInText(horizon)} månader) är inte längre än rekryteringstiden, så en lots som rekryteras nu hinner inte börja inom perioden.`;
    return { status: 'too-short', plan: null, reason, sentence: reason };
  }
  const met = (r: { risk: number; minShare: number | null }) => r.risk <= target && (!level || r.minShare! >= level.share);
  const base = maxRisk(input, 0, horizon + 1, firstChecked, level);
  if (met(base)) {
    const reason = level
      ? `${capitalizeFirst(RISK_MEASURES.month.inSentence)} stannar under ${percentText(target)} och minst ${percentText(level.share)} kan skrivas in inom ${weeksInText(level.weeks)} med nuvarande bemanning från ${forecastMonthText(input.start, firstChecked)} till prognosperiodens slut, så ingen lots till behövs för målen.`
      : `${capitalizeFirst(RISK_MEASURES.month.inSentence)} stannar under ${targetText} med nuvarande bemanning från ${forecastMonthText(input.start, firstChecked)} till prognosperiodens slut, så ingen lots till behövs för målet.`;
    return { status: 'holds', plan: null, reason, sentence: reason };
  }
  const steps = Math.round(MAX_EXTRA_LOTSAR / HIRING_STEP_FTE);
  const risks = new Map<string, { risk: number; minShare: number | null }>();
  const riskOf = (k: number, s: number) => {
    const key = `${k}|${s}`;
    let r = risks.get(key);
    if (r === undefined) {
      r = maxRisk(input, k * HIRING_STEP_FTE, s, firstChecked, level);
      risks.set(key, r);
    }
    return r;
  };
  const meets = (k: number, s: number) => met(riskOf(k, s));
  if (!meets(steps, firstChecked)) {
    const reason = level
      ? `Inte ens ${countInText(MAX_EXTRA_LOTSAR)} lotsar till från ${forecastMonthText(input.start, firstChecked)} håller ${RISK_MEASURES.month.inSentence} under ${percentText(target)} och minst ${percentText(level.share)} inskrivna inom ${weeksInText(level.weeks)} under hela prognosperioden.`
      : `Inte ens ${countInText(MAX_EXTRA_LOTSAR)} lotsar till från ${forecastMonthText(input.start, firstChecked)} håller ${RISK_MEASURES.month.inSentence} under ${targetText} under hela prognosperioden.`;
    return { status: 'impossible', plan: null, reason, sentence: reason };
  }
  // Smallest number of steps that meets the target when starting as early as possible.
  let lo = 1;
  let hi = steps;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (meets(mid, firstChecked)) hi = mid;
    else lo = mid + 1;
  }
  const k = lo;
  // Latest start that still meets it.
  let sLo = firstChecked;
  let sHi = horizon;
  while (sLo < sHi) {
    const mid = (sLo + sHi + 1) >> 1;
    if (meets(k, mid)) sLo = mid;
    else sHi = mid - 1;
  }
  const startMonth = sLo;
  const addLotsar = k * HIRING_STEP_FTE;
  const startCal = calendarMonthOf(input.start, startMonth);
  const recruitCal = calendarMonthOf(input.start, startMonth - input.leadTimeMonths);
  const exceeded = firstExceededMonth(input, level);
  const exceededCal = exceeded === null ? null : calendarMonthOf(input.start, exceeded);
  const earliestCal = calendarMonthOf(input.start, firstChecked);
  const salary = medianLotsSalary(input.staff);
  const revised = salary === null ? null : salary * (1 + input.salaryRevisionPercent / 100) ** Math.max(0, startCal.year - input.planYear);
  const monthly = revised === null ? null : addLotsar * revised * (1 + input.poPercent / 100);
  const plan: HiringPlan = {
    addLotsar,
    startYear: startCal.year,
    startMonth: startCal.month,
    recruitFromYear: recruitCal.year,
    recruitFromMonth: recruitCal.month,
    leadTimeMonths: input.leadTimeMonths,
    recruitNow: startMonth === firstChecked,
    firstExceededYear: exceededCal?.year ?? null,
    firstExceededMonth: exceededCal?.month ?? null,
    earliestStartYear: earliestCal.year,
    earliestStartMonth: earliestCal.month,
    exceededBeforeEarliestStart: exceeded !== null && exceeded < firstChecked,
    maxProbabilityOfWaiting: riskOf(k, startMonth).risk,
    costThisYear: monthly === null ? null : monthly * (13 - startCal.month),
    costFullYear: monthly === null ? null : monthly * 12,
    monthlySalary: revised,
  };
  return { status: 'plan', plan, sentence: hiringSentence(plan, target, level) };
}

/** The first forecast month (1-based) where today's staffing misses the target; null if none does. */
function firstExceededMonth(input: HiringInput, level?: ServiceLevelTarget): number | null {
  for (let m = 1; m <= input.arrivals.length; m++) {
    const r = maxRisk({ ...input, arrivals: input.arrivals.slice(0, m), lotsar: input.lotsar.slice(0, m) }, 0, m + 1, m, level);
    if (r.risk > input.targetProbability || (level !== undefined && r.minShare! < level.share)) return m;
  }
  return null;
}

/** "Rekrytera nu: målet överskrids redan i januari 2021, och en ny lots kan börja tidigast i mars 2021 (rekryteringstid två månader)." */
export function recruitNowText(plan: HiringPlan): string {
  const who = plan.addLotsar === 1 ? 'en ny lots' : `${fteText(plan.addLotsar)} nya lotsar`;
  const exceeded =
    plan.firstExceededMonth === null || plan.firstExceededYear === null
      ? ''
      : `målet överskrids redan i ${monthName(plan.firstExceededMonth)} ${plan.firstExceededYear}, och `;
  const lead = plan.leadTimeMonths === 0 ? '' : ` (rekryteringstid ${plan.leadTimeMonths === 1 ? 'en månad' : `${countInText(plan.leadTimeMonths)} månader`})`;
  return `Rekrytera nu: ${exceeded}${who} kan börja tidigast i ${monthName(plan.startMonth)} ${plan.startYear}${lead}.`;
}

/** The figures above the sentence in "Vad krävs?": label and value, from the plan. */
export function hiringFigures(plan: HiringPlan): { label: string; value: string }[] {
  const start = `${monthName(plan.startMonth)} ${plan.startYear}`;
  if (plan.recruitNow) {
    return [
      { label: 'Kan börja tidigast', value: start },
      { label: 'Rekrytering påbörjas', value: `nu (${monthName(plan.recruitFromMonth)} ${plan.recruitFromYear})` },
    ];
  }
  return [
    { label: 'Börjar senast', value: start },
    { label: 'Rekrytering påbörjas', value: `${monthName(plan.recruitFromMonth)} ${plan.recruitFromYear}` },
  ];
}

/** "För att risken att behöva vänta ska stanna under 10 procent behöver enheten en lots till som börjar senast i maj 2021; …" */
export function hiringSentence(plan: HiringPlan, targetProbability: number, serviceLevel?: ServiceLevelTarget): string {
  const who = plan.addLotsar === 1 ? 'en lots till' : `${fteText(plan.addLotsar)} lotsar till`;
  const when = `${monthName(plan.startMonth)} ${plan.startYear}`;
  const recruit =
    plan.leadTimeMonths === 0 ? '' : `; rekryteringen behöver därför påbörjas senast i ${monthName(plan.recruitFromMonth)} ${plan.recruitFromYear}`;
  const cost =
    plan.costThisYear === null || plan.costFullYear === null
      ? ' Kostnaden kan inte beräknas eftersom planen saknar lotsar att ta en lön från.'
      : ` Det kostar ${formatApproxAmountForText(plan.costThisYear)} ${plan.startYear} och ${formatApproxAmountForText(plan.costFullYear)} för ett helt år.`;
  const level = serviceLevel ? ` och minst ${percentText(serviceLevel.share)} ska kunna skrivas in inom ${weeksInText(serviceLevel.weeks)}` : '';
  if (plan.recruitNow) {
    return `${recruitNowText(plan)} För att ${RISK_MEASURES.month.inSentence} ska stanna under ${percentText(targetProbability)}${level} behöver enheten ${who} så snart som möjligt.${cost}`;
  }
  const early =
    plan.exceededBeforeEarliestStart && plan.firstExceededMonth !== null && plan.firstExceededYear !== null
      ? `Målet överskrids redan i ${monthName(plan.firstExceededMonth)} ${plan.firstExceededYear}, innan en lots som rekryteras nu kan börja (tidigast i ${monthName(plan.earliestStartMonth)} ${plan.earliestStartYear}). `
      : '';
  return `${early}För att ${RISK_MEASURES.month.inSentence} ska stanna under ${percentText(targetProbability)}${level} behöver enheten ${who} som börjar senast i ${when}${recruit}.${cost}`;
}

export interface ScenarioForecastInput {
  plan: StaffingPlan;
  settings: YearSettings;
  /** Null for the plan itself. */
  scenario: ScenarioRecord | null;
  start: ScenarioForecastStart;
  forecast?: ScenarioForecastSettings;
}

/** The forecast of a scenario (or of the plan) on its own months, with the hiring answer. */
export function scenarioForecast(input: ScenarioForecastInput): ScenarioForecast {
  const overrides = input.scenario?.overrides ?? emptyOverrides();
  const applied = applyScenario(input.plan, input.settings, overrides);
  const warnings = [...applied.warnings];
  const demand = applied.plan.demand;
  if (demand === null) {
    return { ok: false, reason: 'Planen anger inte efterfrågan (anmälningar per månad och vistelsetid), så ingen prognos kan beräknas.', warnings };
  }
  const f = input.forecast ?? {};
  const horizon = f.horizon ?? DEFAULT_SCENARIO_HORIZON;
  const evaluation = evaluatePlan(applied.plan, applied.settings);
  const passed = monthsOfPlanYearPassed(input.start.start, input.plan.year);
  const lotsar = lotsarPerForecastMonth(
    evaluation.profile.months.map((m) => m.effectiveLotsarFte),
    passed,
    horizon,
  );
  const surges = overrides.surges.filter((s) => s.fromMonth <= horizon).map((s) => ({ ...s, toMonth: Math.min(s.toMonth, horizon) }));
  const distribution = f.stayDistribution ?? 'exponential';
  const parsed = parseForecastOptions({
    arrivals: [demand.arrivalsPerMonth],
    stay: demand.meanStayMonths,
    lotsar,
    caseload: applied.plan.caseloadPerLots,
    enrolled: input.start.enrolled,
    queue: input.start.queue,
    horizon,
    targetProbability: f.targetProbability ?? 0.1,
    targetWaitWeeks: f.targetWaitWeeks ?? 2,
    ...(f.targetServiceLevel !== undefined ? { targetServiceLevel: f.targetServiceLevel } : {}),
    ...(f.targetServiceWeeks !== undefined ? { targetServiceWeeks: f.targetServiceWeeks } : {}),
    stayDistribution: distribution,
    trend: overrides.trendPercent,
    ...(overrides.season ? { season: [...overrides.season] } : {}),
    ...(surges.length > 0 ? { surges } : {}),
    ...(distribution === 'lognormal' ? { staySpread: f.staySpread } : {}),
    ...(distribution === 'empirical' && f.stayBands ? { stayBands: f.stayBands.map((b) => ({ ...b })) } : {}),
    ...(f.runs !== undefined ? { runs: f.runs } : {}),
    ...(f.seed !== undefined ? { seed: f.seed } : {}),
  });
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    return { ok: false, reason: `Prognosen kan inte beräknas: ${issue.message}.`, warnings };
  }
  const options = parsed.value;
  const result = runForecast(options);
  const start = input.start.start;
  const months: ScenarioForecastMonth[] = result.months.map((m, i) => {
    const c = calendarMonthOf(start, m.month);
    return {
      month: m.month,
      year: c.year,
      calendarMonth: c.month,
      lotsar: lotsar[i]!,
      capacity: m.capacity,
      arrivals: m.arrivals,
      probabilityOfWaiting: m.probabilityOfWaiting,
      probabilityOfQueue: m.probabilityOfQueue,
      expectedQueue: m.queueMean,
      queueP90: m.queueP90,
      expectedWaitWeeks: m.expectedWaitWeeks,
    };
  });
  const leadTimeMonths = applied.settings.recruitmentLeadTimeMonths;
  const firstCheckedMonth = Math.min(horizon, 1 + leadTimeMonths);
  const maxProbabilityOfWaiting = Math.max(...months.slice(firstCheckedMonth - 1).map((m) => m.probabilityOfWaiting));
  const hiring = hiringPlan({
    arrivals: result.months.map((m) => m.arrivals),
    lotsar,
    caseload: applied.plan.caseloadPerLots,
    stay: options.stay,
    initialCount: options.enrolled + options.queue,
    targetProbability: options.targetProbability,
    serviceLevel: options.targetServiceLevel === undefined ? undefined : { share: options.targetServiceLevel, weeks: options.targetServiceWeeks ?? 2 },
    leadTimeMonths,
    start,
    staff: applied.plan.staff,
    poPercent: applied.plan.poPercent,
    salaryRevisionPercent: applied.settings.salaryRevisionPercent,
    planYear: input.plan.year,
  });
  const recommendation = result.recommendation;
  const cost =
    recommendation === null
      ? null
      : recommendationCost({
          recommendedLotsar: recommendation.lotsar,
          currentLotsar: lotsar.at(-1)!,
          staff: applied.plan.staff,
          poPercent: applied.plan.poPercent,
        });
  const planApplied = input.scenario === null ? null : applyScenario(input.plan, input.settings, emptyOverrides());
  const planProfile = planApplied
    ? lotsarPerForecastMonth(
        evaluatePlan(planApplied.plan, planApplied.settings).profile.months.map((m) => m.effectiveLotsarFte),
        passed,
        horizon,
      )
    : lotsar;
  const planDemand = input.plan.demand;
  // A record, not a switch: a new input key is a type error here until it says when the scenario set it.
  const setByScenario: Record<BasisInputKey, boolean> = {
    arrivalsPerMonth: planDemand !== null && Math.abs(planDemand.arrivalsPerMonth - demand.arrivalsPerMonth) > 1e-12,
    meanStayMonths: planDemand !== null && planDemand.meanStayMonths !== demand.meanStayMonths,
    caseload: applied.plan.caseloadPerLots !== input.plan.caseloadPerLots,
    lotsar: lotsar.some((l, i) => Math.abs(l - planProfile[i]!) > 1e-12),
    surges: surges.length > 0,
    trendPercent: overrides.trendPercent !== 0,
    season: overrides.season !== null,
  };
  const fromScenario = BASIS_INPUT_KEYS.filter((key) => setByScenario[key]);
  return {
    ok: true,
    start: input.start,
    inputs: {
      arrivalsPerMonth: demand.arrivalsPerMonth,
      meanStayMonths: demand.meanStayMonths,
      caseload: applied.plan.caseloadPerLots,
      lotsarByMonth: lotsar,
      surges: surges.map((x) => ({ ...x })),
      trendPercent: overrides.trendPercent,
      season: overrides.season ? [...overrides.season] : null,
      arrivalsChangePercent: overrides.arrivalsChangePercent,
      leadTimeMonths,
      salaryRevisionPercent: applied.settings.salaryRevisionPercent,
      fromScenario,
    },
    options,
    result,
    months,
    longRun: result.steadyState,
    recommendation,
    recommendationCost: cost,
    firstCheckedMonth,
    maxProbabilityOfWaiting,
    hiring,
    sentence: queueSentence(scenarioChangePhrase(overrides), months),
    warnings,
  };
}

/**
 * A scenario's forecast as the API and `--json` give it: the shape of `lotsplan forecast --json`
 * (model, steadyState, months, recommendation), each month with its calendar month and the risk
 * of having to wait, plus start, the hiring plan and the sentences.
 */
export function scenarioForecastReport(f: ScenarioForecastOk) {
  const report = toForecastReport(f.result);
  return {
    model: report.model,
    start: { year: f.start.start.year, month: f.start.start.month, enrolled: f.start.enrolled, queue: f.start.queue, source: f.start.source },
    steadyState: report.steadyState,
    months: f.months.map((m, i) => ({ ...report.months[i]!, ...m })),
    recommendation: report.recommendation,
    recommendationCost: f.recommendationCost && { differenceLotsar: f.recommendationCost.differenceLotsar, costPerYear: f.recommendationCost.costPerYear },
    targetProbability: f.options.targetProbability,
    targetWaitWeeks: f.options.targetWaitWeeks,
    firstCheckedMonth: f.firstCheckedMonth,
    maxProbabilityOfWaiting: f.maxProbabilityOfWaiting,
    hiringPlan: f.hiring.plan,
    hiringReason: f.hiring.plan === null ? f.hiring.reason : null,
    hiringSentence: f.hiring.sentence,
    sentence: f.sentence,
    inputs: f.inputs,
  };
}

export type ScenarioForecastReport = ReturnType<typeof scenarioForecastReport>;

/** The queue figures the comparison shows beside the costs, in display order. */
export const COMPARED_QUEUE_FIGURES = [
  'riskIn6Months',
  'riskIn12Months',
  'expectedQueueIn12Months',
  'queueP90In12Months',
  'expectedWaitWeeksIn12Months',
  'longRunProbabilityOfWaiting',
  'recommendedLotsar',
  'hiringAddLotsar',
] as const;
export type ComparedQueueFigure = (typeof COMPARED_QUEUE_FIGURES)[number];
export type QueueFigures = Record<ComparedQueueFigure, number | null>;

/** What the risk in the comparison means, under the table: the month measure's name and sentence. */
export const QUEUE_RISK_NOTE = `${capitalizeFirst(RISK_MEASURES.month.inSentence)} är ${RISK_MEASURES.month.explanation.charAt(0).toLocaleLowerCase('sv')}${RISK_MEASURES.month.explanation.slice(1)}`;

/**
 * The line above the comparison's queue table: where the forecasts start, from what state and by
 * whose count, then what the risk means. "Köprognos från januari 2021, med 27 inskrivna och ingen
 * kö enligt månadsstatistiken. Risken att behöva vänta är …"
 */
export function queueComparisonIntro(start: ScenarioForecastReport['start']): string {
  const month = forecastMonthText({ year: start.year, month: start.month }, 1);
  const source = start.source === 'statistics' ? 'månadsstatistiken' : 'planen';
  return `Köprognos från ${month}, med ${startPeopleText(start.enrolled, start.queue)} enligt ${source}. ${QUEUE_RISK_NOTE}`;
}

export const QUEUE_FIGURE_LABELS: Record<ComparedQueueFigure, string> = {
  riskIn6Months: 'Risk att behöva vänta om sex månader',
  riskIn12Months: 'Risk att behöva vänta om tolv månader',
  expectedQueueIn12Months: 'Väntat antal i kö om tolv månader',
  queueP90In12Months: 'Kö om tolv månader, 90:e percentilen',
  expectedWaitWeeksIn12Months: 'Väntetid om tolv månader (veckor)',
  longRunProbabilityOfWaiting: 'Risk att behöva vänta på lång sikt',
  recommendedLotsar: 'Rekommenderat antal lotsar',
  hiringAddLotsar: 'Lotsar till för målet',
};

/**
 * The labels of the queue figures with their time: "Risk att behöva vänta om sex månader (jun 2021)",
 * "Väntat antal i kö om tolv månader (dec 2021)", "Risk att behöva vänta om läget består i flera år", so
 * that a figure on Scenarier is never read against one of another time on Översikt or Prognos. A
 * figure that the horizon cuts short is at the period's end ("vid prognosperiodens slut (mar 2021)").
 */
export function queueFigureLabels(start: ForecastStart, horizon: number): Record<ComparedQueueFigure, string> {
  const when = (m: number, words: string) =>
    m <= horizon ? `om ${words} (${forecastMonthLabel(start, m)})` : `vid prognosperiodens slut (${forecastMonthLabel(start, horizon)})`;
  const in6 = when(6, 'sex månader');
  const in12 = when(12, 'tolv månader');
  return {
    riskIn6Months: `Risk att behöva vänta ${in6}`,
    riskIn12Months: `Risk att behöva vänta ${in12}`,
    expectedQueueIn12Months: `Väntat antal i kö ${in12}`,
    queueP90In12Months: `Kö ${in12}, högt räknat (9 av 10 fall under)`,
    expectedWaitWeeksIn12Months: `Väntetid ${in12}, veckor`,
    longRunProbabilityOfWaiting: 'Risk att behöva vänta om läget består i flera år',
    recommendedLotsar: QUEUE_FIGURE_LABELS.recommendedLotsar,
    hiringAddLotsar: QUEUE_FIGURE_LABELS.hiringAddLotsar,
  };
}

/** The queue figures of a forecast: six and twelve months ahead (or at the horizon), the long run and the answers. */
export function queueFigures(f: ScenarioForecastOk): QueueFigures {
  const at = (m: number) => f.months[Math.min(m, f.months.length) - 1]!;
  return {
    riskIn6Months: at(6).probabilityOfWaiting,
    riskIn12Months: at(12).probabilityOfWaiting,
    expectedQueueIn12Months: at(12).expectedQueue,
    queueP90In12Months: at(12).queueP90,
    expectedWaitWeeksIn12Months: at(12).expectedWaitWeeks,
    longRunProbabilityOfWaiting: f.longRun.probabilityOfWaiting,
    recommendedLotsar: f.recommendation?.lotsar ?? null,
    hiringAddLotsar: f.hiring.status === 'plan' ? f.hiring.plan.addLotsar : f.hiring.status === 'holds' ? 0 : null,
  };
}

/** Scenario − baseline for each queue figure; null when either is unknown. */
export function queueFigureDeltas(baseline: QueueFigures | null, other: QueueFigures | null): QueueFigures | null {
  if (!baseline || !other) return null;
  const deltas = {} as QueueFigures;
  for (const key of COMPARED_QUEUE_FIGURES) {
    const a = baseline[key];
    const b = other[key];
    deltas[key] = a === null || b === null ? null : b - a;
  }
  return deltas;
}

const isShare = (key: ComparedQueueFigure) => key.startsWith('risk') || key === 'longRunProbabilityOfWaiting';

/**
 * A queue figure for a table: "46 %", "9,8 %", "2,3", "1,5"; "–" when unknown. A risk follows
 * formatRisk, as on Prognos, and is never rounded onto the target (default 10 %).
 */
export function formatQueueFigure(key: ComparedQueueFigure, value: number | null, targetProbability?: number): string {
  if (value === null) return '–';
  if (isShare(key)) return formatRisk(value, targetProbability === undefined ? undefined : { target: targetProbability });
  if (key === 'recommendedLotsar' || key === 'hiringAddLotsar' || key === 'queueP90In12Months') return formatNumber(value, { maxDecimals: 1 });
  return formatNumber(value, { decimals: 1 });
}

/** The long-run cell when there is no equilibrium, as Prognos says it ("Ingen jämvikt: kön växer utan gräns"). */
export const NO_EQUILIBRIUM_FIGURE = 'kön växer utan gräns';

/**
 * A queue figure's cell in the comparison (Scenarier and `scenario compare`): the long-run risk is
 * "kön växer utan gräns" when the forecast has no equilibrium (no mean wait), not "100 %".
 */
export function queueFigureCell(
  key: ComparedQueueFigure,
  value: number | null,
  forecast: { steadyState: { meanWaitWeeks: number | null } } | null,
  format: (key: ComparedQueueFigure, value: number | null) => string = (k, v) => formatQueueFigure(k, v),
): string {
  if (key === 'longRunProbabilityOfWaiting' && forecast !== null && forecast.steadyState.meanWaitWeeks === null) return NO_EQUILIBRIUM_FIGURE;
  return format(key, value);
}

/**
 * The difference under a cell of the comparison, or none: the long-run risk has no difference to
 * show when either forecast's queue grows without bound.
 */
export function queueFigureDeltaCell(
  key: ComparedQueueFigure,
  delta: number | null,
  forecast: { steadyState: { meanWaitWeeks: number | null } } | null,
  baseline: { steadyState: { meanWaitWeeks: number | null } } | null,
): string | null {
  const unbounded = (f: typeof forecast) => f !== null && f.steadyState.meanWaitWeeks === null;
  if (key === 'longRunProbabilityOfWaiting' && (unbounded(forecast) || unbounded(baseline))) return null;
  return formatQueueFigureDelta(key, delta);
}

/** The difference against the plan: "−25 procentenheter", "+0,5", "−1,2"; null when there is none to show. */
export function formatQueueFigureDelta(key: ComparedQueueFigure, delta: number | null): string | null {
  if (delta === null) return null;
  if (isShare(key)) {
    const points = Math.round(delta * 100);
    if (points === 0) return null;
    return `${points > 0 ? '+' : '−'}${formatNumber(Math.abs(points))} procentenheter`;
  }
  const text =
    key === 'recommendedLotsar' || key === 'hiringAddLotsar' || key === 'queueP90In12Months'
      ? formatNumber(Math.abs(delta), { maxDecimals: 1 })
      : formatNumber(Math.abs(delta), { decimals: 1 });
  if (Math.abs(delta) < 0.05) return null;
  return `${delta > 0 ? '+' : '−'}${text}`;
}

const BASIS_INPUT_LABELS: Record<BasisInputKey, string> = {
  arrivalsPerMonth: 'anmälningar per månad',
  meanStayMonths: 'vistelsetid',
  caseload: 'deltagare per lots',
  lotsar: 'lotsar månad för månad',
  surges: 'tillfälliga ökningar',
  trendPercent: 'förändring per år',
  season: 'säsongsvariation',
};

/** "Från scenariot "En lots till": anmälningar per månad och lotsar månad för månad. Övriga värden är planens." */
export function basisNote(name: string, fromScenario: readonly string[]): string {
  const labels = BASIS_INPUT_KEYS.filter((k) => fromScenario.includes(k)).map((k) => BASIS_INPUT_LABELS[k]);
  if (labels.length === 0) return `Prognosen bygger på scenariot ”${name}”, som inte ändrar några av prognosens värden mot planen.`;
  const list = labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} och ${labels.at(-1)}`;
  return `Prognosen bygger på scenariot ”${name}”. Från scenariot: ${list}. Övriga värden är planens.`;
}

/** "4 lotsar jan–maj 2021, 5 från jun 2021": a month profile of lotsar in short. */
export function lotsarProfileText(start: ForecastStart, lotsarByMonth: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  const label = (m: number) => forecastMonthLabel(start, m + 1);
  for (let i = 1; i <= lotsarByMonth.length; i++) {
    if (i < lotsarByMonth.length && lotsarByMonth[i] === lotsarByMonth[from]) continue;
    const n = formatNumber(lotsarByMonth[from]!, { maxDecimals: 2 });
    const who = lotsarByMonth[from] === 1 ? 'lots' : 'lotsar';
    if (i === lotsarByMonth.length) parts.push(from === 0 ? `${n} ${who} hela perioden` : `${n} från ${label(from)}`);
    else parts.push(from === i - 1 ? `${n} ${who} ${label(from)}` : `${n} ${who} ${label(from)}–${label(i - 1)}`);
    from = i;
  }
  return parts.join(', ');
}

/** The note under each input of "Prognos" whose starting value comes from the basis scenario. */
export function basisFieldNotes(
  inputs: ScenarioForecastInputs,
  start: ForecastStart,
): Partial<Record<'arrivalsPerMonth' | 'meanStayMonths' | 'caseload' | 'lotsar' | 'trendPercent', string>> {
  const notes: Partial<Record<'arrivalsPerMonth' | 'meanStayMonths' | 'caseload' | 'lotsar' | 'trendPercent', string>> = {};
  const change = inputs.arrivalsChangePercent;
  if (inputs.fromScenario.includes('arrivalsPerMonth')) {
    notes.arrivalsPerMonth = `Planens anmälningar ${change > 0 ? '+' : '−'}${formatNumber(Math.abs(change), { maxDecimals: 1 })} % enligt scenariot. Ökningen är redan inräknad.`;
  }
  if (inputs.fromScenario.includes('meanStayMonths')) notes.meanStayMonths = 'Scenariots vistelsetid.';
  if (inputs.fromScenario.includes('caseload')) notes.caseload = 'Scenariots antal deltagare per lots.';
  if (inputs.fromScenario.includes('lotsar')) notes.lotsar = `Månad för månad: ${lotsarProfileText(start, inputs.lotsarByMonth)}.`;
  if (inputs.fromScenario.includes('trendPercent')) notes.trendPercent = 'Scenariots förändring per år.';
  return notes;
}

/**
 * The same for a caller that has the unit's monthly statistics (for example the memo): the start is
 * the month after the latest statistics month when it reaches the end of the plan's year, else the
 * plan's participants.
 */
export function scenarioForecastFromStatistics(
  plan: StaffingPlan,
  settings: YearSettings,
  scenario: ScenarioRecord | null,
  statistics: readonly MonthlyStatistics[] | null,
  forecast: ScenarioForecastSettings = {},
): ScenarioForecast {
  const state = forecastStartState({ year: plan.year, enrolled: plan.participants.enrolled, queue: plan.participants.queue }, statistics?.at(-1) ?? null);
  return scenarioForecast({
    plan,
    settings,
    scenario,
    start: { start: state.start, enrolled: state.enrolled, queue: state.queue, source: state.source },
    forecast,
  });
}

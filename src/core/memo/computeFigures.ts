// The snapshot of every catalogue figure (and the series the tables and charts need) for one memo,
// computed from its sources by the existing core: the plan's evaluation (key figures with the month
// profile and savings, src/core/staffing/evaluate.ts), one more lots (marginal.ts), the scenarios
// (src/core/scenarios), the monthly statistics' estimate (src/core/statistics/summary.ts) and the
// forecast engine (src/core/forecast) from today's state (forecastStart.ts) at today's demand, at a
// raised demand (+30 procent) and with one more lots; the memo's scenario by the scenario forecast
// (src/core/scenarios/forecast.ts), whose hiring plan ("Vad krävs?") for the memo's scenario, or
// for the plan without one, gives the lotsar needed for the target, from when and at what cost.
// No formula is written twice here: this file only chooses inputs and copies results.
import { monthsActive, positionAnnualCost, filledPositions } from '../figures/keyFigures.ts';
import { SHORT_MONTH_NAMES, forecastMonthLabel } from '../forecast/calendar.ts';
import { runForecast, type ForecastResult } from '../forecast/forecast.ts';
import { FORECAST_LIMITS, type ForecastOptions, type ForecastOptionsResult } from '../forecast/options.ts';
import { recommendationCost } from '../forecast/recommendationCost.ts';
import {
  DEFAULT_HORIZON,
  DEFAULT_STAY_SPREAD,
  DEFAULT_TARGET_RISK_PERCENT,
  DEFAULT_TARGET_WAIT_WEEKS,
  screenForecastOptions,
} from '../forecast/screenOptions.ts';
import type { ForecastMonth } from '../forecast/types.ts';
import { STAFF_ROLE_LABELS } from '../plan/model.ts';
import { compareScenarios, type Comparison } from '../scenarios/compare.ts';
import { scenarioForecastFromStatistics, type ScenarioForecast } from '../scenarios/forecast.ts';
import type { PlanEvaluation } from '../staffing/evaluate.ts';
import { marginalLots, medianLotsSalary, type MarginalLots } from '../staffing/marginal.ts';
import { budgetSettingsOf } from '../staffing/settings.ts';
import { forecastStartState, type ForecastStartState } from '../statistics/forecastStart.ts';
import { memoForecastStartOf } from './forecastStartNote.ts';
import { sortMonths } from '../statistics/monthly.ts';
import { forecastInputsFromEstimate, summarizeStatistics } from '../statistics/summary.ts';
import { MEMO_FIGURES, monthFigureValue, RAISED_DEMAND_PERCENT } from './figureCatalogue.ts';
import type { MemoFigures, MemoSeries } from './model.ts';
import type { MemoSources } from './sources.ts';
import { memoSourceFingerprints } from './sourceFingerprints.ts';

/** Forecast months in the snapshot; the forecast table and charts show the first twelve (forecastWindow in tables.ts). */
export const MEMO_FORECAST_HORIZON = DEFAULT_HORIZON;

/** Risk of waiting for someone referred in forecast month m (the engine's per-month figure). */
export function waitingRisk(month: ForecastMonth): number {
  // The time average of P(N ≥ C) over the month: the risk targets and recommendations use.
  return month.probabilityOfWaiting;
}

function monthValue(result: ForecastResult | null, month: number, pick: (m: ForecastMonth) => number): number | null {
  const m = result?.months.find((x) => x.month === month);
  return m ? pick(m) : null;
}

/** "jan–dec", "apr–dec", "mar". */
function monthRange(from: number, to: number): string {
  const a = SHORT_MONTH_NAMES[from - 1] ?? String(from);
  const b = SHORT_MONTH_NAMES[to - 1] ?? String(to);
  return from === to ? a : `${a}–${b}`;
}

/** The first paid month of "one more lots": next month when the memo is written in the plan's year, else January. */
export function marginalFromMonth(planYear: number, now: Date): number {
  if (now.getFullYear() !== planYear) return 1;
  return Math.min(12, now.getMonth() + 2);
}

interface Demand {
  arrivalsPerMonth: number;
  meanStayMonths: number;
}

/**
 * Smallest caseload per lots the memo forecasts with. recommendLotsar steps one lots at a time
 * until the slots exceed the offered load, about 1 ÷ caseload steps, so a caseload near zero
 * (which the exchange file accepts) would never finish; no real unit has fewer than one
 * participant per lots.
 */
export const MIN_FORECAST_CASELOAD = 0.5;

function forecastOptions(demand: Demand, lotsar: number, caseload: number, start: ForecastStartState): ForecastOptions | null {
  const parsed = parsedForecastOptions(demand, lotsar, caseload, start);
  return parsed?.ok ? parsed.value : null;
}

/** The memo's forecast options as parsed (null below the smallest caseload forecast with). */
function parsedForecastOptions(demand: Demand, lotsar: number, caseload: number, start: ForecastStartState): ForecastOptionsResult | null {
  if (!(caseload >= MIN_FORECAST_CASELOAD)) return null;
  return screenForecastOptions({
    arrivalsPerMonth: demand.arrivalsPerMonth,
    meanStayMonths: demand.meanStayMonths,
    lotsar: Math.min(FORECAST_LIMITS.maxLotsar, lotsar),
    caseload,
    enrolled: Math.min(FORECAST_LIMITS.maxPeople, start.enrolled),
    queue: Math.min(FORECAST_LIMITS.maxPeople, start.queue),
    targetRiskPercent: DEFAULT_TARGET_RISK_PERCENT,
    targetWaitWeeks: DEFAULT_TARGET_WAIT_WEEKS,
    horizon: MEMO_FORECAST_HORIZON,
    stayDistribution: 'exponential',
    staySpread: DEFAULT_STAY_SPREAD,
    surges: [],
  });
}

function run(options: ForecastOptions | null): ForecastResult | null {
  return options ? runForecast(options) : null;
}

function scenarioRows(comparison: Comparison): MemoSeries['scenarios'] {
  const row = (name: string, e: PlanEvaluation) => ({
    name: name.slice(0, 200),
    lotsarFte: e.figures.lotsarFte,
    totalCost: e.figures.totalCost,
    balance: e.figures.balance,
    costPerParticipant: e.figures.costPerParticipant,
    utilization: e.figures.utilization,
  });
  if (comparison.scenarios.length === 0) return [];
  return [row('Planen', comparison.baseline), ...comparison.scenarios.map((s) => row(s.scenario.name, s.evaluation))];
}

/** Every catalogue figure and the series of the memo's tables and charts, as of sources.now. */
export function computeMemoFigures(sources: MemoSources): MemoFigures {
  const { unitYear, now } = sources;
  const plan = unitYear.plan;
  const settings = unitYear.state.settings;
  const computedAt = now.toISOString();

  const comparison = compareScenarios(plan, settings, unitYear.state.scenarios);
  const evaluation = comparison.baseline;
  const f = evaluation.figures;
  const december = evaluation.profile.months[11]?.effectiveLotsarFte ?? f.lotsarFte;

  // One more lots, at the median salary of the plan's lotsar.
  const salary = medianLotsSalary(plan.staff);
  const marginal: MarginalLots | null =
    salary === null ? null : marginalLots(plan, budgetSettingsOf(settings), { fromMonth: marginalFromMonth(plan.year, now), monthlySalary: salary });

  // Statistics: the estimate (latest twelve months) and the plan year's totals.
  const statistics = sortMonths(sources.statistics);
  const summary = statistics.length > 0 ? summarizeStatistics(statistics) : null;
  const estimate = summary?.estimate.ok ? summary.estimate.value : null;
  const ofYear = statistics.filter((m) => m.month.startsWith(`${plan.year}-`));
  const referralsCounted = ofYear.filter((m) => m.referrals !== null);

  // Forecasts from today's state, at the plan's demand or else the statistics' estimate.
  const demand: Demand | null = plan.demand ?? (estimate ? forecastInputsFromEstimate(estimate) : null);
  const start = forecastStartState({ year: plan.year, enrolled: plan.participants.enrolled, queue: plan.participants.queue }, statistics.at(-1) ?? null);
  const raisedDemand = demand && { ...demand, arrivalsPerMonth: demand.arrivalsPerMonth * (1 + RAISED_DEMAND_PERCENT / 100) };
  const baseParsed = demand ? parsedForecastOptions(demand, december, plan.caseloadPerLots, start) : null;
  const baseOptions = baseParsed?.ok ? baseParsed.value : null;
  // A start no forecast accepts (ten thousand enrolled in a unit of 28 slots): said in the memo's checks.
  const forecastProblem = baseParsed && !baseParsed.ok ? `Prognosen kan inte beräknas: ${baseParsed.issues[0]!.message}.` : null;
  const forecast = run(baseOptions);
  const raised = run(raisedDemand ? forecastOptions(raisedDemand, december, plan.caseloadPerLots, start) : null);
  const extra = run(demand ? forecastOptions(demand, december + 1, plan.caseloadPerLots, start) : null);
  const raisedExtra = run(raisedDemand ? forecastOptions(raisedDemand, december + 1, plan.caseloadPerLots, start) : null);
  const recommendation = forecast?.recommendation ?? null;
  const recCost = recommendation
    ? recommendationCost({ recommendedLotsar: recommendation.lotsar, currentLotsar: december, staff: plan.staff, poPercent: plan.poPercent })
    : null;

  // The memo's scenario, when it has one that still exists.
  const chosen = sources.scenarioId === null ? undefined : comparison.scenarios.find((s) => s.scenario.id === sources.scenarioId);
  // The forecast of the memo's basis, the scenario or else the plan, on its own month profile and
  // demand, with its hiring plan ("Vad krävs?"; src/core/scenarios/forecast.ts).
  const basisCaseload = chosen ? chosen.evaluation.figures.caseloadPerLots : f.caseloadPerLots;
  const basis: ScenarioForecast | null =
    baseOptions && basisCaseload >= MIN_FORECAST_CASELOAD
      ? scenarioForecastFromStatistics(plan, settings, chosen?.scenario ?? null, statistics, { horizon: MEMO_FORECAST_HORIZON })
      : null;
  const basisOk = basis?.ok ? basis : null;
  const scenarioForecast: ForecastResult | null = chosen && basisOk ? basisOk.result : null;
  const hiring = basisOk?.hiring ?? null;
  const hire = hiring?.status === 'plan' ? hiring.plan : null;
  const exceeded = basisOk?.months.find((m) => m.probabilityOfWaiting > basisOk.options.targetProbability);
  const sf = chosen?.evaluation.figures;

  const values: Record<string, number | null> = {
    lotsar: f.lotsarFte,
    platser: f.capacity,
    deltagarePerHeltidslots: f.caseloadPerLots,
    rekommenderadeLotsar: recommendation?.lotsar ?? null,
    lotsarUtoverRekommendation: recommendation ? Math.max(0, recommendation.lotsar - december) : null,
    inskrivna: f.enrolled,
    man: f.men,
    kvinnor: f.women,
    annanKonstillhorighet: f.otherGender,
    konUppgiftSaknas: plan.participants.genderUnknown,
    deltagarePerLots: f.participantsPerLots,
    ko: f.queue,
    berorda: f.touched,
    belaggning: f.utilization,
    belastning: f.offeredLoad,
    personalkostnad: f.staffCost,
    ovrigaKostnader: f.otherCost,
    totalKostnad: f.totalCost,
    finansiering: evaluation.savings.fundingBeforeSavings,
    besparingskrav: evaluation.savings.savingsAmount,
    saldo: f.balance,
    overskott: Math.max(0, f.balance),
    underskott: Math.max(0, -f.balance),
    kostnadPerDeltagare: f.costPerParticipant,
    kostnadPerLots: f.costPerLots,
    marginalkostnadLotsResterandeAr: marginal?.restOfYearCost ?? null,
    marginalkostnadLotsHeltAr: marginal?.fullYearCost ?? null,
    marginalPlatser: marginal?.addedSlots ?? null,
    kostnadRekommendation: recCost?.costPerYear ?? null,
    okadEfterfragan: RAISED_DEMAND_PERCENT / 100,
    malRisk: DEFAULT_TARGET_RISK_PERCENT / 100,
    riskVanta6: monthValue(forecast, 6, waitingRisk),
    riskVanta12: monthValue(forecast, 12, waitingRisk),
    riskVanta6Okad: monthValue(raised, 6, waitingRisk),
    riskVanta12Okad: monthValue(raised, 12, waitingRisk),
    riskVanta12EnLotsTill: monthValue(extra, 12, waitingRisk),
    riskVanta12OkadEnLotsTill: monthValue(raisedExtra, 12, waitingRisk),
    riskVantaLangSikt: forecast ? forecast.steadyState.probabilityOfWaiting : null,
    koOm12ManaderP90: monthValue(forecast, 12, (m) => m.queueP90),
    anmalningarPerManad: demand?.arrivalsPerMonth ?? null,
    vistelsetid: demand?.meanStayMonths ?? null,
    skattadeAnmalningarPerManad: estimate?.arrivalsPerMonth.estimate ?? null,
    skattadVistelsetid: estimate?.meanStayMonths.estimate ?? null,
    anmalningarAret: referralsCounted.length > 0 ? referralsCounted.reduce((s, m) => s + (m.referrals ?? 0), 0) : null,
    nyaInskrivningarAret: ofYear.length > 0 ? ofYear.reduce((s, m) => s + m.newEnrolments, 0) : null,
    avslutAret: ofYear.length > 0 ? ofYear.reduce((s, m) => s + m.discharges, 0) : null,
    statistikManader: ofYear.length,
    scenarioLotsar: sf?.lotsarFte ?? null,
    scenarioPlatser: sf?.capacity ?? null,
    scenarioTotalKostnad: sf?.totalCost ?? null,
    scenarioSaldo: sf?.balance ?? null,
    scenarioKostnadsskillnad: sf ? sf.totalCost - f.totalCost : null,
    scenarioRiskVanta12: monthValue(scenarioForecast, 12, waitingRisk),
    lotsarForMalet: hire ? hire.addLotsar : hiring?.status === 'holds' ? 0 : null,
    lotsarForMaletBorjarSenast: hire ? monthFigureValue(hire.startYear, hire.startMonth) : null,
    lotsarForMaletRekryteringSenast: hire ? monthFigureValue(hire.recruitFromYear, hire.recruitFromMonth) : null,
    malOverskridsFran: exceeded ? monthFigureValue(exceeded.year, exceeded.calendarMonth) : null,
    lotsarForMaletKostnadStartar: hire?.costThisYear ?? null,
    lotsarForMaletKostnadHeltAr: hire?.costFullYear ?? null,
  };

  const months = forecast?.months ?? [];
  const series: MemoSeries = {
    forecastMonths: months.map((m) => forecastMonthLabel(start.start, m.month)),
    queueP50: months.map((m) => m.queueP50),
    queueP90: months.map((m) => m.queueP90),
    probabilityOfWaiting: months.map(waitingRisk),
    expectedEnrolled: months.map((m) => m.enrolledMean),
    queueMean: months.map((m) => m.queueMean),
    expectedWaitWeeks: months.map((m) => m.expectedWaitWeeks),
    scenarios: scenarioRows(comparison),
    staff: filledPositions(plan.staff).map((p) => ({
      title: (p.title.trim() || STAFF_ROLE_LABELS[p.role]).slice(0, 200),
      role: STAFF_ROLE_LABELS[p.role],
      fte: p.fte,
      months: monthRange(p.fromMonth, p.toMonth),
      annualCost: monthsActive(p) === 0 ? 0 : positionAnnualCost(p, plan.poPercent),
    })),
    statistics: sortMonths(ofYear).map((m) => ({
      month: m.month,
      referrals: m.referrals,
      newEnrolments: m.newEnrolments,
      discharges: m.discharges,
      enrolledAtMonthEnd: m.enrolledAtMonthEnd,
      queueAtMonthEnd: m.queueAtMonthEnd,
    })),
  };

  return {
    computedAt,
    planUpdatedAt: sources.planUpdatedAt,
    values: Object.fromEntries(
      MEMO_FIGURES.map((d) => {
        const v = values[d.key];
        return [d.key, { key: d.key, value: v === undefined || v === null || !Number.isFinite(v) ? null : v, computedAt }];
      }),
    ),
    series,
    ...(forecastProblem === null ? {} : { forecastProblem: forecastProblem.slice(0, 600) }),
    ...(forecast === null ? {} : { forecastStart: memoForecastStartOf(start, plan.year) }),
    sources: memoSourceFingerprints(sources),
  };
}

// Everything the "Prognos" screen shows for one set of inputs, computed by src/core: the forecast
// (exact or simulated), the same forecast for each compared staffing, the plain-language reading
// and the cost of the recommendation. Runs in the forecast worker; pure, so it is tested directly.
import { runForecast, type ForecastResult } from '../../core/forecast/forecast.ts';
import { describeForecast } from '../../core/forecast/describe.ts';
import { forecastSummaryText, type AssumptionsComparison } from '../../core/forecast/pageTexts.ts';
import { formatForecastIssue, type ForecastOptions } from '../../core/forecast/options.ts';
import { recommendationCost, type RecommendationCost } from '../../core/forecast/recommendationCost.ts';
import type { ForecastMonth } from '../../core/forecast/types.ts';
import { scenarioForecastOptions, type ScenarioOverlayInput } from '../../core/forecast/scenarioOverlay.ts';
import { valueForMonth } from '../../core/forecast/options.ts';
import type { ForecastStart } from '../../core/forecast/calendar.ts';
import { hiringPlan, type HiringAnswer } from '../../core/scenarios/forecast.ts';
import { lotsarAtWork } from '../../core/forecast/staffAvailability.ts';

export interface ForecastRequest {
  /** Increases with every request; a result is only shown if no newer one has been shown. */
  id: number;
  options: ForecastOptions;
  /** Lots FTE of the forecast itself. */
  lotsar: number;
  /** Other staffings to compare with (lots FTE). */
  comparisons: number[];
  /** The month the reading is for (1 … horizon). */
  readingMonth: number;
  /** The plan's positions and PO-pålägg, for the cost of the recommendation. */
  plan: { staff: { role: string; monthlySalary: number }[]; poPercent: number };
  /** Up to three scenarios laid over the forecast. */
  scenarios?: ScenarioOverlayInput[];
  /** For "Vad krävs?": the forecast's first month and the hiring settings; without them no hiring plan. */
  hiring?: { start: ForecastStart; leadTimeMonths: number; salaryRevisionPercent: number; planYear: number } | null;
  /** The screen's values and those it started from: the summary first says how they differ. */
  assumptions?: AssumptionsComparison | null;
}

export interface ScenarioForecast {
  id: number;
  name: string;
  /** Null when the scenario's inputs cannot be forecast (then `message` says why). */
  months: ForecastMonth[] | null;
  firstMonthOverTarget: number | null;
  message: string | null;
}

export interface ComparedForecast {
  lotsar: number;
  capacity: number;
  months: ForecastMonth[];
  firstMonthOverTarget: number | null;
}

export interface ForecastView {
  id: number;
  options: ForecastOptions;
  lotsar: number;
  readingMonth: number;
  result: ForecastResult;
  comparisons: ComparedForecast[];
  scenarios: ScenarioForecast[];
  /** The summary: how the assumptions differ from the plan's (when they do), then the forecast in words. */
  reading: string;
  /** Null without a recommendation or without lotsar in the plan to take a salary from. */
  cost: RecommendationCost | null;
  /** "Vad krävs?": extra lotsar, by when and what they cost, for the target risk; null without hiring settings. */
  hiring: HiringAnswer | null;
  /** The plan's positions and PO-pålägg (for the cost of clearing a backlog). */
  plan: ForecastRequest['plan'];
  elapsedMs: number;
}

export type WorkerReply = { ok: true; view: ForecastView } | { ok: false; id: number; message: string };

export function computeForecastView(request: ForecastRequest, now: () => number = () => performance.now()): ForecastView {
  const started = now();
  const { options } = request;
  const result = runForecast(options);
  // The same seed for every staffing: the simulated alternatives differ only by their slots.
  const comparisons = request.comparisons.map((lotsar) => {
    const other = runForecast({ ...options, lotsar: [lotsar] });
    return {
      lotsar,
      capacity: other.months[0]?.capacity ?? 0,
      months: other.months,
      firstMonthOverTarget: other.firstMonthOverTarget,
    };
  });
  const scenarios = (request.scenarios ?? []).map((scenario): ScenarioForecast => {
    const parsed = scenarioForecastOptions(options, scenario);
    if (!parsed.ok) {
      const issue = parsed.issues[0];
      const detail = issue ? ` (${formatForecastIssue(issue, 'field')})` : '';
      return {
        id: scenario.id,
        name: scenario.name,
        months: null,
        firstMonthOverTarget: null,
        message: `Prognosen för scenariot kunde inte beräknas${detail}.`,
      };
    }
    const forecast = runForecast(parsed.value);
    return { id: scenario.id, name: scenario.name, months: forecast.months, firstMonthOverTarget: forecast.firstMonthOverTarget, message: null };
  });
  const described = describeForecast({
    month: request.readingMonth,
    // On a month profile of lotsar (a scenario basis) the reading names the staffing of the month it reads.
    alternatives: [
      { lotsar: options.lotsar.length > 1 ? valueForMonth(options.lotsar, request.readingMonth) : request.lotsar, months: result.months },
      ...comparisons,
    ],
    scenarios: scenarios.flatMap((s) => (s.months ? [{ name: s.name, months: s.months }] : [])),
    steadyState: result.steadyState,
    ...(request.hiring ? { start: request.hiring.start } : {}),
    recommendation: result.recommendation && {
      result: result.recommendation,
      targetProbability: options.targetProbability,
      targetWaitWeeks: options.targetWaitWeeks,
    },
  });
  const reading = forecastSummaryText(described, request.assumptions ?? null);
  const cost =
    result.recommendation &&
    recommendationCost({
      recommendedLotsar: result.recommendation.lotsar,
      currentLotsar: request.lotsar,
      staff: request.plan.staff,
      poPercent: request.plan.poPercent,
    });
  const h = request.hiring;
  const hiring = h
    ? hiringPlan({
        arrivals: result.months.map((m) => m.arrivals),
        // The lotsar the forecast itself has at work (after its lead time), so that the plan adds to the same slots.
        lotsar: lotsarAtWork(options),
        caseload: options.caseload,
        stay: options.stay,
        initialCount: options.enrolled + options.queue,
        abandonment: options.abandonment,
        absence: options.absence,
        targetProbability: options.targetProbability,
        serviceLevel: options.targetServiceLevel === undefined ? undefined : { share: options.targetServiceLevel, weeks: options.targetServiceWeeks ?? 2 },
        leadTimeMonths: h.leadTimeMonths,
        start: h.start,
        staff: request.plan.staff,
        poPercent: request.plan.poPercent,
        salaryRevisionPercent: h.salaryRevisionPercent,
        planYear: h.planYear,
      })
    : null;
  return {
    id: request.id,
    options,
    lotsar: request.lotsar,
    readingMonth: request.readingMonth,
    result,
    comparisons,
    scenarios,
    reading,
    cost,
    hiring,
    plan: request.plan,
    elapsedMs: now() - started,
  };
}

/** The worker's answer to one message: the view, or the error in Swedish. */
export function replyTo(request: ForecastRequest): WorkerReply {
  try {
    return { ok: true, view: computeForecastView(request) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, id: request.id, message: `Prognosen kunde inte beräknas (${detail}).` };
  }
}

// Clearing a backlog by a date (waiting-list practice): the smallest temporary extra capacity, in
// steps of 0,5 lots FTE, and for how few months, that brings the expected queue down to a target
// by the end of a chosen month, and what it costs.
//
// The extra lotsar work from month s to the chosen month b (inclusive) on top of the planned
// staffing; after b the staffing is as planned again. The search: the smallest number of steps k
// whose extra capacity from the first month gets the expected queue at the end of month b to the
// target or below, then the latest start s with k steps that still does, so the extra capacity is
// needed for as few months as possible (b − s + 1). More slots, or slots earlier, never raise the
// expected queue (the chain is monotone in its capacity), so both searches are binary searches.
//
// The queue is that of the exact chain for exponential stays (the same engine as the hiring
// plan), with the forecast's flows: those who leave the list unenrolled (abandonment), the share
// of lots time lost to absence (which the extra lotsar have too, so their slots are those of the
// whole staffing's available time) and the recruitment lead time (extra lotsar start no earlier
// than month 1 + lead time, like every new lots). Cost: the extra FTE × the months × the median lots monthly salary of the plan × (1 + PO-
// pålägg), as for the recommendation's cost; without a salary the cost is unknown.
import { slotsFor } from '../figures/keyFigures.ts';
import { countInText, formatApproxAmountForText, formatNumber } from '../format/index.ts';
import { solveChain } from './birthDeathChain.ts';
import { forecastMonthText, type ForecastStart } from './calendar.ts';
import { lotsarText } from './describe.ts';
import type { ForecastResult } from './forecast.ts';
import type { ForecastOptions } from './options.ts';
import { availableSlots, lotsarAtWork } from './staffAvailability.ts';

/** Extra capacity is tried in steps of this FTE. */
export const BACKLOG_STEP_FTE = 0.5;
/** No plan with more extra lotsar than this is proposed. */
export const MAX_BACKLOG_EXTRA_LOTSAR = 20;

export interface BacklogInput {
  /** Referrals per forecast month. */
  arrivals: readonly number[];
  /** Planned lots FTE per forecast month. */
  lotsar: readonly number[];
  caseload: number;
  stayMonths: number;
  /** Enrolled and waiting at the start. */
  enrolled: number;
  queue: number;
  /** The highest acceptable expected queue at the end of month `byMonth`. */
  targetQueue: number;
  /** The forecast month (1 …) by whose end the queue must be down to the target. */
  byMonth: number;
  /** The calendar month of forecast month 1, for the sentence; null: months are numbered. */
  start: ForecastStart | null;
  /** For the cost: the plan's positions (median lots salary) and PO-pålägg in percent. */
  staff: readonly { role: string; monthlySalary: number }[];
  poPercent: number;
  /** Median lots monthly salary when there is no plan to take it from (the CLI's --lots-salary). */
  monthlySalary?: number | undefined;
  /** Share of those waiting who leave the list per month without being enrolled; 0 when left out. */
  abandonment?: number | undefined;
  /** Share of lots time lost to absence (0 to under 1); 0 when left out. */
  absence?: number | undefined;
  /** Months before a lots recruited now is at work: the extra capacity starts no earlier than 1 + this. */
  leadTime?: number | undefined;
}

/** What the backlog question adds to a forecast: the target, the month and what the cost needs. */
export interface BacklogQuestion {
  targetQueue: number;
  byMonth: number;
  start: ForecastStart | null;
  staff: BacklogInput['staff'];
  poPercent: number;
  monthlySalary?: number | undefined;
}

/**
 * The backlog input for a forecast: its months' referrals, the lotsar it has at work after its lead
 * time, and its flows, so that the answer adds to the same slots and queue as the forecast shows.
 */
export function backlogInputFor(options: ForecastOptions, result: ForecastResult, question: BacklogQuestion): BacklogInput {
  return {
    arrivals: result.months.map((m) => m.arrivals),
    lotsar: lotsarAtWork(options),
    caseload: options.caseload,
    stayMonths: options.stay,
    enrolled: options.enrolled,
    queue: options.queue,
    abandonment: options.abandonment,
    absence: options.absence,
    leadTime: options.leadTime,
    ...question,
  };
}

export interface BacklogPlan {
  /** Extra lots FTE, a multiple of 0,5. */
  addLotsar: number;
  /** The first and last forecast month of the extra capacity (the last is byMonth). */
  fromMonth: number;
  toMonth: number;
  months: number;
  /** The expected queue at the end of byMonth with and without the extra capacity. */
  expectedQueue: number;
  expectedQueueWithout: number;
  /** Kronor including PO-pålägg for the whole period; null without a lots salary. */
  cost: number | null;
  monthlySalary: number | null;
}

export type BacklogAnswer =
  | { status: 'plan'; plan: BacklogPlan; sentence: string }
  | { status: 'holds' | 'impossible'; plan: null; expectedQueueWithout: number; sentence: string };

/** The first forecast month in which extra lotsar can be at work. */
function earliestMonth(input: BacklogInput): number {
  return 1 + Math.max(0, input.leadTime ?? 0);
}

/** The expected queue at the end of month `by` with `extra` lotsar in months from..by. */
function queueAt(input: BacklogInput, extra: number, from: number): number {
  const by = input.byMonth;
  const absence = input.absence ?? 0;
  const months = Array.from({ length: by }, (_, i) => {
    const lotsar = input.lotsar[i]! + (i + 1 >= from ? extra : 0);
    return { arrivals: input.arrivals[i]!, capacity: absence > 0 ? availableSlots(lotsar, input.caseload, absence) : slotsFor(lotsar, input.caseload) };
  });
  const chain = solveChain({
    months,
    stayMonths: input.stayMonths,
    initialCount: input.enrolled + input.queue,
    initialEnrolled: input.enrolled,
    ...(input.abandonment ? { abandonment: input.abandonment } : {}),
  });
  return chain.months[by - 1]!.queueMean;
}

function medianSalary(staff: BacklogInput['staff']): number | null {
  const salaries = staff
    .filter((s) => s.role === 'lots')
    .map((s) => s.monthlySalary)
    .sort((a, b) => a - b);
  if (salaries.length === 0) return null;
  const mid = Math.floor(salaries.length / 2);
  return salaries.length % 2 === 1 ? salaries[mid]! : (salaries[mid - 1]! + salaries[mid]!) / 2;
}

function monthText(input: BacklogInput, month: number): string {
  return input.start ? forecastMonthText(input.start, month) : `månad ${month}`;
}

function queueText(n: number): string {
  return n === 1 ? 'en person' : `${Number.isInteger(n) && n <= 12 ? countInText(n) : formatNumber(n, { maxDecimals: 1 })} personer`;
}

export function backlogPlan(input: BacklogInput): BacklogAnswer {
  const { byMonth: by, targetQueue: target } = input;
  if (!Number.isInteger(by) || by < 1 || by > input.arrivals.length) throw new RangeError(`byMonth must be a forecast month, got ${by}`);
  const when = monthText(input, by);
  const without = queueAt(input, 0, by + 1);
  // A target of no queue at all reads "tom", not "högst noll personer".
  const empty = target === 0;
  const targetText = empty ? 'tom' : `högst ${queueText(target)}`;
  if (without <= target) {
    return {
      status: 'holds',
      plan: null,
      expectedQueueWithout: without,
      sentence: `Kön väntas vara ${targetText} i slutet av ${when} redan med den planerade bemanningen (i genomsnitt ${formatNumber(without, { decimals: 1 })} väntande), så ingen extra kapacitet behövs.`,
    };
  }
  const earliest = earliestMonth(input);
  if (earliest > by) {
    return {
      status: 'impossible',
      plan: null,
      expectedQueueWithout: without,
      sentence: `Kön väntas vara i genomsnitt ${formatNumber(without, { decimals: 1 })} väntande i slutet av ${when}. Extra lotsar hinner inte börja före dess: med rekryteringstiden kan en lots som rekryteras nu börja tidigast i ${monthText(input, earliest)}.`,
    };
  }
  const steps = Math.round(MAX_BACKLOG_EXTRA_LOTSAR / BACKLOG_STEP_FTE);
  const meets = (k: number, from: number) => queueAt(input, k * BACKLOG_STEP_FTE, from) <= target;
  if (!meets(steps, earliest)) {
    const from = earliest === 1 ? 'från första månaden' : `från ${monthText(input, earliest)}, så snart rekryteringstiden tillåter,`;
    return {
      status: 'impossible',
      plan: null,
      expectedQueueWithout: without,
      sentence: `Inte ens ${countInText(MAX_BACKLOG_EXTRA_LOTSAR)} lotsar till ${from} ${empty ? 'tömmer kön till slutet av' : `får ner kön till ${targetText} i slutet av`} ${when}.`,
    };
  }
  let lo = 1;
  let hi = steps;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (meets(mid, earliest)) hi = mid;
    else lo = mid + 1;
  }
  const k = lo;
  let sLo = earliest;
  let sHi = by;
  while (sLo < sHi) {
    const mid = (sLo + sHi + 1) >> 1;
    if (meets(k, mid)) sLo = mid;
    else sHi = mid - 1;
  }
  const from = sLo;
  const addLotsar = k * BACKLOG_STEP_FTE;
  const months = by - from + 1;
  const salary = input.monthlySalary ?? medianSalary(input.staff);
  const cost = salary === null ? null : addLotsar * months * salary * (1 + input.poPercent / 100);
  const plan: BacklogPlan = {
    addLotsar,
    fromMonth: from,
    toMonth: by,
    months,
    expectedQueue: queueAt(input, addLotsar, from),
    expectedQueueWithout: without,
    cost,
    monthlySalary: salary,
  };
  return { status: 'plan', plan, sentence: backlogSentence(input, plan) };
}

/** "För att kön ska vara nere i högst fem personer i slutet av juni 2027 behöver enheten 1,5 lotsar till under fyra månader, från mars 2027. …" */
export function backlogSentence(input: BacklogInput, plan: BacklogPlan): string {
  const who = plan.addLotsar === 1 ? 'en lots till' : `${lotsarText(plan.addLotsar)} till`;
  const period =
    plan.months === 1
      ? `under ${monthText(input, plan.toMonth)}`
      : `under ${countInText(plan.months)} månader, från ${monthText(input, plan.fromMonth)} till och med ${monthText(input, plan.toMonth)}`;
  const queues = `Kön väntas då vara i genomsnitt ${formatNumber(plan.expectedQueue, { decimals: 1 })} väntande i stället för ${formatNumber(plan.expectedQueueWithout, { decimals: 1 })}.`;
  const cost =
    plan.cost === null
      ? ' Kostnaden kan inte beräknas eftersom det saknas en lön för en lots att räkna med.'
      : ` Det kostar ${formatApproxAmountForText(plan.cost)} med PO-pålägg.`;
  const target = input.targetQueue === 0 ? 'vara tom' : `vara nere i högst ${queueText(input.targetQueue)}`;
  return `För att kön ska ${target} i slutet av ${monthText(input, plan.toMonth)} behöver enheten ${who} ${period}. ${queues}${cost}`;
}

/**
 * The forecast month of a "by" date: ÅÅÅÅ-MM when the forecast has a calendar start, or the month's
 * number (1 … horizon). A Swedish message naming `what` when it is neither or outside the forecast.
 */
export function backlogByMonth(
  text: string,
  start: ForecastStart | null,
  horizon: number,
  what: string,
): { ok: true; month: number } | { ok: false; message: string } {
  const t = text.trim();
  const calendar = /^(\d{4})-(\d{2})$/.exec(t);
  let month: number;
  if (calendar) {
    const year = Number(calendar[1]);
    const m = Number(calendar[2]);
    if (m < 1 || m > 12) return { ok: false, message: `${what}: ”${t}” är ingen månad; skriv ÅÅÅÅ-MM, till exempel 2027-06.` };
    if (!start)
      return {
        ok: false,
        message: `${what}: ange prognosens första månad (--start) för att kunna ange ett datum som ÅÅÅÅ-MM, eller ange månadens nummer i prognosen.`,
      };
    month = (year - start.year) * 12 + (m - start.month) + 1;
  } else if (/^\d+$/.test(t)) {
    month = Number(t);
  } else {
    return { ok: false, message: `${what}: ”${t}” är varken ÅÅÅÅ-MM eller ett månadsnummer i prognosen.` };
  }
  if (month < 1 || month > horizon) {
    const range = start ? `${forecastMonthText(start, 1)} och ${forecastMonthText(start, horizon)}` : `1 och ${horizon}`;
    return { ok: false, message: `${what}: månaden ligger utanför prognosen; välj en månad mellan ${range}.` };
  }
  return { ok: true, month };
}

// Where a memo's forecasts start, in the memo's words. The forecast starts "from today's state": the
// plan's participants for its year, or the latest month of the monthly statistics when they reach
// the end of the plan's year (src/core/statistics/forecastStart.ts). The nämnd reads the queue and
// the risks of waiting; this says which picture of today they rest on. It names the source and the
// months only, never a count: the counts are figures of their own, which a public memo may mask.
import { forecastMonthText } from '../forecast/calendar.ts';
import { previousMonth, statisticsMonthText } from '../statistics/monthly.ts';
import type { ForecastStartState } from '../statistics/forecastStart.ts';
import type { MemoForecastStart } from './model.ts';

/** The snapshot's record of a forecast start (model.ts memoForecastStartSchema). */
export function memoForecastStartOf(state: ForecastStartState, planYear: number): MemoForecastStart {
  const firstMonth = `${state.start.year}-${String(state.start.month).padStart(2, '0')}`;
  return {
    source: state.source,
    basis: state.source === 'plan' ? String(planYear) : previousMonth(firstMonth),
    queueFromPlan: state.queueFromPlan,
    firstMonth,
  };
}

/**
 * "månadsstatistiken för december 2020", "planen för 2020": what a forecast's start is taken from
 * (and "(kön enligt planen)" when the statistics month has no counted queue).
 */
export function forecastStartBasisText(start: MemoForecastStart): string {
  if (start.source === 'plan') return `planen för ${start.basis}`;
  return `månadsstatistiken för ${statisticsMonthText(start.basis)}${start.queueFromPlan ? ' (kön enligt planen)' : ''}`;
}

/**
 * "i juni 2021": when someone referred in forecast month m is referred, for the sentences that
 * would otherwise say "om sex månader" and leave the reader to count from the memo's date rather
 * than from the forecast's start; "om sex månader" for a memo stored without its start.
 */
export function referralMonthText(start: MemoForecastStart | null, month: number): string {
  if (start === null) return `om ${month === 12 ? 'tolv' : month === 6 ? 'sex' : String(month)} månader`;
  const [year, first] = start.firstMonth.split('-').map(Number) as [number, number];
  return `i ${forecastMonthText({ year, month: first }, month)}`;
}

/** "januari 2021": a forecast's first month. */
function firstMonthText(start: MemoForecastStart): string {
  const [year, month] = start.firstMonth.split('-').map(Number) as [number, number];
  return forecastMonthText({ year, month }, 1);
}

/**
 * The note under the forecast table and in the charts' descriptions: "Prognosen utgår från antalet
 * inskrivna och kön enligt månadsstatistiken för december 2020 och börjar i januari 2021."
 */
export function forecastStartNote(start: MemoForecastStart): string {
  if (start.source === 'plan') return `Prognosen utgår från antalet inskrivna och kön enligt planen för ${start.basis} och börjar i ${firstMonthText(start)}.`;
  const month = statisticsMonthText(start.basis);
  return start.queueFromPlan
    ? `Prognosen utgår från antalet inskrivna enligt månadsstatistiken för ${month} och kön enligt planen, eftersom kön inte är räknad den månaden. Den börjar i ${firstMonthText(start)}.`
    : `Prognosen utgår från antalet inskrivna och kön enligt månadsstatistiken för ${month} och börjar i ${firstMonthText(start)}.`;
}

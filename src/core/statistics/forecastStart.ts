// Where a forecast starts: "from today's state". The plan's participants describe its year; when
// the unit's monthly statistics reach the end of that year or later, their latest month is the
// better picture of today, and the forecast starts the month after it.
import { forecastMonthText, forecastStartForPlanYear, type ForecastStart } from '../forecast/calendar.ts';
import { countInText } from '../format/index.ts';
import { monthIndex, nextMonth, statisticsMonthText, type MonthlyStatistics } from './monthly.ts';

export interface ForecastStartState {
  start: ForecastStart;
  enrolled: number;
  queue: number;
  source: 'plan' | 'statistics';
  /** The statistics month has no counted queue, so the plan's queue is used (always false for the plan). */
  queueFromPlan: boolean;
  /** "Startläge enligt månadsstatistiken för december 2020: 27 inskrivna och ingen kö. …" */
  description: string;
}

interface PlanStart {
  year: number;
  enrolled: number;
  queue: number;
}

/** "27 inskrivna och ingen kö", "en inskriven och tre i kö", "inga inskrivna och ingen kö": a forecast's start in a sentence. */
export const startPeopleText = (enrolled: number, queue: number) =>
  `${enrolled === 0 ? 'inga' : countInText(enrolled)} ${enrolled === 1 ? 'inskriven' : 'inskrivna'} och ${queue === 0 ? 'ingen kö' : `${countInText(queue)} i kö`}`;

export function forecastStartState(plan: PlanStart, latest: MonthlyStatistics | null): ForecastStartState {
  if (latest && monthIndex(latest.month) >= monthIndex(`${plan.year}-12`)) {
    const [year, month] = nextMonth(latest.month).split('-').map(Number) as [number, number];
    const start = { year, month };
    // A month without a counted queue keeps the plan's queue, and says so.
    const queue = latest.queueAtMonthEnd ?? plan.queue;
    const queueNote = latest.queueAtMonthEnd === null ? ' (kön är inte räknad den månaden, så planens kö används)' : '';
    return {
      start,
      enrolled: latest.enrolledAtMonthEnd,
      queue,
      source: 'statistics',
      queueFromPlan: latest.queueAtMonthEnd === null,
      description:
        `Startläge enligt månadsstatistiken för ${statisticsMonthText(latest.month)}: ${startPeopleText(latest.enrolledAtMonthEnd, queue)}${queueNote}. ` +
        `Prognosen börjar i ${forecastMonthText(start, 1)}.`,
    };
  }
  const start = forecastStartForPlanYear(plan.year);
  return {
    start,
    enrolled: plan.enrolled,
    queue: plan.queue,
    source: 'plan',
    queueFromPlan: false,
    description: `Startläge enligt planen för ${plan.year}: ${startPeopleText(plan.enrolled, plan.queue)}. Prognosen börjar i ${forecastMonthText(start, 1)}.`,
  };
}

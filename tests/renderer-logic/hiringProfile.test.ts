// "Vad krävs?" and "Få ner kön till ett datum" on the Prognos screen add lotsar to the slots the
// forecast itself has: the planned lotsar after the recruitment lead time, not the plan as written.
import { describe, expect, it } from 'vitest';
import { computeForecastView } from '../../src/renderer/forecast/computeForecastView.ts';
import { parseForecastOptions } from '../../src/core/forecast/options.ts';
import { lotsarAtWork } from '../../src/core/forecast/staffAvailability.ts';
import { slotsFor } from '../../src/core/figures/keyFigures.ts';
import { hiringPlan } from '../../src/core/scenarios/forecast.ts';

const plan = { staff: [{ role: 'lots', monthlySalary: 38_500 }], poPercent: 39.15 };
const hiring = { start: { year: 2021, month: 1 }, leadTimeMonths: 2, salaryRevisionPercent: 0, planYear: 2020 };

function optionsOf(input: Record<string, unknown>) {
  const parsed = parseForecastOptions(input);
  if (!parsed.ok) throw new Error('invalid options');
  return parsed.value;
}

describe('the hiring plan on the Prognos screen', () => {
  // A lots leaves in month 2 and the plan fills the place in month 3; with a lead time of four
  // months the replacement starts in month 6, so months 2–5 have three lotsar at work.
  const options = optionsOf({ arrivals: 2.25, stay: 12, lotsar: [4, 3, 4], caseload: 7, enrolled: 27, horizon: 24, leadTime: 4 });

  it('takes the lotsar at work after the lead time, the profile whose slots the forecast has', () => {
    const atWork = lotsarAtWork(options);
    expect(atWork.slice(0, 7)).toEqual([4, 3, 3, 3, 3, 4, 4]);
    const view = computeForecastView({ id: 1, options, lotsar: 4, comparisons: [], readingMonth: 6, plan, hiring });
    expect(view.result.months.map((m) => m.capacity)).toEqual(atWork.map((l) => slotsFor(l, 7)));
    const common = {
      arrivals: view.result.months.map((m) => m.arrivals),
      caseload: 7,
      stay: 12,
      initialCount: 27,
      targetProbability: options.targetProbability,
      leadTimeMonths: 2,
      start: hiring.start,
      staff: plan.staff,
      poPercent: plan.poPercent,
      salaryRevisionPercent: 0,
      planYear: 2020,
    };
    expect(view.hiring).toEqual(hiringPlan({ ...common, lotsar: atWork }));
    // With the plan as written (four lotsar again from month 3) the answer would be another one.
    const asWritten = hiringPlan({ ...common, lotsar: [4, 3, ...Array.from({ length: 22 }, () => 4)] });
    expect(view.hiring).not.toEqual(asWritten);
  });

  it('is the same as without a lead time when the profile has no rise', () => {
    const flat = optionsOf({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, enrolled: 27, horizon: 24, leadTime: 4 });
    expect(lotsarAtWork(flat)).toEqual(Array.from({ length: 24 }, () => 4));
  });
});

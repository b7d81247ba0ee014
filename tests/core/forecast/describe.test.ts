import { describe, expect, it } from 'vitest';
import { describeForecast, probabilityText } from '../../../src/core/forecast/describe.ts';
import { steadyState } from '../../../src/core/forecast/erlang.ts';
import type { ForecastMonth } from '../../../src/core/forecast/types.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';

function month(n: number, probabilityOfQueue: number): ForecastMonth {
  return {
    month: n,
    capacity: 28,
    arrivals: 2.25,
    enrolledMean: 26,
    enrolledP10: 22,
    enrolledP50: 27,
    enrolledP90: 28,
    queueMean: 1,
    queueP10: 0,
    queueP50: 0,
    queueP90: 4,
    probabilityOfQueue,
    probabilityOfWaiting: probabilityOfQueue,
    expectedWaitWeeks: 1,
  };
}

describe('describeForecast', () => {
  it('writes the issue example', () => {
    const text = describeForecast({
      month: 6,
      alternatives: [
        { lotsar: 4, months: [month(6, 0.38)] },
        { lotsar: 5, months: [month(6, 0.03)] },
      ],
    });
    expect(text).toBe('Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader 38 procent. Med fem lotsar är den 3 procent.');
  });

  it('reads the DOMAIN unit: four lotsar, 27 enrolled, 46 procent risk of waiting for someone referred in month six', () => {
    const parsed = parseForecastOptions({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, enrolled: 27, horizon: 6 });
    if (!parsed.ok) throw new Error('invalid');
    const r = runForecast(parsed.value);
    expect(describeForecast({ month: 6, alternatives: [{ lotsar: 4, months: r.months }] })).toBe(
      'Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader 46 procent.',
    );
    // Not the month-end chance of a queue (38 procent), which is a different figure.
    expect(r.months[5]!.probabilityOfQueue).toBeCloseTo(0.38, 2);
  });

  it('says when the queue grows without bound, with the slots needed', () => {
    const text = describeForecast({ month: 1, alternatives: [{ lotsar: 3, months: [month(1, 0.5)] }], steadyState: steadyState(2.25, 12, 21) });
    expect(text).toContain('Med 2,25 anmälningar i månaden och tolv månaders vistelse behövs minst 28 platser; med 21 platser växer kön utan gräns.');
    const oneEach = describeForecast({ month: 1, alternatives: [], steadyState: steadyState(1, 1, 1) });
    expect(oneEach).toBe('Med en anmälan i månaden och en månads vistelse behövs minst två platser; med en plats växer kön utan gräns.');
  });

  it('writes singular forms, large numbers in digits and the recommendation', () => {
    const text = describeForecast({
      month: 1,
      alternatives: [{ lotsar: 1, months: [month(1, 0.5)] }],
      recommendation: { result: { lotsar: 14, capacity: 98, probabilityOfWaiting: 0.08, meanWaitWeeks: 0.5 }, targetProbability: 0.1, targetWaitWeeks: 1 },
    });
    expect(text).toBe(
      'Med en lots är risken att behöva vänta för den som anmäls om en månad 50 procent. För att högst 10 procent av de sökande ska behöva vänta, ' +
        'och väntetiden i genomsnitt ska vara högst en vecka, behövs på lång sikt 14 lotsar (98 platser).',
    );
  });

  it('never rounds a small risk to 0 or a large one to 100 procent', () => {
    expect(probabilityText(0.001)).toBe('0,1 procent');
    expect(probabilityText(0.0004)).toBe('under 0,1 procent');
    expect(probabilityText(0)).toBe('0 procent');
    expect(probabilityText(0.9996)).toBe('över 99,9 procent');
    expect(probabilityText(1)).toBe('100 procent');
    expect(probabilityText(0.125)).toBe('13 procent');
  });
});

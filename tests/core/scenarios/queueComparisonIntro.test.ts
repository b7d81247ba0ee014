import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastMonthText } from '../../../src/core/forecast/calendar.ts';
import { QUEUE_RISK_NOTE, queueComparisonIntro } from '../../../src/core/scenarios/forecast.ts';

describe('queueComparisonIntro: the line above the scenarios’ queue table', () => {
  it('says the first month, the start in Swedish counts and whose count it is', () => {
    expect(queueComparisonIntro({ year: 2021, month: 1, enrolled: 27, queue: 0, source: 'statistics' })).toBe(
      `Köprognos från januari 2021, med 27 inskrivna och ingen kö enligt månadsstatistiken. ${QUEUE_RISK_NOTE}`,
    );
    // Small counts in words, one person in the singular (the line once read "1 inskrivna och 3 i kö").
    expect(queueComparisonIntro({ year: 2020, month: 6, enrolled: 1, queue: 3, source: 'plan' })).toBe(
      `Köprognos från juni 2020, med en inskriven och tre i kö enligt planen. ${QUEUE_RISK_NOTE}`,
    );
  });

  it('property: every start names its month and source, never a bare zero queue, and ends with the risk note', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.nat({ max: 2000 }),
        fc.nat({ max: 2000 }),
        fc.constantFrom('plan' as const, 'statistics' as const),
        (year, month, enrolled, queue, source) => {
          const line = queueComparisonIntro({ year, month, enrolled, queue, source });
          expect(line.startsWith(`Köprognos från ${forecastMonthText({ year, month }, 1)}, med `)).toBe(true);
          expect(line).toContain(source === 'statistics' ? ' enligt månadsstatistiken. ' : ' enligt planen. ');
          expect(line).not.toMatch(/\b0 i kö/);
          expect(line.endsWith(QUEUE_RISK_NOTE)).toBe(true);
        },
      ),
    );
  });
});

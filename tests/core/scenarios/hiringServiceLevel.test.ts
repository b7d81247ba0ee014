import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slotsFor } from '../../../src/core/figures/keyFigures.ts';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { probabilityOfWaitOver } from '../../../src/core/forecast/waitDistribution.ts';
import { hiringPlan, type HiringInput } from '../../../src/core/scenarios/forecast.ts';

const base = (): HiringInput => ({
  arrivals: Array.from({ length: 18 }, () => 2.25),
  lotsar: Array.from({ length: 18 }, () => 4),
  caseload: 7,
  stay: 12,
  initialCount: 27,
  targetProbability: 0.5,
  leadTimeMonths: 2,
  start: { year: 2021, month: 1 },
  staff: [{ role: 'lots', monthlySalary: 38500 }],
  poPercent: 39.15,
  salaryRevisionPercent: 0,
  planYear: 2020,
});

/** The smallest monthly share enrolled within the weeks over the months checked. */
function minShare(input: HiringInput, extra: number, startMonth: number, weeks: number): number {
  const months = input.arrivals.map((a, i) => ({ arrivals: a, capacity: slotsFor(input.lotsar[i]! + (i + 1 >= startMonth ? extra : 0), input.caseload) }));
  const chain = solveChain({ months, stayMonths: input.stay, initialCount: input.initialCount, keepArrivalViews: true });
  return Math.min(...chain.arrivalViews!.slice(input.leadTimeMonths).map((v) => 1 - probabilityOfWaitOver(v, weeks)));
}

const addOf = (a: ReturnType<typeof hiringPlan>) => (a.status === 'plan' ? a.plan.addLotsar : a.status === 'holds' ? 0 : Number.POSITIVE_INFINITY);

describe('hiring plan with a service-level target (90 % inom två veckor)', () => {
  it('meets the service level in every month checked, and is minimal', () => {
    const input = { ...base(), serviceLevel: { share: 0.9, weeks: 2 } };
    const answer = hiringPlan(input);
    expect(answer.status).toBe('plan');
    const plan = answer.plan!;
    const start = plan.startMonth;
    expect(minShare(input, plan.addLotsar, start, 2)).toBeGreaterThanOrEqual(0.9);
    expect(minShare(input, plan.addLotsar - 0.5, 3, 2)).toBeLessThan(0.9);
    if (start < 18) expect(minShare(input, plan.addLotsar, start + 1, 2)).toBeLessThan(0.9);
    // The probability target alone (50 %) needs fewer.
    expect(addOf(hiringPlan(base()))).toBeLessThan(plan.addLotsar);
    expect(answer.sentence).toMatch(
      /För att risken att behöva vänta ska stanna under 50 procent och minst 90 procent ska kunna skrivas in inom två veckor behöver enheten /,
    );
  });

  it('says when the targets hold already', () => {
    const answer = hiringPlan({ ...base(), lotsar: base().lotsar.map(() => 7), serviceLevel: { share: 0.9, weeks: 2 } });
    expect(answer.status).toBe('holds');
    expect(answer.sentence).toContain('minst 90 procent kan skrivas in inom två veckor');
  });

  it('a higher service-level target never needs fewer lotsar (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.5, max: 3.5, noNaN: true }),
        fc.double({ min: 0.5, max: 0.97, noNaN: true }),
        fc.double({ min: 0.5, max: 0.97, noNaN: true }),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        (arrivals, s1, s2, weeks) => {
          const [low, high] = s1 <= s2 ? [s1, s2] : [s2, s1];
          const input = {
            ...base(),
            arrivals: base()
              .arrivals.slice(0, 12)
              .map(() => arrivals),
            lotsar: base().lotsar.slice(0, 12),
          };
          const a = hiringPlan({ ...input, serviceLevel: { share: low, weeks } });
          const b = hiringPlan({ ...input, serviceLevel: { share: high, weeks } });
          expect(addOf(b)).toBeGreaterThanOrEqual(addOf(a));
          // And a service level never needs fewer than the probability target alone.
          expect(addOf(a)).toBeGreaterThanOrEqual(addOf(hiringPlan(input)));
        },
      ),
      { numRuns: 25 },
    );
  });
});

// The limit on the people enrolled above the slots (src/core/forecast/excessLimit.ts): the largest
// excess as the exact chain bounds it, the options' refusal with the figures named, and the memo,
// whose forecasts start from the plan, left without forecast figures instead of computing for minutes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestExcess, MAX_EXCESS, MAX_EXCESS_STATES, maxQueueWithExcess } from '../../../src/core/forecast/excessLimit.ts';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { formatForecastIssue, parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { probabilityOfWaitOver } from '../../../src/core/forecast/waitDistribution.ts';
import { memoChecks } from '../../../src/core/memo/checks.ts';
import { computeMemoFigures } from '../../../src/core/memo/computeFigures.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { memoFiguresSchema } from '../../../src/core/memo/model.ts';
import { DEFAULTS, seedPlan, sourcesOf } from '../memo/support.ts';

const VALID = { arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7 };

function messages(input: object): string[] {
  const r = parseForecastOptions(input);
  // Thousands are separated by a no-break space; written here as ordinary spaces.
  return r.ok ? [] : r.issues.map((i) => formatForecastIssue(i, 'flag').replace(/\u00a0/g, ' '));
}

describe('largestExcess', () => {
  it('is the enrolled above the first month’s slots, or a later cut below the most enrolled until then', () => {
    expect(largestExcess(27, [28, 28])).toBeNull();
    expect(largestExcess(35, [28, 28])).toEqual({ month: 1, excess: 7, capacity: 28, enrolled: 35 });
    // A unit of 70 slots closes in month 3: up to 70 may be enrolled then.
    expect(largestExcess(20, [70, 70, 0])).toEqual({ month: 3, excess: 70, capacity: 0, enrolled: 70 });
    // The larger of the two wins.
    expect(largestExcess(40, [28, 70, 21])).toEqual({ month: 3, excess: 49, capacity: 21, enrolled: 70 });
  });

  it('holds for all inputs: no month has more above its slots, and the month named has that many', () => {
    fc.assert(
      fc.property(fc.nat(5_000), fc.array(fc.nat(5_000), { minLength: 1, maxLength: 120 }), (enrolled, capacities) => {
        const largest = largestExcess(enrolled, capacities);
        let most = enrolled;
        for (const capacity of capacities) {
          expect(most - capacity).toBeLessThanOrEqual(largest?.excess ?? 0);
          most = Math.max(most, capacity);
        }
        if (largest === null) return;
        expect(largest.excess).toBeGreaterThan(0);
        expect(capacities[largest.month - 1]).toBe(largest.capacity);
        expect(largest.enrolled - largest.capacity).toBe(largest.excess);
        expect(largest.enrolled).toBe(Math.max(enrolled, ...capacities.slice(0, largest.month - 1)));
        // More enrolled at the start never makes the largest excess smaller.
        expect(largestExcess(enrolled + 1, capacities)!.excess).toBeGreaterThanOrEqual(largest.excess);
      }),
    );
  });
});

describe('the forecast options', () => {
  it('refuse more enrolled above the slots than the limit, naming the figures, and accept the limit itself', () => {
    // Four lotsar of seven: 28 slots.
    expect(messages({ ...VALID, enrolled: 28 + MAX_EXCESS })).toEqual([]);
    expect(messages({ ...VALID, enrolled: 10_000 })).toEqual([
      'Flaggan --enrolled: 9 972 fler inskrivna än de 28 platser som lotsarna har den första månaden; ' +
        'prognosen kan räkna med högst 150 fler inskrivna än platser. Kontrollera antalet inskrivna och antalet lotsar',
    ]);
  });

  it('name the month’s lotsar when a later cut is what leaves too many above the slots', () => {
    // 100 lotsar of 20 (2 000 slots) for two months, then none.
    expect(messages({ ...VALID, caseload: 20, lotsar: [100, 100, 0], enrolled: 20 })).toEqual([
      'Flaggan --lotsar, månad 3: 0 platser i prognosmånad 3, 2 000 färre än de upp till 2 000 som kan vara inskrivna då; ' +
        'prognosen kan räkna med högst 150 fler inskrivna än platser. Kontrollera lotsarna för månaden',
    ]);
    // A unit of fifteen lotsar of ten that closes is within the limit.
    expect(messages({ ...VALID, caseload: 10, lotsar: [15, 15, 0], enrolled: 20 })).toEqual([]);
    // Absence counts: the same lotsar carry fewer slots (⌊3 · 7⌋ = 21 instead of 28).
    expect(messages({ ...VALID, enrolled: 28 + MAX_EXCESS })).toEqual([]);
    expect(messages({ ...VALID, enrolled: 28 + MAX_EXCESS, absence: 0.25 })).toHaveLength(1);
  });

  it('refuse a queue at the start longer than the excess allows, and accept the longest it allows', () => {
    const most = maxQueueWithExcess(100);
    expect(most).toBe(Math.floor(MAX_EXCESS_STATES / 100) - 1);
    expect(messages({ ...VALID, enrolled: 128, queue: most })).toEqual([]);
    expect(messages({ ...VALID, enrolled: 128, queue: 10_000 })).toEqual([
      `Flaggan --queue: 10 000 i kö vid start; med 100 fler inskrivna än platser den första månaden kan prognosen räkna med högst ${most} i kö vid start. ` +
        'Kontrollera antalet i kö, antalet inskrivna och antalet lotsar',
    ]);
    // Without anyone above the slots the queue may be as long as ever.
    expect(messages({ ...VALID, enrolled: 28, queue: 10_000 })).toEqual([]);
  });

  it('hold for all inputs: accepted exactly when the excess and the queue are within the limits', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(10_000),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 50 }),
        (enrolled, queue, lotsar, caseload) => {
          const largest = largestExcess(
            enrolled,
            Array.from({ length: 24 }, (_, i) => lotsar[Math.min(i, lotsar.length - 1)]! * caseload),
          );
          const within = largest === null || (largest.excess <= MAX_EXCESS && queue <= maxQueueWithExcess(largest.excess));
          const r = parseForecastOptions({ ...VALID, enrolled, queue, lotsar, caseload });
          expect(r.ok).toBe(within);
          if (!r.ok) expect(r.issues).toHaveLength(1);
        },
      ),
    );
  });

  it('read a view with its rows cut short as the same view padded with zeros', () => {
    const chain = solveChain({
      months: Array.from({ length: 3 }, () => ({ arrivals: 2.25, capacity: 28 })),
      stayMonths: 12,
      initialCount: 778,
      initialEnrolled: 178,
      keepArrivalViews: true,
    });
    const view = chain.arrivalViews![2]!;
    const width = Math.max(...view.excess.map((r) => r.length));
    expect(view.excess.some((r) => r.length < width)).toBe(true);
    const padded = {
      ...view,
      excess: view.excess.map((r) => {
        const p = new Float64Array(width);
        p.set(r);
        return p;
      }),
    };
    for (const weeks of [0, 2, 10, 40, 120]) expect(probabilityOfWaitOver(view, weeks)).toBe(probabilityOfWaitOver(padded, weeks));
  });
});

describe('the memo', () => {
  const plan = seedPlan();
  const mistyped = sourcesOf({ ...plan, participants: { ...plan.participants, enrolled: 10_000, men: 9_997 } });

  it('has no forecast figures for a plan with ten thousand enrolled (a typing error), and every other figure', () => {
    const figures = computeMemoFigures(mistyped);
    expect(figures.values.riskVanta6!.value).toBeNull();
    expect(figures.values.riskVanta12EnLotsTill!.value).toBeNull();
    expect(figures.values.lotsar!.value).toBe(4);
    expect(memoFiguresSchema.safeParse(figures).success).toBe(true);
    // An ordinary plan has no problem to tell.
    expect(computeMemoFigures(sourcesOf(plan)).forecastProblem).toBeUndefined();
  });

  it('says in its checks why the forecast is missing, with the figures named', () => {
    const content = draftMemo('bemanning', mistyped, DEFAULTS, { skrivelse: null });
    const notes = memoChecks(content)
      .filter((c) => c.severity === 'notering')
      .map((c) => c.text.replace(/\u00a0/g, ' '));
    expect(notes).toContain(
      'Prognosen kan inte beräknas: 9 972 fler inskrivna än de 28 platser som lotsarna har den första månaden; prognosen kan räkna med högst 150 fler inskrivna än platser. ' +
        'Kontrollera antalet inskrivna och antalet lotsar. Utlåtandet saknar därför siffrorna om kö och väntan.',
    );
  });
});

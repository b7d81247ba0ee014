import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slotsFor } from '../../../src/core/figures/keyFigures.ts';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { backlogByMonth, backlogInputFor, backlogPlan, BACKLOG_STEP_FTE, type BacklogInput } from '../../../src/core/forecast/backlog.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { availableSlots } from '../../../src/core/forecast/staffAvailability.ts';

const base = (over: Partial<BacklogInput> = {}): BacklogInput => ({
  arrivals: Array.from({ length: 12 }, () => 2.25),
  lotsar: Array.from({ length: 12 }, () => 4),
  caseload: 7,
  stayMonths: 12,
  enrolled: 28,
  queue: 15,
  targetQueue: 3,
  byMonth: 6,
  start: { year: 2027, month: 1 },
  staff: [{ role: 'lots', monthlySalary: 38500 }],
  poPercent: 39.15,
  ...over,
});

/** The expected queue at the end of byMonth with `extra` lotsar from month `from`, by the chain itself. */
function queue(input: BacklogInput, extra: number, from: number): number {
  const months = input.arrivals
    .slice(0, input.byMonth)
    .map((a, i) => ({ arrivals: a, capacity: slotsFor(input.lotsar[i]! + (i + 1 >= from ? extra : 0), input.caseload) }));
  return solveChain({ months, stayMonths: input.stayMonths, initialCount: input.enrolled + input.queue, initialEnrolled: input.enrolled }).months.at(-1)!
    .queueMean;
}

const need = (a: ReturnType<typeof backlogPlan>) => (a.status === 'plan' ? a.plan.addLotsar : a.status === 'holds' ? 0 : Number.POSITIVE_INFINITY);

describe('clearing a backlog by a date', () => {
  it('finds the smallest extra capacity and the fewest months, and prices them', () => {
    const input = base();
    const answer = backlogPlan(input);
    expect(answer.status).toBe('plan');
    const p = answer.plan!;
    expect(p.toMonth).toBe(6);
    expect(p.months).toBe(6 - p.fromMonth + 1);
    expect(queue(input, p.addLotsar, p.fromMonth)).toBeLessThanOrEqual(3);
    expect(p.expectedQueue).toBeCloseTo(queue(input, p.addLotsar, p.fromMonth), 12);
    // Minimal: half an FTE less from the first month fails, and so does a month later start.
    expect(queue(input, p.addLotsar - BACKLOG_STEP_FTE, 1)).toBeGreaterThan(3);
    if (p.fromMonth < 6) expect(queue(input, p.addLotsar, p.fromMonth + 1)).toBeGreaterThan(3);
    expect(p.cost).toBeCloseTo(p.addLotsar * p.months * 38500 * 1.3915, 6);
    expect(answer.sentence).toMatch(
      /^För att kön ska vara nere i högst tre personer i slutet av juni 2027 behöver enheten [\d,]+ lotsar till under [a-zåäö]+ månader, från [a-zåäö]+ 2027 till och med juni 2027\. Kön väntas då vara i genomsnitt \d+,\d väntande i stället för 14,5\. Det kostar [\d\u00a0 ]+kronor med PO-pålägg\.$/,
    );
  });

  it('says when no extra capacity is needed, when none is enough, and when there is no salary', () => {
    const holds = backlogPlan(base({ queue: 0, enrolled: 20 }));
    expect(holds.status).toBe('holds');
    expect(holds.sentence).toContain('ingen extra kapacitet behövs');
    const impossible = backlogPlan(base({ queue: 2000, byMonth: 1, targetQueue: 0 }));
    expect(impossible.status).toBe('impossible');
    expect(impossible.sentence).toBe('Inte ens 20 lotsar till från första månaden tömmer kön till slutet av januari 2027.');
    // A target of no queue is "tom", never "högst noll personer", whatever the answer.
    for (const queue of [0, 3, 40, 2000]) {
      for (const byMonth of [1, 6]) expect(backlogPlan(base({ queue, byMonth, targetQueue: 0 })).sentence).not.toContain('noll');
    }
    const noSalary = backlogPlan(base({ staff: [], start: null }));
    expect(noSalary.plan!.cost).toBeNull();
    expect(noSalary.sentence).toContain('i slutet av månad 6');
    expect(noSalary.sentence).toContain('Kostnaden kan inte beräknas');
    expect(backlogPlan(base({ staff: [], monthlySalary: 40000 })).plan!.cost).toBeGreaterThan(0);
    expect(() => backlogPlan(base({ byMonth: 13 }))).toThrow(RangeError);
  });

  it('a longer queue or a lower target never needs fewer lotsar (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        (q1, q2, t1, t2, by, arrivals) => {
          const [qLow, qHigh] = q1 <= q2 ? [q1, q2] : [q2, q1];
          const [tLow, tHigh] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const input = base({ arrivals: Array.from({ length: 10 }, () => arrivals), lotsar: Array.from({ length: 10 }, () => 4), byMonth: by, staff: [] });
          expect(need(backlogPlan({ ...input, queue: qHigh, targetQueue: tLow }))).toBeGreaterThanOrEqual(
            need(backlogPlan({ ...input, queue: qLow, targetQueue: tLow })),
          );
          expect(need(backlogPlan({ ...input, queue: qHigh, targetQueue: tLow }))).toBeGreaterThanOrEqual(
            need(backlogPlan({ ...input, queue: qHigh, targetQueue: tHigh })),
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** The chain's queue at the end of byMonth with the input's absence and abandonment, as the forecast computes it. */
function queueWithFlows(input: BacklogInput, extra: number, from: number): number {
  const months = input.arrivals
    .slice(0, input.byMonth)
    .map((a, i) => ({ arrivals: a, capacity: availableSlots(input.lotsar[i]! + (i + 1 >= from ? extra : 0), input.caseload, input.absence ?? 0) }));
  return solveChain({
    months,
    stayMonths: input.stayMonths,
    initialCount: input.enrolled + input.queue,
    initialEnrolled: input.enrolled,
    abandonment: input.abandonment ?? 0,
  }).months.at(-1)!.queueMean;
}

describe('clearing a backlog with the forecast flows', () => {
  it('counts absence in the slots of the planned and the extra lotsar, and those who leave the list', () => {
    const input = base({ absence: 0.15, abandonment: 0.1 });
    const answer = backlogPlan(input);
    expect(answer.status).toBe('plan');
    const p = answer.plan!;
    expect(p.expectedQueue).toBeCloseTo(queueWithFlows(input, p.addLotsar, p.fromMonth), 12);
    expect(p.expectedQueueWithout).toBeCloseTo(queueWithFlows(input, 0, 7), 12);
    expect(p.expectedQueue).toBeLessThanOrEqual(3);
    // Minimal under the same flows.
    expect(queueWithFlows(input, p.addLotsar - BACKLOG_STEP_FTE, 1)).toBeGreaterThan(3);
    // Abandonment alone shortens the queue; absence alone lengthens it, so it needs at least as much.
    expect(backlogPlan(base({ abandonment: 0.3 })).status === 'holds' || need(backlogPlan(base({ abandonment: 0.3 }))) <= need(backlogPlan(base()))).toBe(true);
    expect(need(backlogPlan(base({ absence: 0.2 })))).toBeGreaterThanOrEqual(need(backlogPlan(base())));
  });

  it('starts the extra lotsar no earlier than the lead time allows, and says so when that is too late', () => {
    const input = base({ leadTime: 2 });
    const answer = backlogPlan(input);
    expect(answer.status).toBe('plan');
    expect(answer.plan!.fromMonth).toBeGreaterThanOrEqual(3);
    // The same need or more than without a lead time, since the extra lotsar come later.
    expect(answer.plan!.addLotsar).toBeGreaterThanOrEqual(backlogPlan(base()).plan!.addLotsar);
    const late = backlogPlan(base({ leadTime: 6, byMonth: 6 }));
    expect(late.status).toBe('impossible');
    expect(late.sentence).toBe(
      'Kön väntas vara i genomsnitt 14,5 väntande i slutet av juni 2027. Extra lotsar hinner inte börja före dess: med rekryteringstiden kan en lots som rekryteras nu börja tidigast i juli 2027.',
    );
    const tooFew = backlogPlan(base({ leadTime: 2, queue: 2000, targetQueue: 0 }));
    expect(tooFew.sentence).toBe('Inte ens 20 lotsar till från mars 2027, så snart rekryteringstiden tillåter, tömmer kön till slutet av juni 2027.');
  });

  it('more absence never needs fewer lotsar, more abandonment never more (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (f1, f2, a1, a2, queue) => {
          const [fLow, fHigh] = f1 <= f2 ? [f1, f2] : [f2, f1];
          const [aLow, aHigh] = a1 <= a2 ? [a1, a2] : [a2, a1];
          const input = base({ queue, staff: [], byMonth: 5 });
          expect(need(backlogPlan({ ...input, absence: fHigh, abandonment: aLow }))).toBeGreaterThanOrEqual(
            need(backlogPlan({ ...input, absence: fLow, abandonment: aLow })),
          );
          expect(need(backlogPlan({ ...input, absence: fLow, abandonment: aHigh }))).toBeLessThanOrEqual(
            need(backlogPlan({ ...input, absence: fLow, abandonment: aLow })),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('takes a forecast’s lotsar at work, flows and lead time (backlogInputFor)', () => {
    const parsed = parseForecastOptions({
      arrivals: 2.25,
      stay: 12,
      lotsar: [4, 4, 3, 3, 4],
      caseload: 7,
      enrolled: 28,
      queue: 15,
      horizon: 12,
      abandonment: 0.1,
      absence: 0.1,
      leadTime: 2,
    });
    if (!parsed.ok) throw new Error('options');
    const options = parsed.value;
    const result = runForecast(options);
    const input = backlogInputFor(options, result, { targetQueue: 3, byMonth: 6, start: null, staff: [], poPercent: 0 });
    expect(input.abandonment).toBe(0.1);
    expect(input.absence).toBe(0.1);
    expect(input.leadTime).toBe(2);
    // The lots who left in month 3 is replaced no earlier than month 5 (3 + lead time).
    expect(input.lotsar.slice(0, 6)).toEqual([4, 4, 3, 3, 4, 4]);
    // Without extra capacity the backlog's queue is the forecast's own.
    const answer = backlogPlan({ ...input, targetQueue: 1000 });
    expect(answer.status).toBe('holds');
    expect(answer.status === 'holds' && answer.expectedQueueWithout).toBeCloseTo(result.months[5]!.queueMean, 9);
  });
});

describe('the month of the backlog date', () => {
  it('reads ÅÅÅÅ-MM against the calendar start, or a month number, and refuses the rest in Swedish', () => {
    const start = { year: 2027, month: 3 };
    expect(backlogByMonth('2027-06', start, 12, 'Flaggan --by')).toEqual({ ok: true, month: 4 });
    expect(backlogByMonth('2028-02', start, 12, 'Flaggan --by')).toEqual({ ok: true, month: 12 });
    expect(backlogByMonth(' 5 ', null, 12, 'Flaggan --by')).toEqual({ ok: true, month: 5 });
    expect(backlogByMonth('2028-03', start, 12, 'Flaggan --by')).toEqual({
      ok: false,
      message: 'Flaggan --by: månaden ligger utanför prognosen; välj en månad mellan mars 2027 och februari 2028.',
    });
    expect(backlogByMonth('2027-06', null, 12, 'Flaggan --by')).toMatchObject({ ok: false, message: expect.stringContaining('--start') });
    expect(backlogByMonth('juni', null, 12, 'Flaggan --by')).toMatchObject({
      ok: false,
      message: 'Flaggan --by: ”juni” är varken ÅÅÅÅ-MM eller ett månadsnummer i prognosen.',
    });
    expect(backlogByMonth('2027-13', start, 12, 'Flaggan --by').ok).toBe(false);
    expect(backlogByMonth('0', null, 12, 'Flaggan --by').ok).toBe(false);
  });
});

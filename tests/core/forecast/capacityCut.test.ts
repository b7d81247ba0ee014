// A cut in capacity never evicts: the exact chain against a dense matrix exponential of the chain on
// (enrolled, waiting), and against the simulation with exponential stays.
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';
import { simulate } from '../../../src/core/forecast/monteCarlo.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { chainPairs, pairIndex, referencePairDistributions, type PairSpace } from './support/denseExpmEnrolledQueue.ts';

type Months = { arrivals: number; capacity: number }[];

const CASES: { name: string; months: Months; stay: number; e0: number; q0: number; space: PairSpace }[] = [
  {
    name: 'a cut from five to three slots with a queue',
    months: [
      { arrivals: 1.5, capacity: 5 },
      { arrivals: 1.5, capacity: 5 },
      { arrivals: 1.5, capacity: 3 },
      { arrivals: 1.5, capacity: 3 },
      { arrivals: 1.5, capacity: 3 },
    ],
    stay: 3,
    e0: 4,
    q0: 0,
    space: { maxEnrolled: 5, maxQueue: 34 },
  },
  {
    name: 'more enrolled at the start than there are slots, and people waiting',
    months: [
      { arrivals: 1, capacity: 3 },
      { arrivals: 1, capacity: 3 },
      { arrivals: 0.5, capacity: 3 },
    ],
    stay: 2,
    e0: 7,
    q0: 2,
    space: { maxEnrolled: 7, maxQueue: 28 },
  },
  {
    name: 'a vacancy: four slots, two for two months, four again',
    months: [
      { arrivals: 1.2, capacity: 4 },
      { arrivals: 1.2, capacity: 2 },
      { arrivals: 2, capacity: 2 },
      { arrivals: 1.2, capacity: 4 },
      { arrivals: 1.2, capacity: 4 },
    ],
    stay: 2.5,
    e0: 4,
    q0: 1,
    space: { maxEnrolled: 4, maxQueue: 36 },
  },
  {
    name: 'arrivals changing every month, capacity up and then down to three',
    months: [
      { arrivals: 1, capacity: 5 },
      { arrivals: 3, capacity: 5 },
      { arrivals: 0.5, capacity: 6 },
      { arrivals: 4, capacity: 8 },
      { arrivals: 0, capacity: 8 },
      { arrivals: 2, capacity: 7 },
      { arrivals: 2, capacity: 3 },
    ],
    stay: 3.5,
    e0: 4,
    q0: 0,
    space: { maxEnrolled: 8, maxQueue: 40 },
  },
  {
    name: 'no slots for a while, then slots again',
    months: [
      { arrivals: 1, capacity: 3 },
      { arrivals: 1, capacity: 0 },
      { arrivals: 0, capacity: 0 },
      { arrivals: 1.5, capacity: 5 },
    ],
    stay: 2,
    e0: 3,
    q0: 0,
    space: { maxEnrolled: 5, maxQueue: 30 },
  },
];

describe('a capacity cut in the exact chain', () => {
  for (const c of CASES) {
    it(`${c.name}: equals the dense matrix exponential of the (enrolled, waiting) chain to 1e-9`, () => {
      const reference = referencePairDistributions(c.months, c.stay, c.e0, c.q0, c.space);
      const result = solveChain({
        months: c.months,
        stayMonths: c.stay,
        initialCount: c.e0 + c.q0,
        initialEnrolled: c.e0,
        keepDistributions: true,
      });
      expect(result.truncationMass).toBeLessThan(1e-12);
      result.months.forEach((month, m) => {
        const C = c.months[m]!.capacity;
        const ref = reference[m]!;
        // The reference's queue boundary must hold nothing of consequence.
        for (let e = 0; e <= c.space.maxEnrolled; e++) expect(ref[pairIndex(c.space, e, c.space.maxQueue)]!).toBeLessThan(1e-12);
        const mine = chainPairs(result.distributions![m]!, result.excessDistributions![m]!, C, c.space);
        let maxDiff = 0;
        ref.forEach((p, i) => {
          maxDiff = Math.max(maxDiff, Math.abs(p - mine[i]!));
        });
        expect(maxDiff).toBeLessThan(1e-9);

        let enrolledMean = 0;
        let queueMean = 0;
        let pQueue = 0;
        for (let e = 0; e <= c.space.maxEnrolled; e++) {
          for (let q = 0; q <= c.space.maxQueue; q++) {
            const p = ref[pairIndex(c.space, e, q)]!;
            enrolledMean += e * p;
            queueMean += q * p;
            if (q > 0) pQueue += p;
          }
        }
        expect(Math.abs(month.enrolledMean - enrolledMean)).toBeLessThan(1e-9);
        expect(Math.abs(month.queueMean - queueMean)).toBeLessThan(1e-9);
        expect(Math.abs(month.probabilityOfQueue - pQueue)).toBeLessThan(1e-9);
      });
    });
  }

  it('keeps everyone enrolled at a cut: the number enrolled falls only as stays end', () => {
    // No arrivals, six enrolled, capacity cut to two: enrolled decays like 6·e^(−t/L) until two remain.
    const L = 4;
    const result = solveChain({
      months: [
        { arrivals: 0, capacity: 6 },
        { arrivals: 0, capacity: 2 },
      ],
      stayMonths: L,
      initialCount: 6,
    });
    expect(result.months[0]!.enrolledMean).toBeCloseTo(6 * Math.exp(-1 / L), 9);
    expect(result.months[1]!.enrolledMean).toBeCloseTo(6 * Math.exp(-2 / L), 9);
    expect(result.months[1]!.queueMean).toBe(0);
  });
});

describe('exact and simulated forecasts agree on cuts (exponential stays)', () => {
  it('the issue reproduction: 1,8 a month, stay 12, four lotsar then three, 27 enrolled', () => {
    const parsed = parseForecastOptions({ arrivals: 1.8, stay: 12, lotsar: [4, 4, 4, 4, 4, 4, 3], caseload: 7, enrolled: 27, horizon: 9 });
    if (!parsed.ok) throw new Error('invalid');
    const exact = runForecast(parsed.value).months;
    // Ciw, with people finishing their stays, gives 2,05 waiting and 22,9 enrolled in month 7.
    expect(exact[6]!.queueMean).toBeGreaterThan(1.7);
    expect(exact[6]!.queueMean).toBeLessThan(2.3);
    expect(exact[6]!.enrolledMean).toBeGreaterThan(22.3);
    expect(exact[6]!.enrolledMean).toBeLessThan(23.2);
    const sim = simulate({
      months: exact.map((m) => ({ arrivals: m.arrivals, capacity: m.capacity })),
      stayMonths: 12,
      stay: { kind: 'exponential' },
      initialEnrolled: 27,
      initialQueue: 0,
      runs: 20_000,
      seed: 5,
    });
    exact.forEach((m, i) => {
      const s = sim.months[i]!;
      const se = sim.standardErrors[i]!;
      expect(Math.abs(m.queueMean - s.queueMean)).toBeLessThan(4.5 * se.queueMean + 1e-9);
      expect(Math.abs(m.enrolledMean - s.enrolledMean)).toBeLessThan(4.5 * se.enrolledMean + 1e-9);
      expect(Math.abs(m.probabilityOfQueue - s.probabilityOfQueue)).toBeLessThan(4.5 * se.probabilityOfQueue + 1e-9);
    });
  });

  it.each([
    ['a vacancy of one lots for two months', { arrivals: 2.25, stay: 12, lotsar: [4, 3, 3, 4], caseload: 7, enrolled: 27, horizon: 6 }],
    ['more enrolled at the start than slots', { arrivals: 1.5, stay: 6, lotsar: 3, caseload: 7, enrolled: 26, queue: 3, horizon: 6 }],
  ])('%s', (_name, raw) => {
    const parsed = parseForecastOptions(raw);
    if (!parsed.ok) throw new Error('invalid');
    const o = parsed.value;
    const exact = runForecast(o).months;
    const sim = simulate({
      months: exact.map((m) => ({ arrivals: m.arrivals, capacity: m.capacity })),
      stayMonths: o.stay,
      stay: { kind: 'exponential' },
      initialEnrolled: o.enrolled,
      initialQueue: o.queue,
      runs: 20_000,
      seed: 9,
    });
    exact.forEach((m, i) => {
      const s = sim.months[i]!;
      const se = sim.standardErrors[i]!;
      expect(Math.abs(m.queueMean - s.queueMean)).toBeLessThan(4.5 * se.queueMean + 1e-9);
      expect(Math.abs(m.enrolledMean - s.enrolledMean)).toBeLessThan(4.5 * se.enrolledMean + 1e-9);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { estimateFromHistory, poissonRateInterval, type MonthlyFigures } from '../../../src/core/forecast/estimate.ts';

/** mulberry32: a small seeded generator, enough for a synthetic series. */
function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function steady(months: number, enrolled: number, arrivals: number, discharges: number): MonthlyFigures[] {
  return Array.from({ length: months }, (_, i) => ({
    month: `2020-${String(i + 1).padStart(2, '0')}`,
    enrolledAtMonthEnd: enrolled,
    newEnrolments: arrivals,
    discharges,
  }));
}

describe("estimateFromHistory (Little's law)", () => {
  it('reads λ, throughput and L = mean enrolled ÷ throughput from a steady series', () => {
    const r = estimateFromHistory(steady(12, 28, 2, 2));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.monthsUsed).toBe(12);
    expect(r.value.arrivalsPerMonth.estimate).toBe(2);
    expect(r.value.throughputPerMonth.estimate).toBe(2);
    expect(r.value.meanEnrolled).toBe(28);
    expect(r.value.meanStayMonths.estimate).toBe(14);
    // 24 discharges, constant enrolled: Var(log L) = 1/24.
    const half = 1.959963984540054 * Math.sqrt(1 / 24);
    expect(r.value.meanStayMonths.low).toBeCloseTo(14 * Math.exp(-half), 10);
    expect(r.value.meanStayMonths.high).toBeCloseTo(14 * Math.exp(half), 10);
    // Exact Poisson limits of 24 events (15,377 and 35,710; checked with an independent series in Python) over 12 months.
    expect(r.value.arrivalsPerMonth.low).toBeCloseTo(15.3773 / 12, 4);
    expect(r.value.arrivalsPerMonth.high).toBeCloseTo(35.7101 / 12, 4);
  });

  it('widens the stay interval when the enrolled count varies', () => {
    const flat = estimateFromHistory(steady(6, 20, 2, 2));
    const varying = estimateFromHistory(steady(6, 20, 2, 2).map((m, i) => ({ ...m, enrolledAtMonthEnd: i % 2 ? 14 : 26 })));
    if (!flat.ok || !varying.ok) throw new Error('expected estimates');
    expect(varying.value.meanStayMonths.estimate).toBe(10);
    expect(varying.value.meanStayMonths.high - varying.value.meanStayMonths.low).toBeGreaterThan(
      flat.value.meanStayMonths.high - flat.value.meanStayMonths.low,
    );
  });

  it('recovers λ and L from a simulated unit within the interval', () => {
    // λ = 3 a month, L = 10 months: in steady state about 30 enrolled, 3 discharges a month.
    const rng = createPrng(7);
    const poisson = (mean: number) => {
      let k = 0;
      let p = Math.exp(-mean);
      let s = p;
      const u = rng();
      while (u > s) {
        k++;
        p *= mean / k;
        s += p;
      }
      return k;
    };
    let enrolled = 30;
    const months: MonthlyFigures[] = [];
    for (let i = 0; i < 60; i++) {
      const arrivals = poisson(3);
      let out = 0;
      for (let j = 0; j < enrolled; j++) if (rng() < 1 - Math.exp(-1 / 10)) out++;
      enrolled += arrivals - out;
      months.push({ month: `m${i}`, enrolledAtMonthEnd: enrolled, newEnrolments: arrivals, discharges: out });
    }
    const r = estimateFromHistory(months);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.arrivalsPerMonth.low).toBeLessThan(3);
    expect(r.value.arrivalsPerMonth.high).toBeGreaterThan(3);
    expect(r.value.meanStayMonths.low).toBeLessThan(10);
    expect(r.value.meanStayMonths.high).toBeGreaterThan(10);
    expect(r.value.meanStayMonths.estimate).toBeGreaterThan(7);
    expect(r.value.meanStayMonths.estimate).toBeLessThan(14);
  });

  it('refuses fewer than three months and a series without discharges, in Swedish', () => {
    expect(estimateFromHistory(steady(2, 28, 2, 2))).toEqual({
      ok: false,
      message: 'Det behövs statistik för minst tre månader för en skattning, men det finns för två månader.',
    });
    expect(estimateFromHistory([])).toMatchObject({ ok: false, message: expect.stringContaining('men det finns ingen') });
    const none = estimateFromHistory(steady(6, 28, 2, 0));
    expect(none).toMatchObject({ ok: false, message: 'Det finns inga avslut under månaderna i skattningen, så vistelsetiden kan inte skattas.' });
    const negative = estimateFromHistory([...steady(3, 28, 2, 2), { month: '2020-04', enrolledAtMonthEnd: -1, newEnrolments: 0, discharges: 1 }]);
    expect(negative).toMatchObject({ ok: false, message: 'Statistiken för 2020-04 innehåller ett negativt eller ogiltigt tal.' });
  });

  it('gives the exact Poisson interval, wide for a small count', () => {
    const zero = poissonRateInterval(0, 3);
    expect(zero.low).toBe(0);
    // Three months without a referral: up to 3,689 / 3 ≈ 1,23 a month is still plausible.
    expect(zero.high).toBeCloseTo(3.6889 / 3, 4);
    const one = poissonRateInterval(1, 1);
    expect(one.low).toBeCloseTo(0.0253, 4);
    expect(one.high).toBeCloseTo(5.5716, 4);
    const ten = poissonRateInterval(10, 1);
    expect(ten.low).toBeCloseTo(4.7954, 4);
    expect(ten.high).toBeCloseTo(18.3904, 4);
  });
});

describe('estimateFromHistory refuses a bad referral count', () => {
  it('names the month whose referrals are negative', () => {
    const months = Array.from({ length: 3 }, (_, i) => ({
      month: `2020-0${i + 1}`,
      enrolledAtMonthEnd: 10,
      newEnrolments: 1,
      discharges: 1,
      referrals: i === 1 ? -1 : 1,
    }));
    expect(estimateFromHistory(months)).toEqual({ ok: false, message: 'Statistiken för 2020-02 innehåller ett negativt eller ogiltigt tal.' });
  });
});

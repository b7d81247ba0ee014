// The empirical stay distribution: the unit's history of discharges per band of months, as a
// mixture of uniform bands scaled to the forecast's mean stay L.
import { describe, expect, it } from 'vitest';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { steadyState } from '../../../src/core/forecast/erlang.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';
import { parseForecastOptions, STAY_BANDS_DEFAULT_EDGES, type ForecastOptions, type ForecastOptionsInput } from '../../../src/core/forecast/options.ts';
import { savedForecastInputsSchema } from '../../../src/core/forecast/saved.ts';
import { summarizeForecast } from '../../../src/core/forecast/summarizeForecast.ts';
import { screenForecastOptions, type ForecastScreenValues } from '../../../src/core/forecast/screenOptions.ts';
import { createStaySampler, empiricalMeanMonths, stayCoefficientOfVariation, type StayBandCount } from '../../../src/core/forecast/stayDistributions.ts';

/** Discharges counted in the expected bands: 0–3, 3–6, 6–12, 12–18, 18–24, 24–36 months. */
const HISTORY: StayBandCount[] = [
  { fromMonths: 0, toMonths: 3, count: 4 },
  { fromMonths: 3, toMonths: 6, count: 6 },
  { fromMonths: 6, toMonths: 12, count: 9 },
  { fromMonths: 12, toMonths: 18, count: 5 },
  { fromMonths: 18, toMonths: 24, count: 2 },
  { fromMonths: 24, toMonths: 36, count: 1 },
];
// By hand: band means 1,5; 4,5; 9; 15; 21; 30, so Σ c·m = 261 and M = 261/27 = 29/3. Band second
// moments (a² + ab + b²)/3 = 3, 21, 84, 228, 444, 912, so E[X²] = 3834/27 = 142 and
// Var = 142 − 841/9 = 437/9: cv = (√437/3)/(29/3) = √437/29 ≈ 0,7209.
const HISTORY_MEAN = 29 / 3;
const HISTORY_SECOND_MOMENT = 142;
const HISTORY_CV = Math.sqrt(437) / 29;

const empirical = (bands: readonly StayBandCount[]) => ({ kind: 'empirical', bands }) as const;

/** The raw moments E[X^k] (k = 1, 2, 3) of the mixture of uniform bands, computed directly. */
function rawMoments(bands: readonly StayBandCount[]): [number, number, number] {
  const total = bands.reduce((s, b) => s + b.count, 0);
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  for (const { fromMonths: a, toMonths: b, count } of bands) {
    const w = count / total;
    m1 += (w * (a + b)) / 2;
    m2 += (w * (a * a + a * b + b * b)) / 3;
    m3 += (w * (a + b) * (a * a + b * b)) / 4;
  }
  return [m1, m2, m3];
}

describe('empiricalMeanMonths and the coefficient of variation', () => {
  it('one band [0, 2]: mean 1 and cv 1/√3 (the uniform distribution)', () => {
    const bands = [{ fromMonths: 0, toMonths: 2, count: 5 }];
    expect(empiricalMeanMonths(bands)).toBe(1);
    expect(stayCoefficientOfVariation(empirical(bands))).toBeCloseTo(1 / Math.sqrt(3), 12);
  });

  it('the expected bands: mean 29/3 and cv √437/29, computed by hand', () => {
    expect(empiricalMeanMonths(HISTORY)).toBeCloseTo(HISTORY_MEAN, 12);
    expect(stayCoefficientOfVariation(empirical(HISTORY))).toBeCloseTo(HISTORY_CV, 12);
  });

  it('two touching bands of equal count are one uniform band; a band with no discharges has no weight', () => {
    const split = [
      { fromMonths: 0, toMonths: 1, count: 3 },
      { fromMonths: 1, toMonths: 2, count: 3 },
      { fromMonths: 2, toMonths: 40, count: 0 },
    ];
    expect(empiricalMeanMonths(split)).toBeCloseTo(1, 12);
    expect(stayCoefficientOfVariation(empirical(split))).toBeCloseTo(1 / Math.sqrt(3), 12);
  });

  it('two bands: [0, 1] once and [3, 5] three times', () => {
    const bands = [
      { fromMonths: 0, toMonths: 1, count: 1 },
      { fromMonths: 3, toMonths: 5, count: 3 },
    ];
    // M = (0,5 + 3·4)/4 = 3,125; E[X²] = (1/3 + 3·49/3)/4 = 37/3; Var = 37/3 − 3,125².
    expect(empiricalMeanMonths(bands)).toBeCloseTo(3.125, 12);
    expect(stayCoefficientOfVariation(empirical(bands))).toBeCloseTo(Math.sqrt(37 / 3 - 3.125 ** 2) / 3.125, 12);
  });

  it('is scale-free: the same history in weeks instead of months has the same cv', () => {
    const weeks = HISTORY.map((b) => ({ ...b, fromMonths: (b.fromMonths * 52) / 12, toMonths: (b.toMonths * 52) / 12 }));
    expect(stayCoefficientOfVariation(empirical(weeks))).toBeCloseTo(HISTORY_CV, 12);
    expect(empiricalMeanMonths(weeks)).toBeCloseTo((HISTORY_MEAN * 52) / 12, 10);
  });

  it('refuses a history without discharges', () => {
    expect(() => empiricalMeanMonths([{ fromMonths: 0, toMonths: 3, count: 0 }])).toThrow(RangeError);
    expect(() => createStaySampler(empirical([]), 12)).toThrow(RangeError);
  });
});

describe('the empirical sampler', () => {
  const L = 12;
  const n = 200_000;
  const scale = L / HISTORY_MEAN;

  it('draws new stays with mean L and band frequencies equal to the counts’ shares', () => {
    const sampler = createStaySampler(empirical(HISTORY), L);
    const rng = xoroshiro128plus(20_240_601);
    const total = HISTORY.reduce((s, b) => s + b.count, 0);
    const hits = new Array<number>(HISTORY.length).fill(0);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = sampler.next(rng);
      sum += x;
      const band = HISTORY.findIndex((b) => x >= scale * b.fromMonths && x <= scale * b.toMonths);
      expect(band).toBeGreaterThanOrEqual(0);
      hits[band]!++;
    }
    // The mean within four standard errors: SE = L·cv/√n = 12 · 0,721/√200 000 ≈ 0,019 months.
    const meanSe = (L * HISTORY_CV) / Math.sqrt(n);
    expect(Math.abs(sum / n - L)).toBeLessThan(4 * meanSe);
    // Each band's share within four binomial standard errors √(p(1 − p)/n), at most 0,0011.
    HISTORY.forEach((b, i) => {
      const p = b.count / total;
      expect(Math.abs(hits[i]! / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    });
  });

  it('draws remaining stays of those enrolled at the start with mean E[S²]/(2E[S]) after scaling', () => {
    const sampler = createStaySampler(empirical(HISTORY), L);
    const rng = xoroshiro128plus(77);
    const [m1, m2, m3] = rawMoments(HISTORY);
    expect(m2).toBeCloseTo(HISTORY_SECOND_MOMENT, 10);
    // Scaled S = k·X: E[S²]/(2E[S]) = k·E[X²]/(2E[X]) = (36/29)·142/(58/3) ≈ 9,118 months, far from
    // the L/2 = 6 a uniform point of an average stay would give.
    const expected = (scale * m2) / (2 * m1);
    expect(expected).toBeCloseTo(15_336 / 1682, 10);
    // R = U·S with S length-biased: E[R²] = E[U²]·E[S³]/E[S] = k²·E[X³]/(3E[X]), so the standard
    // error of the mean is √((E[R²] − E[R]²)/n) ≈ 0,017 months; allowed: four of them.
    const variance = (scale * scale * m3) / (3 * m1) - expected * expected;
    const se = Math.sqrt(variance / n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const r = sampler.remaining(rng);
      expect(r).toBeGreaterThan(0);
      expect(r).toBeLessThanOrEqual(scale * 36);
      sum += r;
    }
    expect(Math.abs(sum / n - expected)).toBeLessThan(4 * se);
  });

  it('for a single band [a, b] the length-biased stay has the density ∝ x (mean 2(b³ − a³)/(3(b² − a²)))', () => {
    // With L equal to the band's mean the scale is 1, so the draws of S are the band's own.
    const a = 2;
    const b = 10;
    const sampler = createStaySampler(empirical([{ fromMonths: a, toMonths: b, count: 1 }]), (a + b) / 2);
    const rng = xoroshiro128plus(5);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sampler.remaining(rng);
    // E[R] = E[S]/2 with E[S] = 2(b³ − a³)/(3(b² − a²)) = 2·992/288 ≈ 6,889; E[R] ≈ 3,444.
    const expected = (2 * (b ** 3 - a ** 3)) / (3 * (b * b - a * a)) / 2;
    // E[R²] = E[S²]/3 with E[S²] = (b⁴ − a⁴)/(2(b² − a²)) = (b² + a²)/2 = 52.
    const se = Math.sqrt(((b * b + a * a) / 6 - expected * expected) / n);
    expect(Math.abs(sum / n - expected)).toBeLessThan(4 * se);
  });
});

const DOMAIN: ForecastOptionsInput = { arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, enrolled: 27, horizon: 24, runs: 10_000 };

function options(input: ForecastOptionsInput): ForecastOptions {
  const parsed = parseForecastOptions(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe('forecasts with empirical stays', () => {
  it('a single narrow band [L − ε, L + ε] agrees with fixed stays within Monte Carlo error over 24 months', () => {
    const epsilon = 0.01;
    const narrow = runForecast(
      options({ ...DOMAIN, stayDistribution: 'empirical', stayBands: [{ fromMonths: 12 - epsilon, toMonths: 12 + epsilon, count: 1 }], seed: 1 }),
    );
    const fixed = runForecast(options({ ...DOMAIN, stayDistribution: 'fixed', seed: 2 }));
    expect(narrow.model).toBe('monte-carlo');
    expect(narrow.months).toHaveLength(24);
    narrow.months.forEach((m, i) => {
      const f = fixed.months[i]!;
      const se = narrow.standardErrors![i]!;
      const sf = fixed.standardErrors![i]!;
      // Two independent estimates: the difference within four standard errors of the difference.
      expect(Math.abs(m.probabilityOfQueue - f.probabilityOfQueue)).toBeLessThanOrEqual(4 * Math.hypot(se.probabilityOfQueue, sf.probabilityOfQueue) + 1e-9);
      expect(Math.abs(m.queueMean - f.queueMean)).toBeLessThanOrEqual(4 * Math.hypot(se.queueMean, sf.queueMean) + 1e-9);
    });
    // The queue does build up, so the comparison is not between two empty queues.
    expect(fixed.months[23]!.probabilityOfQueue).toBeGreaterThan(0.2);
  });

  it('the history’s shape matters: a spread-out history gives a longer queue than fixed stays', () => {
    const spread = runForecast(options({ ...DOMAIN, stayDistribution: 'empirical', stayBands: HISTORY }));
    const fixed = runForecast(options({ ...DOMAIN, stayDistribution: 'fixed' }));
    const last = (r: typeof spread) => r.months[23]!;
    const se = Math.hypot(spread.standardErrors![23]!.queueMean, fixed.standardErrors![23]!.queueMean);
    expect(last(spread).queueMean - last(fixed).queueMean).toBeGreaterThan(4 * se);
  });

  it('uses the history’s coefficient of variation in the steady state and the recommendation', () => {
    const result = runForecast(options({ ...DOMAIN, horizon: 3, runs: 200, stayDistribution: 'empirical', stayBands: HISTORY }));
    const expected = steadyState(2.25, 12, 28, HISTORY_CV);
    expect(result.steadyState.meanWaitWeeks).toBeCloseTo(expected.meanWaitWeeks!, 10);
    expect(result.steadyState.meanWaitWeeks).not.toBeCloseTo(steadyState(2.25, 12, 28, 1).meanWaitWeeks!, 3);
    expect(result.steadyState.meanStayMonths).toBe(12);
  });

  it('is reproducible with a seed', () => {
    const o = options({ ...DOMAIN, horizon: 6, runs: 500, stayDistribution: 'empirical', stayBands: HISTORY, seed: 9 });
    expect(runForecast(o).months).toEqual(runForecast(o).months);
    expect(runForecast({ ...o, seed: 10 }).months).not.toEqual(runForecast(o).months);
  });

  it('the default edges make valid bands', () => {
    const bands = STAY_BANDS_DEFAULT_EDGES.slice(1).map((to, i) => ({ fromMonths: STAY_BANDS_DEFAULT_EDGES[i]!, toMonths: to, count: 1 }));
    expect(bands).toHaveLength(6);
    expect(parseForecastOptions({ ...DOMAIN, stayDistribution: 'empirical', stayBands: bands }).ok).toBe(true);
  });
});

describe('empirical stays on the screen and in a saved forecast', () => {
  const screen: ForecastScreenValues = {
    arrivalsPerMonth: 2.25,
    meanStayMonths: 12,
    lotsar: 4,
    caseload: 7,
    enrolled: 27,
    queue: 0,
    targetRiskPercent: 10,
    targetWaitWeeks: 2,
    horizon: 6,
    stayDistribution: 'empirical',
    staySpread: 0.5,
    stayBands: HISTORY,
    surges: [],
  };

  it('passes the bands through for an empirical stay and leaves them out for the others', () => {
    const r = screenForecastOptions(screen);
    expect(r.ok && r.value.stayBands).toEqual(HISTORY);
    const exponential = screenForecastOptions({ ...screen, stayDistribution: 'exponential' });
    expect(exponential.ok).toBe(true);
    expect(exponential.ok && exponential.value.stayBands).toBeUndefined();
    const missing = screenForecastOptions({ ...screen, stayBands: null });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.issues[0]!.path).toEqual(['stayBands']);
  });

  it('keeps the bands of a saved forecast and summarizes it by simulation', () => {
    const inputs = savedForecastInputsSchema.parse({
      arrivalsPerMonth: 2.25,
      meanStayMonths: 12,
      lotsar: 4,
      caseload: 7,
      enrolled: 27,
      horizon: 6,
      stayDistribution: 'empirical',
      stayBands: HISTORY,
    });
    expect(inputs.stayBands).toEqual(HISTORY);
    const saved = summarizeForecast(inputs, '2026-01-15T00:00:00.000Z');
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.summary.model).toBe('monte-carlo');
    expect(saved.value.summary.meanWaitWeeks).toBeCloseTo(steadyState(2.25, 12, 28, HISTORY_CV).meanWaitWeeks!, 10);
  });

  it('reads a forecast saved before the bands existed unchanged, and refuses empirical without bands', () => {
    const old = { arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7 };
    expect('stayBands' in savedForecastInputsSchema.parse(old)).toBe(false);
    expect(savedForecastInputsSchema.parse({ ...old, stayBands: null }).stayBands).toBeNull();
    const withoutBands = summarizeForecast(savedForecastInputsSchema.parse({ ...old, stayDistribution: 'empirical' }), '2026-01-15T00:00:00.000Z');
    expect(withoutBands.ok).toBe(false);
    expect(!withoutBands.ok && withoutBands.message).toContain('behövs när vistelsetiden är empirical');
    expect(savedForecastInputsSchema.safeParse({ ...old, stayBands: [{ fromMonths: 3, toMonths: 1, count: 1 }] }).success).toBe(false);
  });
});

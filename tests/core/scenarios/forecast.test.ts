// Every scenario's own forecast and the hiring plan ("Vad krävs?").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../../src/core/forecast/birthDeathChain.ts';
import { steadyState } from '../../../src/core/forecast/erlang.ts';
import { runForecast } from '../../../src/core/forecast/forecast.ts';
import { simulate } from '../../../src/core/forecast/monteCarlo.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { slotsFor } from '../../../src/core/figures/keyFigures.ts';
import {
  hiringFigures,
  hiringPlan,
  NO_EQUILIBRIUM_FIGURE,
  formatQueueFigureDelta,
  queueFigureCell,
  queueFigureDeltaCell,
  queueFigures,
  recruitNowText,
  lotsarPerForecastMonth,
  scenarioForecast,
  scenarioForecastReport,
  type HiringInput,
  type ScenarioForecastOk,
} from '../../../src/core/scenarios/forecast.ts';
import { scenarioOverridesSchema } from '../../../src/core/scenarios/overrides.ts';
import type { ScenarioOverridesInput, ScenarioRecord } from '../../../src/core/scenarios/types.ts';
import { defaultYearSettings } from '../../../src/core/staffing/settings.ts';
import { planOf } from '../../../src/core/staffing/state.ts';
import type { UnitYearState } from '../../../src/core/unitYear/state.ts';
import { seed000Plan } from '../support/plans.ts';

const PLAN_START = { start: { year: 2021, month: 1 }, enrolled: 27, queue: 0, source: 'plan' as const };

function setup() {
  const p = seed000Plan();
  const state: UnitYearState = {
    settings: defaultYearSettings(p.poPercent, p.caseloadPerLots),
    staff: p.staff.map((s, i) => ({ ...s, id: i + 1, vacant: false, fundingSource: null })),
    otherCosts: [],
    funding: [],
    scenarios: [],
  };
  return { plan: planOf(p, state), settings: state.settings };
}

function record(overrides: ScenarioOverridesInput, name = 'S'): ScenarioRecord {
  return { id: 1, name, preset: 'custom', overrides: scenarioOverridesSchema.parse(overrides), createdAt: '', updatedAt: '' };
}

const EXTRA_LOTS_APRIL = { role: 'lots' as const, title: 'Ny lots', fte: 1, monthlySalary: 38500, fromMonth: 4 };

function forecastOf(overrides: ScenarioOverridesInput | null, extra: Partial<Parameters<typeof scenarioForecast>[0]> = {}): ScenarioForecastOk {
  const { plan, settings } = setup();
  const f = scenarioForecast({ plan, settings, scenario: overrides === null ? null : record(overrides), start: PLAN_START, ...extra });
  if (!f.ok) throw new Error(f.reason);
  return f;
}

describe('the probability of having to wait per month', () => {
  it('settles at Erlang C in the long run, and lies above the month-end probability of a queue', () => {
    const months = Array.from({ length: 120 }, () => ({ arrivals: 0.5, capacity: 2 }));
    const chain = solveChain({ months, stayMonths: 1, initialCount: 0 });
    const last = chain.months.at(-1)!;
    expect(last.probabilityOfWaiting).toBeCloseTo(steadyState(0.5, 1, 2, 1).probabilityOfWaiting, 6);
    expect(last.probabilityOfWaiting).toBeCloseTo(0.1, 6);
    // P(N > C) at the end of a month is ρ · P(wait) in the long run.
    expect(last.probabilityOfQueue).toBeCloseTo(0.25 * 0.1, 6);
    for (const m of chain.months) expect(m.probabilityOfWaiting).toBeGreaterThanOrEqual(m.probabilityOfQueue - 1e-12);
  });

  it('is estimated by the simulation as the share of referrals that had to wait, agreeing with the exact chain', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ arrivals: 2.25, capacity: i < 6 ? 28 : 35 }));
    const exact = solveChain({ months, stayMonths: 12, initialCount: 27 }).months;
    const sim = simulate({ months, stayMonths: 12, stay: { kind: 'exponential' }, initialEnrolled: 27, initialQueue: 0, runs: 20_000, seed: 7 }).months;
    sim.forEach((m, i) => {
      const p = exact[i]!.probabilityOfWaiting;
      // Referrals of a month are not independent, so allow a generous margin around the binomial error.
      expect(Math.abs(m.probabilityOfWaiting - p)).toBeLessThan(6 * Math.sqrt((p * (1 - p)) / 20_000) + 0.005);
    });
  });
});

describe('scenarioForecast', () => {
  it('equals the engine run by hand on the scenario month profile, with the change of referrals applied once', () => {
    const f = forecastOf({ arrivalsChangePercent: 30, addPositions: [EXTRA_LOTS_APRIL] });
    // The new lots from April 2020 is at work after the two months' lead time, from June 2020: the
    // forecast from January 2021 has it from its first month (the plan's December holds).
    const byHand = parseForecastOptions({ arrivals: 2.25 * 1.3, stay: 12, lotsar: [5], caseload: 7, enrolled: 27, horizon: 24 });
    if (!byHand.ok) throw new Error('options');
    const expected = runForecast(byHand.value);
    expect(f.result.months).toEqual(expected.months);
    expect(f.months.every((m) => Math.abs(m.arrivals - 2.925) < 1e-12)).toBe(true);
    expect(f.months.every((m) => m.lotsar === 5)).toBe(true);
    expect(f.months[0]).toMatchObject({ year: 2021, calendarMonth: 1, capacity: 35 });
    expect(f.longRun).toMatchObject({ capacity: 35, exists: false, probabilityOfWaiting: 1 });
    expect(f.recommendation).toEqual(expected.recommendation);
  });

  it('adds the scenario surges, trend and season to the demand, and keeps the plan forecast unchanged without them', () => {
    const season = [0.8, 0.8, 1, 1, 1, 1, 1.6, 1.2, 1, 1, 0.8, 0.8];
    const f = forecastOf({ surges: [{ extraArrivals: 3, fromMonth: 2, toMonth: 4 }], trendPercent: 10, season });
    const byHand = parseForecastOptions({
      arrivals: 2.25,
      surges: [{ extraArrivals: 3, fromMonth: 2, toMonth: 4 }],
      trend: 10,
      season,
      stay: 12,
      lotsar: 4,
      caseload: 7,
      enrolled: 27,
      horizon: 24,
    });
    if (!byHand.ok) throw new Error('options');
    expect(f.result.months).toEqual(runForecast(byHand.value).months);
    const plan = forecastOf(null);
    const planByHand = parseForecastOptions({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, enrolled: 27, horizon: 24 });
    if (!planByHand.ok) throw new Error('options');
    expect(plan.result.months).toEqual(runForecast(planByHand.value).months);
  });

  it('starts from the latest statistics month: in the plan year from that month of the plan, after it from December', () => {
    const within = forecastOf(
      { addPositions: [EXTRA_LOTS_APRIL] },
      { start: { start: { year: 2020, month: 4 }, enrolled: 30, queue: 2, source: 'statistics' } },
    );
    // April–May 2020 with four lotsar, June on with five (the plan's months from April).
    expect(within.months.slice(0, 3).map((m) => m.lotsar)).toEqual([4, 4, 5]);
    expect(within.months[0]).toMatchObject({ year: 2020, calendarMonth: 4 });
    expect(within.options).toMatchObject({ enrolled: 30, queue: 2 });
    const after = forecastOf(
      { addPositions: [EXTRA_LOTS_APRIL] },
      { start: { start: { year: 2021, month: 4 }, enrolled: 30, queue: 2, source: 'statistics' } },
    );
    expect(after.months.slice(0, 3).map((m) => m.lotsar)).toEqual([5, 5, 5]);
    expect(after.months[0]).toMatchObject({ year: 2021, calendarMonth: 4 });
  });

  it('says the queue in a Swedish sentence, six and twelve months ahead', () => {
    const f = forecastOf({ arrivalsChangePercent: 30, addPositions: [EXTRA_LOTS_APRIL] });
    const six = Math.round(f.months[5]!.probabilityOfWaiting * 100);
    const twelve = Math.round(f.months[11]!.probabilityOfWaiting * 100);
    expect(f.sentence).toBe(
      `Med en lots till från april och 30 procent fler anmälningar är risken att behöva vänta om sex månader ${six} procent och om tolv månader ${twelve} procent.`,
    );
    expect(forecastOf(null).sentence).toMatch(
      /^Med oförändrad plan är risken att behöva vänta om sex månader \d+(,\d)? procent och om tolv månader \d+(,\d)? procent\.$/,
    );
  });

  it('refuses without the plan demand, with a Swedish reason', () => {
    const { plan, settings } = setup();
    const f = scenarioForecast({ plan: { ...plan, demand: null }, settings, scenario: null, start: PLAN_START });
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.reason).toContain('Planen anger inte efterfrågan');
  });

  it('reports the shape of `lotsplan forecast --json` with start, calendar months and the hiring plan', () => {
    const report = scenarioForecastReport(forecastOf(null));
    expect(report.start).toEqual({ year: 2021, month: 1, enrolled: 27, queue: 0, source: 'plan' });
    expect(report.months[0]).toMatchObject({ month: 1, year: 2021, calendarMonth: 1, capacity: 28 });
    expect(Object.keys(report.months[0]!)).toEqual(expect.arrayContaining(['probabilityOfWaiting', 'probabilityOfQueue', 'queueP90', 'expectedWaitWeeks']));
    expect(report.hiringPlan).toMatchObject({ addLotsar: 1, leadTimeMonths: 2 });
    expect(report.hiringReason).toBeNull();
  });
});

/** The demo unit's hiring question: 2,25 referrals a month, four lotsar, 27 enrolled. */
const hiringBase = (): HiringInput => ({
  arrivals: Array.from({ length: 24 }, () => 2.25),
  lotsar: Array.from({ length: 24 }, () => 4),
  caseload: 7,
  stay: 12,
  initialCount: 27,
  targetProbability: 0.1,
  leadTimeMonths: 2,
  start: { year: 2021, month: 1 },
  staff: [{ role: 'lots', monthlySalary: 38500 }],
  poPercent: 39.15,
  salaryRevisionPercent: 0,
  planYear: 2020,
});

describe('hiringPlan', () => {
  const base = hiringBase;

  function risk(input: HiringInput, extra: number, startMonth: number): number {
    const months = input.arrivals.map((a, i) => ({ arrivals: a, capacity: slotsFor(input.lotsar[i]! + (i + 1 >= startMonth ? extra : 0), input.caseload) }));
    const chain = solveChain({ months, stayMonths: input.stay, initialCount: input.initialCount });
    return Math.max(...chain.months.slice(input.leadTimeMonths).map((m) => m.probabilityOfWaiting));
  }

  it('is minimal: one step less or one month later breaks the target', () => {
    const input = base();
    const answer = hiringPlan(input);
    expect(answer.status).toBe('plan');
    const plan = answer.plan!;
    const start = plan.startMonth; // 2021, so the forecast month is the calendar month
    expect(risk(input, plan.addLotsar, start)).toBeLessThanOrEqual(0.1);
    expect(plan.maxProbabilityOfWaiting).toBeCloseTo(risk(input, plan.addLotsar, start), 12);
    expect(risk(input, plan.addLotsar - 0.5, 3)).toBeGreaterThan(0.1);
    if (start < 24) expect(risk(input, plan.addLotsar, start + 1)).toBeGreaterThan(0.1);
    expect(plan).toMatchObject({ recruitFromYear: 2021, recruitFromMonth: start - 2, leadTimeMonths: 2 });
    // 38 500 kr × (1 + 39,15 %) a month.
    expect(plan.costFullYear).toBeCloseTo(12 * 38500 * 1.3915, 6);
    expect(plan.costThisYear).toBeCloseTo((13 - start) * 38500 * 1.3915, 6);
    expect(answer.sentence).toMatch(
      /^Rekrytera nu: målet överskrids redan i januari 2021, och en ny lots kan börja tidigast i mars 2021 \(rekryteringstid två månader\)\. För att risken att behöva vänta ska stanna under 10 procent behöver enheten en lots till så snart som möjligt\. Det kostar [\d\u00a0 ]+kronor 2021 och 643[\u00a0 ]000[\u00a0 ]kronor för ett helt år\.$/,
    );
  });

  it('says so when the target holds already, when it cannot be met, and when the horizon is too short', () => {
    expect(hiringPlan({ ...base(), lotsar: base().lotsar.map(() => 6) }).status).toBe('holds');
    const impossible = hiringPlan({ ...base(), arrivals: base().arrivals.map(() => 40) });
    expect(impossible.status).toBe('impossible');
    expect(impossible.sentence).toContain('Inte ens tio lotsar till');
    expect(hiringPlan({ ...base(), arrivals: [2.25, 2.25], lotsar: [4, 4] }).status).toBe('too-short');
  });

  it('a higher target never needs more lotsar, nor an earlier start with as many (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.5, max: 4, noNaN: true }),
        fc.double({ min: 0.02, max: 0.5, noNaN: true }),
        fc.double({ min: 0.02, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (arrivals, p1, p2, lead) => {
          const [low, high] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const input = {
            ...base(),
            arrivals: base()
              .arrivals.slice(0, 18)
              .map(() => arrivals),
            lotsar: base().lotsar.slice(0, 18),
            leadTimeMonths: lead,
          };
          const a = hiringPlan({ ...input, targetProbability: low });
          const b = hiringPlan({ ...input, targetProbability: high });
          if (b.status === 'impossible') expect(a.status).toBe('impossible');
          if (a.status === 'holds') expect(b.status).toBe('holds');
          if (a.plan && b.plan) {
            expect(b.plan.addLotsar).toBeLessThanOrEqual(a.plan.addLotsar);
            if (b.plan.addLotsar === a.plan.addLotsar) {
              expect(b.plan.startYear * 12 + b.plan.startMonth).toBeGreaterThanOrEqual(a.plan.startYear * 12 + a.plan.startMonth);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('properties of a scenario forecast', () => {
  it('adding a lots never raises the risk, and more referrals never lower it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.integer({ min: -50, max: 100 }),
        fc.integer({ min: 1, max: 60 }),
        (fromMonth, fte, change, more) => {
          const base = forecastOf({ arrivalsChangePercent: change }, { forecast: { horizon: 18 } });
          const withLots = forecastOf(
            { arrivalsChangePercent: change, addPositions: [{ ...EXTRA_LOTS_APRIL, fromMonth, fte }] },
            { forecast: { horizon: 18 } },
          );
          const busier = forecastOf({ arrivalsChangePercent: change + more }, { forecast: { horizon: 18 } });
          base.months.forEach((m, i) => {
            expect(withLots.months[i]!.probabilityOfWaiting).toBeLessThanOrEqual(m.probabilityOfWaiting + 1e-9);
            expect(busier.months[i]!.probabilityOfWaiting).toBeGreaterThanOrEqual(m.probabilityOfWaiting - 1e-9);
          });
        },
      ),
      { numRuns: 20 },
    );
  });

  it('lotsarPerForecastMonth keeps December after the plan year', () => {
    expect(lotsarPerForecastMonth([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 10, 4)).toEqual([11, 12, 12, 12]);
  });
});

describe('stored scenarios', () => {
  it('old overrides without surges, trend and season still parse, with the new fields empty', () => {
    const old = { addPositions: [], arrivalsChangePercent: 30, settings: {}, fundingChangePercent: 0, meanStayMonths: null };
    expect(scenarioOverridesSchema.parse(old)).toMatchObject({ arrivalsChangePercent: 30, surges: [], trendPercent: 0, season: null });
  });

  it('refuses a season whose mean is not 1', () => {
    const r = scenarioOverridesSchema.safeParse({ season: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });
    expect(r.success).toBe(false);
  });
});

describe('the inputs of a forecast basis', () => {
  it('names the inputs that come from the scenario, with the change of referrals applied once', () => {
    const f = forecastOf({ arrivalsChangePercent: 30, addPositions: [EXTRA_LOTS_APRIL], trendPercent: 5 });
    expect(f.inputs.arrivalsPerMonth).toBeCloseTo(2.925, 12);
    expect(f.inputs.fromScenario).toEqual(['arrivalsPerMonth', 'lotsar', 'trendPercent']);
    expect(f.inputs.lotsarByMonth.slice(0, 2)).toEqual([5, 5]);
    expect(forecastOf(null).inputs.fromScenario).toEqual([]);
  });

  it('the screen options on a month profile give the same forecast as the scenario (nothing applied twice)', async () => {
    const { screenForecastOptions } = await import('../../../src/core/forecast/screenOptions.ts');
    const f = forecastOf({ arrivalsChangePercent: 30, addPositions: [EXTRA_LOTS_APRIL] });
    const options = screenForecastOptions({
      arrivalsPerMonth: f.inputs.arrivalsPerMonth,
      meanStayMonths: f.inputs.meanStayMonths,
      lotsar: f.inputs.lotsarByMonth.at(-1)!,
      lotsarByMonth: f.inputs.lotsarByMonth,
      caseload: f.inputs.caseload,
      enrolled: 27,
      queue: 0,
      targetRiskPercent: 10,
      targetWaitWeeks: 2,
      horizon: 24,
      stayDistribution: 'exponential',
      staySpread: 0.5,
      surges: [],
    });
    if (!options.ok) throw new Error('options');
    expect(runForecast(options.value).months).toEqual(f.result.months);
  });
});

describe('basis texts', () => {
  it('says which values come from the scenario and the lotsar month by month', async () => {
    const { basisNote, lotsarProfileText } = await import('../../../src/core/scenarios/forecast.ts');
    expect(basisNote('Lots och tryck', ['lotsar', 'arrivalsPerMonth'])).toBe(
      'Prognosen bygger på scenariot ”Lots och tryck”. Från scenariot: anmälningar per månad och lotsar månad för månad. Övriga värden är planens.',
    );
    expect(lotsarProfileText({ year: 2021, month: 1 }, [4, 4, 4, 4, 4, 5, 5, 5])).toBe('4 lotsar jan 2021–maj 2021, 5 från jun 2021');
    expect(lotsarProfileText({ year: 2021, month: 1 }, [4, 4])).toBe('4 lotsar hela perioden');
  });
});

describe('a saved forecast on a month profile of lotsar', () => {
  it('keeps the profile and reads the staffing of the month it reads', async () => {
    const { savedForecastInputsSchema } = await import('../../../src/core/forecast/saved.ts');
    const { summarizeForecast } = await import('../../../src/core/forecast/summarizeForecast.ts');
    const inputs = savedForecastInputsSchema.parse({
      arrivalsPerMonth: 2.925,
      meanStayMonths: 12,
      lotsar: 5,
      lotsarByMonth: [4, 4, 4, 4, 4, 4, 5],
      caseload: 7,
      enrolled: 27,
    });
    const saved = summarizeForecast(inputs, '2021-01-01T00:00:00.000Z');
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.value.inputs.lotsarByMonth).toEqual([4, 4, 4, 4, 4, 4, 5]);
    expect(saved.value.summary.reading).toMatch(/^Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader/);
    // The long run is that of the last month: five lotsar, 35 slots.
    expect(saved.value.summary.probabilityOfWaiting).toBe(1);
    // Old saved forecasts without a profile still parse.
    expect(savedForecastInputsSchema.parse({ arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7 }).lotsarByMonth).toBeUndefined();
  });
});

describe('overlays on a scenario basis', () => {
  it('change the plan arrivals once: an overlay with +30 % on a +30 % basis keeps the basis arrivals', async () => {
    const { scenarioForecastOptions } = await import('../../../src/core/forecast/scenarioOverlay.ts');
    const base = parseForecastOptions({ arrivals: 2.925, stay: 12, lotsar: 5, caseload: 7, enrolled: 27, horizon: 12 });
    if (!base.ok) throw new Error('options');
    const overlay = {
      id: 2,
      name: 'Ökat tryck',
      lotsarPerMonth: [4],
      caseload: 7,
      arrivalsChangePercent: 30,
      meanStayMonths: null,
      basisArrivalsChangePercent: 30,
    };
    const same = scenarioForecastOptions(base.value, overlay);
    if (!same.ok) throw new Error('overlay');
    expect(same.value.arrivals[0]).toBeCloseTo(2.925, 12);
    const plan = scenarioForecastOptions(base.value, { ...overlay, arrivalsChangePercent: 0 });
    if (!plan.ok) throw new Error('overlay');
    expect(plan.value.arrivals[0]).toBeCloseTo(2.25, 12);
  });
});

describe('scenarioForecastFromStatistics', () => {
  it('starts after the latest statistics month when it reaches the end of the plan year, else from the plan', async () => {
    const { scenarioForecastFromStatistics } = await import('../../../src/core/scenarios/forecast.ts');
    const { plan, settings } = setup();
    const march = { month: '2021-03', referrals: 3, newEnrolments: 2, discharges: 2, enrolledAtMonthEnd: 28, queueAtMonthEnd: 1, dischargesByStay: null };
    const f = scenarioForecastFromStatistics(plan, settings, null, [march as never]);
    if (!f.ok) throw new Error(f.reason);
    expect(f.start).toEqual({ start: { year: 2021, month: 4 }, enrolled: 28, queue: 1, source: 'statistics' });
    const fromPlan = scenarioForecastFromStatistics(plan, settings, null, null);
    if (!fromPlan.ok) throw new Error(fromPlan.reason);
    expect(fromPlan.start).toMatchObject({ start: { year: 2021, month: 1 }, enrolled: 27, source: 'plan' });
  });
});

describe('the hiring answer when recruitment must start now', () => {
  // Busier than the demo: three referrals a month and 30 enrolled.
  const busy = (): HiringInput => ({ ...hiringBase(), arrivals: Array.from({ length: 24 }, () => 3), initialCount: 30 });

  it('says to recruit now, when the target is exceeded and when a lots can start at the earliest', () => {
    const answer = hiringPlan(busy());
    expect(answer.status).toBe('plan');
    const plan = answer.plan!;
    expect(plan).toMatchObject({ recruitNow: true, startYear: 2021, startMonth: 3, recruitFromMonth: 1, firstExceededYear: 2021, firstExceededMonth: 1 });
    expect(recruitNowText(plan)).toBe(
      'Rekrytera nu: målet överskrids redan i januari 2021, och 2,5 nya lotsar kan börja tidigast i mars 2021 (rekryteringstid två månader).',
    );
    expect(answer.sentence.startsWith(recruitNowText(plan))).toBe(true);
    expect(answer.sentence).not.toContain('börjar senast');
    expect(answer.sentence).not.toContain('påbörjas senast');
    expect(hiringFigures(plan)).toEqual([
      { label: 'Kan börja tidigast', value: 'mars 2021' },
      { label: 'Rekrytering påbörjas', value: 'nu (januari 2021)' },
    ]);
  });

  it('says when the target is exceeded before a lots recruited now can begin, though the latest start is later', () => {
    const lotsar = Array.from({ length: 24 }, (_, i) => (i < 2 ? 3 : 5));
    const answer = hiringPlan({ ...busy(), arrivals: busy().arrivals.map(() => 2.7), lotsar, initialCount: 24 });
    const plan = answer.plan!;
    expect(plan).toMatchObject({ recruitNow: false, exceededBeforeEarliestStart: true, firstExceededMonth: 1, earliestStartMonth: 3, startMonth: 9 });
    expect(answer.sentence).toMatch(
      /^Målet överskrids redan i januari 2021, innan en lots som rekryteras nu kan börja \(tidigast i mars 2021\)\. För att risken att behöva vänta ska stanna under 10 procent behöver enheten en lots till som börjar senast i september 2021; rekryteringen behöver därför påbörjas senast i juli 2021\./,
    );
  });

  it('keeps the latest start when there is time to wait', () => {
    const answer = hiringPlan({ ...busy(), arrivals: busy().arrivals.map(() => 2.25), initialCount: 20 });
    const plan = answer.plan!;
    expect(plan).toMatchObject({ recruitNow: false, startMonth: 6, recruitFromMonth: 4, firstExceededMonth: 6, exceededBeforeEarliestStart: false });
    expect(answer.sentence).toMatch(/^För att risken/);
    expect(hiringFigures(plan)).toEqual([
      { label: 'Börjar senast', value: 'juni 2021' },
      { label: 'Rekrytering påbörjas', value: 'april 2021' },
    ]);
    expect(answer.sentence).toContain('som börjar senast i juni 2021; rekryteringen behöver därför påbörjas senast i april 2021.');
  });
});

describe('the long-run cell of the scenario comparison', () => {
  it('says kön växer utan gräns without an equilibrium, as Prognos does, and the risk otherwise', () => {
    const unbounded = forecastOf({ arrivalsChangePercent: 200 });
    expect(unbounded.longRun.exists).toBe(false);
    const report = scenarioForecastReport(unbounded);
    const figures = queueFigures(unbounded);
    expect(queueFigureCell('longRunProbabilityOfWaiting', figures.longRunProbabilityOfWaiting, report)).toBe('kön växer utan gräns');
    expect(NO_EQUILIBRIUM_FIGURE).toBe('kön växer utan gräns');
    // The other figures keep their numbers.
    expect(queueFigureCell('riskIn6Months', figures.riskIn6Months, report)).toMatch(/%$/);
    const bounded = forecastOf(null);
    expect(bounded.longRun.exists).toBe(true);
    const cell = queueFigureCell('longRunProbabilityOfWaiting', queueFigures(bounded).longRunProbabilityOfWaiting, scenarioForecastReport(bounded));
    expect(cell).toMatch(/%$/);
    // No difference in procentenheter against a queue that grows without bound.
    expect(queueFigureDeltaCell('longRunProbabilityOfWaiting', 0.4, scenarioForecastReport(unbounded), scenarioForecastReport(bounded))).toBeNull();
    expect(queueFigureDeltaCell('longRunProbabilityOfWaiting', -0.25, scenarioForecastReport(bounded), scenarioForecastReport(bounded))).toBe(
      formatQueueFigureDelta('longRunProbabilityOfWaiting', -0.25),
    );
    expect(queueFigureDeltaCell('riskIn6Months', 0.4, report, scenarioForecastReport(bounded))).toBe(formatQueueFigureDelta('riskIn6Months', 0.4));
  });
});

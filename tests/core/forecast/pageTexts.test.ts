import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedAssumptionsText,
  forecastPeriodHeading,
  forecastSummaryText,
  hiringVersusRecommendationText,
  unsavedAssumptionsQuestion,
  UNSAVED_ASSUMPTIONS_BADGE,
  type AssumptionsComparison,
} from '../../../src/core/forecast/pageTexts.ts';
import type { ForecastScreenValues } from '../../../src/core/forecast/screenOptions.ts';

const START = { year: 2021, month: 1 };

describe('Prognos page texts', () => {
  it('names the forecast period and what it starts from', () => {
    expect(forecastPeriodHeading(START, 24, { planYear: 2020, scenario: null })).toBe('Prognos jan 2021–dec 2022, utifrån planen för 2020');
    expect(forecastPeriodHeading(START, 12, { planYear: 2020, scenario: 'Ökat tryck' })).toBe('Prognos jan 2021–dec 2021, utifrån scenariot ”Ökat tryck”');
    expect(forecastPeriodHeading({ year: 2021, month: 7 }, 6, { planYear: 2020, scenario: null })).toBe('Prognos jul 2021–dec 2021, utifrån planen för 2020');
  });

  it('says why "Vad krävs?" differs from the long-run recommendation', () => {
    expect(hiringVersusRecommendationText({ recommendedLotsar: 7, targetProbability: 0.1, start: START, horizon: 24 })).toBe(
      'Rekommendationen på lång sikt, sju lotsar sammanlagt, ska klara både målet för risken och målet för väntetiden när läget har stabiliserats; ' +
        '”Vad krävs?” håller risken att behöva vänta under 10 procent varje månad fram till december 2022, och därför kan svaren skilja sig åt.',
    );
  });

  it('has the badge for unsaved assumptions', () => {
    expect(UNSAVED_ASSUMPTIONS_BADGE).toBe('Ändrade antaganden – inte sparade');
  });
});

/** The demo plan as the Prognos screen starts from it (docs/DOMAIN.md: 2,25 a month, 12 months, four lotsar). */
const PLAN: ForecastScreenValues = {
  arrivalsPerMonth: 2.25,
  meanStayMonths: 12,
  trendPercent: 0,
  season: null,
  lotsar: 4,
  lotsarByMonth: null,
  caseload: 7,
  enrolled: 27,
  queue: 0,
  targetRiskPercent: 10,
  targetWaitWeeks: 2,
  targetServicePercent: 0,
  targetServiceWeeks: 2,
  abandonmentPercent: 0,
  absencePercent: 0,
  leadTimeMonths: 3,
  priorityPercent: 0,
  horizon: 24,
  stayDistribution: 'exponential',
  staySpread: 0.5,
  surges: [],
};

const onPlan = (current: Partial<ForecastScreenValues>, basis: Partial<ForecastScreenValues> = {}): AssumptionsComparison => ({
  current: { ...PLAN, ...current },
  basis: { ...PLAN, ...basis },
  basisKind: 'plan',
  startSource: 'plan',
});

describe('the summary says how the assumptions differ from the plan', () => {
  it('names the changed figure and the plan’s', () => {
    expect(changedAssumptionsText(onPlan({ arrivalsPerMonth: 3.1 }))).toBe('Prognosen bygger på ändrade antaganden: 3,1 anmälningar i månaden (planen: 2,25).');
    expect(forecastSummaryText('Med fyra lotsar är risken 46 procent.', onPlan({ arrivalsPerMonth: 3.1 }))).toBe(
      'Prognosen bygger på ändrade antaganden: 3,1 anmälningar i månaden (planen: 2,25). Med fyra lotsar är risken 46 procent.',
    );
  });

  it('says nothing when nothing differs, or only the targets, the period and the spread of a distribution not used', () => {
    expect(changedAssumptionsText(onPlan({}))).toBeNull();
    expect(
      changedAssumptionsText(
        onPlan({ targetRiskPercent: 5, targetWaitWeeks: 1, targetServicePercent: 90, targetServiceWeeks: 3, horizon: 12, staySpread: 1.2 }),
      ),
    ).toBeNull();
    expect(forecastSummaryText('Med fyra lotsar är risken 46 procent.', onPlan({ horizon: 12 }))).toBe('Med fyra lotsar är risken 46 procent.');
    expect(forecastSummaryText('Med fyra lotsar är risken 46 procent.', null)).toBe('Med fyra lotsar är risken 46 procent.');
    // Typed with more decimals than the summary writes: the same figure, so not named as changed.
    expect(changedAssumptionsText(onPlan({ arrivalsPerMonth: 2.2501 }))).toBeNull();
  });

  it('lists several changes in the order of the form, with words up to twelve and the source of each figure', () => {
    const text = changedAssumptionsText({
      current: {
        ...PLAN,
        arrivalsPerMonth: 3,
        trendPercent: -10,
        season: [1.2, 1.2, 1, 1, 1, 0.8, 0.8, 1, 1, 1, 1, 1],
        surges: [{ extraArrivals: 6, fromMonth: 3, toMonth: 8 }],
        meanStayMonths: 14,
        stayDistribution: 'lognormal',
        staySpread: 0.8,
        lotsar: 5.5,
        caseload: 6,
        absencePercent: 10,
        leadTimeMonths: 0,
        enrolled: 30,
        queue: 2,
        abandonmentPercent: 5,
        priorityPercent: 12.5,
      },
      basis: PLAN,
      basisKind: 'scenario',
      startSource: 'statistics',
    });
    expect(text).toBe(
      'Prognosen bygger på ändrade antaganden: tre anmälningar i månaden (scenariot: 2,25), ' +
        'en minskning av anmälningarna med 10 procent per år (scenariot: ingen förändring), ' +
        'en säsongsvariation i anmälningarna (scenariot: ingen), en tillfällig ökning (scenariot: inga), ' +
        'en genomsnittlig vistelsetid på 14 månader (scenariot: tolv), ' +
        'lognormalt fördelade vistelsetider med spridningen 0,8 (scenariot: exponentiellt fördelade vistelsetider), ' +
        '5,5 lotsar (scenariot: fyra), sex deltagare per lots (scenariot: sju), frånvaro på 10 procent av lotsarnas tid (scenariot: 0 procent), ' +
        'ingen rekryteringstid (scenariot: tre månader), 30 inskrivna vid start (månadsstatistiken: 27), två i kö vid start (månadsstatistiken: ingen), ' +
        'att 5 procent av de väntande lämnar kön varje månad (scenariot: 0 procent) och förtur för 12,5 procent av anmälningarna (scenariot: 0 procent).',
    );
  });

  it('names what the plan had when it had something the forecast has not', () => {
    const plan = { trendPercent: 20, season: [1.2, 1.2, 1, 1, 1, 0.8, 0.8, 1, 1, 1, 1, 1], surges: [{ extraArrivals: 2, fromMonth: 1, toMonth: 2 }], queue: 3 };
    expect(changedAssumptionsText(onPlan({ trendPercent: 0, season: null, surges: [], queue: 0, leadTimeMonths: 1 }, plan))).toBe(
      'Prognosen bygger på ändrade antaganden: ingen förändring av anmälningarna från år till år (planen: en ökning med 20 procent), ' +
        'ingen säsongsvariation i anmälningarna (planen: en säsongsvariation), inga tillfälliga ökningar (planen: en), ' +
        'en rekryteringstid på en månad (planen: tre månader) och ingen kö vid start (planen: tre).',
    );
    expect(
      changedAssumptionsText(
        onPlan(
          {
            season: [1.1, 1.1, 1, 1, 1, 0.9, 0.9, 1, 1, 1, 1, 1],
            surges: [{ extraArrivals: 3, fromMonth: 1, toMonth: 2 }],
            stayDistribution: 'lognormal',
            staySpread: 1,
          },
          { ...plan, trendPercent: 0, queue: 0, stayDistribution: 'lognormal', staySpread: 0.5 },
        ),
      ),
    ).toBe(
      'Prognosen bygger på ändrade antaganden: en ändrad säsongsvariation i anmälningarna (planen: en annan), en tillfällig ökning (planen: en annan) ' +
        'och lognormalt fördelade vistelsetider med spridningen 1 (planen: 0,5).',
    );
    expect(changedAssumptionsText(onPlan({ arrivalsPerMonth: 0, lotsar: 1, enrolled: 1 }))).toBe(
      'Prognosen bygger på ändrade antaganden: inga anmälningar i månaden (planen: 2,25), en lots (planen: fyra) och en inskriven vid start (planen: 27).',
    );
  });

  it('says when a flat staffing has replaced the scenario’s lotsar month by month', () => {
    const scenario = { ...PLAN, lotsar: 5, lotsarByMonth: [4, 4, 4, 5] };
    const comparison = { basis: scenario, basisKind: 'scenario' as const, startSource: 'plan' as const };
    expect(changedAssumptionsText({ ...comparison, current: { ...scenario, lotsarByMonth: null } })).toBe(
      'Prognosen bygger på ändrade antaganden: fem lotsar under hela perioden (scenariot: lotsar månad för månad).',
    );
    expect(changedAssumptionsText({ ...comparison, current: scenario })).toBeNull();
  });

  // The rule the sentence keeps for any values: the basis's figure is named for an assumption
  // exactly when the two are written differently, and there is a sentence exactly when one is.
  it('names the basis’s figure exactly when it is written differently (property)', () => {
    const shown = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
    const figure = (min: number, max: number) => fc.integer({ min: min * 4, max: max * 4 }).map((n) => n / 4);
    const fields = {
      arrivalsPerMonth: figure(0, 20),
      meanStayMonths: figure(1, 36),
      trendPercent: fc.integer({ min: -30, max: 60 }),
      lotsar: figure(0, 15),
      caseload: figure(1, 15),
      enrolled: fc.integer({ min: 0, max: 200 }),
      queue: fc.integer({ min: 0, max: 50 }),
      absencePercent: fc.integer({ min: 0, max: 90 }),
      leadTimeMonths: fc.integer({ min: 0, max: 12 }),
      abandonmentPercent: fc.integer({ min: 0, max: 100 }),
      priorityPercent: fc.integer({ min: 0, max: 99 }),
    };
    const values = fc.record(fields);
    // Each field either kept from the basis or given another value.
    const pair = values.chain((basis) =>
      fc
        .record(Object.fromEntries(Object.entries(fields).map(([key, arb]) => [key, fc.oneof(fc.constant(basis[key as keyof typeof basis]), arb)])))
        .map((current) => ({
          basis,
          current: current as typeof basis,
        })),
    );
    fc.assert(
      fc.property(
        pair,
        fc.constantFrom('plan' as const, 'scenario' as const),
        fc.constantFrom('plan' as const, 'statistics' as const),
        ({ basis, current }, basisKind, startSource) => {
          const text = changedAssumptionsText({ current: { ...PLAN, ...current }, basis: { ...PLAN, ...basis }, basisKind, startSource });
          const keys = Object.keys(fields) as (keyof typeof fields)[];
          const differing = keys.filter((k) => shown(current[k]) !== shown(basis[k]));
          const startKeys = differing.filter((k) => k === 'enrolled' || k === 'queue').length;
          const basisRef = basisKind === 'plan' ? '(planen: ' : '(scenariot: ';
          const startRef = startSource === 'plan' ? '(planen: ' : '(månadsstatistiken: ';
          const count = (ref: string) => (text ?? '').split(ref).length - 1;
          if (differing.length === 0) return text === null;
          if (text === null || !text.startsWith('Prognosen bygger på ändrade antaganden: ') || !text.endsWith('.')) return false;
          if (basisRef === startRef) return count(basisRef) === differing.length;
          return count(basisRef) === differing.length - startKeys && count(startRef) === startKeys;
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the question before changed assumptions are dropped', () => {
  it('asks before leaving the page, offering to save first when the page can', () => {
    expect(unsavedAssumptionsQuestion({ kind: 'page' }, true)).toEqual({
      title: 'Lämna Prognos utan att spara de ändrade antagandena?',
      text:
        'De antaganden du har ändrat sparas inte. När du kommer tillbaka utgår prognosen från planens värden. ' +
        'Vill du behålla dem kan du först spara prognosen i ett scenario.',
      stay: 'Stanna kvar',
      leave: 'Lämna utan att spara',
    });
    expect(unsavedAssumptionsQuestion({ kind: 'page' }, false).text).toBe(
      'De antaganden du har ändrat sparas inte. När du kommer tillbaka utgår prognosen från planens värden.',
    );
  });

  it('asks before another unit or year, and before another basis', () => {
    expect(unsavedAssumptionsQuestion({ kind: 'selection' }, false)).toEqual({
      title: 'Byt enhet eller år utan att spara de ändrade antagandena?',
      text: 'De antaganden du har ändrat sparas inte, och prognosen utgår från planen för den enhet och det år du väljer.',
      stay: 'Behåll antagandena',
      leave: 'Byt utan att spara',
    });
    expect(unsavedAssumptionsQuestion({ kind: 'basis', to: 'Ökat tryck' }, true)).toEqual({
      title: 'Bygg prognosen på scenariot ”Ökat tryck” utan att spara de ändrade antagandena?',
      text: 'De antaganden du har ändrat sparas inte, och fälten fylls i med scenariots värden. Vill du behålla dem kan du först spara prognosen i ett scenario.',
      stay: 'Behåll antagandena',
      leave: 'Byt utan att spara',
    });
    expect(unsavedAssumptionsQuestion({ kind: 'basis', to: null }, false).title).toBe('Bygg prognosen på planen utan att spara de ändrade antagandena?');
    expect(unsavedAssumptionsQuestion({ kind: 'basis', to: null }, false).text).toBe(
      'De antaganden du har ändrat sparas inte, och fälten fylls i med planens värden.',
    );
  });
});

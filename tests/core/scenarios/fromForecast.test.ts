// The forecast inputs a scenario carries as overrides, and back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { savedForecastInputsSchema } from '../../../src/core/forecast/saved.ts';
import { emptyOverrides } from '../../../src/core/scenarios/overrides.ts';
import { forecastInputsToOverrides, overridesToForecastInputs, type ForecastScenarioBasis } from '../../../src/core/scenarios/fromForecast.ts';

const BASIS: ForecastScenarioBasis = {
  planArrivalsPerMonth: 2.25,
  planMeanStayMonths: 12,
  planCaseload: 7,
  planLeadTimeMonths: 2,
  lotsarByMonth: [4],
  enrolled: 27,
  queue: 0,
};
const base = { arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7, enrolled: 27 };

describe('forecastInputsToOverrides', () => {
  it('carries a surge from March 2021, the arrivals as a change in percent, the stay, the caseload and the lead time', () => {
    const inputs = savedForecastInputsSchema.parse({
      ...base,
      arrivalsPerMonth: 2.7,
      meanStayMonths: 10,
      caseload: 8,
      leadTime: 3,
      surges: [{ extraArrivals: 0.675, fromMonth: 3, toMonth: 24 }],
    });
    const { overrides, notCarried } = forecastInputsToOverrides(inputs, BASIS, emptyOverrides());
    expect(notCarried).toEqual([]);
    expect(overrides.surges).toEqual([{ extraArrivals: 0.675, fromMonth: 3, toMonth: 24 }]);
    expect(overrides.arrivalsChangePercent).toBeCloseTo(20, 12);
    expect(overrides.meanStayMonths).toBe(10);
    expect(overrides.settings).toEqual({ caseloadPerLots: 8, recruitmentLeadTimeMonths: 3 });
  });

  it('leaves the plan’s values as no change and keeps the scenario’s other overrides', () => {
    const existing = {
      ...emptyOverrides(),
      fundingChangePercent: -5,
      arrivalsChangePercent: 30,
      settings: { caseloadPerLots: 9, salaryRevisionPercent: 3, recruitmentLeadTimeMonths: 5 },
    };
    const { overrides } = forecastInputsToOverrides(savedForecastInputsSchema.parse({ ...base, leadTime: 2 }), BASIS, existing);
    expect(overrides).toMatchObject({ fundingChangePercent: -5, arrivalsChangePercent: 0, meanStayMonths: null, settings: { salaryRevisionPercent: 3 } });
    expect(overrides.settings.caseloadPerLots).toBeUndefined();
    expect(overrides.settings.recruitmentLeadTimeMonths).toBeUndefined();
    // Without a lead time from the forecast, the scenario's own stays.
    expect(forecastInputsToOverrides(savedForecastInputsSchema.parse(base), BASIS, existing).overrides.settings.recruitmentLeadTimeMonths).toBe(5);
  });

  it('names in Swedish what a scenario cannot carry', () => {
    const inputs = savedForecastInputsSchema.parse({
      ...base,
      lotsar: 5,
      queue: 3,
      absence: 0.1,
      targetProbability: 0.2,
      backlog: { targetQueue: 0, byMonth: 6 },
    });
    const { notCarried } = forecastInputsToOverrides(inputs, BASIS, emptyOverrides());
    expect(notCarried).toEqual([
      'Antalet lotsar kan inte sparas som ett antagande: scenariot räknar med lotsarna i sin egen bemanning. Lägg till eller ändra tjänster i scenariot på Scenarier.',
      'Läget vid start (27 inskrivna och 3 i kö) sparas inte; scenariot börjar från planen eller den senaste månadsstatistiken (27 inskrivna och 0 i kö).',
      'Antagandet om frånvaron kan inte sparas i ett scenario.',
      'Målet att få ner kön till ett datum sparas inte i scenariot.',
      'Målen för risken och väntetiden sparas inte i scenariot; Scenarier jämför mot sina egna mål.',
    ]);
  });

  it('round-trips every carried field: inputs → overrides → inputs', () => {
    const surge = fc
      .record({
        extraArrivals: fc.double({ min: -20, max: 20, noNaN: true }),
        fromMonth: fc.integer({ min: 1, max: 24 }),
        length: fc.integer({ min: 0, max: 23 }),
      })
      .map(({ extraArrivals, fromMonth, length }) => ({ extraArrivals, fromMonth, toMonth: Math.min(24, fromMonth + length) }));
    const season = fc.array(fc.double({ min: 0.2, max: 1.8, noNaN: true }), { minLength: 12, maxLength: 12 }).map((f) => {
      const mean = f.reduce((a, b) => a + b, 0) / 12;
      return f.map((x) => x / mean);
    });
    fc.assert(
      fc.property(
        fc.record({
          planArrivals: fc.double({ min: 0.1, max: 50, noNaN: true }),
          arrivals: fc.double({ min: 0, max: 50, noNaN: true }),
          planStay: fc.double({ min: 0.5, max: 60, noNaN: true }),
          stay: fc.double({ min: 0.5, max: 60, noNaN: true }),
          planCaseload: fc.double({ min: 1, max: 30, noNaN: true }),
          caseload: fc.double({ min: 1, max: 30, noNaN: true }),
          planLeadTime: fc.integer({ min: 0, max: 24 }),
          leadTime: fc.integer({ min: 0, max: 24 }),
          surges: fc.array(surge, { maxLength: 4 }),
          trendPercent: fc.double({ min: -50, max: 100, noNaN: true }),
          season: fc.option(season, { nil: null }),
        }),
        (v) => {
          fc.pre(v.arrivals <= v.planArrivals * 11);
          const basis = {
            ...BASIS,
            planArrivalsPerMonth: v.planArrivals,
            planMeanStayMonths: v.planStay,
            planCaseload: v.planCaseload,
            planLeadTimeMonths: v.planLeadTime,
          };
          const inputs = savedForecastInputsSchema.parse({
            ...base,
            arrivalsPerMonth: v.arrivals,
            meanStayMonths: v.stay,
            caseload: v.caseload,
            leadTime: v.leadTime,
            surges: v.surges,
            trendPercent: v.trendPercent,
            season: v.season,
          });
          const { overrides, notCarried } = forecastInputsToOverrides(inputs, basis, emptyOverrides());
          expect(notCarried).toEqual([]);
          const back = overridesToForecastInputs(overrides, basis);
          expect(back.arrivalsPerMonth).toBeCloseTo(inputs.arrivalsPerMonth, 9);
          expect(back.meanStayMonths).toBeCloseTo(inputs.meanStayMonths, 9);
          expect(back.caseload).toBeCloseTo(inputs.caseload, 9);
          expect(back.leadTime).toBe(inputs.leadTime);
          expect(back.surges).toEqual(inputs.surges);
          expect(back.trendPercent).toBe(inputs.trendPercent);
          expect(back.season).toEqual(inputs.season);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// The flows and staffing assumptions on the "Prognos" screen and in the forecast's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { steadyState } from '../../../src/core/forecast/erlang.ts';
import { assumptionsSentence } from '../../../src/core/forecast/flowsText.ts';
import { screenForecastOptions, type ForecastScreenValues } from '../../../src/core/forecast/screenOptions.ts';
import { FORECAST_LIMITS } from '../../../src/core/forecast/options.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';

const SCREEN: ForecastScreenValues = {
  arrivalsPerMonth: 2.25,
  meanStayMonths: 12,
  lotsar: 4,
  caseload: 7,
  enrolled: 27,
  queue: 0,
  targetRiskPercent: 10,
  targetWaitWeeks: 2,
  horizon: 12,
  stayDistribution: 'exponential',
  staySpread: 0.5,
  surges: [],
};

describe('the screen’s flows and absence', () => {
  it('turn percent into the forecast’s shares and pass the lead time on', () => {
    const r = screenForecastOptions({ ...SCREEN, abandonmentPercent: 10, absencePercent: 8, leadTimeMonths: 4 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ abandonment: 0.1, absence: 0.08, leadTime: 4 });
  });

  it('default to none', () => {
    const r = screenForecastOptions(SCREEN);
    expect(r.ok && r.value).toMatchObject({ abandonment: 0, absence: 0, leadTime: 0, priorityShare: 0 });
  });
});

describe('the sentence on the assumptions', () => {
  it('is absent when every assumption is 0', () => {
    expect(assumptionsSentence({ abandonment: 0, absence: 0, leadTime: 0, priorityShare: 0 })).toBeNull();
  });

  it('names each assumption and the long-run share who leave the list', () => {
    const longRun = steadyState(2.25, 12, 28, 1, 0.1);
    const text = assumptionsSentence({ abandonment: 0.1, absence: 0.08, leadTime: 4, priorityShare: 0 }, longRun)!;
    expect(text).toMatch(
      /^Antaganden: 10 procent av de väntande lämnar kön per månad utan att skrivas in; frånvaro 8 procent av lotsarnas tid; rekryteringstid fyra månader, även för att ersätta en lots som slutar\. På lång sikt lämnar \d+,\d\s%\sav de anmälda kön utan att skrivas in\.$/,
    );
    expect(longRun.probabilityOfAbandonment).toBeGreaterThan(0);
  });

  it('writes the lead time as running text: "en månad", "tolv månader", "18 månader"', () => {
    const lead = (leadTime: number) => assumptionsSentence({ abandonment: 0, absence: 0, leadTime, priorityShare: 0 });
    expect(lead(1)).toBe('Antaganden: rekryteringstid en månad, även för att ersätta en lots som slutar.');
    expect(lead(12)).toBe('Antaganden: rekryteringstid tolv månader, även för att ersätta en lots som slutar.');
    expect(lead(18)).toBe('Antaganden: rekryteringstid 18 månader, även för att ersätta en lots som slutar.');
  });

  it('never writes "1 månader" or a lead time of 1–12 in digits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: FORECAST_LIMITS.maxLeadTimeMonths }), (leadTime) => {
        const text = assumptionsSentence({ abandonment: 0, absence: 0, leadTime, priorityShare: 0 })!;
        const months = leadTime === 1 ? 'en månad' : `${leadTime <= 12 ? countInText(leadTime) : formatNumber(leadTime)} månader`;
        expect(text).toBe(`Antaganden: rekryteringstid ${months}, även för att ersätta en lots som slutar.`);
        expect(text).not.toMatch(/\b1 månad/);
        if (leadTime <= 12) expect(text).not.toMatch(/\d/);
      }),
    );
  });
});

// The forecast with urgent referrals as the screens and the CLI get it: runForecast's
// priorityMonths (exact or simulated), a share of 0 changing nothing, and the Swedish sentence and table.
import { describe, expect, it } from 'vitest';
import { runForecast } from '../../../src/core/forecast/forecast.ts';
import { parseForecastOptions, type ForecastOptionsInput } from '../../../src/core/forecast/options.ts';
import { priorityMonthSentence, priorityTable, type PriorityForecast } from '../../../src/core/forecast/priorityForecast.ts';
import { toForecastReport } from '../../../src/core/forecast/report.ts';

function options(input: ForecastOptionsInput) {
  const parsed = parseForecastOptions(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const BASE: ForecastOptionsInput = { arrivals: [2.25], stay: 12, lotsar: [4, 4, 4, 3], caseload: 7, enrolled: 27, queue: 1, horizon: 6 };

const classFigures = (expectedWaitWeeks: number | null, urgent: boolean) => ({
  queueMean: urgent ? 0.4 : 5.9,
  probabilityOfQueue: 0.5,
  probabilityOfWaiting: 0.96,
  expectedWaitWeeks,
  probabilityOfWaitOver: urgent ? 0.72 : 0.93,
  confidenceIntervals: null,
});

function forecastWith(urgent: number | null, ordinary: number | null): PriorityForecast {
  return {
    model: 'exact',
    share: 0.1,
    thresholdWeeks: 2,
    truncationMass: 0,
    months: [{ month: 1, urgent: classFigures(urgent, true), ordinary: classFigures(ordinary, false) }],
  };
}

describe('the forecast with urgent referrals', () => {
  it('a share of 0 gives exactly the forecast without priority, and no class figures', () => {
    const without = runForecast(options(BASE));
    const zero = runForecast(options({ ...BASE, priorityShare: 0 }));
    expect(zero.priorityMonths).toBeNull();
    expect(toForecastReport(zero)).toEqual(toForecastReport(without));
  });

  it('with a share, the month-by-month totals stay those without priority and each class has its figures', () => {
    const without = runForecast(options(BASE));
    const r = runForecast(options({ ...BASE, priorityShare: 0.15, abandonment: 0.1 }));
    const withoutAbandonment = runForecast(options({ ...BASE, abandonment: 0.1 }));
    expect(r.months).toEqual(withoutAbandonment.months);
    expect(without.priorityMonths).toBeNull();
    const p = r.priorityMonths!;
    expect(p.model).toBe('exact');
    expect(p.months).toHaveLength(6);
    p.months.forEach((m, i) => {
      expect(m.urgent.queueMean + m.ordinary.queueMean).toBeCloseTo(r.months[i]!.queueMean, 9);
      expect(m.urgent.probabilityOfWaiting).toBeCloseTo(r.months[i]!.probabilityOfWaiting, 9);
      expect(m.urgent.expectedWaitWeeks!).toBeLessThanOrEqual(m.ordinary.expectedWaitWeeks!);
    });
  });

  it('other stays are simulated, with confidence intervals for each class', () => {
    const r = runForecast(options({ ...BASE, stayDistribution: 'lognormal', staySpread: 0.5, runs: 300, priorityShare: 0.2 }));
    const p = r.priorityMonths!;
    expect(p.model).toBe('monte-carlo');
    expect(p.months[5]!.ordinary.confidenceIntervals!.expectedWaitWeeks).not.toBeNull();
  });

  it('says each class’s wait, the shared risk and the risk of waiting longer', () => {
    expect(priorityMonthSentence(forecastWith(6.2, 21.94), 1, 'i juni 2021')).toBe(
      'Av dem som anmäls i juni 2021 väntar de med förtur (10 procent av anmälningarna) i genomsnitt 6,2 veckor och övriga i genomsnitt 21,9 veckor. ' +
        'Risken att behöva vänta är densamma för båda, 96 procent, eftersom ingen som är inskriven flyttas; förturen avgör bara vem som får nästa lediga plats. ' +
        'Risken att vänta mer än två veckor är 72 procent för dem med förtur och 93 procent för övriga.',
    );
  });

  it('says when the ordinary cannot count on a place, and when nobody can', () => {
    expect(priorityMonthSentence(forecastWith(3, null), 1, 'under månad 1')).toContain(
      'i genomsnitt tre veckor, medan övriga inte kan räkna med att skrivas in, eftersom de med förtur tar alla platser som blir lediga.',
    );
    expect(priorityMonthSentence(forecastWith(null, null), 1, 'under månad 1')).toContain(
      'kan varken de med förtur (10 procent av anmälningarna) eller övriga räkna med att skrivas in, eftersom det saknas platser.',
    );
    expect(priorityMonthSentence(forecastWith(1, 2), 2, 'under månad 2')).toBeNull();
  });

  it('tabulates each class, with the intervals only for a simulation', () => {
    const table = priorityTable(forecastWith(6.2, null), (m) => `M${m}`);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Månad',
      'Risk att behöva vänta',
      'I kö med förtur, medel',
      'I kö övriga, medel',
      'Väntetid med förtur, medel (veckor)',
      'Väntetid övriga, medel (veckor)',
      'Risk att vänta mer än två veckor, med förtur',
      'Risk att vänta mer än två veckor, övriga',
    ]);
    expect(table.rows[0]!.map((c) => c.replace(/\s/g, ' '))).toEqual(['M1', '96 %', '0,4', '5,9', '6,2', '–', '72 %', '93 %']);
  });
});

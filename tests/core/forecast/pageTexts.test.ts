import { describe, expect, it } from 'vitest';
import { forecastPeriodHeading, hiringVersusRecommendationText, UNSAVED_ASSUMPTIONS_BADGE } from '../../../src/core/forecast/pageTexts.ts';

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

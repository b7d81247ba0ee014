import { describe, expect, it } from 'vitest';
import { noOverlayScenariosText, overlayStaffingNote, savedForecastLine } from '../../../src/core/forecast/overlayTexts.ts';
import type { SavedForecast } from '../../../src/core/forecast/saved.ts';

const saved = (summary: Partial<SavedForecast['summary']>): Pick<SavedForecast, 'inputs' | 'summary'> =>
  ({
    inputs: { lotsar: 4 } as SavedForecast['inputs'],
    summary: {
      model: 'exact',
      probabilityOfWaiting: 0.7895,
      meanWaitWeeks: 41.06,
      recommendation: { lotsar: 5, capacity: 35, probabilityOfWaiting: 0.098, meanWaitWeeks: 0.6 },
      firstMonthOverTarget: 1,
      readingMonth: 6,
      reading: '',
      savedAt: '2026-12-03T10:15:00.000Z',
      ...summary,
    },
  }) as Pick<SavedForecast, 'inputs' | 'summary'>;

describe('savedForecastLine', () => {
  it('gives the day saved, the lotsar, the long-run risk, the wait and the recommendation', () => {
    expect(savedForecastLine(saved({}))).toBe(
      '3 december 2026: 4 lotsar, risk att behöva vänta på lång sikt 79\u00a0%, genomsnittlig väntan 41,1 veckor, rekommendation 5 lotsar.',
    );
  });

  it('says a queue without bound instead of a wait, and leaves out a missing recommendation', () => {
    expect(savedForecastLine(saved({ probabilityOfWaiting: 1, meanWaitWeeks: null, recommendation: null }))).toBe(
      '3 december 2026: 4 lotsar, risk att behöva vänta på lång sikt 100\u00a0%, kön växer utan gräns.',
    );
  });
});

describe('overlayStaffingNote', () => {
  it('says which year’s staffing stands for which months, from the forecast’s first month, and the limit in words', () => {
    expect(overlayStaffingNote(2020, { year: 2021, month: 1 })).toBe(
      'Prognosen börjar i januari 2021, efter planens år: scenarierna räknas med sin bemanning i december 2020, så den som ett scenario anställer under året är redan i tjänst. Högst tre scenarier åt gången.',
    );
    expect(overlayStaffingNote(2020, { year: 2020, month: 4 })).toBe(
      'Scenariernas bemanning följer deras månader 2020 från april 2020; decembers bemanning gäller därefter. Högst tre scenarier åt gången.',
    );
  });
});

describe('noOverlayScenariosText', () => {
  it('says there is no other scenario when the basis is the only one, and how to make one when there is none', () => {
    expect(noOverlayScenariosText(2020, true)).toBe('Det finns inga andra scenarier att jämföra med.');
    expect(noOverlayScenariosText(2020, false)).toBe(
      'Det finns inga scenarier för 2020 än. Skapa ett under Scenarier, eller spara prognosen i ett nytt scenario.',
    );
  });
});

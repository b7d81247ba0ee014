// The names of unsaved work and the question before the window closes with some (core/unsaved).
import { describe, expect, it } from 'vitest';
import { statisticsMonthText } from '../../../src/core/statistics/monthly.ts';
import {
  closeQuestion,
  MAX_NAMED_UNSAVED,
  MAX_QUOTED_NAME,
  UNSAVED_FORECAST_ASSUMPTIONS,
  unsavedMemoText,
  unsavedScenarioText,
  unsavedStaffingFieldText,
  unsavedStatisticsMonthText,
} from '../../../src/core/unsaved/closeQuestion.ts';

describe('the names of unsaved work', () => {
  it('names each place as the question lists it', () => {
    expect(UNSAVED_FORECAST_ASSUMPTIONS).toBe('ändrade antaganden i Prognos');
    expect(unsavedMemoText('Utökning av SIG vuxna')).toBe('ändringar i tjänsteutlåtandet ”Utökning av SIG vuxna”');
    expect(unsavedMemoText('  ')).toBe('ändringar i ett tjänsteutlåtande utan titel');
    expect(unsavedStatisticsMonthText(null)).toBe('en ny månad i Månadsstatistik');
    expect(unsavedStatisticsMonthText('2021-03')).toBe('ändringar av mars 2021 i Månadsstatistik');
    expect(unsavedScenarioText('En lots till')).toBe('ändringar i scenariot ”En lots till”');
    expect(unsavedStaffingFieldText('Månadslön, rad 2')).toBe('en ändring i fältet ”Månadslön, rad 2” på Bemanning');
  });

  it('writes the month as Månadsstatistik does', () => {
    for (const month of ['2020-01', '2021-12', '2019-07'])
      expect(unsavedStatisticsMonthText(month)).toBe(`ändringar av ${statisticsMonthText(month)} i Månadsstatistik`);
  });

  it('cuts a long name and keeps it on one line', () => {
    const text = unsavedMemoText(`${'Lång titel '.repeat(20)}\nslut`);
    const quoted = /”(.*)”/.exec(text)![1]!;
    expect(quoted.length).toBeLessThanOrEqual(MAX_QUOTED_NAME);
    expect(quoted.endsWith('…')).toBe(true);
    expect(text).not.toContain('\n');
  });
});

describe('the question before closing', () => {
  it('has the title, the buttons and a detail that says what closing does', () => {
    const q = closeQuestion([UNSAVED_FORECAST_ASSUMPTIONS]);
    expect(q.title).toBe('Stäng Lotsplan?');
    expect(q.close).toBe('Stäng utan att spara');
    expect(q.cancel).toBe('Avbryt');
    expect(q.message).toBe('Det finns ändringar som inte är sparade: ändrade antaganden i Prognos.');
    expect(q.detail).toBe('Om du stänger nu går ändringarna förlorade. Välj Avbryt om du vill gå tillbaka och spara dem.');
  });

  it('lists two or three with "och", each once', () => {
    expect(closeQuestion(['a', 'b']).message).toBe('Det finns ändringar som inte är sparade: a och b.');
    expect(closeQuestion(['a', 'b', 'a', 'c']).message).toBe('Det finns ändringar som inte är sparade: a, b och c.');
  });

  it('counts what it does not name', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(MAX_NAMED_UNSAVED).toBe(4);
    expect(closeQuestion(many).message).toBe('Det finns ändringar som inte är sparade: a, b, c och tre ändringar till.');
    expect(closeQuestion(many.slice(0, 5)).message).toBe('Det finns ändringar som inte är sparade: a, b, c och två ändringar till.');
    expect(closeQuestion(many.slice(0, 4)).message).toBe('Det finns ändringar som inte är sparade: a, b, c och d.');
  });

  it('speaks of changes when the window could not say what they are', () => {
    expect(closeQuestion([]).message).toBe('Det finns ändringar som inte är sparade.');
    expect(closeQuestion([' ', '']).message).toBe('Det finns ändringar som inte är sparade.');
  });
});

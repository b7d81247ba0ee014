import { describe, expect, it } from 'vitest';
import {
  assumptionsDiffer,
  formReducer,
  initialFormState,
  readField,
  readForm,
  type ForecastFormState,
  type FormAction,
} from '../../src/renderer/forecast/forecastForm.ts';
import { forecastStartForPlanYear } from '../../src/core/forecast/calendar.ts';

const start = forecastStartForPlanYear(2020);
const demo = () => initialFormState({ arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7, enrolled: 27, queue: 0 });
const apply = (state: ForecastFormState, ...actions: FormAction[]) => actions.reduce(formReducer, state);

describe('readField', () => {
  it('reads Swedish numbers', () => {
    expect(readField('arrivalsPerMonth', '2,25')).toEqual({ ok: true, value: 2.25 });
    expect(readField('arrivalsPerMonth', ' 2.5 ')).toEqual({ ok: true, value: 2.5 });
    expect(readField('enrolled', '1 200')).toEqual({ ok: true, value: 1200 });
  });

  it('explains a wrong entry in Swedish', () => {
    expect(readField('arrivalsPerMonth', 'två')).toMatchObject({ ok: false, message: expect.stringContaining('”två” är inte ett tal') });
    expect(readField('arrivalsPerMonth', '')).toMatchObject({ ok: false, message: expect.stringContaining('Inget tal är ifyllt') });
    expect(readField('horizon', '121')).toEqual({ ok: false, message: 'Ange ett heltal från 1 till 120.' });
    expect(readField('horizon', '12,5')).toEqual({ ok: false, message: 'Ange ett heltal från 1 till 120.' });
    expect(readField('meanStayMonths', '0')).toEqual({ ok: false, message: 'Ange ett tal från 0,5 till 240.' });
    expect(readField('arrivalsPerMonth', '-1')).toEqual({ ok: false, message: 'Ange ett tal från 0 till 200.' });
  });

  it("takes the trend's and the season's limits from the forecast's own (a value the forecast refuses is refused here)", () => {
    expect(readField('trendPercent', '-90')).toEqual({ ok: true, value: -90 });
    expect(readField('trendPercent', '500,5')).toEqual({ ok: false, message: 'Ange ett tal från −90 till 500.' });
    const season = apply(demo(), { type: 'seasonEnabled', enabled: true }, { type: 'seasonText', index: 2, text: '5,5' });
    expect(readForm(season, start).seasonErrors).toEqual({ 2: 'mar: ange ett tal från 0 till 5.' });
  });
});

describe('the forecast form', () => {
  it('starts from the plan with the default targets and one comparison with one more lots', () => {
    const state = demo();
    expect(state.texts).toMatchObject({
      arrivalsPerMonth: '2,25',
      meanStayMonths: '12',
      lotsar: '4',
      targetRiskPercent: '10',
      targetWaitWeeks: '2',
      horizon: '24',
    });
    expect(state.comparisons.map((c) => c.lotsarText)).toEqual(['5']);
    const read = readForm(state, start);
    expect(read.options).toMatchObject({ arrivals: [2.25], stay: 12, lotsar: [4], caseload: 7, enrolled: 27, targetProbability: 0.1, horizon: 24 });
    expect(read.lotsar).toBe(4);
    expect(read.comparisons).toEqual([5]);
    expect(read.readingMonth).toBe(6);
  });

  it('leaves demand empty when the plan has none, and does not compute', () => {
    const state = initialFormState({ arrivalsPerMonth: null, meanStayMonths: null, lotsar: 4, caseload: 7, enrolled: 0, queue: 0 });
    expect(state.texts.arrivalsPerMonth).toBe('');
    const read = readForm(state, start);
    expect(read.options).toBeNull();
    expect(Object.keys(read.fieldErrors).sort()).toEqual(['arrivalsPerMonth', 'meanStayMonths']);
  });

  it('keeps the last readable value for the slider and blocks the forecast on a wrong entry', () => {
    const state = apply(demo(), { type: 'text', key: 'arrivalsPerMonth', text: '2,4,1' });
    expect(state.texts.arrivalsPerMonth).toBe('2,4,1');
    expect(state.values.arrivalsPerMonth).toBe(2.25);
    const read = readForm(state, start);
    expect(read.options).toBeNull();
    expect(read.fieldErrors.arrivalsPerMonth).toContain('är inte ett tal');
  });

  it('blocks the forecast with the figures named when far more are enrolled than there are slots (a typing error)', () => {
    const read = readForm(apply(demo(), { type: 'text', key: 'enrolled', text: '10 000' }), start);
    expect(read.options).toBeNull();
    expect(read.formError?.replace(/\u00a0/g, ' ')).toBe(
      'Prognosen kan inte beräknas: 9 972 fler inskrivna än de 28 platser som lotsarna har den första månaden; ' +
        'prognosen kan räkna med högst 150 fler inskrivna än platser. Kontrollera antalet inskrivna och antalet lotsar.',
    );
  });

  it('writes a slider value into the field in Swedish notation', () => {
    const state = apply(demo(), { type: 'slide', key: 'arrivalsPerMonth', value: 2.75 });
    expect(state.texts.arrivalsPerMonth).toBe('2,75');
    expect(readForm(state, start).options?.arrivals).toEqual([2.75]);
  });

  it('turns surges into arrivals per month and explains wrong surges', () => {
    let state = apply(demo(), { type: 'addSurge', surge: { extraText: '6', fromMonth: 3, toMonth: 8 } });
    expect(readForm(state, start).options?.arrivals).toEqual([2.25, 2.25, 8.25, 8.25, 8.25, 8.25, 8.25, 8.25, 2.25]);
    const id = state.surges[0]!.id;
    state = apply(state, { type: 'updateSurge', id, change: { fromMonth: 9 } });
    expect(readForm(state, start).surgeErrors[id]).toBe('Sista månaden ligger före den första.');
    state = apply(state, { type: 'updateSurge', id, change: { fromMonth: 2, toMonth: 2, extraText: '-3' } });
    const read = readForm(state, start);
    expect(read.options).toBeNull();
    expect(read.formError).toBe('Med ökningarna och minskningarna blir antalet anmälningar mindre än noll i februari 2021.');
    state = apply(state, { type: 'removeSurge', id });
    expect(readForm(state, start).options?.arrivals).toEqual([2.25]);
  });

  it('needs a spread only for lognormal stays', () => {
    let state = apply(demo(), { type: 'text', key: 'staySpread', text: 'x' });
    expect(readForm(state, start).options).not.toBeNull();
    state = apply(state, { type: 'distribution', value: 'lognormal' });
    expect(readForm(state, start).fieldErrors.staySpread).toBeDefined();
    state = apply(state, { type: 'text', key: 'staySpread', text: '0,8' });
    expect(readForm(state, start).options).toMatchObject({ stayDistribution: 'lognormal', staySpread: 0.8 });
  });

  it('holds at most three comparisons and reads them as lots FTE', () => {
    const state = apply(demo(), { type: 'addComparison', lotsar: 6 }, { type: 'addComparison', lotsar: 4.5 }, { type: 'addComparison', lotsar: 8 });
    expect(readForm(state, start).comparisons).toEqual([5, 6, 4.5]);
    const wrong = apply(state, { type: 'updateComparison', id: state.comparisons[1]!.id, lotsarText: 'sex' });
    expect(readForm(wrong, start).options).toBeNull();
    expect(readForm(wrong, start).comparisonErrors[state.comparisons[1]!.id]).toContain('”sex” är inte ett tal');
  });

  it('reads the chosen month, or the default when the horizon has become shorter', () => {
    let state = apply(demo(), { type: 'readingMonth', month: 18 });
    expect(readForm(state, start).readingMonth).toBe(18);
    state = apply(state, { type: 'slide', key: 'horizon', value: 12 });
    expect(readForm(state, start).readingMonth).toBe(6);
  });
});

describe('assumptionsDiffer', () => {
  it('is false for the starting values and true once an assumption is changed, until it is set back', () => {
    const initial = demo();
    expect(assumptionsDiffer(initial, initial)).toBe(false);
    const changed = apply(initial, { type: 'text', key: 'arrivalsPerMonth', text: '3,1' });
    expect(assumptionsDiffer(changed, initial)).toBe(true);
    expect(assumptionsDiffer(apply(changed, { type: 'text', key: 'arrivalsPerMonth', text: '2,25' }), initial)).toBe(false);
    // A text that cannot be read is still a change.
    expect(assumptionsDiffer(apply(initial, { type: 'text', key: 'lotsar', text: '4x' }), initial)).toBe(true);
    expect(assumptionsDiffer(apply(initial, { type: 'distribution', value: 'fixed' }), initial)).toBe(true);
    expect(assumptionsDiffer(apply(initial, { type: 'addSurge', surge: { extraText: '2', fromMonth: 3, toMonth: 5 } }), initial)).toBe(true);
    expect(assumptionsDiffer(apply(initial, { type: 'seasonEnabled', enabled: true }), initial)).toBe(true);
    expect(assumptionsDiffer(apply(initial, { type: 'reset', state: initial }), initial)).toBe(false);
  });

  it('leaves the compared staffings and the month read out', () => {
    const initial = demo();
    expect(assumptionsDiffer(apply(initial, { type: 'addComparison', lotsar: 6 }, { type: 'readingMonth', month: 12 }), initial)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  monthFiguresTable,
  monthWaitSentence,
  waitCardIntro,
  waitColumnsNote,
  waitFigureTexts,
  waitPercentValue,
  waitWeeksCell,
  waitWeeksValue,
  weeksInText,
  SERVICE_LEVEL_HINT,
} from '../../../src/core/forecast/waitText.ts';
import { confidenceIntervals } from '../../../src/core/forecast/report.ts';

describe('wait figures in Swedish', () => {
  it('names weeks as a careful civil servant writes them', () => {
    expect(weeksInText(1)).toBe('en vecka');
    expect(weeksInText(2)).toBe('två veckor');
    expect(weeksInText(2.5)).toBe('2,5 veckor');
    expect(weeksInText(26)).toBe('26 veckor');
    expect(waitWeeksCell(null)).toBe('–');
    expect(waitWeeksCell(3.14)).toBe('3,1');
  });

  it('says what each figure means in one sentence, with the threshold', () => {
    const t = waitFigureTexts(2);
    expect(t.over.label).toBe('Risk att vänta mer än två veckor');
    for (const f of Object.values(t)) expect(f.explanation).toMatch(/^[A-ZÅÄÖ][^.]*\.$/u);
    expect(waitColumnsNote('Vänta > 2 v', 2)).toContain('”Vänta > 2 v” är risken att behöva vänta längre än två veckor.');
  });

  it('reads one month', () => {
    const base = { month: 6, thresholdWeeks: 2 };
    expect(monthWaitSentence({ ...base, probabilityOfWaitOver: 0.38, p50Weeks: 1.23, p90Weeks: 6.81 }, 'i april 2021')).toBe(
      'Av dem som anmäls i april 2021 skrivs hälften in inom 1,2 veckor och nio av tio inom 6,8 veckor; risken att behöva vänta mer än två veckor är 38 procent.',
    );
    expect(monthWaitSentence({ ...base, probabilityOfWaitOver: 0.2, p50Weeks: 0, p90Weeks: 4 }, 'om sex månader')).toBe(
      'Av dem som anmäls om sex månader behöver minst hälften inte vänta, och nio av tio skrivs in inom fyra veckor; risken att behöva vänta mer än två veckor är 20 procent.',
    );
    expect(monthWaitSentence({ ...base, probabilityOfWaitOver: 0.001, p50Weeks: 0, p90Weeks: 0 }, 'i maj')).toBe(
      'Av dem som anmäls i maj skrivs nio av tio in utan att vänta; risken att behöva vänta mer än två veckor är 0,1 procent.',
    );
    expect(monthWaitSentence({ ...base, probabilityOfWaitOver: 1, p50Weeks: null, p90Weeks: null }, 'i maj')).toContain('saknas platser');
  });
});

describe('wait figures on the screen', () => {
  it('write a wait with its unit, no wait and a wait beyond the forecast in words', () => {
    expect(waitWeeksValue(2.44)).toBe('2,4 veckor');
    expect(waitWeeksValue(0)).toBe('ingen väntan');
    expect(waitWeeksValue(null)).toBe('inte inom prognosen');
    expect(waitPercentValue(0.724)).toBe('72\u00a0%');
    expect(waitPercentValue(null)).toBe('–');
  });

  it('write every positive wait as the table cell followed by "veckor"', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 500, noNaN: true }), (w) => {
        expect(waitWeeksValue(w)).toBe(`${waitWeeksCell(w)} veckor`);
        expect(waitWeeksValue(w)).toMatch(/^\d[\d\u00a0]*,\d veckor$/);
      }),
    );
  });

  it('say under the card which month is read, and when a simulation made the figures', () => {
    expect(waitCardIntro('mars 2021', false)).toBe('Hur länge den som anmäls i mars 2021 får vänta på att skrivas in.');
    expect(waitCardIntro('mars 2021', true)).toBe('Hur länge den som anmäls i mars 2021 får vänta på att skrivas in, enligt simuleringen.');
  });
});

describe('confidence intervals of a simulation', () => {
  it('are the mean ± 1,96 standard errors, probabilities within 0–1, and none for the exact model', () => {
    const month = {
      month: 1,
      capacity: 2,
      arrivals: 1,
      enrolledMean: 1.5,
      enrolledP10: 1,
      enrolledP50: 2,
      enrolledP90: 2,
      queueMean: 0.1,
      queueP10: 0,
      queueP50: 0,
      queueP90: 1,
      probabilityOfQueue: 0.01,
      probabilityOfWaiting: 0.3,
      expectedWaitWeeks: 1,
    };
    const se = {
      enrolledMean: 0.1,
      queueMean: 0.1,
      probabilityOfQueue: 0.01,
      probabilityOfWaiting: 0.05,
      expectedWaitWeeks: null,
      probabilityOfWaitOver: 0.02,
    };
    const [ci] = confidenceIntervals({
      months: [month],
      standardErrors: [se],
      waits: [{ month: 1, thresholdWeeks: 2, probabilityOfWaitOver: 0.1, p50Weeks: 0, p90Weeks: 2 }],
    })!;
    expect(ci!.enrolledMean![0]).toBeCloseTo(1.5 - 0.196, 3);
    expect(ci!.enrolledMean![1]).toBeCloseTo(1.5 + 0.196, 3);
    expect(ci!.queueMean![0]).toBe(0);
    expect(ci!.probabilityOfQueue![0]).toBe(0);
    expect(ci!.probabilityOfWaiting).toEqual([expect.closeTo(0.202, 3), expect.closeTo(0.398, 3)]);
    expect(ci!.expectedWaitWeeks).toBeNull();
    expect(ci!.probabilityOfWaitOver![1]).toBeCloseTo(0.1392, 4);
    expect(confidenceIntervals({ months: [month], standardErrors: null, waits: [] })).toBeNull();
  });
});

describe('the month-by-month table of wait figures', () => {
  const months = [
    { month: 1, expectedWaitWeeks: 1.25, probabilityOfWaiting: 0.31, enrolledP10: 25, enrolledP50: 27, enrolledP90: 28 },
    { month: 2, expectedWaitWeeks: null, probabilityOfWaiting: 1, enrolledP10: 0, enrolledP50: 0, enrolledP90: 0 },
  ];
  const waits = [
    { month: 1, thresholdWeeks: 2, probabilityOfWaitOver: 0.16, p50Weeks: 0, p90Weeks: 3.46 },
    { month: 2, thresholdWeeks: 2, probabilityOfWaitOver: 1, p50Weeks: null, p90Weeks: null },
  ];
  it('has one cell per column in every row, and the intervals only for a simulation', () => {
    const exact = monthFiguresTable({ months, waits, intervals: null, monthLabel: (m) => `mån ${m}` });
    expect(exact.columns.map((c) => c.label)).toEqual([
      'Månad',
      'Risk att behöva vänta',
      'Väntetid, medel (veckor)',
      'Väntetid, median (veckor)',
      'Väntetid för nio av tio (veckor)',
      'Risk att vänta mer än två veckor',
      'Inskrivna, median (10–90 %)',
    ]);
    expect(exact.rows[0]).toEqual(['mån 1', '31\u00a0%', '1,3', '0,0', '3,5', '16\u00a0%', '27 (25–28)']);
    expect(exact.rows[1]!.slice(2, 5)).toEqual(['–', '–', '–']);
    const sim = monthFiguresTable({
      months,
      waits,
      intervals: [
        { probabilityOfWaiting: [0.29, 0.33], expectedWaitWeeks: [1.1, 1.4] },
        { probabilityOfWaiting: null, expectedWaitWeeks: null },
      ],
      monthLabel: String,
    });
    expect(sim.columns).toHaveLength(9);
    expect(sim.caption).toContain('95 % konfidensintervall');
    expect(sim.rows[0]![2]).toBe('29\u00a0%–33\u00a0%');
    expect(sim.rows[0]![4]).toBe('1,1–1,4');
    for (const t of [exact, sim]) for (const r of t.rows) expect(r).toHaveLength(t.columns.length);
  });
});

describe('the hint under the service level', () => {
  it('names the panel ”Vad krävs?” in quotation marks, so that its question mark does not end the sentence', () => {
    expect(SERVICE_LEVEL_HINT).toContain('i ”Vad krävs?” när andelen');
  });
});

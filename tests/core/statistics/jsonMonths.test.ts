// Monthly statistics as a JSON file: a list of months, or an object with "months" (what
// `lotsplan statistics --json` writes). Missing optional fields are absent, as a sheet's columns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStatisticsJson, readStatisticsJsonText } from '../../../src/core/statistics/jsonMonths.ts';
import { MAX_MONTHLY_COUNT } from '../../../src/core/statistics/monthly.ts';

const FULL = {
  month: '2021-03',
  referrals: 3,
  newEnrolments: 2,
  discharges: 2,
  enrolledAtMonthEnd: 28,
  queueAtMonthEnd: 0,
  dischargesByStay: [0, 0, 1, 1, 0, 0],
};
const REQUIRED = { month: '2021-04', newEnrolments: 1, discharges: 1, enrolledAtMonthEnd: 28 };

describe('readStatisticsJson', () => {
  it('reads a list of full months, and the months of an object such as the CLI writes with --json', () => {
    expect(readStatisticsJson([FULL])).toEqual({ ok: true, months: [FULL], absent: [] });
    expect(readStatisticsJson({ district: 'Farsta', unit: 'SIG vuxna', window: 12, months: [FULL] })).toEqual({ ok: true, months: [FULL], absent: [] });
  });

  it('accepts months without the optional fields; a field no month has is absent, one that some months have is null in the others', () => {
    const read = readStatisticsJson([REQUIRED, { ...REQUIRED, month: '2021-05' }]);
    expect(read).toEqual({
      ok: true,
      months: [
        { ...REQUIRED, referrals: null, queueAtMonthEnd: null, dischargesByStay: null },
        { ...REQUIRED, month: '2021-05', referrals: null, queueAtMonthEnd: null, dischargesByStay: null },
      ],
      absent: ['referrals', 'queueAtMonthEnd', 'dischargesByStay'],
    });
    const mixed = readStatisticsJson([FULL, REQUIRED]);
    expect(mixed).toEqual({
      ok: true,
      months: [FULL, { ...REQUIRED, referrals: null, queueAtMonthEnd: null, dischargesByStay: null }],
      absent: [],
    });
    // null says the month did not count it: the field is there, not absent.
    expect(readStatisticsJson([{ ...REQUIRED, referrals: null }])).toMatchObject({ ok: true, absent: ['queueAtMonthEnd', 'dischargesByStay'] });
  });

  it('names the month and the field of every fault, in Swedish', () => {
    const read = readStatisticsJson([FULL, { ...REQUIRED, discharges: -1, newEnrolments: 'tre' }, { month: '2021-13', enrolledAtMonthEnd: 1.5 }]);
    expect(read).toEqual({
      ok: false,
      messages: [
        'Månad 2 (2021-04), fältet ”newEnrolments” (Nya inskrivningar): ska vara ett antal, men är texten ”tre”.',
        'Månad 2 (2021-04), fältet ”discharges” (Avslut): ska vara minst 0.',
        'Månad 3, fältet ”month” (Månad): ska vara en månad skriven ÅÅÅÅ-MM, till exempel 2020-03, men är ”2021-13”.',
        'Månad 3, fältet ”newEnrolments” (Nya inskrivningar): saknas (skriv 0 om det inte fanns några).',
        'Månad 3, fältet ”discharges” (Avslut): saknas (skriv 0 om det inte fanns några).',
        'Månad 3, fältet ”enrolledAtMonthEnd” (Inskrivna vid månadens slut): ska vara ett heltal, men är 1,5.',
      ],
    });
  });

  it('names unknown fields, a wrong list of stays, stays that do not sum and a month given twice', () => {
    const read = readStatisticsJson([
      { ...FULL, anmalningar: 3 },
      { ...FULL, month: '2021-04', dischargesByStay: [1, 1] },
      { ...FULL, month: '2021-05', dischargesByStay: [0, 0, 0, 0, 0, 5] },
      { ...FULL, dischargesByStay: [0, 0, 2, -1, 0, 1] },
    ]);
    expect(read).toEqual({
      ok: false,
      messages: [
        'Månad 1 (2021-03): okänt fält ”anmalningar”.',
        'Månad 2 (2021-04), fältet ”dischargesByStay” (Avslut efter vistelsetid): ska vara en lista med sex antal (0–3 mån, 3–6 mån, 6–12 mån, 12–18 mån, 18–24 mån, 24–36 mån), men har två.',
        'Månad 3 (2021-05), fältet ”dischargesByStay” (Avslut efter vistelsetid): summan av avsluten efter vistelsetid (5) ska vara lika med antalet avslut (2).',
        'Månad 4 (2021-03), fältet ”dischargesByStay” (Avslut 12–18 mån): ska vara minst 0.',
        'Månad 4 (2021-03), fältet ”month” (Månad): månaden 2021-03 finns redan som månad 1.',
        'Fälten heter: month, referrals, newEnrolments, discharges, enrolledAtMonthEnd, queueAtMonthEnd, dischargesByStay.',
      ],
    });
  });

  it('refuses what is not a list of months, and an empty list', () => {
    const notList = ['Filen ska innehålla en lista med månader, eller ett objekt med listan i fältet ”months”.'];
    expect(readStatisticsJson(3)).toEqual({ ok: false, messages: notList });
    expect(readStatisticsJson({ monthly: [] })).toEqual({ ok: false, messages: notList });
    expect(readStatisticsJson({ months: 'mars' })).toEqual({ ok: false, messages: ['Fältet ”months” ska vara en lista med månader, men är texten ”mars”.'] });
    expect(readStatisticsJson([])).toEqual({ ok: false, messages: ['Filen innehåller inga månader.'] });
    expect(readStatisticsJson([FULL, 7])).toEqual({ ok: false, messages: ['Månad 2: ska vara ett objekt, men är 7.'] });
  });

  it('refuses more months than a sheet may have, with the count written in Swedish', () => {
    const many = Array.from({ length: 1300 }, () => REQUIRED);
    expect(readStatisticsJson(many)).toEqual({ ok: false, messages: ['Filen har 1\u00a0300 månader; högst 1\u00a0200 kan läsas in åt gången.'] });
  });

  it('stops after twenty messages and says there are more', () => {
    const read = readStatisticsJson(
      Array.from({ length: 30 }, (_, i) => ({ ...REQUIRED, month: `20${10 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, discharges: -1 })),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.messages).toHaveLength(21);
    expect(read.messages.at(-1)).toBe('… och fler fel. Rätta de första och försök igen.');
  });

  it('property: any count above the limit is refused with the month, the field and the limit in Swedish digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_MONTHLY_COUNT + 1, max: 1e12 }),
        fc.constantFrom('newEnrolments', 'discharges', 'enrolledAtMonthEnd', 'referrals'),
        (n, field) => {
          const read = readStatisticsJson([{ ...REQUIRED, [field]: n }]);
          expect(read.ok).toBe(false);
          if (read.ok) return;
          expect(read.messages).toHaveLength(1);
          expect(read.messages[0]).toMatch(new RegExp(`^Månad 1 \\(2021-04\\), fältet ”${field}” \\([^)]+\\): får vara högst 10\u00a0000\\.$`));
        },
      ),
    );
  });

  it('property: a month with the required fields only is read, and all three optional fields are absent', () => {
    const count = fc.integer({ min: 0, max: MAX_MONTHLY_COUNT });
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), count, count, count, (y, m, a, b, c) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        const read = readStatisticsJson([{ month, newEnrolments: a, discharges: b, enrolledAtMonthEnd: c }]);
        expect(read).toEqual({
          ok: true,
          months: [{ month, referrals: null, newEnrolments: a, discharges: b, enrolledAtMonthEnd: c, queueAtMonthEnd: null, dischargesByStay: null }],
          absent: ['referrals', 'queueAtMonthEnd', 'dischargesByStay'],
        });
      }),
    );
  });
});

describe('readStatisticsJsonText', () => {
  it('reads the text, with or without a byte-order mark', () => {
    expect(readStatisticsJsonText(`\uFEFF${JSON.stringify([FULL])}`)).toEqual({ ok: true, months: [FULL], absent: [] });
  });

  it('says where the JSON is broken, and that an empty file is empty', () => {
    expect(readStatisticsJsonText('[\n  {"month": "2021-03",\n  "newEnrolments" 2}\n]')).toEqual({
      ok: false,
      messages: ['Filen är inte giltig JSON. Felet finns nära rad 3, kolumn 19.'],
    });
    expect(readStatisticsJsonText('[{"month": ')).toEqual({
      ok: false,
      messages: ['Filen är inte giltig JSON. Filen tar slut mitt i innehållet; den kan vara avkortad.'],
    });
    expect(readStatisticsJsonText('[NaN]')).toEqual({
      ok: false,
      messages: ['Filen är inte giltig JSON. Tecknet ”N” står där det inte får stå (NaN och Infinity är inte tillåtna tal i JSON).'],
    });
    expect(readStatisticsJsonText('  \n')).toEqual({ ok: false, messages: ['Filen är tom.'] });
  });
});

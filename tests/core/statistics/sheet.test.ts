import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  columnLetter,
  readMonthCell,
  readStatisticsSheet,
  statisticsSheetRows,
  STATISTICS_COLUMNS,
  type SheetCell,
} from '../../../src/core/statistics/sheet.ts';
import type { MonthlyStatistics } from '../../../src/core/statistics/monthly.ts';

const HEADER = STATISTICS_COLUMNS.map((c) => c.heading);
const jan: MonthlyStatistics = {
  month: '2021-01',
  referrals: 3,
  newEnrolments: 3,
  discharges: 2,
  enrolledAtMonthEnd: 28,
  queueAtMonthEnd: 0,
  dischargesByStay: [0, 0, 1, 1, 0, 0],
};
const feb: MonthlyStatistics = {
  month: '2021-02',
  referrals: null,
  newEnrolments: 1,
  discharges: 0,
  enrolledAtMonthEnd: 29,
  queueAtMonthEnd: null,
  dischargesByStay: null,
};

const messages = (rows: SheetCell[][]) => {
  const r = readStatisticsSheet(rows);
  return r.ok ? [] : r.messages;
};

describe('reading a statistics sheet', () => {
  it('reads what it writes (the export is the import template)', () => {
    expect(statisticsSheetRows([jan, feb])[0]).toEqual(HEADER);
    expect(readStatisticsSheet(statisticsSheetRows([jan, feb]))).toEqual({ ok: true, months: [jan, feb], absent: [] });
  });

  it('round-trips any valid series (property)', () => {
    const count = fc.nat(50);
    const month = fc.record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) });
    const row = fc.tuple(month, count, count, count, fc.option(count), fc.option(count), fc.boolean()).map(([mo, n, e, q, r, k, bands]) => {
      const d = bands ? [0, 0, 0, 0, 0, 0].map((_, i) => (i === 0 ? n : 0)) : null;
      return {
        month: `${mo.y}-${String(mo.m).padStart(2, '0')}`,
        referrals: r,
        newEnrolments: e,
        discharges: n,
        enrolledAtMonthEnd: q,
        queueAtMonthEnd: k,
        dischargesByStay: d,
      } as MonthlyStatistics;
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (m) => m.month, minLength: 1, maxLength: 30 }), (series) => {
        const read = readStatisticsSheet(statisticsSheetRows(series));
        return read.ok && JSON.stringify(read.months) === JSON.stringify(series);
      }),
    );
  });

  it('accepts Swedish headings in any case, Swedish numbers, dates and month names, and skips empty rows', () => {
    const rows: SheetCell[][] = [
      [],
      ['MÅNAD', 'anmälningar', 'Nya  inskrivningar', 'Avslut', 'Inskrivna', 'Kö'],
      [new Date(Date.UTC(2021, 0, 1)), '3', 3, '2', '28', ''],
      [null, null, null, null, null, null],
      ['februari 2021', 1, ' 1 ', 0, 29, 0],
      [44287, 2, 2, 1, 30, 0], // 2021-04-01 as an Excel date number
    ];
    const read = readStatisticsSheet(rows);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.months.map((m) => m.month)).toEqual(['2021-01', '2021-02', '2021-04']);
    expect(read.months[0]).toMatchObject({ referrals: 3, queueAtMonthEnd: null, dischargesByStay: null });
  });

  it('reads month cells in the forms a spreadsheet gives them', () => {
    expect(readMonthCell('2020-3')).toBe('2020-03');
    expect(readMonthCell('2020-03-15')).toBe('2020-03');
    expect(readMonthCell('Mars 2020')).toBe('2020-03');
    expect(readMonthCell('okt. 2020')).toBe('2020-10');
    expect(readMonthCell('2020-13')).toBeNull();
    expect(readMonthCell('våren 2020')).toBeNull();
    expect(readMonthCell(12.5)).toBeNull();
    expect(readMonthCell(true)).toBeNull();
  });

  it('names the row and column of every bad cell, in Swedish', () => {
    const rows: SheetCell[][] = [
      HEADER,
      ['2021-01', 3, 'tre', 2, 28, 0, 0, 0, 1, 1, 0, 0],
      ['2021-13', 3, 3, -2, 28, 0, 0, 0, 1, 1, 0, 0],
      ['2021-03', 3, 3, 2, 1.5, 0, 0, 0, 1, 0, 0, 0, 'x'],
    ];
    expect(messages(rows)).toEqual([
      'Rad 2, kolumn C (Nya inskrivningar): ska vara ett antal, men är ”tre”.',
      'Rad 3, kolumn A (Månad): ska vara en månad som 2020-03 eller mars 2020, men är ”2021-13”.',
      'Rad 3, kolumn D (Avslut): ska vara ett heltal, 0 eller mer, men är −2.',
      'Rad 4, kolumn M: cellen har ett värde men kolumnen saknar rubrik.',
      'Rad 4, kolumn E (Inskrivna vid månadens slut): ska vara ett heltal, 0 eller mer, men är 1,5.',
    ]);
  });

  it('refuses unknown, doubled and missing columns, and half the stay bands', () => {
    expect(messages([['Månad', 'Avslut', 'Kommentar', 'Avslut']])).toEqual([
      'Kolumnen ”Kommentar” (C) känns inte igen.',
      'Kolumnen ”Avslut” finns två gånger (B och D).',
      'Kolumnen ”Nya inskrivningar” saknas.',
      'Kolumnen ”Inskrivna vid månadens slut” saknas.',
      expect.stringMatching(/^Kolumnerna heter: Månad, Anmälningar, /),
    ]);
    expect(messages([[...HEADER.slice(0, 7)]])[0]).toMatch(/alla sex kolumnerna .* eller ingen av dem/);
    expect(messages([])).toEqual(['Filen innehåller inga rader.']);
    expect(messages([HEADER])).toEqual(['Filen har rubriker men inga månader.']);
  });

  it('applies the month rules: stays that do not add up, a month twice (with sheet rows)', () => {
    const rows: SheetCell[][] = [
      HEADER,
      ['2021-01', 3, 3, 2, 28, 0, 1, 1, 1, 0, 0, 0],
      [],
      ['2021-02', 1, 1, 0, 29, 0, '', '', '', '', '', ''],
      ['2021-02', 1, 1, 0, 29, 0, 0, 0, 0, 0, 0, 0],
    ];
    expect(messages(rows)).toEqual([
      'Rad 2 (Avslut efter vistelsetid): summan av avsluten efter vistelsetid (3) ska vara lika med antalet avslut (2).',
      'Rad 5 (Månad): månaden 2021-02 finns redan på rad 4.',
    ]);
  });

  it('names spreadsheet columns beyond Z', () => {
    expect([0, 25, 26, 51, 52].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });
});

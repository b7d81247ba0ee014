import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chooseStatisticsSheet,
  columnLetter,
  findHeadingRow,
  readMonthCell,
  readStatisticsSheet,
  statisticsSheetRows,
  STATISTICS_COLUMNS,
  type SheetCell,
  type SheetLayout,
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
const messages2 = (rows: SheetCell[][], layout: SheetLayout) => {
  const r = readStatisticsSheet(rows, layout);
  return r.ok ? [] : r.messages;
};
const isEmpty2 = (cell: SheetCell | undefined) => cell === null || cell === undefined || cell === '';

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
    // A CSV saved by Swedish Excel, which showed a typed 2021-01 as a date in the form mmm-åå.
    expect(readMonthCell('jan-21')).toBe('2021-01');
    expect(readMonthCell('maj-2021')).toBe('2021-05');
    expect(readMonthCell('december-20')).toBe('2020-12');
    // After a space as after a dash: a Swedish date puts the day first (21 jan).
    expect(readMonthCell('jan 21')).toBe('2021-01');
    expect(readMonthCell('feb 21')).toBe('2021-02');
    expect(readMonthCell('feb. 21')).toBe('2021-02');
    expect(readMonthCell('21 feb')).toBeNull();
    expect(readMonthCell('2021-01-31')).toBe('2021-01');
    expect(readMonthCell('2024-02-29')).toBe('2024-02');
    expect(readMonthCell('2021-02-29')).toBeNull();
    expect(readMonthCell('2021-02-30')).toBeNull();
    expect(readMonthCell('2021-01-99')).toBeNull();
    expect(readMonthCell('2021-01-00')).toBeNull();
    expect(readMonthCell('jan-210')).toBeNull();
    expect(readMonthCell('2020-13')).toBeNull();
    expect(readMonthCell('våren 2020')).toBeNull();
    expect(readMonthCell(12.5)).toBeNull();
    expect(readMonthCell(true)).toBeNull();
  });

  it('reads every month of 2000–2099 written as mmm-åå, mmm åå, mmm-åååå and månad åååå to the same month (property)', () => {
    const SHORT = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    const FULL = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 0, max: 11 }), fc.boolean(), (year, m, upper) => {
        const iso = `${year}-${String(m + 1).padStart(2, '0')}`;
        const yy = String(year).slice(2);
        const forms = [`${SHORT[m]}-${yy}`, `${SHORT[m]} ${yy}`, `${SHORT[m]}-${year}`, `${FULL[m]} ${year}`, `${FULL[m]}-${year}`, `${FULL[m]} ${yy}`];
        for (const form of forms) expect(readMonthCell(upper ? form.toUpperCase() : form)).toBe(iso);
      }),
    );
  });

  it('reads a month written with a day only when the month has that day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), (year, m, day) => {
        const iso = `${year}-${String(m).padStart(2, '0')}`;
        const exists = new Date(Date.UTC(year, m - 1, day)).getUTCDate() === day;
        expect(readMonthCell(`${iso}-${String(day).padStart(2, '0')}`)).toBe(exists ? iso : null);
      }),
    );
  });

  it('says why a month written with a day that does not exist is refused', () => {
    const row = (month: SheetCell) => [month, 1, 1, 0, 28];
    expect(messages([HEADER.slice(0, 5), row('2021-02-30'), row('2021-01-99'), row('2024-02-29'), row('2023-02-29')])).toEqual([
      'Rad 2, kolumn A (Månad): ska vara en månad som 2020-03 eller mars 2020, men ”2021-02-30” är inget datum som finns (februari 2021 har 28 dagar).',
      'Rad 3, kolumn A (Månad): ska vara en månad som 2020-03 eller mars 2020, men ”2021-01-99” är inget datum som finns (januari 2021 har 31 dagar).',
      'Rad 5, kolumn A (Månad): ska vara en månad som 2020-03 eller mars 2020, men ”2023-02-29” är inget datum som finns (februari 2023 har 28 dagar).',
    ]);
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

  it("skips a title, notes and empty rows above the heading row, and gives the sheet's row numbers", () => {
    const title = 'Månadsstatistik SIG vuxna 2021';
    const rows: SheetCell[][] = [
      // A title merged over the table comes from some readers as the same text in every cell.
      [title, title, title, title, title],
      [],
      ['Källa: verksamhetssystemet, uttag 2022-01-10', null, 'Sida 1'],
      HEADER.slice(0, 5),
      ['2021-01', 3, 3, 2, 28],
      ['2021-02', 1, 'två', 0, 29],
    ];
    expect(findHeadingRow(rows)).toBe(3);
    expect(messages(rows)).toEqual(['Rad 6, kolumn C (Nya inskrivningar): ska vara ett antal, men är ”två”.']);
    rows[5]![2] = 2;
    const read = readStatisticsSheet(rows);
    expect(read.ok && read.months.map((m) => m.month)).toEqual(['2021-01', '2021-02']);
    // An unknown heading in a heading row below a title names the row.
    expect(messages([[title], ['Månad', 'Nya inskrivningar', 'Avslut', 'Inskrivna', 'Kommentar']])[0]).toBe('Kolumnen ”Kommentar” (E, rad 2) känns inte igen.');
  });

  it('takes a row with two known headings but a misspelt Månad as the heading row, and says what is wrong with it', () => {
    expect(messages([['Statistik 2021'], ['Månader', 'Nya inskrivningar', 'Avslut', 'Inskrivna']])).toEqual([
      'Kolumnen ”Månader” (A, rad 2) känns inte igen.',
      'Kolumnen ”Månad” saknas.',
      expect.stringMatching(/^Kolumnerna heter: Månad, /),
    ]);
  });

  it('says once that no heading row was found, naming the rows searched', () => {
    const names = expect.stringMatching(/^Kolumnerna heter: Månad, Anmälningar, /);
    const required =
      'Tabellen ska ha en rubrikrad med minst kolumnerna Månad, Nya inskrivningar, Avslut och Inskrivna vid månadens slut, och en månad på varje rad under den.';
    expect(
      messages([
        ['Datum', 'Antal', 'Summa', 'Kommentar'],
        ['2021-01', 3, 3, 'x'],
      ]),
    ).toEqual([`Ingen rad med kolumnrubrikerna hittades i filen. ${required}`, names]);
    // A heading row after ten rows with content is not looked for; empty rows do not count.
    const notes: SheetCell[][] = Array.from({ length: 10 }, (_, i) => [`Anteckning ${i + 1}`]);
    const late = [[], ...notes, HEADER, ['2021-01', 3, 3, 2, 28, 0, 0, 0, 1, 1, 0, 0]];
    expect(findHeadingRow(late)).toBe(-1);
    expect(messages(late)).toEqual([
      `Ingen rad med kolumnrubrikerna hittades bland de tio första raderna med innehåll (till och med rad 11). ${required}`,
      names,
    ]);
    expect(findHeadingRow(late.slice(2))).toBe(9);
  });

  it('any title rows (none to five) above a valid table give the same months, and shift the row numbers (property)', () => {
    const table = statisticsSheetRows([jan, feb]);
    // Titles, notes, numbers and empty cells: no cell is a heading ("Titel …" is none, whatever follows).
    const titleCell = fc.oneof(
      fc.string({ maxLength: 30 }).map((t): SheetCell => `Titel ${t}`),
      fc.constantFrom<SheetCell>('Månadsstatistik SIG vuxna 2021', 'Avslut och inskrivna', 'Sida 1', null, ''),
      fc.integer(),
    );
    const noHeading = fc.array(titleCell, { maxLength: 14 });
    fc.assert(
      fc.property(fc.array(noHeading, { maxLength: 5 }), (above) => {
        const read = readStatisticsSheet([...above, ...table]);
        if (!read.ok || JSON.stringify(read.months) !== JSON.stringify([jan, feb])) return false;
        const bad = [...above, ...table.map((r) => [...r])];
        bad[above.length + 2]![2] = 'två';
        return JSON.stringify(messages(bad)) === JSON.stringify([`Rad ${above.length + 3}, kolumn C (Nya inskrivningar): ska vara ett antal, men är ”två”.`]);
      }),
    );
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
      'Rad 2, kolumnerna G–L (Avslut efter vistelsetid): summan av avsluten efter vistelsetid (3) ska vara lika med antalet avslut (2).',
      'Rad 5, kolumn A (Månad): månaden 2021-02 finns redan på rad 4.',
    ]);
  });

  it('names the columns of a month rule where the sheet has them, in any order', () => {
    // Månad in C, the stay bands split by the other columns: the letters are the sheet's.
    const header = ['Nya inskrivningar', 'Avslut', 'Månad', ...HEADER.slice(6, 9), 'Inskrivna vid månadens slut', ...HEADER.slice(9)];
    const row = (month: string, bands: number[]) => [1, 2, month, ...bands.slice(0, 3), 28, ...bands.slice(3)];
    expect(messages([header, row('2021-01', [1, 1, 0, 0, 0, 0]), row('2021-01', [1, 1, 1, 0, 0, 0])])).toEqual([
      'Rad 3, kolumnerna D, E, F, H, I och J (Avslut efter vistelsetid): summan av avsluten efter vistelsetid (3) ska vara lika med antalet avslut (2).',
      'Rad 3, kolumn C (Månad): månaden 2021-01 finns redan på rad 2.',
    ]);
  });

  it('says why a month cell is no month: empty, before 2000 or after 2100, not a month', () => {
    const row = (month: SheetCell) => [month, 1, 1, 0, 28];
    const header = HEADER.slice(0, 5);
    expect(messages([header, row('1999-12'), row(new Date(Date.UTC(1999, 11, 1))), row('december 1999'), row('2101-01'), row(null), row(true)])).toEqual([
      'Rad 2, kolumn A (Månad): ska vara en månad under åren 2000–2100, men är ”1999-12”.',
      'Rad 3, kolumn A (Månad): ska vara en månad under åren 2000–2100, men är ”1999-12-01”.',
      'Rad 4, kolumn A (Månad): ska vara en månad under åren 2000–2100, men är ”december 1999”.',
      'Rad 5, kolumn A (Månad): ska vara en månad under åren 2000–2100, men är ”2101-01”.',
      'Rad 6, kolumn A (Månad): saknar ett värde (skriv månaden som 2020-03 eller mars 2020).',
      'Rad 7, kolumn A (Månad): ska vara en månad som 2020-03 eller mars 2020, men är SANT.',
    ]);
    // The first and last months that can be stored are read.
    const ends = readStatisticsSheet([header, row('2000-01'), row('december 2100')]);
    expect(ends.ok && ends.months.map((m) => m.month)).toEqual(['2000-01', '2100-12']);
  });

  it("keeps the number parser's explanation for a number written wrongly, such as 1.000", () => {
    const row = (count: SheetCell) => ['2021-01', 1, count, 0, 28];
    expect(messages([HEADER.slice(0, 5), row('1.000'), row('12 34 5'), row('12abc'), row(`tolv${'!'.repeat(60)}`)])).toEqual([
      'Rad 2, kolumn C (Nya inskrivningar): ska vara ett antal, men ”1.000” kan betyda både 1\u00a0000 och 1. Skriv tusental med mellanslag (1\u00a0000) och decimaler med komma (1).',
      'Rad 3, kolumn C (Nya inskrivningar): ska vara ett antal, men ”12 34 5” har fel gruppering av siffrorna. Skriv tusental i grupper om tre med mellanslag, till exempel 38\u00a0500.',
      'Rad 4, kolumn C (Nya inskrivningar): ska vara ett antal, men är ”12abc”.',
      `Rad 5, kolumn C (Nya inskrivningar): ska vara ett antal, men är ”tolv${'!'.repeat(36)}…”.`,
    ]);
    // Written rightly, the same thousand is read.
    const read = readStatisticsSheet([HEADER.slice(0, 5), ['2021-01', 1, '1 000', 0, 28]]);
    expect(read.ok && read.months[0]!.newEnrolments).toBe(1000);
  });

  it('shows a count that is not whole with all its decimals, and reads a sum that Excel shows as whole', () => {
    const row = (count: SheetCell) => ['2021-01', 1, count, 0, 28];
    expect(messages([HEADER.slice(0, 5), row(2.0000001), row('2,0000001'), row(0.1234567), row(-1e-7), row(1234.5), row(1e-30)])).toEqual([
      'Rad 2, kolumn C (Nya inskrivningar): ska vara ett heltal, 0 eller mer, men är 2,0000001.',
      'Rad 3, kolumn C (Nya inskrivningar): ska vara ett heltal, 0 eller mer, men är 2,0000001.',
      'Rad 4, kolumn C (Nya inskrivningar): ska vara ett heltal, 0 eller mer, men är 0,1234567.',
      'Rad 5, kolumn C (Nya inskrivningar): ska vara ett heltal, 0 eller mer, men är −0,0000001.',
      'Rad 6, kolumn C (Nya inskrivningar): ska vara ett heltal, 0 eller mer, men är 1\u00a0234,5.',
      'Rad 7, kolumn C (Nya inskrivningar): ska vara ett heltal, 0 eller mer, men är ett tal strax över 0.',
    ]);
    // 0.1 * 3 * 10 is 3.0000000000000004, which Excel shows (with its 15 digits) as 3.
    const read = readStatisticsSheet([HEADER.slice(0, 5), row(0.1 * 3 * 10)]);
    expect(read.ok && read.months[0]!.newEnrolments).toBe(3);
  });

  it('never shows a count that is not whole as a whole number (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (value) => {
        fc.pre(!Number.isInteger(Number(value.toPrecision(15))));
        const [message] = messages([HEADER.slice(0, 5), ['2021-01', 1, value, 0, 28]]);
        const shown = /men är (.+)\.$/.exec(message ?? '')?.[1];
        // Never a whole number; from 0,0001 up, the very number in the cell (20 decimals hold all its digits).
        if (shown === undefined || /^\u2212?[\d\u00a0]+$/.test(shown)) return false;
        return value < 1e-4 || Number(shown.replace(/\u00a0/g, '').replace(',', '.')) === value;
      }),
    );
  });

  it('too many months: the data rows under the heading, counted in Swedish style', () => {
    const month = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const rows: SheetCell[][] = [['Statistik'], HEADER.slice(0, 5), ...Array.from({ length: 1201 }, (_, i) => [month(i), 1, 1, 0, 28])];
    expect(messages(rows)).toEqual(['Filen har 1\u00a0201 rader med månader under rubrikraden; högst 1\u00a0200 månader kan läsas in åt gången.']);
    expect(readStatisticsSheet(rows.slice(0, -1)).ok).toBe(true);
  });

  it('says there are more errors when there are more than it shows, also when the first rows give exactly twenty (property)', () => {
    // Each bad row gives one message; `bad` of them among `good` good rows.
    const good = (i: number): SheetCell[] => [`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1, 1, 0, 28];
    const bad = (i: number): SheetCell[] => [...good(i).slice(0, 2), 'tre', 0, 28];
    const MORE = '… och fler fel. Rätta de första och försök igen.';
    // Twenty bad rows and one more after them: the cap is reached exactly on row 21.
    const exact = messages([HEADER.slice(0, 5), ...Array.from({ length: 20 }, (_, i) => bad(i)), bad(20)]);
    expect(exact).toHaveLength(21);
    expect(exact.at(-1)).toBe(MORE);
    expect(messages([HEADER.slice(0, 5), ...Array.from({ length: 20 }, (_, i) => bad(i))]).at(-1)).toMatch(/^Rad 21, /);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (which) => {
        const got = messages([HEADER.slice(0, 5), ...which.map((isBad, i) => (isBad ? bad(i) : good(i)))]);
        const errors = which.filter(Boolean).length;
        if (errors <= 20) return got.length === errors && !got.includes(MORE);
        return got.length === 21 && got.at(-1) === MORE;
      }),
    );
  });

  describe("a workbook's layout", () => {
    const title: SheetCell[] = ['Statistik SIG vuxna'];
    const table: SheetCell[][] = [title, HEADER.slice(0, 5), ['2021-01', 3, 3, 2, 28], ['2021-02', 1, 1, 0, 29], [], ['2021-03', 1, 1, 0, 30]];

    it('refuses any hidden row with values from the heading row down, naming it, and no other (property)', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 8 }), (hiddenRows) => {
          const read = readStatisticsSheet(table, { hiddenRows });
          // Rows 0 (the title) and 4 (empty) and those past the end may be hidden; the others are refused.
          const told = hiddenRows.filter((r) => r >= 1 && r < table.length && r !== 4);
          if (told.length === 0) return read.ok;
          if (read.ok) return false;
          // Every refused row is named, in a run or on its own, and nothing else is said.
          const named = read.messages.flatMap((m) => {
            const run = /^Rad(?:erna)? (\d+)(?:–(\d+))? är dol/.exec(m);
            if (!run) return [Number.NaN];
            const [first, last] = [Number(run[1]), Number(run[2] ?? run[1])];
            return Array.from({ length: last - first + 1 }, (_, i) => first + i - 1);
          });
          return JSON.stringify(named) === JSON.stringify([...told].sort((a, b) => a - b));
        }),
      );
    });

    it('refuses a hidden column with values, and reads past empty hidden columns', () => {
      expect(messages2(table, { hiddenColumns: [3, 9, 10] })).toEqual([
        'Kolumn D (Avslut) är dold i Excel men har värden. Visa kolumnen och kontrollera den, eller ta bort den, och försök igen.',
      ]);
      const withNote = table.map((r, i) => (i === 1 ? [...r, 'Anteckning'] : r));
      expect(messages2(withNote, { hiddenColumns: [5] })).toEqual([
        'Kolumn F (”Anteckning”) är dold i Excel men har värden. Visa kolumnen och kontrollera den, eller ta bort den, och försök igen.',
      ]);
      // A value in a hidden column above the heading row is a title's: not read.
      expect(readStatisticsSheet(table, { hiddenColumns: [0] }).ok).toBe(false);
      expect(readStatisticsSheet([['x', 'Titel'], ...table.slice(1)], { hiddenColumns: [1] }).ok).toBe(false);
      expect(readStatisticsSheet([[null, null, null, null, null, 'Titel'], ...table.slice(1)], { hiddenColumns: [5] }).ok).toBe(true);
    });

    it('refuses merged cells that reach the heading row or the months, and reads a merged title (property)', () => {
      const area = fc
        .record({ top: fc.nat(6), left: fc.nat(6), height: fc.nat(2), width: fc.nat(2) })
        .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }))
        .filter((a) => a.bottom > a.top || a.right > a.left);
      fc.assert(
        fc.property(area, (merge) => {
          // The decoder gives the area's value in its first cell only.
          const rows = table.map((r, i) =>
            r.map((c, j) => (i >= merge.top && i <= merge.bottom && j >= merge.left && j <= merge.right && (i > merge.top || j > merge.left) ? null : c)),
          );
          const read = readStatisticsSheet(rows, { merges: [merge] });
          // In the table: over a heading (columns A–E) or a value, or over the heading row next to the table (F).
          const inTable = merge.bottom >= 1 && (merge.left <= 4 || (merge.top <= 1 && merge.left === 5) || !isEmpty2(rows[merge.top]?.[merge.left]));
          if (!inTable) return read.ok;
          const where = merge.top === merge.bottom ? `Rad ${merge.top + 1}, ` : `Rad ${merge.top + 1}–${merge.bottom + 1}, `;
          return (
            !read.ok && read.messages.length === 1 && read.messages[0]!.startsWith(where) && read.messages[0]!.includes(': cellerna är sammanfogade. Dela upp')
          );
        }),
      );
      expect(readStatisticsSheet([title, ...table.slice(1)], { merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] }).ok).toBe(true);
    });

    it('names the cells with a formula without a saved value, and says so when the headings are such formulas', () => {
      expect(
        messages2(table, {
          formulasWithoutValue: [
            { row: 0, column: 3 },
            { row: 3, column: 5 },
            { row: 2, column: 1 },
          ],
        }),
      ).toEqual([
        'Rad 3, kolumn B (Anmälningar): cellen innehåller en formel utan sparat värde. Öppna filen i Excel, spara den och försök igen.',
        'Rad 4, kolumn F: cellen innehåller en formel utan sparat värde. Öppna filen i Excel, spara den och försök igen.',
      ]);
      const headings = HEADER.slice(0, 5).map((_, column) => ({ row: 0, column }));
      expect(messages2([[], ['2021-01', 3, 3, 2, 28]], { formulasWithoutValue: headings })).toEqual([
        expect.stringMatching(/^Ingen rad med kolumnrubrikerna hittades/),
        'Bladet har celler med formler utan sparade värden. Öppna filen i Excel, spara den och försök igen.',
        expect.stringMatching(/^Kolumnerna heter: /),
      ]);
    });
  });

  it('chooses the sheet of a workbook, and refuses one with tables on several visible sheets (property)', () => {
    const sheet = fc.record({
      name: fc.constantFrom('2020', '2021', 'Anteckningar', 'Månadsstatistik', ' MÅNADSSTATISTIK', 'Blad1'),
      visible: fc.boolean(),
      table: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 5 }), (specs) => {
        const sheets = specs.map((w) => ({ name: w.name, visible: w.visible, rows: w.table ? [['Rubrik'], HEADER.slice(0, 5)] : [['Fyll i bladet Data']] }));
        const chosen = chooseStatisticsSheet(sheets, 'bok.xlsx');
        const named = specs.findIndex((w) => w.name.trim().toLowerCase() === 'månadsstatistik');
        const tables = specs.flatMap((w, i) => (w.visible && w.table ? [i] : []));
        if (specs.length === 0) return chosen.ok && chosen.index === -1;
        if (named >= 0) return chosen.ok && specs[chosen.index]!.name.trim().toLowerCase() === 'månadsstatistik';
        if (specs.length === 1) return chosen.ok && chosen.index === 0;
        if (tables.length > 1)
          return (
            !chosen.ok && tables.every((i) => chosen.message.includes(`”${specs[i]!.name}”`)) && chosen.message.startsWith('Arbetsboken bok.xlsx har tabeller')
          );
        if (tables.length === 1) return chosen.ok && chosen.index === tables[0];
        return chosen.ok && (specs[chosen.index]!.visible || specs.every((w) => !w.visible));
      }),
    );
  });

  it('names spreadsheet columns beyond Z', () => {
    expect([0, 25, 26, 51, 52].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });
});

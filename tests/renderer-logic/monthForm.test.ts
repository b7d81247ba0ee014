import { describe, expect, it } from 'vitest';
import { monthFormChanged, monthFormOf, newMonthForm, readMonthForm, bandSum } from '../../src/renderer/statistics/monthForm.ts';
import { monthlyStatisticsSchema, type MonthlyStatistics } from '../../src/core/statistics/monthly.ts';

const december: MonthlyStatistics = {
  month: '2020-12',
  referrals: 2,
  newEnrolments: 2,
  discharges: 2,
  enrolledAtMonthEnd: 27,
  queueAtMonthEnd: 0,
  dischargesByStay: [0, 0, 0, 0, 1, 1],
};

describe('the month form', () => {
  it('round-trips a stored month', () => {
    expect(readMonthForm(monthFormOf(december))).toEqual({ ok: true, value: december });
  });

  it('starts a new month after the latest, carrying the enrolled count over', () => {
    const form = newMonthForm(december, '2026-11');
    expect(form.month).toBe('2021-01');
    expect(form.texts.enrolledAtMonthEnd).toBe('27');
    expect(form.countsStays).toBe(true);
    expect(newMonthForm(null, '2026-11')).toMatchObject({ month: '2026-11', countsStays: false });
  });

  it('reads empty optional counts as not counted, and Swedish numbers', () => {
    const form = newMonthForm(december, '2026-11');
    form.countsStays = false;
    form.texts = { referrals: '', newEnrolments: '3', discharges: ' 1 ', enrolledAtMonthEnd: '29', queueAtMonthEnd: '' };
    const read = readMonthForm(form);
    expect(read).toEqual({
      ok: true,
      value: { month: '2021-01', referrals: null, newEnrolments: 3, discharges: 1, enrolledAtMonthEnd: 29, queueAtMonthEnd: null, dischargesByStay: null },
    });
    // What the form reads is what the API accepts.
    if (read.ok) expect(monthlyStatisticsSchema.safeParse(read.value).success).toBe(true);
  });

  it('names every field that does not read, in Swedish, and saves nothing', () => {
    const form = newMonthForm(december, '2026-11');
    form.texts = { referrals: 'två', newEnrolments: '', discharges: '1,5', enrolledAtMonthEnd: '-1', queueAtMonthEnd: '20000' };
    form.bandTexts = ['0', 'x', '0', '0', '0', '0'];
    const read = readMonthForm(form);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.referrals).toBe('”två” är inte ett tal. Skriv antalet som ett heltal, till exempel 3.');
    expect(read.errors.newEnrolments).toBe('Ange ett antal (0 om inga).');
    expect(read.errors.discharges).toBe('Ange ett heltal, 0 eller mer.');
    expect(read.errors.enrolledAtMonthEnd).toBe('Ange ett heltal, 0 eller mer.');
    expect(read.errors.queueAtMonthEnd).toBe('Ange högst 10\u00a0000.');
    expect(read.errors.bandErrors?.[1]).toBe('”x” är inte ett tal. Skriv antalet som ett heltal, till exempel 3.');
  });

  it('refuses a new month that the unit already has, so that it is not replaced unasked', () => {
    const form = newMonthForm(december, '2026-11');
    form.month = '2020-12';
    form.texts = { referrals: '1', newEnrolments: '1', discharges: '0', enrolledAtMonthEnd: '28', queueAtMonthEnd: '0' };
    form.countsStays = false;
    const read = readMonthForm(form, new Set(['2020-12']));
    expect(read.ok === false && read.errors.month).toBe('Det finns redan statistik för december 2020. Ändra den månaden i tabellen i stället.');
    expect(readMonthForm(form).ok).toBe(true);
  });

  it('requires the stays to add up to the discharges', () => {
    const form = monthFormOf(december);
    form.bandTexts = ['1', '1', '1', '0', '0', '0'];
    expect(bandSum(form)).toBe(3);
    const read = readMonthForm(form);
    expect(read.ok === false && read.errors.bands).toBe('Summan av avsluten efter vistelsetid (3) ska vara lika med antalet avslut (2).');
  });
});

describe('whether closing the month form must ask first', () => {
  it('is untouched as opened, and when a typed value is typed away again', () => {
    const initial = newMonthForm(december, '2026-11');
    expect(monthFormChanged(initial, initial)).toBe(false);
    expect(monthFormChanged(initial, { ...initial, texts: { ...initial.texts, referrals: ' ' } })).toBe(false);
  });

  it('is changed by a typed count, another month or the stay bands', () => {
    const initial = newMonthForm(december, '2026-11');
    expect(monthFormChanged(initial, { ...initial, texts: { ...initial.texts, newEnrolments: '5' } })).toBe(true);
    expect(monthFormChanged(initial, { ...initial, month: '2021-02' })).toBe(true);
    expect(monthFormChanged(initial, { ...initial, countsStays: !initial.countsStays })).toBe(true);
    expect(monthFormChanged(initial, { ...initial, bandTexts: initial.bandTexts.map((t, i) => (i === 0 ? '3' : t)) })).toBe(true);
  });

  it('ignores stay bands that are hidden', () => {
    const initial = { ...newMonthForm(december, '2026-11'), countsStays: false };
    expect(monthFormChanged(initial, { ...initial, bandTexts: initial.bandTexts.map(() => '9') })).toBe(false);
  });
});

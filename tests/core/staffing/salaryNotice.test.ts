import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGH_MONTHLY_SALARY, salaryNotices } from '../../../src/core/staffing/salaryNotice.ts';

const NB = '\u00a0';
const staff = (...salaries: number[]) => salaries.map((monthlySalary) => ({ monthlySalary }));

describe('salaryNotices', () => {
  it('asks about a salary ten times the others, naming both amounts', () => {
    expect(salaryNotices(staff(38500, 385000, 38500, 39000, 52000))).toEqual([
      { index: 1, text: `Månadslönen 385${NB}000${NB}kr är mycket högre än enhetens övriga (38${NB}750${NB}kr). Stämmer beloppet?` },
    ]);
  });

  it('asks about a salary above 150 000 kr even when the others are as high', () => {
    expect(salaryNotices(staff(160000))).toEqual([
      { index: 0, text: `Månadslönen 160${NB}000${NB}kr är mycket hög för en tjänst inom SIG. Stämmer beloppet?` },
    ]);
    expect(salaryNotices(staff(160000, 155000)).map((n) => n.index)).toEqual([0, 1]);
  });

  it('says nothing about ordinary salaries, a manager above the lotsar, or empty rows', () => {
    expect(salaryNotices(staff(38500, 38500, 39000, 38500, 52000))).toEqual([]);
    expect(salaryNotices(staff(0, 0, 38500))).toEqual([]);
    expect(salaryNotices([])).toEqual([]);
  });

  it('never asks about a salary at most 150 000 kr and at most twice every other salary (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20000, max: 75000 }), { minLength: 1, maxLength: 12 }), (salaries) => {
        const low = Math.min(...salaries);
        fc.pre(salaries.every((s) => s <= 2 * low && s <= HIGH_MONTHLY_SALARY));
        expect(salaryNotices(staff(...salaries))).toEqual([]);
      }),
    );
  });
});

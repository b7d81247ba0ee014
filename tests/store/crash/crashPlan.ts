import type { UnitYearPlan } from '../../../src/core/plan/model.ts';

/** Write number n: a unit-year whose every row carries n, so a partial write is detectable. */
export function crashPlan(n: number): UnitYearPlan {
  const rows = 3 + (n % 5);
  return {
    district: 'Krocktest',
    unit: `Enhet ${n}`,
    year: 2020,
    ageFrom: 18,
    ageTo: null,
    caseloadPerLots: 7,
    poPercent: 39.15,
    staff: Array.from({ length: rows }, (_, i) => ({
      role: 'lots' as const,
      title: `Lots ${n}-${i}`,
      fte: 1,
      monthlySalary: n,
      fromMonth: 1,
      toMonth: 12,
    })),
    otherCosts: [{ label: `Kostnad ${n}`, amount: n }],
    funding: [{ source: `Källa ${n}`, amount: n, period: null }],
    participants: { enrolled: n % 50, men: n % 50, women: 0, otherGender: 0, genderUnknown: 0, queue: 0, touched: n },
    demand: { arrivalsPerMonth: 1, meanStayMonths: (n % 24) + 1 },
  };
}

export function expectedStaffRows(n: number): number {
  return 3 + (n % 5);
}

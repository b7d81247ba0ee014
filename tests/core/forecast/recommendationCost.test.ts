import { describe, expect, it } from 'vitest';
import { recommendationCost } from '../../../src/core/forecast/recommendationCost.ts';

const lots = (monthlySalary: number) => ({ role: 'lots', monthlySalary });

describe('recommendationCost', () => {
  it('prices the extra lotsar at the median lots salary for twelve months with PO-pålägg', () => {
    const cost = recommendationCost({
      recommendedLotsar: 5,
      currentLotsar: 4,
      staff: [lots(38_500), lots(38_500), lots(37_000), lots(40_000), { role: 'enhetschef', monthlySalary: 55_000 }],
      poPercent: 39.15,
    });
    expect(cost).not.toBeNull();
    expect(cost!.differenceLotsar).toBe(1);
    expect(cost!.monthlySalary).toBe(38_500);
    // 1 × 12 × 38 500 × 1,3915 = 642 873
    expect(cost!.costPerYear).toBeCloseTo(642_873, 6);
  });

  it('uses the mean of the two middle salaries for an even number of lotsar, and ignores other roles', () => {
    const cost = recommendationCost({
      recommendedLotsar: 6,
      currentLotsar: 4,
      staff: [lots(30_000), lots(40_000), { role: 'behandlare', monthlySalary: 90_000 }],
      poPercent: 0,
    });
    expect(cost!.monthlySalary).toBe(35_000);
    expect(cost!.costPerYear).toBe(2 * 12 * 35_000);
  });

  it('handles part-time staffing and is negative when fewer lotsar are needed', () => {
    const cost = recommendationCost({ recommendedLotsar: 3, currentLotsar: 4.5, staff: [lots(40_000)], poPercent: 50 });
    expect(cost!.differenceLotsar).toBe(-1.5);
    expect(cost!.costPerYear).toBeCloseTo(-1.5 * 12 * 40_000 * 1.5, 6);
  });

  it('is zero when the forecast already has the recommended staffing', () => {
    expect(recommendationCost({ recommendedLotsar: 4, currentLotsar: 4, staff: [lots(40_000)], poPercent: 39.15 })!.costPerYear).toBe(0);
  });

  it('is unknown without lotsar in the plan', () => {
    expect(recommendationCost({ recommendedLotsar: 5, currentLotsar: 0, staff: [{ role: 'enhetschef', monthlySalary: 50_000 }], poPercent: 39.15 })).toBeNull();
  });
});

// What the recommended staffing costs compared with the staffing in the forecast, per year:
//   costPerYear = (recommended − current lotsar) × 12 × median lots monthly salary × (1 + PO%/100)
// The salary is the median monthly salary of the plan's lotsar (as for "En lots till"); without
// lotsar in the plan there is no salary to price the difference with, and the cost is unknown.
import { medianLotsSalary } from '../plan/salaries.ts';

export interface RecommendationCostInput {
  /** Full-time lotsar recommended by recommendLotsar. */
  recommendedLotsar: number;
  /** Lots FTE of the forecast (the staffing the recommendation is compared with). */
  currentLotsar: number;
  /** The plan's positions; the lotsar among them give the median salary. */
  staff: readonly { role: string; monthlySalary: number }[];
  /** PO-pålägg in percent, e.g. 39.15. */
  poPercent: number;
}

export interface RecommendationCost {
  /** Recommended minus current lots FTE; negative when the forecast has more lotsar than needed. */
  differenceLotsar: number;
  /** Median monthly salary of the plan's lotsar, before PO-pålägg. */
  monthlySalary: number;
  poPercent: number;
  /** The difference in kronor per year including PO-pålägg; negative is a saving. */
  costPerYear: number;
}

export function recommendationCost(input: RecommendationCostInput): RecommendationCost | null {
  const salary = medianLotsSalary(input.staff);
  if (salary === null) return null;
  const differenceLotsar = input.recommendedLotsar - input.currentLotsar;
  return {
    differenceLotsar,
    monthlySalary: salary,
    poPercent: input.poPercent,
    costPerYear: differenceLotsar * 12 * salary * (1 + input.poPercent / 100),
  };
}

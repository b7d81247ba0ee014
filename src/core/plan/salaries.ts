// Salary figures of a plan that several parts of core need (the marginal lots, scenario presets,
// the cost of a recommendation); here, below all of them, so that none imports another for it.

/** Median monthly salary of the plan's lots positions (vacant ones included: they are budgeted salaries); null without lotsar. */
export function medianLotsSalary(staff: readonly { role: string; monthlySalary: number }[]): number | null {
  const salaries = staff
    .filter((s) => s.role === 'lots')
    .map((s) => s.monthlySalary)
    .sort((a, b) => a - b);
  if (salaries.length === 0) return null;
  const mid = Math.floor(salaries.length / 2);
  return salaries.length % 2 === 1 ? salaries[mid]! : (salaries[mid - 1]! + salaries[mid]!) / 2;
}

// What one more lots would cost and give, for the staffing view and the Översikt. The figures and
// the explanation are computed in core.
import type { Handler } from './handler.ts';
import { marginalLots } from '../../core/staffing/marginal.ts';
import { explainMarginalLots } from '../../core/staffing/marginalText.ts';
import { newLotsSalary } from '../../core/scenarios/presets.ts';
import { budgetSettingsOf } from '../../core/staffing/settings.ts';
import { loadEditableUnitYear } from './unitYearAccess.ts';

export const getMarginalLots: Handler<'getMarginalLots'> = async (ctx, input) => {
  const { plan, state } = await loadEditableUnitYear(ctx, input);
  const monthlySalary = newLotsSalary(plan.staff, input.monthlySalary, 'monthlySalary');
  const m = marginalLots(plan, budgetSettingsOf(state.settings), { fromMonth: input.fromMonth, monthlySalary, fte: input.fte });
  const salarySource = input.monthlySalary === undefined ? 'median' : 'input';
  return { ...m, salarySource, explanation: explainMarginalLots({ ...m, salarySource }) };
};

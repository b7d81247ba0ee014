// What one more lots would cost and give, for the staffing view and the Översikt.
import type { Handler } from './handler.ts';
import { marginalLots } from '../../core/staffing/marginal.ts';
import { newLotsSalary } from '../../core/scenarios/presets.ts';
import { budgetSettingsOf } from '../../core/staffing/settings.ts';
import { formatKronor, formatPercentValue, formatFte, countInText } from '../../core/format/index.ts';
import { loadWorkbook } from './workbookAccess.ts';

export const getMarginalLots: Handler<'getMarginalLots'> = async (ctx, input) => {
  const { plan, state } = await loadWorkbook(ctx, input);
  const monthlySalary = newLotsSalary(plan.staff, input.monthlySalary, 'monthlySalary');
  const m = marginalLots(plan, budgetSettingsOf(state.settings), { fromMonth: input.fromMonth, monthlySalary, fte: input.fte });
  const po = formatPercentValue(m.poPercent, { minDecimals: 0, maxDecimals: 2 });
  const salary =
    input.monthlySalary === undefined
      ? `${formatKronor(monthlySalary)} i månaden (medianlönen för enhetens lotsar)`
      : `${formatKronor(monthlySalary)} i månaden`;
  const explanation =
    `${formatFte(m.fte)} × ${salary} × ${countInText(m.restOfYearMonths)} ${m.restOfYearMonths === 1 ? 'månad' : 'månader'} × (1 + PO-pålägg ${po}) = ${formatKronor(m.restOfYearCost)} resten av året; ` +
    `× 12 månader = ${formatKronor(m.fullYearCost)} för ett helt år. ` +
    `Med förväntad löneökning ${formatPercentValue(m.salaryRevisionPercent, { minDecimals: 0, maxDecimals: 2 })} kostar ett helt år nästa år ${formatKronor(m.nextYearFullYearCost)}. ` +
    `Lotsen tar emot deltagare efter rekryteringstiden på ${countInText(m.leadTimeMonths)} ${m.leadTimeMonths === 1 ? 'månad' : 'månader'}.`;
  return { ...m, salarySource: input.monthlySalary === undefined ? 'median' : 'input', explanation };
};

// The line under the Översikt's heading: the plan's target group, its PO-pålägg and, when the plan
// has one, its assumed demand, joined by middle dots.
import { formatNumber, formatPercentValue } from '../format/index.ts';
import type { UnitYearPlan } from './model.ts';

/** "Målgrupp 18–29 år · PO-pålägg 46,18 % · 2,5 anmälningar per månad, 11,2 månaders genomsnittlig vistelse" */
export function planFacts(plan: Pick<UnitYearPlan, 'ageFrom' | 'ageTo' | 'poPercent' | 'demand'>): string {
  const facts: string[] = [];
  if (plan.ageFrom !== null && plan.ageTo !== null) facts.push(`Målgrupp ${formatNumber(plan.ageFrom)}–${formatNumber(plan.ageTo)} år`);
  else if (plan.ageFrom !== null) facts.push(`Målgrupp från ${formatNumber(plan.ageFrom)} år`);
  else if (plan.ageTo !== null) facts.push(`Målgrupp upp till ${formatNumber(plan.ageTo)} år`);
  facts.push(`PO-pålägg ${formatPercentValue(plan.poPercent, { minDecimals: 0, maxDecimals: 2 })}`);
  if (plan.demand) {
    facts.push(
      `${formatNumber(plan.demand.arrivalsPerMonth, { maxDecimals: 2 })} anmälningar per månad, ` +
        `${formatNumber(plan.demand.meanStayMonths, { maxDecimals: 1 })} månaders genomsnittlig vistelse`,
    );
  }
  return facts.join(' · ');
}

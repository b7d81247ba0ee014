// The key difference between a scenario and the saved plan in one Swedish sentence.
// A scenario that only adds one lots for the rest of the year gets the memo sentence of
// marginalLots ("En lots till från april kostar 482 000 kronor i år och 643 000 kronor för ett
// helt år, och ger sju platser till från juni."). Other scenarios get the changed figures:
// "Ökat tryck: beläggningsgraden blir 125 procent i stället för 96 procent, så en kö växer."
import { countInText, formatApproxAmountForText, formatUtilization } from '../format/index.ts';
import { marginalLots } from '../staffing/marginal.ts';
import { budgetSettingsOf, type YearSettings } from '../staffing/settings.ts';
import type { PlanEvaluation } from '../staffing/evaluate.ts';
import type { StaffingPlan } from '../staffing/state.ts';
import { emptyOverrides } from './overrides.ts';
import type { ScenarioRecord } from './types.ts';

interface Input {
  plan: StaffingPlan;
  settings: YearSettings;
  scenario: ScenarioRecord;
  baseline: PlanEvaluation;
  evaluation: PlanEvaluation;
}

const EPSILON = 0.5; // kronor: smaller differences are rounding

function isSingleExtraLots(scenario: ScenarioRecord): boolean {
  // A saved forecast does not change the figures.
  const { addPositions, forecast: _forecast, ...rest } = scenario.overrides;
  const { addPositions: _none, ...empty } = emptyOverrides();
  const [only] = addPositions;
  return addPositions.length === 1 && only !== undefined && only.role === 'lots' && only.toMonth === 12 && JSON.stringify(rest) === JSON.stringify(empty);
}

function percentText(u: number): string {
  return formatUtilization(u, 'text');
}

function joinClauses(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

export function differenceSentence({ plan, settings, scenario, baseline, evaluation }: Input): string {
  const [added] = scenario.overrides.addPositions;
  if (isSingleExtraLots(scenario) && added) {
    return marginalLots(plan, budgetSettingsOf(settings), {
      fromMonth: added.fromMonth,
      monthlySalary: added.monthlySalary,
      fte: added.fte,
    }).sentence;
  }
  const a = baseline.figures;
  const b = evaluation.figures;
  const clauses: string[] = [];
  const cost = b.totalCost - a.totalCost;
  if (Math.abs(cost) >= EPSILON) {
    clauses.push(`kostnaden ${cost > 0 ? 'ökar' : 'minskar'} med ${formatApproxAmountForText(Math.abs(cost))} i år`);
  }
  const funding = b.funding - a.funding;
  if (Math.abs(funding) >= EPSILON) {
    clauses.push(`finansieringen ${funding > 0 ? 'ökar' : 'minskar'} med ${formatApproxAmountForText(Math.abs(funding))}`);
  }
  const slots = b.capacity - a.capacity;
  if (slots !== 0) {
    const n = Math.abs(slots);
    clauses.push(
      `enheten får ${countInText(n)} ${n === 1 ? 'plats' : 'platser'} ${slots > 0 ? 'fler' : 'färre'} i december (${b.capacity} i stället för ${a.capacity})`,
    );
  }
  if (clauses.length > 0 && Math.abs(b.balance - a.balance) >= EPSILON) {
    const result = b.balance >= 0 ? `ett överskott på ${formatApproxAmountForText(b.balance)}` : `ett underskott på ${formatApproxAmountForText(-b.balance)}`;
    clauses.push(`resultatet blir ${result}`);
  }
  if (a.utilization !== null && b.utilization !== null && Math.abs(b.utilization - a.utilization) >= 0.0005) {
    const queue = b.utilization >= 1 ? ', så en kö växer' : '';
    clauses.push(`beläggningsgraden blir ${percentText(b.utilization)} i stället för ${percentText(a.utilization)}${queue}`);
  }
  if (clauses.length === 0) return `${scenario.name}: ingen skillnad mot den sparade planen.`;
  return `${scenario.name}: ${joinClauses(clauses)}.`;
}

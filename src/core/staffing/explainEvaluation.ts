// Swedish explanations for an evaluated plan: the key figures' explanations, adjusted where the
// staffing view computes differently (December capacity, savings requirement), plus the month
// profile, the budget incl. vacant positions and the savings requirement.
import type { KeyFigures } from '../figures/keyFigures.ts';
import { explainKeyFigures } from '../figures/explainKeyFigures.ts';
import { countInText, formatKronor, formatLotsar, formatNumber, formatPercentValue, formatUtilization } from '../format/index.ts';
import type { MonthProfile, ProfilePosition } from './profile.ts';
import type { BudgetSettings } from './settings.ts';
import type { ProfilePlan, SavingsFigures } from './evaluationTypes.ts';

interface Input {
  plan: ProfilePlan;
  settings: BudgetSettings;
  /** computeKeyFigures of the plan, before December capacity and savings. */
  base: KeyFigures;
  figures: KeyFigures;
  profile: MonthProfile;
  savings: SavingsFigures;
}

const kr = (n: number) => formatKronor(n);
const pct = (p: number) => formatPercentValue(p, { minDecimals: 0, maxDecimals: 2 });
const slots = (n: number) => `${formatNumber(n)} ${n === 1 ? 'plats' : 'platser'}`;
const months = (n: number) => `${countInText(n, { gender: 'common' })} ${n === 1 ? 'månad' : 'månader'}`;

function capacityText(plan: ProfilePlan, settings: BudgetSettings, profile: MonthProfile): string {
  const december = profile.months[11]!;
  const recruited = plan.staff.some((p: ProfilePosition) => p.recruited === true && p.role === 'lots');
  const head =
    december.effectiveLotsarFte === 0
      ? 'Inga lotsar tar emot deltagare i december, så antalet platser är 0.'
      : `Lotsar som tar emot deltagare i december, ${formatLotsar(december.effectiveLotsarFte)} årsarbetare × ${formatNumber(plan.caseloadPerLots)} deltagare per lots = ${slots(december.capacity)} (avrundat nedåt till hela platser).`;
  const lead = recruited ? ` Nya lotsar ger platser först efter rekryteringstiden på ${months(settings.recruitmentLeadTimeMonths)}.` : '';
  return `${head}${lead} Vakanta tjänster ger inga platser.`;
}

function utilizationText(base: string, figures: KeyFigures): string {
  if (figures.offeredLoad === null) return base;
  if (figures.utilization === null) {
    return `Belastningen är ${formatNumber(figures.offeredLoad, { decimals: 1 })}, men enheten har inga platser i december, så beläggningsgraden kan inte beräknas.`;
  }
  const text = `Belastning ${formatNumber(figures.offeredLoad, { decimals: 1 })} ÷ ${slots(figures.capacity)} i december = ${formatUtilization(figures.utilization)}.`;
  return figures.utilization >= 1
    ? `${text} Belastningen är lika stor som eller större än antalet platser, så kön växer med tiden om inte fler platser tillkommer.`
    : text;
}

function savingsText(settings: BudgetSettings, savings: SavingsFigures): string {
  if (settings.savingsRequirementPercent === 0) return 'Inget besparingskrav är angivet för året.';
  if (settings.savingsExempt) {
    return `Enheten är undantagen från besparingskravet på ${pct(settings.savingsRequirementPercent)}, så finansieringen minskas inte.`;
  }
  return `Besparingskrav ${pct(savings.appliedPercent)} av finansieringen ${kr(savings.fundingBeforeSavings)} = ${kr(savings.savingsAmount)}, som dras av från finansieringen.`;
}

export function explainEvaluation({ plan, settings, base, figures, profile, savings }: Input): Record<string, string> {
  const explained: Record<string, string> = { ...explainKeyFigures(plan, base) };
  explained.capacity = capacityText(plan, settings, profile);
  explained.utilization = utilizationText(explained.utilization ?? '', figures);
  if (savings.savingsAmount !== 0) {
    explained.funding = `${explained.funding} Efter besparingskravet på ${pct(savings.appliedPercent)} (${kr(savings.savingsAmount)}) återstår ${kr(figures.funding)}.`;
    explained.balance = `Finansiering efter besparingskrav ${kr(figures.funding)} − total kostnad ${kr(figures.totalCost)} = ${kr(figures.balance)}.`;
  }
  explained.savings = savingsText(settings, savings);
  explained.budgetedStaffCost = `Personalkostnad om alla budgeterade tjänster är tillsatta, även vakanta: ${kr(profile.totals.budgetedStaffCost)}. Utfallet (bara tillsatta tjänster) är ${kr(profile.totals.staffCost)}.`;
  explained.vacantStaffCost =
    profile.totals.vacantStaffCost === 0
      ? 'Planen har inga vakanta tjänster.'
      : `Vakanta tjänster (budgeterade men inte tillsatta) skulle kosta ${kr(profile.totals.vacantStaffCost)}; de ingår i budgeten men inte i utfallet.`;
  explained.months =
    'Varje månad: tillsatta tjänster som är aktiva den månaden, sysselsättningsgrad × månadslön × (1 + PO-pålägg). ' +
    'Platser = lotsar som tar emot deltagare den månaden × deltagare per lots, avrundat nedåt. ' +
    `En ny lots i ett scenario kostar från sin första månad men ger platser först efter rekryteringstiden (${months(settings.recruitmentLeadTimeMonths)}). ` +
    'Årets summor är summan av de tolv månaderna.';
  return explained;
}

// A scenario's overrides as one Swedish line for the scenario list:
// "Ny tjänst: lots (1,0) från april, 38 500 kr i månaden. Två tjänster tas bort. Anmälningar +30 %.
// Rekryteringstid tre månader."
// The line is running text: a count of positions, posts, surges, months or participants is written
// in words up to twelve and in the singular for one ("En tjänst ändras", "Vistelsetid 14 månader",
// "Sju deltagare per lots"), a fraction in digits ("Vistelsetid 8,5 månader"); amounts, percentages
// and full-time equivalents always in digits.
import { STAFF_ROLE_LABELS } from '../plan/model.ts';
import { capitalizeFirst, countWithNoun, type CountNoun, formatFte, formatKronor, formatPercentValue, monthName } from '../format/index.ts';
import type { ScenarioOverrides } from './types.ts';

const POSITIONS = { singular: 'tjänst', plural: 'tjänster', gender: 'common' } as const satisfies CountNoun;
const POSTS = { singular: 'post', plural: 'poster', gender: 'common' } as const satisfies CountNoun;
const SURGES = { singular: 'tillfällig ändring', plural: 'tillfälliga ändringar', gender: 'common' } as const satisfies CountNoun;
const MONTHS = { singular: 'månad', plural: 'månader', gender: 'common' } as const satisfies CountNoun;
const PARTICIPANTS = { singular: 'deltagare', plural: 'deltagare', gender: 'common' } as const satisfies CountNoun;

function signedPercent(p: number): string {
  const text = formatPercentValue(p, { minDecimals: 0, maxDecimals: 1 });
  return p > 0 ? `+${text}` : text;
}

/** A count that starts a sentence of the line: "Två tjänster", "En tjänst". */
function sentenceCount(n: number, noun: CountNoun): string {
  return capitalizeFirst(countWithNoun(n, noun));
}

export function describeOverrides(o: ScenarioOverrides): string {
  const parts: string[] = [];
  for (const p of o.addPositions) {
    const role = (p.title.trim() || STAFF_ROLE_LABELS[p.role]).toLocaleLowerCase('sv');
    const months =
      p.fromMonth === 1 && p.toMonth === 12
        ? 'hela året'
        : p.toMonth === 12
          ? `från ${monthName(p.fromMonth)}`
          : `${monthName(p.fromMonth)}–${monthName(p.toMonth)}`;
    parts.push(`Ny tjänst: ${role} (${formatFte(p.fte)}) ${months}, ${formatKronor(p.monthlySalary)} i månaden`);
  }
  if (o.removePositionIds.length > 0) parts.push(`${sentenceCount(o.removePositionIds.length, POSITIONS)} tas bort`);
  if (o.changePositions.length > 0) parts.push(`${sentenceCount(o.changePositions.length, POSITIONS)} ändras`);
  const costChanges = o.addOtherCosts.length + o.removeOtherCostIds.length + o.changeOtherCosts.length;
  if (costChanges > 0) parts.push(`Övriga kostnader ändras (${countWithNoun(costChanges, POSTS)})`);
  if (o.addFunding.length + o.removeFundingIds.length > 0) parts.push('Finansieringsrader ändras');
  if (o.fundingChangePercent !== 0) parts.push(`Finansiering ${signedPercent(o.fundingChangePercent)}`);
  if (o.arrivalsChangePercent !== 0) parts.push(`Anmälningar ${signedPercent(o.arrivalsChangePercent)}`);
  if (o.surges.length > 0) parts.push(`${sentenceCount(o.surges.length, SURGES)} av anmälningarna`);
  if (o.trendPercent !== 0) parts.push(`Anmälningar ${signedPercent(o.trendPercent)} per år`);
  if (o.season !== null) parts.push('Säsongsvariation');
  if (o.meanStayMonths !== null) parts.push(`Vistelsetid ${countWithNoun(o.meanStayMonths, MONTHS)}`);
  const s = o.settings;
  if (s.poPercent !== undefined) parts.push(`PO-pålägg ${formatPercentValue(s.poPercent, { minDecimals: 0, maxDecimals: 2 })}`);
  if (s.caseloadPerLots !== undefined) parts.push(`${sentenceCount(s.caseloadPerLots, PARTICIPANTS)} per lots`);
  if (s.recruitmentLeadTimeMonths !== undefined)
    parts.push(s.recruitmentLeadTimeMonths === 0 ? 'Ingen rekryteringstid' : `Rekryteringstid ${countWithNoun(s.recruitmentLeadTimeMonths, MONTHS)}`);
  if (s.salaryRevisionPercent !== undefined) parts.push(`Löneökning ${formatPercentValue(s.salaryRevisionPercent, { minDecimals: 0, maxDecimals: 2 })}`);
  if (s.savingsRequirementPercent !== undefined)
    parts.push(`Besparingskrav ${formatPercentValue(s.savingsRequirementPercent, { minDecimals: 0, maxDecimals: 2 })}`);
  if (s.savingsExempt !== undefined) parts.push(s.savingsExempt ? 'Undantagen från besparingskrav' : 'Inte undantagen från besparingskrav');
  return parts.length === 0 ? 'Inga ändringar mot den sparade planen.' : `${parts.join('. ')}.`;
}

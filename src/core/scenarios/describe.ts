// A scenario's overrides as one Swedish line for the scenario list:
// "En ny lots (1,0) från april, 38 500 kr i månaden. Anmälningar +30 %."
import { STAFF_ROLE_LABELS } from '../plan/model.ts';
import { formatFte, formatKronor, formatNumber, formatPercentValue, monthName } from '../format/index.ts';
import type { ScenarioOverrides } from './types.ts';

function signedPercent(p: number): string {
  const text = formatPercentValue(p, { minDecimals: 0, maxDecimals: 1 });
  return p > 0 ? `+${text}` : text;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
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
  if (o.removePositionIds.length > 0) parts.push(`${count(o.removePositionIds.length, 'tjänst', 'tjänster')} tas bort`);
  if (o.changePositions.length > 0) parts.push(`${count(o.changePositions.length, 'tjänst', 'tjänster')} ändras`);
  const costChanges = o.addOtherCosts.length + o.removeOtherCostIds.length + o.changeOtherCosts.length;
  if (costChanges > 0) parts.push(`Övriga kostnader ändras (${count(costChanges, 'post', 'poster')})`);
  if (o.addFunding.length + o.removeFundingIds.length > 0) parts.push('Finansieringsrader ändras');
  if (o.fundingChangePercent !== 0) parts.push(`Finansiering ${signedPercent(o.fundingChangePercent)}`);
  if (o.arrivalsChangePercent !== 0) parts.push(`Anmälningar ${signedPercent(o.arrivalsChangePercent)}`);
  if (o.surges.length > 0) parts.push(`${count(o.surges.length, 'tillfällig ändring', 'tillfälliga ändringar')} av anmälningarna`);
  if (o.trendPercent !== 0) parts.push(`Anmälningar ${signedPercent(o.trendPercent)} per år`);
  if (o.season !== null) parts.push('Säsongsvariation');
  if (o.meanStayMonths !== null) parts.push(`Vistelsetid ${formatNumber(o.meanStayMonths, { maxDecimals: 2 })} månader`);
  const s = o.settings;
  if (s.poPercent !== undefined) parts.push(`PO-pålägg ${formatPercentValue(s.poPercent, { minDecimals: 0, maxDecimals: 2 })}`);
  if (s.caseloadPerLots !== undefined) parts.push(`${formatNumber(s.caseloadPerLots, { maxDecimals: 2 })} deltagare per lots`);
  if (s.recruitmentLeadTimeMonths !== undefined) parts.push(`Rekryteringstid ${s.recruitmentLeadTimeMonths} månader`);
  if (s.salaryRevisionPercent !== undefined) parts.push(`Löneökning ${formatPercentValue(s.salaryRevisionPercent, { minDecimals: 0, maxDecimals: 2 })}`);
  if (s.savingsRequirementPercent !== undefined)
    parts.push(`Besparingskrav ${formatPercentValue(s.savingsRequirementPercent, { minDecimals: 0, maxDecimals: 2 })}`);
  if (s.savingsExempt !== undefined) parts.push(s.savingsExempt ? 'Undantagen från besparingskrav' : 'Inte undantagen från besparingskrav');
  return parts.length === 0 ? 'Inga ändringar mot den sparade planen.' : `${parts.join('. ')}.`;
}

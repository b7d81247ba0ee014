// The texts of the recommended staffing on Prognos: the cost of the difference from the forecast's
// staffing, and the footnote with the targets and what the cost is counted on.
import { formatKronor, formatNumber, formatPercentValue } from '../format/index.ts';
import { lotsarFigure, probabilityFigure, weeksFigure } from './panelFigures.ts';
import type { RecommendationCost } from './recommendationCost.ts';

export interface CostShown {
  label: string;
  value: string;
  detail: string;
}

/**
 * What the recommendation costs beside the forecast's staffing, for the panel's fourth figure:
 * "Merkostnad per år 642 873 kr, 1 lots fler än 4 i prognosen", a saving as "Lägre kostnad per år".
 */
export function recommendationCostShown(cost: RecommendationCost, lotsar: number): CostShown {
  const than = `än ${formatNumber(lotsar, { maxDecimals: 2 })} i prognosen`;
  if (cost.differenceLotsar > 0) {
    return { label: 'Merkostnad per år', value: formatKronor(cost.costPerYear), detail: `${lotsarFigure(cost.differenceLotsar)} fler ${than}` };
  }
  if (cost.differenceLotsar < 0) {
    return { label: 'Lägre kostnad per år', value: formatKronor(-cost.costPerYear), detail: `${lotsarFigure(-cost.differenceLotsar)} färre ${than}` };
  }
  return { label: 'Merkostnad per år', value: formatKronor(0), detail: 'prognosens bemanning räcker' };
}

export interface FootnoteTargets {
  targetProbability: number;
  targetWaitWeeks: number;
  /** True when the unit-year's amounts are marked as example values (as the demo data's are). */
  exampleSalaries: boolean;
}

/** The panel's footnote: the targets, and the basis of the cost when there is a difference to cost. */
export function recommendationFootnote(cost: RecommendationCost | null, props: FootnoteTargets): string {
  const targets = `Mål: högst ${probabilityFigure(props.targetProbability)} risk att behöva vänta och högst ${weeksFigure(props.targetWaitWeeks)} väntetid i genomsnitt.`;
  if (!cost || cost.differenceLotsar === 0) return targets;
  const basis =
    ` Kostnaden är räknad på medianlönen för planens lotsar, ${formatKronor(cost.monthlySalary)} i månaden, i tolv månader ` +
    `med PO-pålägg ${formatPercentValue(cost.poPercent, { minDecimals: 0, maxDecimals: 2 })}.`;
  return `${targets}${basis}${props.exampleSalaries ? ' Lönerna är exempelvärden.' : ''}`;
}

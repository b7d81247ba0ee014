// The Swedish sentence for one more lots, as a unit manager would write it in a memo:
// "En lots till från april kostar 482 000 kronor i år och 643 000 kronor för ett helt år, och ger
// sju platser till från juni." Amounts follow formatApproxAmountForText (nearest thousand kronor).
import { countInText, formatApproxAmountForText, formatFte, formatKronor, formatPercent, formatPercentValue, monthName } from '../format/index.ts';

export interface MarginalSentenceInput {
  year: number;
  fromMonth: number;
  fte: number;
  restOfYearCost: number;
  fullYearCost: number;
  capacityFrom: { year: number; month: number };
  addedSlots: number;
}

/** "En lots till", "En lots på 50 procent till". */
export function extraLotsPhrase(fte: number): string {
  if (fte === 1) return 'En lots till';
  return `En lots på ${formatPercent(fte, { style: 'text', minDecimals: 0, maxDecimals: 1 })} av heltid till`;
}

export function marginalLotsSentence(m: MarginalSentenceInput): string {
  const who = `${extraLotsPhrase(m.fte)} från ${monthName(m.fromMonth)}`;
  const cost =
    m.fromMonth === 1
      ? `kostar ${formatApproxAmountForText(m.restOfYearCost)} i år, det vill säga ett helt år`
      : `kostar ${formatApproxAmountForText(m.restOfYearCost)} i år och ${formatApproxAmountForText(m.fullYearCost)} för ett helt år`;
  const when = `från ${monthName(m.capacityFrom.month)}${m.capacityFrom.year !== m.year ? ` ${m.capacityFrom.year}` : ''}`;
  const gives =
    m.addedSlots === 0
      ? `men ger inga fler platser (lotsarna räcker inte till en hel plats till)`
      : `och ger ${countInText(m.addedSlots)} ${m.addedSlots === 1 ? 'plats' : 'platser'} till ${when}`;
  return `${who} ${cost}, ${gives}.`;
}

/** What explainMarginalLots needs: the figures of marginalLots and where the salary came from. */
export interface MarginalExplanationInput {
  fte: number;
  monthlySalary: number;
  poPercent: number;
  restOfYearMonths: number;
  restOfYearCost: number;
  fullYearCost: number;
  salaryRevisionPercent: number;
  nextYearFullYearCost: number;
  leadTimeMonths: number;
  /** 'median': the median salary of the unit's lotsar; 'input': the salary the user gave. */
  salarySource: 'median' | 'input';
}

function months(n: number): string {
  return `${countInText(n)} ${n === 1 ? 'månad' : 'månader'}`;
}

/**
 * How the cost of one more lots was computed, step by step: "1 × 38 500 kr i månaden … = 482 155 kr
 * resten av året; × 12 månader = … för ett helt år. …".
 */
export function explainMarginalLots(m: MarginalExplanationInput): string {
  const po = formatPercentValue(m.poPercent, { minDecimals: 0, maxDecimals: 2 });
  const salary =
    m.salarySource === 'median' ? `${formatKronor(m.monthlySalary)} i månaden (medianlönen för enhetens lotsar)` : `${formatKronor(m.monthlySalary)} i månaden`;
  return (
    `${formatFte(m.fte)} × ${salary} × ${months(m.restOfYearMonths)} × (1 + PO-pålägg ${po}) = ${formatKronor(m.restOfYearCost)} resten av året; ` +
    `× 12 månader = ${formatKronor(m.fullYearCost)} för ett helt år. ` +
    `Med förväntad löneökning ${formatPercentValue(m.salaryRevisionPercent, { minDecimals: 0, maxDecimals: 2 })} kostar ett helt år nästa år ${formatKronor(m.nextYearFullYearCost)}. ` +
    `Lotsen tar emot deltagare efter rekryteringstiden på ${months(m.leadTimeMonths)}.`
  );
}

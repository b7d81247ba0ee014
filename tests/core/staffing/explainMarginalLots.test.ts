import { describe, expect, it } from 'vitest';
import { explainMarginalLots } from '../../../src/core/staffing/marginalText.ts';
import { formatPercentValue } from '../../../src/core/format/index.ts';

const pct = (n: number) => formatPercentValue(n, { minDecimals: 0, maxDecimals: 2 });

const m = {
  fte: 1,
  monthlySalary: 38_500,
  poPercent: 40.15,
  restOfYearMonths: 9,
  restOfYearCost: 485_621,
  fullYearCost: 647_494,
  salaryRevisionPercent: 2.5,
  nextYearFullYearCost: 663_681,
  leadTimeMonths: 1,
};

describe('explainMarginalLots', () => {
  it('writes the computation step by step, in Swedish, naming where the salary came from', () => {
    const text = explainMarginalLots({ ...m, salarySource: 'median' });
    expect(text).toBe(
      '1,0 × 38\u00a0500\u00a0kr i månaden (medianlönen för enhetens lotsar) × nio månader × (1 + PO-pålägg ' +
        pct(40.15) +
        ') = 485\u00a0621\u00a0kr resten av året; ' +
        '× 12 månader = 647\u00a0494\u00a0kr för ett helt år. ' +
        'Med förväntad löneökning ' +
        pct(2.5) +
        ' kostar ett helt år nästa år 663\u00a0681\u00a0kr. ' +
        'Lotsen tar emot deltagare efter rekryteringstiden på en månad.',
    );
  });

  it('leaves out the median when the user gave the salary, and counts months in words', () => {
    const text = explainMarginalLots({ ...m, salarySource: 'input', leadTimeMonths: 3, restOfYearMonths: 1 });
    expect(text).not.toContain('medianlönen');
    expect(text).toContain('× en månad ×');
    expect(text).toContain('rekryteringstiden på tre månader.');
  });
});

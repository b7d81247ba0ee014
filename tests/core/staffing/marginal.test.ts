import { describe, expect, it } from 'vitest';
import { marginalLots, medianLotsSalary } from '../../../src/core/staffing/marginal.ts';
import { DEFAULT_BUDGET_SETTINGS } from '../../../src/core/staffing/settings.ts';
import { formatApproxAmountForText } from '../../../src/core/format/index.ts';
import { describePoSource, skrPoReference } from '../../../src/core/staffing/poRates.ts';
import { lots, seed000Plan } from '../support/plans.ts';

/** Writes the non-breaking spaces Lotsplan puts in numbers: "482 000 kronor", "39,15 %". */
const nb = (s: string) => s.replace(/(\d) (?=\d|kronor|%|mnkr)/g, '$1\u00a0');

describe('marginal cost of one more lots', () => {
  it('gives the issue example: from April, 38 500 kr, PO 39,15 %, lead time two months', () => {
    const m = marginalLots(seed000Plan(), DEFAULT_BUDGET_SETTINGS, { fromMonth: 4, monthlySalary: 38500 });
    expect(m.restOfYearCost).toBeCloseTo(38500 * 9 * 1.3915, 6); // 482 154,75
    expect(m.fullYearCost).toBeCloseTo(38500 * 12 * 1.3915, 6); // 642 873
    expect(m.capacityFrom).toEqual({ year: 2020, month: 6 });
    expect(m.addedSlots).toBe(7);
    expect(m.sentence).toBe(nb('En lots till från april kostar 482 000 kronor i år och 643 000 kronor för ett helt år, och ger sju platser till från juni.'));
  });

  it('applies the salary revision to next year, moves capacity into next year and handles part time', () => {
    const m = marginalLots(
      seed000Plan(),
      { ...DEFAULT_BUDGET_SETTINGS, salaryRevisionPercent: 2.5, recruitmentLeadTimeMonths: 3 },
      {
        fromMonth: 11,
        monthlySalary: 40000,
        fte: 0.5,
      },
    );
    expect(m.nextYearFullYearCost).toBeCloseTo(0.5 * 40000 * 12 * 1.3915 * 1.025, 6);
    expect(m.capacityFrom).toEqual({ year: 2021, month: 2 });
    expect(m.addedSlots).toBe(3); // floor(4,5 × 7) − 28 = 31 − 28
    expect(m.sentence).toContain('En lots på 50 procent av heltid till från november');
    expect(m.sentence).toContain('ger tre platser till från februari 2021');
  });

  it('says so when the extra FTE gives no whole slot', () => {
    const m = marginalLots(seed000Plan(), DEFAULT_BUDGET_SETTINGS, { fromMonth: 1, monthlySalary: 38500, fte: 0.1 });
    expect(m.addedSlots).toBe(0);
    expect(m.sentence).toContain('men ger inga fler platser');
  });

  it('uses the median lots salary', () => {
    expect(medianLotsSalary([lots({ monthlySalary: 30000 }), lots({ monthlySalary: 40000 }), lots({ monthlySalary: 36000 })])).toBe(36000);
    expect(medianLotsSalary([lots({ monthlySalary: 30000 }), lots({ monthlySalary: 40000 })])).toBe(35000);
    expect(medianLotsSalary([])).toBeNull();
  });
});

describe('amounts in sentences and the PO source', () => {
  it('rounds to the nearest thousand below a million and to mnkr above', () => {
    expect(formatApproxAmountForText(482154.75)).toBe(nb('482 000 kronor'));
    expect(formatApproxAmountForText(642873)).toBe(nb('643 000 kronor'));
    expect(formatApproxAmountForText(499.4)).toBe(nb('499 kronor'));
    expect(formatApproxAmountForText(1_286_000)).toBe(nb('1,3 mnkr'));
    expect(formatApproxAmountForText(4_500_000)).toBe(nb('4,5 mnkr'));
  });

  it('names SKR as the source when the PO-pålägg is SKR’s value', () => {
    expect(skrPoReference(2019)).toEqual({ year: 2019, percent: 39.15, source: 'SKR (kontrollera mot cirkuläret)' });
    expect(skrPoReference(2020)).toBeNull();
    expect(describePoSource(2019, 39.15)).toBe(nb('SKR:s värde för 2019: 39,15 % (kontrollera mot cirkuläret).'));
    expect(describePoSource(2019, 40)).toBe(nb('Förvaltningens eget värde. SKR:s värde för 2019 är 39,15 % (kontrollera mot cirkuläret).'));
    // A year without an SKR value is no error: the unit's own value, with nothing to compare it with.
    expect(describePoSource(2020, 39.15)).toBe('Förvaltningens eget värde. Lotsplan har inget SKR-värde för 2020 att jämföra med.');
  });
});

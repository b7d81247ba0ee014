import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeOverrides } from '../../../src/core/scenarios/describe.ts';
import { scenarioOverridesSchema } from '../../../src/core/scenarios/overrides.ts';
import { capitalizeFirst, countInText, formatNumber } from '../../../src/core/format/index.ts';
import { MAX_LEAD_TIME_MONTHS } from '../../../src/core/staffing/settings.ts';

const NB = '\u00a0';
const describeOf = (o: Record<string, unknown>) => describeOverrides(scenarioOverridesSchema.parse(o));
const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const surges = (n: number) => Array.from({ length: n }, () => ({ extraArrivals: 2, fromMonth: 3, toMonth: 8 }));
/** A count as the line writes it: words up to twelve, grouped digits above. */
const words = (n: number) => (n <= 12 ? countInText(n) : formatNumber(n));

describe('describeOverrides', () => {
  it('counts positions, posts and surges in words, singular for one', () => {
    expect(describeOf({ removePositionIds: ids(2) })).toBe('Två tjänster tas bort.');
    expect(describeOf({ removePositionIds: ids(1) })).toBe('En tjänst tas bort.');
    expect(describeOf({ changePositions: [{ id: 1, fte: 0.5 }] })).toBe('En tjänst ändras.');
    expect(describeOf({ changePositions: ids(12).map((id) => ({ id, fte: 0.5 })) })).toBe('Tolv tjänster ändras.');
    expect(describeOf({ removePositionIds: ids(14) })).toBe('14 tjänster tas bort.');
    expect(
      describeOf({
        removeOtherCostIds: [1],
        addOtherCosts: [
          { label: 'Lokaler', amount: 1000 },
          { label: 'Resor', amount: 500 },
        ],
      }),
    ).toBe('Övriga kostnader ändras (tre poster).');
    expect(describeOf({ removeOtherCostIds: [1] })).toBe('Övriga kostnader ändras (en post).');
    expect(describeOf({ surges: surges(1) })).toBe('En tillfällig ändring av anmälningarna.');
    expect(describeOf({ surges: surges(3) })).toBe('Tre tillfälliga ändringar av anmälningarna.');
  });

  it('writes the recruitment lead time, the stay and the caseload as running text, percentages and kronor in digits', () => {
    expect(describeOf({ settings: { recruitmentLeadTimeMonths: 1 } })).toBe('Rekryteringstid en månad.');
    expect(describeOf({ settings: { recruitmentLeadTimeMonths: 3 } })).toBe('Rekryteringstid tre månader.');
    expect(describeOf({ settings: { recruitmentLeadTimeMonths: 12 } })).toBe('Rekryteringstid tolv månader.');
    expect(describeOf({ settings: { recruitmentLeadTimeMonths: 18 } })).toBe('Rekryteringstid 18 månader.');
    expect(describeOf({ settings: { recruitmentLeadTimeMonths: 0 } })).toBe('Ingen rekryteringstid.');
    expect(describeOf({ meanStayMonths: 1 })).toBe('Vistelsetid en månad.');
    expect(describeOf({ meanStayMonths: 6 })).toBe('Vistelsetid sex månader.');
    expect(describeOf({ meanStayMonths: 8.5 })).toBe('Vistelsetid 8,5 månader.');
    expect(describeOf({ meanStayMonths: 14 })).toBe('Vistelsetid 14 månader.');
    expect(describeOf({ settings: { caseloadPerLots: 7 } })).toBe('Sju deltagare per lots.');
    expect(describeOf({ settings: { caseloadPerLots: 1 } })).toBe('En deltagare per lots.');
    expect(describeOf({ settings: { caseloadPerLots: 7.5 } })).toBe('7,5 deltagare per lots.');
    expect(
      describeOf({
        addPositions: [{ role: 'lots', fte: 1, monthlySalary: 38500, fromMonth: 4 }],
        removePositionIds: [7, 8],
        arrivalsChangePercent: 30,
        settings: { poPercent: 40, recruitmentLeadTimeMonths: 3 },
      }),
    ).toBe(
      `Ny tjänst: lots (1,0) från april, 38${NB}500${NB}kr i månaden. Två tjänster tas bort. Anmälningar +30${NB}%. PO-pålägg 40${NB}%. Rekryteringstid tre månader.`,
    );
  });

  it('never writes "1 månader" or a count 1–12 in digits, and one is always singular (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_LEAD_TIME_MONTHS }), fc.integer({ min: 1, max: 24 }), (months, n) => {
        const lead = describeOf({ settings: { recruitmentLeadTimeMonths: months } });
        const stay = describeOf({ meanStayMonths: months });
        const removed = describeOf({ removePositionIds: ids(n) });
        const surged = describeOf({ surges: surges(n) });
        if (months === 1) {
          expect(lead).toBe('Rekryteringstid en månad.');
          expect(stay).toBe('Vistelsetid en månad.');
        } else {
          expect(lead).toBe(`Rekryteringstid ${words(months)} månader.`);
          expect(stay).toBe(`Vistelsetid ${words(months)} månader.`);
        }
        expect(removed).toBe(n === 1 ? 'En tjänst tas bort.' : `${capitalizeFirst(words(n))} tjänster tas bort.`);
        expect(surged).toBe(n === 1 ? 'En tillfällig ändring av anmälningarna.' : `${capitalizeFirst(words(n))} tillfälliga ändringar av anmälningarna.`);
        for (const text of [lead, stay, removed, surged]) {
          expect(text).not.toMatch(/\b1 (månader|månad|tjänster|tjänst)\b/);
          if (months <= 12 && n <= 12) expect(text).not.toMatch(/\d/);
        }
      }),
    );
  });
});

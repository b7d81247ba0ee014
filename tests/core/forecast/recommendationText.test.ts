import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommendationCostShown, recommendationFootnote } from '../../../src/core/forecast/recommendationText.ts';

const cost = (differenceLotsar: number, costPerYear: number) => ({ differenceLotsar, costPerYear, monthlySalary: 38_500, poPercent: 39.15 });
const targets = { targetProbability: 0.1, targetWaitWeeks: 2, exampleSalaries: false };

describe('recommendationCostShown', () => {
  it('says an extra cost, a saving and no difference, beside the forecast’s lotsar', () => {
    expect(recommendationCostShown(cost(1, 642_873), 4)).toEqual({
      label: 'Merkostnad per år',
      value: '642\u00a0873\u00a0kr',
      detail: '1 lots fler än 4 i prognosen',
    });
    expect(recommendationCostShown(cost(-1.5, -964_310), 6.5)).toEqual({
      label: 'Lägre kostnad per år',
      value: '964\u00a0310\u00a0kr',
      detail: '1,5 lotsar färre än 6,5 i prognosen',
    });
    expect(recommendationCostShown(cost(0, 0), 5)).toEqual({ label: 'Merkostnad per år', value: '0\u00a0kr', detail: 'prognosens bemanning räcker' });
  });

  it('property: the amount shown is never negative and the label follows the sign of the difference', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 40 }), (halves, lotsar) => {
        const difference = halves / 2;
        const shown = recommendationCostShown(cost(difference, difference * 640_000), lotsar);
        expect(shown.value).not.toMatch(/^[−-]/);
        expect(shown.label).toBe(difference < 0 ? 'Lägre kostnad per år' : 'Merkostnad per år');
      }),
    );
  });
});

describe('recommendationFootnote', () => {
  it('gives the targets, and the basis of the cost only when there is a difference to cost', () => {
    const goal = 'Mål: högst 10\u00a0% risk att behöva vänta och högst 2 veckor väntetid i genomsnitt.';
    expect(recommendationFootnote(null, targets)).toBe(goal);
    expect(recommendationFootnote(cost(0, 0), targets)).toBe(goal);
    expect(recommendationFootnote(cost(1, 642_873), { ...targets, exampleSalaries: true })).toBe(
      `${goal} Kostnaden är räknad på medianlönen för planens lotsar, 38\u00a0500\u00a0kr i månaden, i tolv månader med PO-pålägg 39,15\u00a0%. Lönerna är exempelvärden.`,
    );
  });
});

// The cost per participant card of a plan without costs shows "–" and why, never "0 kr".
import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from '../../src/core/figures/keyFigures.ts';
import { buildFigureGroups } from '../../src/renderer/overview/figureCards.ts';
import fc from 'fast-check';
import { planArb, seed000Plan } from '../core/support/plans.ts';
import { formatFigure } from '../../src/core/figures/formatFigure.ts';
import { explainKeyFigures } from '../../src/core/figures/explainKeyFigures.ts';
import { figureTableText } from '../../src/core/memo/textFormat.ts';
import { figureByKey } from '../../src/core/memo/figureCatalogue.ts';

function card(plan: ReturnType<typeof seed000Plan>, key: string) {
  const groups = buildFigureGroups(computeKeyFigures(plan) as never);
  return groups.flatMap((g) => g.cards).find((c) => c.key === key)!;
}

describe('the cost per participant card', () => {
  it('shows – and ”planen har inga kostnader” for enrolled participants and no costs', () => {
    const c = card({ ...seed000Plan(), staff: [], otherCosts: [] }, 'costPerParticipant');
    expect(c.value).toBe('–');
    expect(c.detail).toBe('planen har inga kostnader');
  });

  it('shows the amount for the demo plan', () => {
    expect(card(seed000Plan(), 'costPerParticipant').value).toBe('155\u00a0179\u00a0kr');
  });
});

describe('"Deltagare per lots": one definition, the same number everywhere', () => {
  it('the card, the tables and CLI (formatFigure), the explanation and a memo table agree for any plan (property)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const f = computeKeyFigures(plan);
        if (f.participantsPerLots === null) return;
        const shown = formatFigure('participantsPerLots', f.participantsPerLots);
        expect(card(plan, 'participantsPerLots').value).toBe(shown);
        expect(explainKeyFigures(plan, f).participantsPerLots).toContain(`= ${shown} deltagare per lots.`);
        expect(figureTableText(figureByKey('deltagarePerLots')!, f.participantsPerLots)).toBe(shown);
      }),
    );
    // 27 inskrivna ÷ 4 lotsar: 6,8 everywhere (not 6,75 in one place and 6,8 in another).
    expect(card(seed000Plan(), 'participantsPerLots').value).toBe('6,8');
  });
});

// The cost per participant card of a plan without costs shows "–" and why, never "0 kr".
import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from '../../src/core/figures/keyFigures.ts';
import { buildFigureGroups } from '../../src/renderer/overview/figureCards.ts';
import { seed000Plan } from '../core/support/plans.ts';

function card(plan: ReturnType<typeof seed000Plan>, key: string) {
  const groups = buildFigureGroups(computeKeyFigures(plan) as never);
  return groups.flatMap((g) => g.cards).find((c) => c.key === key)!;
}

describe('the cost per participant card', () => {
  it('shows – and "planen har inga kostnader" for enrolled participants and no costs', () => {
    const c = card({ ...seed000Plan(), staff: [], otherCosts: [] }, 'costPerParticipant');
    expect(c.value).toBe('–');
    expect(c.detail).toBe('planen har inga kostnader');
  });

  it('shows the amount for the demo plan', () => {
    expect(card(seed000Plan(), 'costPerParticipant').value).toBe('155\u00a0179\u00a0kr');
  });
});

// The cost per participant card of a plan without costs shows "–" and why, never "0 kr".
import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from '../../../src/core/figures/keyFigures.ts';
import { buildFigureGroups } from '../../../src/core/figures/figureCards.ts';
import fc from 'fast-check';
import { planArb, seed000Plan } from '../support/plans.ts';
import { formatFigure } from '../../../src/core/figures/formatFigure.ts';
import { explainKeyFigures } from '../../../src/core/figures/explainKeyFigures.ts';
import { figureTableText } from '../../../src/core/memo/textFormat.ts';
import { figureByKey } from '../../../src/core/memo/figureCatalogue.ts';

function card(plan: ReturnType<typeof seed000Plan>, key: string) {
  const groups = buildFigureGroups(computeKeyFigures(plan));
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

function cardOf(plan: ReturnType<typeof seed000Plan>, key: string, genderUnknown = 0) {
  return buildFigureGroups(computeKeyFigures(plan), genderUnknown)
    .flatMap((g) => g.cards)
    .find((c) => c.key === key)!;
}

describe('the words beneath the cards', () => {
  it('break the enrolled down by gender in digits, naming only the groups that occur besides men and women', () => {
    const plan = seed000Plan();
    expect(cardOf(plan, 'enrolled').detail).toBe('24 män, 3 kvinnor');
    const one = { ...plan, participants: { ...plan.participants, enrolled: 4, men: 1, women: 1, otherGender: 1 } };
    expect(cardOf(one, 'enrolled', 1).detail).toBe('1 man, 1 kvinna, 1 annan könstillhörighet, 1 okänt kön');
  });

  it('say that the gender is missing when no enrolled participant has one (an older compilation)', () => {
    const plan = seed000Plan();
    const unknown = { ...plan, participants: { ...plan.participants, men: 0, women: 0, genderUnknown: 27 } };
    expect(cardOf(unknown, 'enrolled', 27).detail).toBe('könsfördelning saknas');
  });

  it('give the queue in the singular for one person and warn when anyone waits', () => {
    const plan = seed000Plan();
    const queue = (n: number) => cardOf({ ...plan, participants: { ...plan.participants, queue: n } }, 'queue');
    expect(queue(0)).toMatchObject({ detail: 'personer väntar på plats', tone: 'neutral' });
    expect(queue(1)).toMatchObject({ detail: 'person väntar på plats', tone: 'warning' });
    expect(queue(5)).toMatchObject({ value: '5', detail: 'personer väntar på plats', tone: 'warning' });
  });

  it('word the balance as a deficit or a surplus, with the exact amount beneath millions', () => {
    const plan = seed000Plan();
    const funded = (amount: number) => cardOf({ ...plan, funding: [{ source: 'Socialförvaltningen', amount, period: null }] }, 'balance');
    const deficit = funded(0);
    expect(deficit.tone).toBe('negative');
    expect(deficit.detail).toMatch(/^Underskott, −\d{1,3}(\u00a0\d{3})+\u00a0kr$/);
    const small = funded(computeKeyFigures(plan).totalCost + 1000);
    expect(small).toMatchObject({ value: '1\u00a0000\u00a0kr', detail: 'överskott', tone: 'positive' });
    expect(funded(computeKeyFigures(plan).totalCost).detail).toBe('i balans');
  });

  it('give the caseload per full-time lots under Platser', () => {
    expect(cardOf(seed000Plan(), 'capacity')).toMatchObject({ value: '28', detail: '7 per heltidslots' });
  });

  it('never show an empty line, NaN, Infinity or undefined, for any plan (property)', () => {
    fc.assert(
      fc.property(planArb, fc.nat({ max: 50 }), (plan, genderUnknown) => {
        for (const c of buildFigureGroups(computeKeyFigures(plan), genderUnknown).flatMap((g) => g.cards)) {
          for (const text of [c.label, c.value, c.detail]) {
            expect(text.trim()).not.toBe('');
            expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
          }
        }
      }),
    );
  });
});

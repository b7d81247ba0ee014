// Whether a memo's figures are out of date, and why: fingerprints of the plan, the scenarios, the
// memo's own scenario and the monthly statistics, compared with the sources now.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMemoFigures } from '../../../src/core/memo/computeFigures.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { fingerprintOf, memoSourceFingerprints, outdatedSentence, outdatedSources, outdatedText } from '../../../src/core/memo/sourceFingerprints.ts';
import { lots } from '../support/plans.ts';
import { DEFAULTS, extraLotsScenario, monthsOf, PLAN_UPDATED_AT, seedPlan, sourcesOf } from './support.ts';

const draft = (sources: ReturnType<typeof sourcesOf>, tables: ('staffing' | 'scenarios')[] = ['staffing']) => {
  const content = draftMemo('redovisning', sources, DEFAULTS, { skrivelse: null });
  return { ...content, options: { ...content.options, tables, charts: [] } };
};
const now = (sources: ReturnType<typeof sourcesOf>) => memoSourceFingerprints(sources);

describe('outdatedSources', () => {
  it('is empty for the sources the figures were computed from', () => {
    const sources = sourcesOf(seedPlan(), { scenarios: [extraLotsScenario()], statistics: monthsOf(2020, [{}]) });
    expect(outdatedSources(draft(sources), now(sources), PLAN_UPDATED_AT)).toEqual([]);
    expect(computeMemoFigures(sources).sources).toEqual(now(sources));
  });

  it('names the plan when a position is added', () => {
    const content = draft(sourcesOf(seedPlan()));
    const plan = seedPlan();
    plan.staff = [...plan.staff, lots()];
    expect(outdatedSources(content, now(sourcesOf(plan)), PLAN_UPDATED_AT)).toEqual(['plan']);
  });

  it('ignores a new scenario in a memo that shows no scenarios, and names it in one that does', () => {
    const added = sourcesOf(seedPlan(), { scenarios: [extraLotsScenario()] });
    expect(outdatedSources(draft(sourcesOf(seedPlan())), now(added), PLAN_UPDATED_AT)).toEqual([]);
    expect(outdatedSources(draft(sourcesOf(seedPlan()), ['scenarios']), now(added), PLAN_UPDATED_AT)).toEqual(['scenarios']);
  });

  it('follows the memo’s own scenario, and no other, in a memo of one scenario', () => {
    const own = extraLotsScenario(7);
    const other = { ...extraLotsScenario(8), name: 'Annat' };
    const content = draft(sourcesOf(seedPlan(), { scenarios: [own, other], scenarioId: 7 }));
    const otherChanged = { ...other, name: 'Annat namn' };
    expect(outdatedSources(content, now(sourcesOf(seedPlan(), { scenarios: [own, otherChanged], scenarioId: 7 })), PLAN_UPDATED_AT)).toEqual([]);
    const ownChanged = extraLotsScenario(7);
    ownChanged.overrides.addPositions[0]!.fromMonth = 6;
    expect(outdatedSources(content, now(sourcesOf(seedPlan(), { scenarios: [ownChanged, other], scenarioId: 7 })), PLAN_UPDATED_AT)).toEqual(['scenario']);
    // Saving a scenario again without a change (a new updatedAt) changes nothing.
    const resaved = { ...own, updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(outdatedSources(content, now(sourcesOf(seedPlan(), { scenarios: [resaved, other], scenarioId: 7 })), PLAN_UPDATED_AT)).toEqual([]);
  });

  it('names the statistics when a month is saved', () => {
    const content = draft(sourcesOf(seedPlan()));
    expect(outdatedSources(content, now(sourcesOf(seedPlan(), { statistics: monthsOf(2020, [{}]) })), PLAN_UPDATED_AT)).toEqual(['statistics']);
  });

  it('falls back to the time of the latest save for a memo stored before the fingerprints', () => {
    const content = draft(sourcesOf(seedPlan()));
    const { sources: _kept, ...older } = content.figures;
    const old = { ...content, figures: older };
    const current = now(sourcesOf(seedPlan()));
    expect(outdatedSources(old, current, content.figures.planUpdatedAt)).toEqual([]);
    expect(outdatedSources(old, current, '2020-01-19T00:00:00.000Z')).toEqual([]);
    expect(outdatedSources(old, current, '2020-02-01T00:00:00.000Z')).toEqual(['sources']);
    expect(outdatedSources({ ...old, figures: { ...older, planUpdatedAt: '' } }, current, '2020-02-01T00:00:00.000Z')).toEqual(['sources']);
    expect(outdatedSources(old, current, null)).toEqual([]);
  });
});

describe('outdatedSentence', () => {
  const at = new Date(2020, 0, 22, 14, 5).toISOString();
  const sameDay = new Date(2020, 0, 22, 18, 0);
  it('names what changed, as a sentence does', () => {
    expect(outdatedSentence(['plan'], at, sameDay)).toBe('Planen har ändrats sedan siffrorna räknades kl. 14.05.');
    expect(outdatedSentence(['plan', 'statistics'], at, sameDay)).toBe('Planen och månadsstatistiken har ändrats sedan siffrorna räknades kl. 14.05.');
    expect(outdatedSentence(['plan', 'scenarios', 'statistics'], at, sameDay)).toBe(
      'Planen, scenarierna och månadsstatistiken har ändrats sedan siffrorna räknades kl. 14.05.',
    );
    expect(outdatedSentence(['scenario'], at, sameDay)).toBe('Scenariot har ändrats sedan siffrorna räknades kl. 14.05.');
    expect(outdatedSentence(['sources'], at, sameDay)).toBe('Planen, scenarierna eller månadsstatistiken har ändrats sedan siffrorna räknades kl. 14.05.');
  });

  it('is no warning at all for a memo whose figures are current', () => {
    expect(outdatedText([], at, sameDay)).toBeNull();
    expect(outdatedText(['statistics'], at, sameDay)).toBe('Månadsstatistiken har ändrats sedan siffrorna räknades kl. 14.05.');
  });

  it('names the day when the figures were computed on another day', () => {
    expect(outdatedSentence(['plan'], at, new Date(2020, 1, 3, 9, 0))).toBe('Planen har ändrats sedan siffrorna räknades den 22 januari 2020 kl. 14.05.');
    expect(outdatedSentence(['plan'], 'inte en tid', sameDay)).toBe('Planen har ändrats sedan siffrorna räknades.');
  });
});

describe('fingerprintOf', () => {
  it('does not depend on the order of keys, and tells apart values that differ (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(fingerprintOf(reversed)).toBe(fingerprintOf(value));
        expect(fingerprintOf({ ...value, extraKey: 'x' })).not.toBe(fingerprintOf(value));
      }),
    );
    expect(fingerprintOf({ a: 1 })).toMatch(/^[0-9a-f]{14}$/);
    expect(fingerprintOf([1, 2])).not.toBe(fingerprintOf([2, 1]));
  });
});

// For any plan the exchange file accepts, every memo type drafts, resolves and checks without an
// exception, the content parses with the memo schema, and the text never prints a number that
// disagrees with its noun.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMemoForExport } from '../../../src/core/memo/checks.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { MEMO_TYPES, memoContentSchema } from '../../../src/core/memo/model.ts';
import { resolveMemo } from '../../../src/core/memo/resolve.ts';
import { planArb } from '../support/plans.ts';
import { DEFAULTS, documentText, sourcesOf } from './support.ts';
import type { UnitYearPlan } from '../../../src/core/plan/model.ts';

/**
 * The memo's forecasts start the exact chain from the plan's enrolled and queue. The options refuse
 * more than 150 enrolled above the slots (src/core/forecast/excessLimit.ts), so the memo then has
 * no forecast; within the limit a forecast with a hundred above the slots and 240-month stays still
 * takes a second or so, and the property drafts hundreds of memos of four forecasts each.
 * Here the counts are scaled to at most 400 enrolled and 400 waiting (a forecast then takes at most
 * about a quarter of a second); a SIG unit has tens. tests/core/forecast/excessLimit.test.ts drafts
 * the figures of a plan with ten thousand enrolled.
 */
const MOST_PEOPLE = 400;
function unitSized(plan: UnitYearPlan): UnitYearPlan {
  const p = plan.participants;
  const scale = Math.max(1, p.enrolled / MOST_PEOPLE);
  const scaled = (n: number) => Math.floor(n / scale);
  const men = scaled(p.men);
  const women = scaled(p.women);
  const otherGender = scaled(p.otherGender);
  const genderUnknown = scaled(p.genderUnknown);
  return {
    ...plan,
    participants: { ...p, men, women, otherGender, genderUnknown, enrolled: men + women + otherGender + genderUnknown, queue: Math.min(p.queue, MOST_PEOPLE) },
  };
}

describe('draftMemo for any plan', () => {
  it('drafts a valid memo of every type that resolves to sensible Swedish', () => {
    fc.assert(
      fc.property(planArb.map(unitSized), fc.constantFrom(...MEMO_TYPES), fc.boolean(), (plan, type, mask) => {
        const content = draftMemo(type, sourcesOf(plan), DEFAULTS, { skrivelse: null, mask });
        const parsed = memoContentSchema.safeParse(content);
        expect(parsed.success, parsed.error?.message).toBe(true);
        const text = documentText(resolveMemo(content));
        expect(text).not.toMatch(/\b(1|en|ett) (lotsar|personer|platser)\b|\b0 (lotsar|personer|platser)\b|undefined|NaN|Infinity|\[siffra/);
        expect(Array.isArray(checkMemoForExport(content))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

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

describe('draftMemo for any plan', () => {
  it('drafts a valid memo of every type that resolves to sensible Swedish', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom(...MEMO_TYPES), fc.boolean(), (plan, type, mask) => {
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
